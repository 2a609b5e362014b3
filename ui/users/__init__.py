"""Logging in, the users, and what the window lets each role do."""
