"""Certificates: who qualifies, numbers, layouts, signatories, signing and verifying."""
