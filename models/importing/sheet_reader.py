"""Reading the rows of an office spreadsheet: the first sheet of an .xlsx, or a .csv.

Rows come out numbered as the spreadsheet program shows them, blank rows included, so a
message can say "row 12" and mean the row the office sees. XLSX cells keep their type
(a NIP typed as a number arrives as an int, which the importer must refuse); CSV cells
are text.
"""

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from models.importing.cells import unguard
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.os_errors import describe

_C = "StaffImport"

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")


def unreadable(path: Path, detail: str | Message) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "StaffImport", "Cannot read {file}: {detail}"), file=path.name, detail=detail))


def open_rows(path) -> tuple[int, Iterator[tuple[int, tuple]]]:
    """An estimate of the number of rows, and a generator of ``(row number, cells)``
    (close it to release the file when stopping early).

    Raises :class:`SiBinaError` naming the file when it is missing, of an unsupported
    kind or damaged.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _xlsx_rows(path)
    if suffix in CSV_SUFFIXES:
        rows = _csv_rows(path)
        return len(rows), (row for row in rows)
    raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "StaffImport",
        "{file} is not an Excel workbook (.xlsx) or a CSV file. In Excel, use Save As and "
        "choose “Excel Workbook (.xlsx)”, then import that file."), file=path.name))


def _xlsx_rows(path: Path) -> tuple[int, Iterator[tuple[int, tuple]]]:
    from openpyxl import load_workbook  # imported here: openpyxl slows the start

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise unreadable(path, describe(exc)) from exc
    except zipfile.BadZipFile as exc:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport", "{file} is damaged or is not really an Excel workbook."),
            file=path.name)) from exc
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise unreadable(path, str(exc) or type(exc).__name__) from exc
    if not workbook.worksheets:
        workbook.close()
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport", "{file} has no worksheet."), file=path.name))
    sheet = workbook.worksheets[0]
    estimate = sheet.max_row or 0
    # Some programs write a wrong sheet size; ignore it and read every cell there is.
    sheet.reset_dimensions()

    def rows():
        try:
            yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        except Exception as exc:  # a damaged sheet part surfaces only while reading
            raise unreadable(path, str(exc) or type(exc).__name__) from exc
        finally:
            workbook.close()

    return estimate, rows()


def _csv_rows(path: Path) -> list[tuple[int, tuple]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, describe(exc)) from exc
    text = decode(data)
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise unreadable(path, str(exc)) from exc
    # Spreadsheet programs (and SiBina's own CSV files) guard text that would run as a
    # formula with a leading apostrophe; reading it back, the apostrophe goes.
    return [(number, tuple(unguard(cell) for cell in cells))
            for number, cells in enumerate(records, start=1)]


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); else the Windows code page Excel's plain "CSV" uses."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """``;`` (Excel in Indonesian), ``,`` or tab: whichever the first filled line has most."""
    for line in text.splitlines():
        if line.strip(" ,;\t\"'"):
            counts = {d: _count_outside_quotes(line, d) for d in (",", ";", "\t")}
            best = max(counts, key=lambda d: counts[d])
            return best if counts[best] else ","
    return ","


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count
