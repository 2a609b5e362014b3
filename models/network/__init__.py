"""The office's professional network (Jejaring): organisations, their contacts, cooperation
agreements and the events held with them."""
