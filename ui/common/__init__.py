"""Widgets and helpers every tab shares: forms, page actions, pickers, preview, drive chooser."""
