"""Spreadsheets made the way the personnel office's would be, for import tests."""

import openpyxl


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def header_row(sheet) -> int:
    """The row of a SiBina workbook's column headings, under its title block: the row
    printed again on every page."""
    return int(sheet.print_title_rows.split(":")[0].strip("$"))


def table_values(sheet) -> list[tuple]:
    """A SiBina sheet's table, its heading row first, without the title block above."""
    return list(sheet.iter_rows(min_row=header_row(sheet), values_only=True))
