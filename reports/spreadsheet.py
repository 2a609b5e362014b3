"""Writing tables the office opens in Excel: XLSX and CSV.

Every file is written whole or not at all (a temporary name in the same folder, then
``os.replace``), and no cell can run as a formula: text from the database such as
``=HYPERLINK(...)`` stays text (XLSX: the cell is forced to be a string; CSV: an
apostrophe goes before it, which SiBina's importer removes again).
"""

import csv
import datetime
import os
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from models.files.temporary import TEMP_SUFFIX
from models.importing.cells import FORMULA_STARTS, guard
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.os_errors import describe

_C = "Spreadsheet"

# openpyxl also reads "#N/A" and friends as error values; keep those as text too.
_XLSX_GUARDED = FORMULA_STARTS + ("#",)
MIN_WIDTH, MAX_WIDTH = 6, 60
DATE_WIDTH = len("30 September 2026")  # the longest a date shows as
# "25 November 2026" with the month in Indonesian (locale 0421) whatever Excel's language.
DATE_FORMAT = "[$-421]d mmmm yyyy"


@contextmanager
def replacing(path):
    """Yield a temporary path beside ``path``; on success it replaces ``path``."""
    path = Path(path)
    try:
        # SiBina's visible temporary name: one a killed SiBina left is removed by the next
        # backup or export to that folder (models.files.temporary).
        handle, temp_name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=TEMP_SUFFIX,
                                             dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, 0o644)  # mkstemp makes it private to the user; a report is not
        os.replace(temp, path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    finally:
        if temp.exists():
            temp.unlink()


def cannot_write(path: Path, exc: OSError) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "Spreadsheet",
        "Cannot write {file} ({detail}). If the file is open in another program (Excel, a "
        "PDF reader), close it; check that the USB stick is still there and not full, then "
        "try again."),
        file=str(path), detail=describe(exc)))


def write_table(path, headers: Sequence[str], rows: Sequence[Sequence], *,
                text_columns: Iterable[int] = (), delimiter: str = ",",
                sheet_title: str = "", heading: Sequence[str] = ()) -> None:
    """Write ``rows`` under ``headers`` as .xlsx or .csv, chosen by the suffix of ``path``.

    ``text_columns`` (XLSX) are stored as Text cells, so Excel never turns a NIP into a
    number; ``heading`` (XLSX) is the title block above the table (see :class:`Sheet`).
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, headers, rows, text_columns=text_columns, sheet_title=sheet_title,
                   heading=heading)
    elif suffix == ".csv":
        write_csv(path, headers, rows, delimiter=delimiter)
    else:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "Spreadsheet", "{file}: choose a name ending in .xlsx or .csv."),
            file=Path(path).name))


def write_csv(path, headers: Sequence[str], rows: Sequence[Sequence],
              delimiter: str = ",") -> None:
    """UTF-8 with a byte-order mark, which tells Excel the encoding."""
    with replacing(path) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter)
            writer.writerow([guard(str(h)) for h in headers])
            for row in rows:
                writer.writerow(["" if v is None else guard(str(v)) for v in row])


def column_widths(headers: Sequence[str], rows: Sequence[Sequence]) -> list[float]:
    widths = [len(str(h)) for h in headers]
    for row in rows:
        for index, value in enumerate(row[:len(widths)]):
            if isinstance(value, datetime.date):
                widths[index] = max(widths[index], DATE_WIDTH)
            elif value is not None:
                widths[index] = max(widths[index], len(str(value)))
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widths]


def declare_size(sheet, ref: str) -> None:
    """Give a write-only sheet the size (``<dimension>``) Excel writes and openpyxl omits.

    Without it, openpyxl opening the file read-only parses the whole sheet an extra time
    to learn its size (1–2 s for 20,000 rows). openpyxl's writer asks the sheet with
    ``getattr(ws, "calculate_dimension", None)``; a later version that stops asking would
    only make re-reading slower again.
    """
    sheet.calculate_dimension = lambda: ref


def write_xlsx(path, headers: Sequence[str], rows: Sequence[Sequence], *,
               text_columns: Iterable[int] = (), sheet_title: str = "",
               heading: Sequence[str] = ()) -> None:
    """One sheet: the title block, a bold, frozen heading row with a filter, columns sized
    to their text, set up to print (see :func:`_add_sheet`)."""
    write_xlsx_sheets(path, [Sheet(sheet_title, headers, rows, frozenset(text_columns),
                                   tuple(heading))])


@dataclass
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence]
    text_columns: frozenset = frozenset()  # stored as Text: Excel never turns a NIP into a number
    # The title block above the table, a line a row: what it is, whose, which period
    # ("REKAP JP TAHUN 2026", the office, "Unit kerja: Semua unit"); the first in bold.
    heading: Sequence[str] = ()


def write_xlsx_sheets(path, sheets: Sequence[Sheet]) -> None:
    """A workbook of one or more sheets, each as :func:`write_xlsx` describes."""
    with replacing(path) as temp:
        # Built only once the target is known to be writable: a write-only workbook
        # streams its rows into an open file, which must be saved (and so closed).
        _workbook(sheets).save(temp)


def _workbook(sheets: Sequence[Sheet]):
    from openpyxl import Workbook  # imported here: openpyxl slows the start

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for sheet in sheets:
        title = _sheet_title(sheet.title, used)
        _add_sheet(workbook.create_sheet(title or None), sheet)
    return workbook


def _sheet_title(title: str, used: set) -> str:
    """Excel's rules: 31 characters, none of []:*?/\\, and unique in the workbook."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()[:31]
    candidate, number = clean, 2
    while candidate.casefold() in used:
        candidate = f"{clean[:27]} ({number})"
        number += 1
    used.add(candidate.casefold())
    return candidate


# Wider than this (characters of Excel's column widths, together) prints on landscape.
LANDSCAPE_FROM = 100
PAPER_A4 = 9  # Excel's code for A4 paper


def _add_sheet(sheet, data: Sheet) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headers, rows, text_columns = data.headers, data.rows, data.text_columns
    widths = column_widths(headers, rows)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # The title block, a blank row, then the table: its heading row is row ``top``.
    top = len(data.heading) + 2 if data.heading else 1
    last = top + len(rows)
    width = max([len(headers), *map(len, rows)], default=1) or 1
    declare_size(sheet, f"A1:{get_column_letter(width)}{last}")
    sheet.freeze_panes = f"A{top + 1}"
    print_setup(sheet, top, landscape=sum(widths) > LANDSCAPE_FROM)
    if headers:
        sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(headers))}{last}"
    bold = Font(bold=True)

    def text_cell(value, as_text: bool):
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        if not as_text and not text.startswith(_XLSX_GUARDED):
            return text
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"  # never a formula or an error value
        if as_text:
            cell.number_format = "@"
        return cell

    def date_cell(value):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell

    for number, line in enumerate(data.heading):
        cell = text_cell(line, True)
        cell.font = Font(bold=True, size=12) if number == 0 else Font()
        sheet.append([cell])
    if data.heading:
        sheet.append([])
    heading = []
    for value in headers:
        cell = text_cell(value, True)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    for row in rows:
        sheet.append([
            None if value is None
            else text_cell(value, index in text_columns)
            if isinstance(value, str) or index in text_columns
            else date_cell(value) if isinstance(value, datetime.date) else value
            for index, value in enumerate(row)
        ])


def print_setup(sheet, header_row: int, landscape: bool) -> None:
    """Printed as the office prints a table: A4, as wide as the page (as many pages down as
    it takes), the heading row repeated on every page, landscape when it is wide."""
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
