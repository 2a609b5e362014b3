"""Certificates as PDF (merged or one per person), their preview and the register."""
