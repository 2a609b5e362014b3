"""The sign-in sheet (*daftar hadir*) of a session, in the Indonesian office format.

DAFTAR HADIR PESERTA, the event, session, day and date, time and speaker; then
No | Nama | NIP | Jabatan/Instansi | Tanda Tangan with the numbered signature cells
alternating left and right; totals and the responsible officer's signature at the end.
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from models import settings
from models.attendance import marking
from models.events.tables import Event, EventSession
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff import nip as nip_rules
from models.vocab import PRESENT_STATUSES
from reports import glyphs, indonesian
from reports.letterhead import letterhead
from reports.pdf_base import (
    BOLD,
    ContinuedRows,
    NewNumbering,
    Officer,
    build_pdf,
    escape,
    gap,
    signature_block,
    styles,
)

ORDERS = ("name", "number", "unit")  # how the office wants the names listed
MARGIN = 15 * mm


def _widths() -> tuple:
    """The NIP column fits a grouped NIP exactly; the name and position share the rest."""
    nip = stringWidth("88888888 888888 8 888", "NotoSans", 9) + 14
    number, signature = 10 * mm, 38 * mm
    rest = A4[0] - 2 * MARGIN - number - nip - signature
    return (number, rest * 0.5, nip, rest * 0.5, signature)


def ordered(people: list, order: str) -> list:
    if order == "name":
        return sorted(people, key=lambda p: p.sort_name)
    if order == "unit":
        return sorted(people, key=lambda p: (p.institution.casefold(), p.sort_name))
    return people  # participant numbers: the grid's own order


def _heading(event: Event, session: EventSession, speaker: str) -> list:
    st = styles()
    info_style = st["body"]
    rows = [("Kegiatan", event.title),
            ("Materi/Sesi", session.topic),
            ("Hari/Tanggal", indonesian.day_and_date(session.date)),
            ("Waktu", indonesian.time_range(session.start_time, session.end_time)),
            ("Narasumber", speaker or "-"),
            ("Tempat", ", ".join(p for p in (session.room, event.venue) if p) or "-")]
    info = Table([[Paragraph(label, info_style), ":", Paragraph(escape(value), info_style)]
                  for label, value in rows], colWidths=(32 * mm, 4 * mm, 144 * mm),
                 hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (1, 0), (1, -1), "NotoSans"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [*letterhead(A4[0] - 2 * MARGIN), Paragraph("DAFTAR HADIR PESERTA", st["title"]),
            Paragraph(escape(event.title).upper(), st["subtitle"]),
            gap(4), info, gap(4)]


def _table(people: list) -> list:
    st = styles()
    cell = st["cell"]
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=TA_CENTER)
    odd = ParagraphStyle("odd", parent=cell)
    even = ParagraphStyle("even", parent=cell, leftIndent=12 * mm)
    rows = [[Paragraph(t, head) for t in ("No", "Nama", "NIP", "Jabatan/Instansi",
                                          "Tanda Tangan")]]
    for number, person in enumerate(people, start=1):
        role = " / ".join(p for p in (person.position, person.institution) if p)
        rows.append([str(number), Paragraph(escape(person.name), cell),
                     nip_rules.grouped(person.nip) if person.nip else "-",
                     Paragraph(escape(role) or "-", cell),
                     Paragraph(f"{number}. ...........", odd if number % 2 else even)])
    return rows


# The last rows go to the next page with the totals and signature rather than leave them
# alone on a page of their own.
ROWS_WITH_THE_SIGNATURE = 2


def _tables(rows: list) -> tuple[Table, ContinuedRows | None]:
    """The list, and its last rows apart (None when the list is that short)."""
    if len(rows) <= 1 + ROWS_WITH_THE_SIGNATURE:
        return _styled(Table(rows, colWidths=_widths(), repeatRows=1)), None
    cut = len(rows) - ROWS_WITH_THE_SIGNATURE
    return (_styled(Table(rows[:cut], colWidths=_widths(), repeatRows=1)),
            ContinuedRows(_styled(Table(rows[cut:], colWidths=_widths()), header=False),
                          _styled(Table(rows[:1] + rows[cut:], colWidths=_widths()))))


def _styled(table: Table, header: bool = True) -> Table:
    first = 1 if header else 0
    table.setStyle(TableStyle([
        # Room to sign even on a one-line row; longer rows grow instead of clipping.
        ("TOPPADDING", (0, first), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, first), (-1, -1), 3 * mm),
        ("FONTNAME", (0, 0), (-1, -1), "NotoSans"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, first), (0, -1), "CENTER"),
        *([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))] if header else []),
    ]))
    return table


def _totals(people: list, session: EventSession, grid: marking.Grid) -> Table:
    recorded = [grid.marks.get((p.id, session.id)) for p in people]
    if any(recorded):
        present = sum(1 for m in recorded if m and m.status in PRESENT_STATUSES)
        present_text, absent_text = str(present), str(len(people) - present)
    else:  # printed before the session: filled in by hand
        present_text = absent_text = "........"
    style = styles()["body"]
    rows = [("Hadir", f"{present_text} orang"), ("Tidak hadir", f"{absent_text} orang"),
            ("Jumlah", f"{len(people)} orang")]
    table = Table([[Paragraph(a, style), ":", Paragraph(b, style)] for a, b in rows],
                  colWidths=(26 * mm, 4 * mm, 40 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (1, 0), (1, -1), "NotoSans"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def session_story(session: EventSession, grid: marking.Grid, order: str,
                  officer: Officer) -> list:
    event = session.event
    speaker = session.speaker.full_name if session.speaker_id else ""
    people = ordered(grid.people, order)
    city = settings.get("city") or "Tanjungpinang"
    width = A4[0] - 2 * MARGIN
    table, last_rows = _tables(_table(people))
    closing = KeepTogether([*([last_rows] if last_rows else []), gap(5),
                            _totals(people, session, grid), gap(4),
                            signature_block(f"{city}, {indonesian.long_date(session.date)}",
                                            f"{officer.role},", officer.name, officer.nip,
                                            width, officer.rank)])
    return [NewNumbering(), *_heading(event, session, speaker), table, closing]


def write_sign_in_sheets(event_id: int, path: Path, session_ids: list[int] | None = None,
                         order: str = "name", officer: Officer | None = None,
                         missing_ok: bool = False) -> int:
    """Write the sheets of the event's sessions (all, or those given) into one PDF, each
    session starting on a new page. Returns the number of pages."""
    if order not in ORDERS:
        raise ValueError(order)
    officer = officer or Officer.from_settings()
    grid = marking.load_grid(event_id)
    chosen = [s for s in grid.sessions if session_ids is None or s.id in session_ids]
    if not chosen:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "This event has no sessions yet: build its schedule first.")))
    event = chosen[0].event
    glyphs.check([(event.title, [event.title, event.venue or ""]),
                  *((s.topic, [s.topic, s.room or "",
                               s.speaker.full_name if s.speaker_id else ""]) for s in chosen),
                  *((p.name, [p.name, p.position or "", p.institution or ""])
                    for p in grid.people)], f"Daftar hadir {event.title}", missing_ok)
    story = []
    for index, session in enumerate(chosen):
        if index:
            story.append(PageBreak())
        story.extend(session_story(session, grid, order, officer))
    return build_pdf(story, path, title="Daftar Hadir", margin=MARGIN)
