"""The staff list as a spreadsheet, and the rows an import refused."""
