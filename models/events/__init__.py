"""Events: their details, schedule of sessions, participants and theme areas."""
