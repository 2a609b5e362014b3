"""Reading the office's spreadsheets: cells as reader and writer agree, the rows of a sheet."""
