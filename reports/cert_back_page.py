"""The optional back of a certificate: the event's sessions and their JP.

It is the same for everyone at an event, so it is laid out once per file into a form
XObject and stamped behind each certificate.
"""


from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from models.cert_layouts import Layout

from . import indonesian
from .cert_drawing import Recipient
from .pdf_base import BOLD, REGULAR, escape, styles

MARGIN = 20 * mm


def session_rows(event_id: int) -> tuple:
    """The event's sessions as the back page lists them (read once per batch)."""
    from models.event import EventSession

    return tuple((indonesian.day_and_date(s.date), indonesian.time_range(s.start_time,
                                                                         s.end_time),
                  s.topic, s.speaker.full_name if s.speaker_id else "", float(s.jp or 0))
                 for s in EventSession.select().where(EventSession.event == event_id)
                 .order_by(EventSession.date, EventSession.start_time))


def _table(sessions: tuple, width: float) -> Table:
    st = styles()
    cell, head = st["cell"], st["cell"].clone("head", fontName=BOLD)
    rows = [[Paragraph(t, head) for t in ("No", "Hari/Tanggal", "Waktu", "Materi",
                                          "Narasumber", "JP")]]
    total = 0.0
    for number, (day, hours, topic, speaker, jp) in enumerate(sessions, 1):
        total += jp
        rows.append([str(number), Paragraph(day, cell), hours, Paragraph(escape(topic), cell),
                     Paragraph(escape(speaker or "-"), cell), f"{jp:g}".replace(".", ",")])
    rows.append(["", "", "", Paragraph("Jumlah", head), "", f"{total:g}".replace(".", ",")])
    widths = [10 * mm, 42 * mm, 26 * mm, 0, 55 * mm, 14 * mm]
    widths[3] = width - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("SPAN", (0, -1), (2, -1)),
    ]))
    return table


def draw_back_page(c, layout: Layout, who: Recipient) -> int:
    """The sessions page after a certificate; returns the pages drawn (1)."""
    forms = c.__dict__.setdefault("_sibina_back_pages", {})
    key = (layout.page_size_mm, who.shared.event_id)
    width, height = (v * mm for v in layout.page_size_mm)
    if key not in forms:
        name = forms[key] = f"back{len(forms)}"
        c.beginForm(name)
        c.setFont(BOLD, 14)
        c.drawCentredString(width / 2, height - MARGIN, "MATERI DAN JAM PELAJARAN")
        c.setFont(REGULAR, 11)
        c.drawCentredString(width / 2, height - MARGIN - 7 * mm, who.shared.event_text)
        table = _table(who.shared.sessions, width - 2 * MARGIN)
        _w, h = table.wrapOn(c, width - 2 * MARGIN, height - 2 * MARGIN - 14 * mm)
        table.drawOn(c, MARGIN, height - MARGIN - 14 * mm - h)
        c.endForm()
    c.setPageSize((width, height))
    c.doForm(forms[key])
    c.setFont(REGULAR, 8)
    c.drawRightString(width - MARGIN, 12 * mm, f"Lampiran sertifikat nomor {who.number}")
    c.showPage()
    return 1
