"""The evaluation report of an event and the blank forms handed out."""
