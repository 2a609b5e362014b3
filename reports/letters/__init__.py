"""Letters written as .docx from the event's data, and the letter-number register."""
