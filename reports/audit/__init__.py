"""The audit log as a spreadsheet."""
