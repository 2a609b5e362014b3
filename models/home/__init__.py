"""The home screen's lists: what needs doing today, each built from the one rule it shows."""
