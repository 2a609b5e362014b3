"""Cells of the spreadsheets the office exchanges with SiBina, as reader and writer agree.

Text starting with one of :data:`FORMULA_STARTS` is a formula to Excel or LibreOffice
(OWASP "CSV injection"). SiBina's writers (:mod:`reports.spreadsheet`) guard such text in a
CSV with a leading apostrophe, as spreadsheet programs do; its reader
(:mod:`models.importing.sheet_reader`) takes the apostrophe off again.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """``=1+1`` → ``'=1+1``: the apostrophe makes a spreadsheet show the text, not run it."""
    if text == "-":  # "nothing here", as reports print it: a lone dash runs nothing
        return text
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def unguard(cell: str) -> str:
    """``'=SUM(A1)`` → ``=SUM(A1)``: undo the apostrophe that kept text from running."""
    if cell.startswith("'") and cell[1:2] and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
