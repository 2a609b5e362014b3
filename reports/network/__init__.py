"""The network directory (Jejaring) as a report."""
