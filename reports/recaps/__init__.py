"""The recaps the office reports upward: attendance, JP, transcript, event and annual reports."""
