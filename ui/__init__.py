"""The Qt layer: windows, pages, dialogs, table models and the command line's messages."""
