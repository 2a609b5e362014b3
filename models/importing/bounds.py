"""Limits a spreadsheet must keep before SiBina reads it.

An office file is small; one that is not (a zip bomb, a sheet reaching column XFD, a
shared-strings part of a gigabyte) is refused quickly and in bounded memory, with a
message naming the file, before openpyxl or the CSV reader unpacks it. Formula cells
without a saved value are named by row and column rather than read as empty.
"""

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message

_C = "StaffImport"
MB = 1024 * 1024
MAX_UNPACKED = 100 * MB  # every part of an XLSX, unpacked
MAX_SHARED_STRINGS = 20 * MB  # read whole into memory by openpyxl
MAX_RATIO = 200  # sheet XML packs 10 to 30 times; far beyond is a bomb
RATIO_FROM = 5 * MB  # small parts may pack tighter without harm
MAX_PARTS = 10_000
MAX_ROWS = 100_000
MAX_COLUMNS = 1000


def _refuse(text: str, **params) -> SiBinaError:
    return SiBinaError(message(_C, text, **params))


def check_zip(path: Path) -> None:
    """The parts an XLSX declares: their sizes unpacked, alone and together.

    zipfile never unpacks more than a part declares, so the declared sizes bound what
    reading can cost."""
    with zipfile.ZipFile(path) as archive:
        parts = archive.infolist()
    if len(parts) > MAX_PARTS:  # openpyxl lists them all, each a Python object
        raise _refuse(QT_TRANSLATE_NOOP(
            "StaffImport", "{file} holds {count} parts, more than an office spreadsheet "
                           "has (at most {limit}): SiBina does not open it."),
            file=path.name, count=len(parts), limit=MAX_PARTS)
    total = sum(part.file_size for part in parts)
    strings = sum(p.file_size for p in parts if p.filename.lower().endswith("sharedstrings.xml"))
    if total > MAX_UNPACKED or strings > MAX_SHARED_STRINGS:
        raise _refuse(QT_TRANSLATE_NOOP(
            "StaffImport", "{file} unpacks to {size} MB, more than an office spreadsheet "
                           "holds (at most {limit} MB): SiBina does not open it."),
            file=path.name, size=-(-total // MB),
            limit=(MAX_UNPACKED if total > MAX_UNPACKED else MAX_SHARED_STRINGS) // MB)
    for part in parts:
        if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise _refuse(QT_TRANSLATE_NOOP(
                "StaffImport", "{file} holds a part packed {ratio} times smaller than it "
                               "unpacks ({part}): SiBina does not open such files."),
                file=path.name, ratio=part.file_size // max(part.compress_size, 1),
                part=part.filename)


def check_dimension(path: Path, rows: int | None, columns: int | None) -> None:
    """The size the sheet declares, before any cell is read."""
    if (rows or 0) > MAX_ROWS or (columns or 0) > MAX_COLUMNS:
        raise _refuse(QT_TRANSLATE_NOOP(
            "StaffImport", "{file}: the sheet says it reaches row {row} and column {column}; "
                           "at most {rows} rows and {columns} columns are read. Delete what "
                           "lies below and right of the table, or copy the table to a new "
                           "workbook."),
            file=path.name, row=rows or 0, column=get_column_letter(min(columns or 1, 16384)),
            rows=MAX_ROWS, columns=MAX_COLUMNS)


def scan_sheet(path: Path, source) -> None:
    """Every cell of the sheet's XML, streamed: within the rows and columns read, and no
    formula without its saved value (openpyxl would give None, as for an empty cell)."""
    row = column = 0
    for event, element in iterparse(source, events=("start", "end")):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "row":
            if event == "start":
                row, column = int(element.get("r") or row + 1), 0
            else:
                element.clear()  # keeps memory flat however long the sheet
            continue
        if tag != "c" or event == "start":
            continue
        reference = element.get("r")
        if reference:
            letters, row = coordinate_from_string(reference)
            column = column_index_from_string(letters)
        else:
            column += 1
        if row > MAX_ROWS:
            raise _refuse(QT_TRANSLATE_NOOP(
                "StaffImport", "{file}: the sheet has something on row {row}; at most {limit} "
                               "rows are read. Delete the rows below the table."),
                file=path.name, row=row, limit=MAX_ROWS)
        if column > MAX_COLUMNS:
            raise _refuse(QT_TRANSLATE_NOOP(
                "StaffImport", "{file}: row {row} has something in column {column}; columns "
                               "past {last} are not read. Delete what lies right of the table."),
                file=path.name, row=row, column=get_column_letter(column),
                last=get_column_letter(MAX_COLUMNS))
        children = {child.tag.rsplit("}", 1)[-1] for child in element}
        if "f" in children and "v" not in children:
            raise _refuse(QT_TRANSLATE_NOOP(
                "StaffImport", "{file}: row {row}, column {column} holds a formula without "
                               "a saved value: open the file in Excel and save it again."),
                file=path.name, row=row, column=get_column_letter(column))
        element.clear()
