"""The lists of receipts as workbooks the office computes with: the amounts typed as
numbers, PPh 21, net and the totals as Excel formulas, so a changed amount or rate is
recomputed in Excel. The rates are those of models.letters.honorarium, the PDF's rule."""

import datetime

from models import settings
from models.events.tables import Event
from models.importing.cells import FORMULA_STARTS
from models.letters.honorarium import allowance_lines, golongan_ruang, honorarium_lines
from models.staff import nip as nip_rules
from reports import indonesian
from reports.letters.payment_pdf import none_typed
from reports.spreadsheet import print_setup, replacing

MONEY = "#,##0"
GUARDED = FORMULA_STARTS + ("#",)  # as every other workbook SiBina writes
HONORARIUM = ("No", "Nama", "NIP", "Peran", "Gol.", "Honorarium (bruto)",
              "Tarif PPh 21 (%)", "PPh 21", "Diterima (netto)", "Tanda Tangan")
ALLOWANCE = ("No", "Nama", "NIP", "Jabatan / Unit Kerja", "Uang Transport", "Uang Saku",
             "Jumlah", "Tanda Tangan")


def _sheet(title: str, event: Event, headers, widths):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    when = indonesian.date_range(event.start_date, event.end_date)
    for row, line in enumerate((title.upper(), settings.get("office_name"), event.title,
                                f"{when}, {event.venue}" if event.venue else when), 1):
        _put(sheet, row, 1, line)
    sheet["A1"].font = Font(bold=True, size=12)
    for column, title_text in enumerate(headers, 1):
        _put(sheet, 6, column, title_text).font = Font(bold=True)
    for letter, width in zip("ABCDEFGHIJ", widths, strict=False):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A7"
    print_setup(sheet, 6, landscape=True)
    # Excel and LibreOffice compute the formulas when the file is opened.
    book.calculation.fullCalcOnLoad = True
    return book, sheet


def _put(sheet, row: int, column: int, value):
    """A cell's value; text that looks like a formula (a name typed as ``=…``) stays text."""
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, str) and value.startswith(GUARDED):
        cell.data_type = "s"
    return cell


def write_honorarium_xlsx(event_id: int, path, dated: datetime.date | None = None) -> int:
    """The honorarium list: bruto and rate typed, PPh 21 ``=ROUNDDOWN(F*G/100;0)``, netto
    ``=F-H``, and the totals ``=SUM(…)``. Returns the payees."""
    event = Event.get_by_id(event_id)
    lines = honorarium_lines(event_id)
    if not lines:
        raise none_typed("honorarium")
    book, sheet = _sheet("Daftar Penerimaan Honorarium", event, HONORARIUM,
                         (5, 32, 23, 13, 7, 18, 14, 14, 18, 18))
    first, cached = 7, {}
    for number, line in enumerate(lines, first):
        row = number
        cells = [number - first + 1, line.name,
                 nip_rules.grouped(line.nip) if line.nip else "",
                 indonesian.ROLE_NAMES[line.role], golongan_ruang(line.rank) or "-",
                 line.gross, line.rate]
        for column, value in enumerate(cells, 1):
            _put(sheet, row, column, value)
        sheet.cell(row, 8, f"=ROUNDDOWN(F{row}*G{row}/100,0)")
        sheet.cell(row, 9, f"=F{row}-H{row}")
        cached |= {f"H{row}": line.tax, f"I{row}": line.net}
        for column in (6, 8, 9):
            sheet.cell(row, column).number_format = MONEY
    last = first + len(lines) - 1
    _totals(sheet, last + 1, first, last, (6, 8, 9))
    total = last + 1
    cached |= {f"F{total}": sum(x.gross for x in lines), f"H{total}": sum(x.tax for x in lines),
               f"I{total}": sum(x.net for x in lines)}
    _save(book, path, cached)
    return len(lines)


def write_allowance_xlsx(event_id: int, path, dated: datetime.date | None = None) -> int:
    """Transport and uang saku typed, each row's sum and the totals as formulas."""
    event = Event.get_by_id(event_id)
    lines = allowance_lines(event_id)
    if not lines:
        raise none_typed("allowance")
    book, sheet = _sheet("Daftar Penerimaan Uang Transport dan Uang Saku", event,
                         ALLOWANCE, (5, 32, 23, 36, 16, 16, 16, 18))
    first, cached = 7, {}
    for number, line in enumerate(lines, first):
        cached[f"G{number}"] = line.total
        cells = [number - first + 1, line.name,
                 nip_rules.grouped(line.nip) if line.nip else "", line.position or "-",
                 line.transport, line.pocket]
        for column, value in enumerate(cells, 1):
            _put(sheet, number, column, value)
        sheet.cell(number, 7, f"=E{number}+F{number}")
        for column in (5, 6, 7):
            sheet.cell(number, column).number_format = MONEY
    last = first + len(lines) - 1
    _totals(sheet, last + 1, first, last, (5, 6, 7))
    cached |= {f"E{last + 1}": sum(x.transport for x in lines),
               f"F{last + 1}": sum(x.pocket for x in lines),
               f"G{last + 1}": sum(x.total for x in lines)}
    _save(book, path, cached)
    return len(lines)


def _totals(sheet, row: int, first: int, last: int, columns) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.cell(row, 2, "Jumlah").font = Font(bold=True)
    for column in columns:
        letter = get_column_letter(column)
        cell = sheet.cell(row, column, f"=SUM({letter}{first}:{letter}{last})")
        cell.number_format = MONEY
        cell.font = Font(bold=True)


def _save(book, path, cached: dict[str, int]) -> None:
    """Save, then write each formula's value beside it (openpyxl writes formulas without
    one): a viewer that computes nothing (a phone, a preview) still shows the figures, and
    Excel computes them again as it opens the file."""
    import re
    import zipfile

    with replacing(path) as temp:
        book.save(temp)
        with zipfile.ZipFile(temp) as archive:
            parts = {info: archive.read(info.filename) for info in archive.infolist()}
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in parts.items():
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = re.sub(
                        rb'(<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?',
                        lambda m: m.group(1) + b"<v>%d</v>" % cached[m.group(2).decode()],
                        data)
                archive.writestr(info, data)
