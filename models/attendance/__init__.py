"""Attendance per session: marks on the grid, live check-in, the scanned sheets kept."""
