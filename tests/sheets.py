"""Spreadsheets made the way the personnel office's would be, for import tests."""

import openpyxl


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
