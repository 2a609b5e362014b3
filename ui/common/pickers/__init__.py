"""Choosing an event or people from a list."""
