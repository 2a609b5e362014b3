"""A :class:`~reports.report_model.Report` as PDF, XLSX or CSV.

The PDFs share one look: the office's letterhead (pdf_base.letterhead) on the first page,
``Halaman 1 dari 5`` on every page, table headings repeated on each page (the tables:
report_tables), and the date line and the head of office's signature at the end (or the
Ketua Panitia's beside "Mengetahui," and the head's). A PDF whose texts the font cannot
print whole is refused unless the office prints anyway (reports.glyphs). The workbooks have
a sheet per table under a title block, with bold, frozen headings, numbers as numbers, dates
as dates and NIPs and numbers-that-are-codes as text; a CSV holds the report's main table.
"""

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
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from models import settings
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from reports import indonesian, report_model, report_tables
from reports.glyphs import check
from reports.letterhead import letterhead
from reports.pdf_base import (
    BOLD,
    Officer,
    build_pdf,
    countersigned_block,
    escape,
    gap,
    signature_block,
    styles,
)
from reports.report_charts import bar_chart
from reports.report_model import CODE, TEXT, Report
from reports.spreadsheet import Sheet, write_csv, write_xlsx_sheets

MARGIN = 16 * mm
WIDE_FROM = 8  # columns: a table this wide is printed on landscape pages


def write_report(report: Report, path, missing_ok: bool = False) -> int:
    """Write ``report`` as the file's suffix says; returns pages (PDF) or rows written.
    A PDF whose texts the font cannot print whole is refused
    (:class:`reports.glyphs.MissingCharacters`) unless ``missing_ok``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(report, path, missing_ok)
    if suffix == ".xlsx":
        write_xlsx_sheets(path, [_sheet(t, report) for t in report.tables])
        return sum(len(t.rows) for t in report.tables)
    if suffix == ".csv":
        main = report.tables[0] if report.tables else None
        write_csv(path, [c.title for c in main.columns] if main else [],
                  [[_csv_value(v) for v in row] for row in (main.rows if main else [])],
                  delimiter=";")
        return len(main.rows) if main else 0
    raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
        "Reports", "{file}: choose a name ending in .pdf, .xlsx or .csv."), file=path.name))


def _sheet(table, report: Report) -> Sheet:
    codes = frozenset(i for i, c in enumerate(table.columns) if c.kind == CODE)
    rows = list(table.rows) + ([table.total] if table.total else [])
    return Sheet(table.sheet or table.heading, [c.title for c in table.columns], rows, codes,
                 sheet_heading(report, table))


def sheet_heading(report: Report, table) -> list[str]:
    """A sheet's title block: what (the report and the table), whose (the office), which
    event, person or period (the report's facts, as the PDF states them)."""
    lines = [report.title, settings.get("office_name")]
    lines += [f"{label}: {value}" for label, value in report.facts]
    if table.heading and table.heading != report.title:
        lines.append(table.heading)
    return lines


def _csv_value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")  # as Excel set to Indonesian reads it
    return value


# --- PDF --------------------------------------------------------------------------------------


def _styles() -> dict:
    st = styles()
    st["number"] = st["cell"].clone("number", alignment=TA_RIGHT)
    st["head"] = st["cell"].clone("head", fontName=BOLD, alignment=TA_CENTER)
    st["heading"] = st["body"].clone("section", fontName=BOLD, fontSize=11, leading=14,
                                     spaceBefore=8, spaceAfter=4)
    st["chapter"] = st["body"].clone("chapter", fontName=BOLD, fontSize=12, leading=15,
                                     spaceBefore=12, spaceAfter=2)
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


LONG_PARAGRAPH = 700  # characters: about eight lines of body text


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
    if report.appendix:
        story += [PageBreak(), Paragraph("LAMPIRAN", st["title"]), gap(3)]
        for index, part in enumerate(report.appendix):
            if index and isinstance(part, report_model.Heading):
                story.append(PageBreak())  # each attachment on pages of its own
            lead, tail = _part(part, width, st)
            story += lead + tail
    return story


def _part(part, width: float, st, keep_tail: bool = False) -> tuple[list, list]:
    """The part's flowables in two: what may end a page, and its end (``keep_tail``: a few
    lines that the signature block keeps with it)."""
    if isinstance(part, report_model.Table):
        part = report_tables.on_paper(part)
        # A heading never ends a page alone; a long table then runs on over the pages
        # (keepWithNext would push all of it to the next page, leaving this one blank).
        pieces = report_tables.pieces(part, width)
        lead = []
        for index, piece in enumerate(pieces):
            table, last_rows = report_tables.tables(piece, width, st,
                                                    keep_tail and index == len(pieces) - 1)
            lead += [CondPageBreak(35 * mm), Paragraph(escape(piece.heading), st["heading"]),
                     table]
        tail = [last_rows] if last_rows else []
        if part.note:
            tail += [gap(1), Paragraph(escape(part.note), st["note"])]
        return lead, tail
    if isinstance(part, report_model.Heading):
        # Room for the heading and the start of what it heads, or a new page.
        return [CondPageBreak(50 * mm), Paragraph(escape(part.text), st["chapter"])], []
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
                              _picture(part.data, width, part.max_height_mm * mm)])]


def _picture(data: bytes, width: float, height: float = 190 * mm):
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    scale = min(width / w, height / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def printed_texts(report: Report) -> list[tuple[str, list[str]]]:
    """The report's texts by record, for :func:`reports.glyphs.check`: the title and facts,
    each table row under its person's (or first text column's) value, each paragraph and
    chart under its heading."""
    records = [(report.title, [report.title])]
    records += [(f"{label}: {value}", [label, value]) for label, value in report.facts]
    for part in report.parts + report.appendix:
        if isinstance(part, report_model.Table):
            texts = [i for i, c in enumerate(part.columns) if c.kind in (TEXT, CODE)]
            named = next((i for i in texts if part.columns[i].title in NAMED_BY), None)
            named = texts[0] if named is None and texts else named
            records.append((part.heading, [part.heading, *(c.title for c in part.columns)]))
            for row in part.rows:
                values = [str(row[i]) for i in texts if i < len(row) and row[i]]
                who = str(row[named]) if named is not None and row[named] else part.heading
                records.append((who, values))
        elif isinstance(part, report_model.Text):
            records.append((part.heading, [part.heading, part.text]))
        elif isinstance(part, report_model.Chart):
            records.append((part.title, [part.title, *part.labels]))
        elif isinstance(part, report_model.Heading):
            records.append((part.text, [part.text]))
        else:
            records.append((part.caption, [part.caption]))
    return records


NAMED_BY = ("Nama", "Narasumber")  # the column naming a row's person, where there is one


def write_pdf(report: Report, path: Path, missing_ok: bool = False) -> int:
    check(printed_texts(report), report.title, missing_ok)
    wide = max((sum(c.printed for c in t.columns) for t in report.tables),
               default=0) >= WIDE_FROM
    size = landscape(A4) if wide else A4
    width = size[0] - 2 * MARGIN
    return build_pdf(report_story(report, width, _styles()), path, title=report.title,
                     pagesize=size, margin=MARGIN)

