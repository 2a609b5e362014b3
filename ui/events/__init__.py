"""The Events tab (Kegiatan): events, their schedule, participants and theme areas."""
