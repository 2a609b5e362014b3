"""Papers for the day of a session: the sign-in sheet and the name tags."""
