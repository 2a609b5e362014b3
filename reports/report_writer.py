"""A :class:`~reports.report_model.Report` as PDF, XLSX or CSV.

The PDFs share one look: the office's letterhead (logo, name, address) on the first page,
``Halaman 1 dari 5`` on every page, table headings repeated on each page, and the date line
and the head of office's signature at the end. The workbooks have a sheet per table with
bold, frozen headings, numbers as numbers, dates as dates and NIPs and numbers-that-are-
codes as text; a CSV holds the report's main table.
"""

import dataclasses
import datetime
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from models import settings
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from reports import indonesian, report_model
from reports.pdf_base import (
    BOLD,
    ContinuedRows,
    Officer,
    build_pdf,
    countersigned_block,
    escape,
    gap,
    letterhead,
    signature_block,
    styles,
)
from reports.report_charts import bar_chart
from reports.report_model import CODE, DATE, NUMBER, PERCENT, TEXT, Report
from reports.spreadsheet import Sheet, write_csv, write_xlsx_sheets

MARGIN = 16 * mm
WIDE_FROM = 8  # columns: a table this wide is printed on landscape pages


def write_report(report: Report, path) -> int:
    """Write ``report`` as the file's suffix says; returns pages (PDF) or rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(report, path)
    if suffix == ".xlsx":
        write_xlsx_sheets(path, [_sheet(t) for t in report.tables])
        return sum(len(t.rows) for t in report.tables)
    if suffix == ".csv":
        main = report.tables[0] if report.tables else None
        write_csv(path, [c.title for c in main.columns] if main else [],
                  [[_csv_value(v) for v in row] for row in (main.rows if main else [])],
                  delimiter=";")
        return len(main.rows) if main else 0
    raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
        "Reports", "{file}: choose a name ending in .pdf, .xlsx or .csv."), file=path.name))


def _sheet(table) -> Sheet:
    codes = frozenset(i for i, c in enumerate(table.columns) if c.kind == CODE)
    rows = list(table.rows) + ([table.total] if table.total else [])
    return Sheet(table.sheet or table.heading, [c.title for c in table.columns], rows, codes)


def _csv_value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")  # as Excel set to Indonesian reads it
    return value


# --- PDF --------------------------------------------------------------------------------------


def _cell(value, column, st, bold: bool = False):
    if column.kind in (NUMBER, PERCENT):
        text = indonesian.number(value, column.places)
        return Paragraph(f"<b>{text}</b>" if bold else text, st["number"])
    if column.kind == DATE and isinstance(value, datetime.date):
        text = _date_text(value)
    else:
        text = escape("" if value is None else str(value))
    return Paragraph(f"<b>{text}</b>" if bold else text, st["cell"])


def _date_text(value: datetime.date) -> str:
    """``15 September 2025`` on one line: a date broken over three reads badly."""
    return indonesian.long_date(value).replace(" ", "\u00a0")


def _styles() -> dict:
    st = styles()
    st["number"] = st["cell"].clone("number", alignment=TA_RIGHT)
    st["head"] = st["cell"].clone("head", fontName=BOLD, alignment=TA_CENTER)
    st["heading"] = st["body"].clone("section", fontName=BOLD, fontSize=11, leading=14,
                                     spaceBefore=8, spaceAfter=4)
    st["letterhead"] = st["body"].clone("letterhead", fontName=BOLD, fontSize=13, leading=16)
    st["note"] = st["cell"].clone("note", textColor=colors.grey)
    return st


def _facts(facts, width: float, st) -> Table:
    rows = [[Paragraph(escape(label), st["cell"]), ":",
             Paragraph(escape(value), st["cell"])]
            for label, value in facts]
    table = Table(rows, colWidths=(45 * mm, 4 * mm, width - 49 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("FONTNAME", (1, 0), (1, -1), "NotoSans")]))
    return table


PADDING = 13  # points of cell padding and a little room, left and right together


def _column_widths(data, width: float) -> list[float]:
    """Each column at least as wide as what must not break: a heading's longest word, a
    number, a date, a NIP or a certificate number whole; text columns share what is left as
    the report's shares say (a share of 0: no more than it needs)."""
    least = _least_widths(data)
    spare = width - sum(least)
    if spare <= 0:  # too many columns for the page: all of them give a little
        return [w * width / sum(least) for w in least]
    shares = [c.width if c.kind == TEXT else 0 for c in data.columns]
    if not any(shares):
        shares = [1] * len(least)
    return [w + spare * share / sum(shares) for w, share in zip(least, shares, strict=True)]


FILLED = 0.85  # of the page's width, at most, for what must not break: text needs room too


def _pieces(data, width: float) -> list:
    """A table too wide for the page (an event of many sessions) as parts one after the
    other, each with the key columns (number, name) and as many others as fit."""
    least = _least_widths(data)
    keys = [i for i, column in enumerate(data.columns) if column.key]
    if sum(least) <= width * FILLED or not keys:
        return [data]
    room = width * FILLED - sum(least[i] for i in keys)
    groups, group, used = [], [], 0.0
    for index in (i for i in range(len(data.columns)) if i not in keys):
        if group and used + least[index] > room:
            groups.append(group)
            group, used = [], 0.0
        group.append(index)
        used += least[index]
    groups.append(group)
    pieces = []
    for number, group in enumerate(groups, 1):
        chosen = keys + group

        def pick(row, chosen=chosen):
            return [row[i] if i < len(row) else None for i in chosen]

        pieces.append(dataclasses.replace(
            data, heading=f"{data.heading} (bagian {number} dari {len(groups)})",
            columns=[data.columns[i] for i in chosen], rows=[pick(row) for row in data.rows],
            total=pick(data.total) if data.total else None,
            note=data.note if number == len(groups) else ""))
    return pieces


# A word wider than this (a URL pasted into a title, an unbroken old value) is split over
# lines in its cell rather than widening its column until the others have no room at all.
LONGEST_WORD = 60 * mm


def _least_widths(data) -> list[float]:
    """What each column needs so that nothing which must not break is broken."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.pdf_base import REGULAR

    def size(text: str, bold: bool = False) -> float:
        return stringWidth(text, BOLD if bold else REGULAR, 9)

    rows = list(data.rows) + ([data.total] if data.total else [])
    least = []
    for index, column in enumerate(data.columns):
        need = max((size(word, True) for word in column.title.split()), default=0)
        for row in rows:
            value = row[index] if index < len(row) else None
            if value is None or value == "":
                continue
            if column.kind in (NUMBER, PERCENT):
                text = [indonesian.number(value, column.places)]
            elif column.kind == CODE:
                text = [str(value)]
            elif column.kind == DATE and isinstance(value, datetime.date):
                text = [_date_text(value)]
            else:
                text = str(value).split()
            need = max(need, *(min(size(t), LONGEST_WORD) for t in text))
        least.append(need + PADDING)
    return least


# The last rows of a report's last table go over the page with the signature rather than
# leave it alone on a page of its own.
ROWS_WITH_THE_SIGNATURE = 2
LONG_PARAGRAPH = 700  # characters: about eight lines of body text


def _tables(data, width: float, st,
            keep_tail: bool = False) -> tuple[Table, ContinuedRows | None]:
    """The table, and (``keep_tail``) its last rows apart, to be kept with what follows."""
    widths = _column_widths(data, width)
    rows = [[Paragraph(escape(c.title), st["head"]) for c in data.columns]]
    rows += [[_cell(v, c, st) for v, c in zip(row, data.columns, strict=False)]
             for row in data.rows]
    if data.total:
        rows.append([_cell(v, c, st, bold=True)
                     for v, c in zip(data.total, data.columns, strict=False)])
    empty = len(rows) == 1  # no rows and no total: one line across says so
    if empty:
        rows.append([Paragraph("Tidak ada data.", st["note"])] + [""] * (len(widths) - 1))
    cut = len(rows) - ROWS_WITH_THE_SIGNATURE
    if not keep_tail or cut <= 1:
        return _styled(Table(rows, colWidths=widths, repeatRows=1), not empty), None
    return (_styled(Table(rows[:cut], colWidths=widths, repeatRows=1)),
            ContinuedRows(_styled(Table(rows[cut:], colWidths=widths), header=False),
                          _styled(Table(rows[:1] + rows[cut:], colWidths=widths))))


def _styled(table: Table, has_rows: bool = True, header: bool = True) -> Table:
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
    if not has_rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def report_story(report: Report, width: float, st) -> list:
    story = letterhead(width)
    story += [Paragraph(escape(report.title), st["title"]), gap(3)]
    if report.facts:
        story += [_facts(report.facts, width, st), gap(3)]
    for index, part in enumerate(report.parts):
        last = report.signed and index == len(report.parts) - 1
        lead, tail = _part(part, width, st, keep_tail=last)
        story += lead
        if not last:
            story += tail
    if report.signed:
        officer = Officer.from_settings()
        city = settings.get("city") or "Tanjungpinang"
        day = report.date or datetime.date.today()
        ending = tail if report.parts else []
        place_and_date = f"{city}, {indonesian.long_date(day)}"
        if report.chair is not None:
            block = countersigned_block(place_and_date, officer, report.chair, width)
        else:
            block = signature_block(place_and_date, f"{officer.role},", officer.name,
                                    officer.nip, width, officer.rank)
        story.append(KeepTogether([*ending, gap(8), block]))
    return story


def _part(part, width: float, st, keep_tail: bool = False) -> tuple[list, list]:
    """The part's flowables in two: what may end a page, and its end (``keep_tail``: a few
    lines that the signature block keeps with it)."""
    if isinstance(part, report_model.Table):
        part = _on_paper(part)
        # A heading never ends a page alone; a long table then runs on over the pages
        # (keepWithNext would push all of it to the next page, leaving this one blank).
        pieces = _pieces(part, width)
        lead = []
        for index, piece in enumerate(pieces):
            table, last_rows = _tables(piece, width, st,
                                       keep_tail and index == len(pieces) - 1)
            lead += [CondPageBreak(35 * mm), Paragraph(escape(piece.heading), st["heading"]),
                     table]
        tail = [last_rows] if last_rows else []
        if part.note:
            tail += [gap(1), Paragraph(escape(part.note), st["note"])]
        return lead, tail
    if isinstance(part, report_model.Chart):
        return [], [KeepTogether([Paragraph(escape(part.title), st["heading"]),
                                  bar_chart(part, width)])]
    if isinstance(part, report_model.Text):
        lead = [CondPageBreak(25 * mm), Paragraph(escape(part.heading), st["heading"])]
        lead += [Paragraph(escape(paragraph, None).replace("\n", "<br/>"), st["body"])
                 for paragraph in (part.text.strip() or "-").split("\n\n")]
        # What goes over the page with the signature: the last paragraph (with the heading
        # when it is the only one), unless it is long enough to leave a page half empty.
        keep = 2 if len(lead) == 3 else 1
        if sum(len(p.text) for p in lead[-keep:]) > LONG_PARAGRAPH:
            keep = 0
        return lead[:len(lead) - keep], lead[len(lead) - keep:]
    return [], [KeepTogether([Paragraph(escape(part.caption), st["heading"]),
                              _picture(part.data, width)])]


def _on_paper(table: report_model.Table) -> report_model.Table:
    """The table without its columns that are not printed."""
    if all(c.printed for c in table.columns):
        return table
    keep = [i for i, c in enumerate(table.columns) if c.printed]

    def pick(row):
        return [row[i] if i < len(row) else None for i in keep]

    return dataclasses.replace(table, columns=[table.columns[i] for i in keep],
                               rows=[pick(row) for row in table.rows],
                               total=pick(table.total) if table.total else None)


def _picture(data: bytes, width: float):
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(width / w, 190 * mm / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def write_pdf(report: Report, path: Path) -> int:
    wide = max((sum(c.printed for c in t.columns) for t in report.tables),
               default=0) >= WIDE_FROM
    size = landscape(A4) if wide else A4
    width = size[0] - 2 * MARGIN
    return build_pdf(report_story(report, width, _styles()), path, title=report.title,
                     pagesize=size, margin=MARGIN)

