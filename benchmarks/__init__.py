"""Speed and size checks that print figures; tests do not time (see README.md here)."""
