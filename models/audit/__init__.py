"""The audit log: who changed which record when, from which PC, and what changed.

triggers.py makes the database write it; log.py reads it; labels.py names what it shows.
"""
