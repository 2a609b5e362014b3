"""What the event's lists and forms share (committee sheets, honorarium, allowance,
certificate receipts, the programme): the kop, the title and the event's lines, a ruled
table whose heading repeats on each page, and the date line with the signature(s).
One look with the sign-in sheets and reports."""

import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from models import settings
from models.events.tables import Event
from reports import indonesian
from reports.letterhead import letterhead
from reports.pdf_base import BOLD, escape, gap, styles

MARGIN = 15 * mm
PORTRAIT, LANDSCAPE = A4, landscape(A4)
SIGN_ROW = 10 * mm  # room to sign a list's row


def width_of(pagesize) -> float:
    return pagesize[0] - 2 * MARGIN


def cell_styles() -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("paper-cell", parent=styles()["cell"], fontSize=8.5, leading=10.5)
    return {"cell": cell,
            "head": ParagraphStyle("paper-head", parent=cell, fontName=BOLD,
                                   alignment=TA_CENTER),
            "number": ParagraphStyle("paper-number", parent=cell, alignment=TA_RIGHT),
            "bold-number": ParagraphStyle("paper-bold-number", parent=cell, fontName=BOLD,
                                          alignment=TA_RIGHT),
            "bold": ParagraphStyle("paper-bold", parent=cell, fontName=BOLD),
            "odd": cell,
            "even": ParagraphStyle("paper-even", parent=cell, leftIndent=10 * mm)}


def sign_cell(number: int) -> Paragraph:
    """``1. ........`` alternating left and right, as a sign-in sheet's, so neighbours'
    signatures do not run into each other."""
    st = cell_styles()
    return Paragraph(f"{number}. ...........", st["odd" if number % 2 else "even"])


def name_and_nip(name: str, nip: str) -> Paragraph:
    """The name with titles, and the NIP grouped under it."""
    from models.staff import nip as nip_rules

    text = escape(name)
    if nip:
        text += f"<br/>NIP. {nip_rules.grouped(nip)}"
    return Paragraph(text, cell_styles()["cell"])


def event_when(event: Event) -> str:
    """``Rabu, 9 Desember 2026`` or ``9–11 Desember 2026``."""
    if event.start_date == event.end_date:
        return indonesian.day_and_date(event.start_date)
    return indonesian.date_range(event.start_date, event.end_date)


def heading(title: str, event: Event, width: float, lines=None) -> list:
    """The kop, the title, the event's name, then its lines (Hari/Tanggal, Tempat, or
    ``lines`` given as (label, value))."""
    st = styles()
    lines = lines or [("Hari/Tanggal", event_when(event)),
                      ("Tempat", event.venue or "-")]
    info = Table([[Paragraph(label, st["body"]), ":", Paragraph(escape(value), st["body"])]
                  for label, value in lines],
                 colWidths=(32 * mm, 4 * mm, width - 36 * mm), hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (1, 0), (1, -1), "NotoSans"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [*letterhead(width), Paragraph(title, st["title"]),
            Paragraph(escape(event.title).upper(), st["subtitle"]), gap(4), info, gap(4)]


def ruled(rows: list, widths, *, totals: bool = False, heights=None,
          spans=()) -> Table:
    """A table with a grey heading row repeated on each page; ``totals`` sets the last row
    in bold; ``spans`` are extra (start, stop) cell spans (a day's heading row)."""
    table = Table(rows, colWidths=widths, repeatRows=1, rowHeights=heights)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), "NotoSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        *([("FONTNAME", (0, -1), (-1, -1), BOLD)] if totals else []),
        *(("SPAN", start, stop) for start, stop in spans),
        *(("BACKGROUND", start, stop, colors.Color(0.96, 0.96, 0.96))
          for start, stop in spans),
    ]))
    return table


def head_row(*titles: str) -> list:
    st = cell_styles()
    return [Paragraph(title, st["head"]) for title in titles]


def date_line(dated: datetime.date) -> str:
    return indonesian.place(settings.get("city") or "Tanjungpinang",
                            indonesian.long_date(dated))


def closing(signature, *before) -> KeepTogether:
    """What ends a paper, kept on one page: the rows or lines given, then the signature."""
    return KeepTogether([*before, gap(6), signature])
