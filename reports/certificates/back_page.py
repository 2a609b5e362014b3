"""The optional back of a certificate: the event's sessions and their JP.

It is the same for everyone at an event, so it is laid out once per file into a form
XObject and stamped behind each certificate.
"""


from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from models.certificates.layouts import Layout
from reports import indonesian
from reports.certificates.drawing import Recipient
from reports.pdf_base import BOLD, REGULAR, escape, styles

MARGIN = 20 * mm
CELL_PADDING = 6  # points each side: ReportLab's table cells


def session_rows(event_id: int) -> tuple:
    """The event's sessions as the back page lists them (read once per batch)."""
    from models.events.tables import EventSession

    return tuple((indonesian.day_and_date(s.date), indonesian.time_range(s.start_time,
                                                                         s.end_time),
                  s.topic, s.speaker.full_name if s.speaker_id else "", float(s.jp or 0))
                 for s in EventSession.select().where(EventSession.event == event_id)
                 .order_by(EventSession.date, EventSession.start_time))


def _table(sessions: tuple, width: float, size: float) -> Table:
    st = styles()
    cell = st["cell"].clone("back", fontSize=size, leading=size * 1.22)
    head = cell.clone("back-head", fontName=BOLD)
    rows = [[Paragraph(t, head) for t in ("No", "Hari/Tanggal", "Waktu", "Materi",
                                          "Narasumber", "JP")]]
    total = 0.0
    for number, (day, hours, topic, speaker, jp) in enumerate(sessions, 1):
        total += jp
        rows.append([str(number), Paragraph(day, cell), Paragraph(hours, cell),
                     Paragraph(escape(topic), cell), Paragraph(escape(speaker or "-"), cell),
                     indonesian.number(jp)])
    rows.append(["", "", "", Paragraph("Jumlah", head), "", indonesian.number(total)])
    # Day, time and JP take what their text needs at this size; the topic gets the most
    # of the rest, the speaker a third of it.
    # The number column fits its heading on one line ("No" in bold, with the padding).
    number_w = max(8 * mm, stringWidth("No", BOLD, size) + 2 * CELL_PADDING + 2)
    fixed = [number_w, size * 4.2 * mm, size * 3.4 * mm, 0, 0, 11 * mm]
    rest = width - sum(fixed)
    fixed[3], fixed[4] = rest * 0.62, rest * 0.38
    table = Table(rows, colWidths=fixed, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("SPAN", (0, -1), (2, -1)),
    ]))
    return table


SIZES = (9.0, 8.0, 7.0)  # points: a long schedule is set smaller before it takes pages


def _parts(c, sessions: tuple, width: float, height: float) -> list[Table]:
    """The schedule's table as it fits on the page: whole at the largest size that lets it,
    else split over as many pages as it needs, at the smallest size."""
    for size in SIZES:
        table = _table(sessions, width, size)
        _w, needed = table.wrapOn(c, width, height)
        if needed <= height:
            return [table]
    parts, rest = [], table
    while True:
        split = rest.split(width, height)
        if len(split) < 2:  # what is left fits (or cannot be split further)
            return parts + [rest]
        parts.append(split[0])
        rest = split[1]


def _heading(event_text: str, width: float) -> Paragraph:
    st = styles()
    return Paragraph(escape(event_text), st["body"].clone(
        "back-title", fontSize=11, leading=14, alignment=1))


def draw_back_page(c, layout: Layout, who: Recipient) -> int:
    """The sessions after a certificate, on one page or more; returns the pages drawn."""
    forms = c.__dict__.setdefault("_sibina_back_pages", {})
    key = (layout.page_size_mm, who.shared.event_id)
    width, height = (v * mm for v in layout.page_size_mm)
    inner = width - 2 * MARGIN
    if key not in forms:
        heading = _heading(who.shared.event_text, inner)
        _w, heading_height = heading.wrapOn(c, inner, height)
        top = height - MARGIN - 8 * mm - heading_height - 4 * mm
        names = []
        for index, table in enumerate(_parts(c, who.shared.sessions, inner, top - 20 * mm)):
            name = f"back{len(forms)}-{index}"
            c.beginForm(name)
            c.setFont(BOLD, 14)
            title = "MATERI DAN JAM PELAJARAN" + (" (lanjutan)" if index else "")
            c.drawCentredString(width / 2, height - MARGIN, title)
            heading.drawOn(c, MARGIN, height - MARGIN - 6 * mm - heading_height)
            _w, h = table.wrapOn(c, inner, top - 20 * mm)
            table.drawOn(c, MARGIN, top - h)
            c.endForm()
            names.append(name)
        forms[key] = names
    for index, name in enumerate(forms[key], 1):
        c.setPageSize((width, height))
        c.doForm(name)
        if who.attended_jp is not None and index == len(forms[key]):
            total = sum(jp for *_rest, jp in who.shared.sessions)
            c.setFont(BOLD, 10)
            c.drawString(MARGIN, 16 * mm, f"Jam pelajaran yang diikuti: "
                                          f"{indonesian.jp(who.attended_jp)} dari "
                                          f"{indonesian.jp(total)}")
        c.setFont(REGULAR, 8)
        c.drawRightString(width - MARGIN, 12 * mm, f"Lampiran sertifikat nomor {who.number}")
        c.showPage()
    return len(forms[key])
