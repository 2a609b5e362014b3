"""The people who log in to SiBina, their roles and passwords (see README, Users and roles)."""
