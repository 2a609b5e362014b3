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
MB = 1024 * 1024
MAX_XLSX = 50 * MB  # as it is on disk, packed
MAX_CSV = 20 * MB
MAX_LINE = 100_000  # characters in one line; an office row is a few hundred


def unreadable(path: Path, detail: str | Message) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "StaffImport", "Cannot read {file}: {detail}"), file=path.name, detail=detail))


def check_size(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport", "{file} is too large to import ({size} MB; at most {limit} MB)."),
            file=path.name, size=-(-size // MB), limit=limit // MB))


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

    from models.importing import bounds

    try:
        check_size(path, MAX_XLSX)
        bounds.check_zip(path)  # before openpyxl unpacks anything
        workbook = load_workbook(path, read_only=True, data_only=True)
    except SiBinaError:
        raise
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
    try:
        bounds.check_dimension(path, sheet.max_row, sheet.max_column)
        # Private, but openpyxl (3.1) has no public way to a sheet's XML, and this is the
        # very part it reads next: parsing the workbook's parts again could pick another.
        with sheet._get_source() as source:
            bounds.scan_sheet(path, source)
    except SiBinaError:
        workbook.close()
        raise
    except Exception as exc:  # a damaged sheet part
        workbook.close()
        raise unreadable(path, str(exc) or type(exc).__name__) from exc
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
        check_size(path, MAX_CSV)
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, describe(exc)) from exc
    text = checked_text(path, data)
    delimiter = sniff_delimiter(text)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise unreadable(path, str(exc)) from exc
    # Spreadsheet programs (and SiBina's own CSV files) guard text that would run as a
    # formula with a leading apostrophe; reading it back, the apostrophe goes.
    return [(number, tuple(unguard(cell) for cell in cells))
            for number, cells in enumerate(records, start=1)]


def checked_text(path: Path, data: bytes) -> str:
    """The text of a CSV file: UTF-16 when it says so (a BOM) or looks so (every other
    byte NUL, as Excel's "Unicode Text" writes), else :func:`decode`. Refused by name when
    UTF-16 does not decode, a NUL remains (not a text file) or a line is absurdly long."""
    utf16 = _utf16(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
                "StaffImport", "{file} looks like UTF-16 text but cannot be read as such: "
                               "in Excel, save it again as “CSV UTF-8”."),
                file=path.name)) from exc
        text = text.removeprefix("\ufeff")
    else:
        text = decode(data)
    nul = text.find("\0")
    if nul >= 0:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport", "{file} holds a NUL character on line {line}: it is not a text "
                           "(CSV) file. In Excel, save it again as “CSV UTF-8”."),
            file=path.name, line=text.count("\n", 0, nul) + 1))
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE:
            raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
                "StaffImport", "{file}: line {line} is longer than {limit} characters; it "
                               "is not an ordinary CSV file."),
                file=path.name, line=number, limit=MAX_LINE))
    return text


def _utf16(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return ""
    # Mostly-Latin text in UTF-16 has a NUL in every other byte: odd ones little-endian.
    if sample[1::2].count(0) > 0.7 * half:
        return "utf-16-le"
    if sample[0::2].count(0) > 0.7 * half:
        return "utf-16-be"
    return ""


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
