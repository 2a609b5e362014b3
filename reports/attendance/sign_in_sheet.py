"""The sign-in sheet (*daftar hadir*) of a session, in the Indonesian office format.

DAFTAR HADIR PESERTA, the event, session, day and date, time, speaker, moderator and
place; then No | Nama | NIP | Jabatan/Instansi | Tanda Tangan with the numbered signature
cells alternating left and right, about twenty rows a page; totals (left for the pen until
the session is held) and the responsible officer's signature at the end. The committee and
speakers sign a sheet of their own (``crew``), their role before their position.
"""

import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
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
from models.attendance.roles import CREW, people_in_roles
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
ROW = 9 * mm  # room to sign; a row grows only when its text needs three lines
CELL_PADDING = 1.2 * mm
TEXT_SIZE, TEXT_LEADING = 8, 9.5


def _widths() -> tuple:
    """The NIP column fits a grouped NIP exactly; the position (the longer text) takes
    more of the rest than the name, so that most rows keep to two lines."""
    nip = stringWidth("88888888 888888 8 888", "NotoSans", TEXT_SIZE) + 10
    number, signature = 8 * mm, 34 * mm
    rest = A4[0] - 2 * MARGIN - number - nip - signature
    return (number, rest * 0.36, nip, rest * 0.64, signature)


def ordered(people: list, order: str) -> list:
    if order == "name":
        return sorted(people, key=lambda p: p.sort_name)
    if order == "unit":
        return sorted(people, key=lambda p: (p.institution.casefold(), p.sort_name))
    return people  # participant numbers: the grid's own order


def _heading(event: Event, session: EventSession, title: str) -> list:
    st = styles()
    info_style = st["body"]
    rows = [("Kegiatan", event.title),
            ("Materi/Sesi", session.topic),
            ("Hari/Tanggal", indonesian.day_and_date(session.date)),
            ("Waktu", indonesian.time_range(session.start_time, session.end_time)),
            ("Narasumber", session.speaker.full_name if session.speaker_id else "-"),
            *([("Moderator", session.moderator.full_name)] if session.moderator_id else []),
            ("Tempat", indonesian.place(session.room, event.venue) or "-")]
    info = Table([[Paragraph(label, info_style), ":", Paragraph(escape(value), info_style)]
                  for label, value in rows], colWidths=(32 * mm, 4 * mm, 144 * mm),
                 hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONTNAME", (1, 0), (1, -1), "NotoSans"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [*letterhead(A4[0] - 2 * MARGIN), Paragraph(title, st["title"]),
            Paragraph(escape(event.title).upper(), st["subtitle"]),
            gap(4), info, gap(4)]


def _table(people: list, roles: dict[int, list[str]] | None = None) -> list:
    """The heading row and a row a person; ``roles`` (the committee's sheet) puts each
    person's role before their position."""
    cell = ParagraphStyle("sheet", parent=styles()["cell"], fontSize=TEXT_SIZE,
                          leading=TEXT_LEADING)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, alignment=TA_CENTER)
    odd = ParagraphStyle("odd", parent=cell)
    even = ParagraphStyle("even", parent=cell, leftIndent=12 * mm)
    rows = [[Paragraph(t, head) for t in ("No", "Nama", "NIP", "Jabatan/Instansi",
                                          "Tanda Tangan")]]
    job_width = _widths()[3] - 6
    for number, person in enumerate(people, start=1):
        plain = " / ".join(p for p in (person.position, person.institution) if p)
        job = escape(plain)
        if roles:
            named = ", ".join(indonesian.ROLE_NAMES[r] for r in roles[person.id])
            job = f"<b>{named}</b>" + (f" — {job}" if job else "")
            plain = f"{named} — {plain}"
        rows.append([str(number), Paragraph(escape(person.name), cell),
                     Paragraph(nip_rules.grouped(person.nip) if person.nip else "-", cell),
                     Paragraph(job or "-", _two_lines(cell, plain, job_width)),
                     Paragraph(f"{number}. ...........", odd if number % 2 else even)])
    return rows


def _two_lines(style: ParagraphStyle, text: str, width: float) -> ParagraphStyle:
    """The style at the largest size (down to 7 pt) at which ``text`` keeps to two lines:
    a long position and unit otherwise take three, and the rows of a page drop to a dozen."""
    for size in (TEXT_SIZE, 7.5, 7):
        if len(simpleSplit(text, style.fontName, size, width)) <= 2:
            break
    if size == TEXT_SIZE:
        return style
    return ParagraphStyle(f"job{size}", parent=style, fontSize=size, leading=size + 1.2)


def _heights(rows: list) -> list:
    """The heading row as it needs; each person's row at least :data:`ROW`."""
    widths = _widths()
    heights = [None]
    for row in rows[1:]:
        need = max(cell.wrap(width - 6, 1000)[1] if hasattr(cell, "wrap") else 0
                   for cell, width in zip(row, widths, strict=True))
        heights.append(max(ROW, need + 2 * CELL_PADDING))
    return heights


def sheet_tables(people: list, roles: dict[int, list[str]] | None = None):
    """The sign-in list of ``people`` (GridPerson-like) as :func:`session_story` prints it,
    for the other papers that are signed the same way (the committee's daily sheet)."""
    return _tables(_table(people, roles))


# The last rows go to the next page with the totals and signature rather than leave them
# alone on a page of their own.
ROWS_WITH_THE_SIGNATURE = 2


def _tables(rows: list) -> tuple[Table, ContinuedRows | None]:
    """The list, and its last rows apart (None when the list is that short)."""
    heights, widths = _heights(rows), _widths()
    if len(rows) <= 1 + ROWS_WITH_THE_SIGNATURE:
        return _styled(Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)), None
    cut = len(rows) - ROWS_WITH_THE_SIGNATURE
    return (_styled(Table(rows[:cut], colWidths=widths, rowHeights=heights[:cut],
                          repeatRows=1)),
            ContinuedRows(_styled(Table(rows[cut:], colWidths=widths,
                                        rowHeights=heights[cut:]), header=False),
                          _styled(Table(rows[:1] + rows[cut:], colWidths=widths,
                                        rowHeights=heights[:1] + heights[cut:]))))


def _styled(table: Table, header: bool = True) -> Table:
    first = 1 if header else 0
    table.setStyle(TableStyle([
        # The rows' heights give the room to sign (see _heights); padding is kept small.
        ("TOPPADDING", (0, first), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, first), (-1, -1), CELL_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), "NotoSans"),
        ("FONTSIZE", (0, 0), (-1, -1), TEXT_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, first), (0, -1), "CENTER"),
        *([("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))] if header else []),
    ]))
    return table


def _totals(people: list, session: EventSession, grid: marking.Grid, held: bool) -> Table:
    """Present and absent as recorded once the session is held; before it (a leave typed
    in advance is no count) or for the committee's sheet, dots for the pen."""
    recorded = [grid.marks.get((p.id, session.id)) for p in people]
    if held and any(recorded):
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
                  officer: Officer, today: datetime.date | None = None,
                  crew: list | None = None) -> list:
    """One session's sheet: the participants', or (``crew``: people_in_roles of the
    committee and speakers) theirs."""
    event = session.event
    city = settings.get("city") or "Tanjungpinang"
    width = A4[0] - 2 * MARGIN
    if crew is None:
        people, roles, title = ordered(grid.people, order), None, "DAFTAR HADIR PESERTA"
        held = session.id in grid.held_ids(today or datetime.date.today())
    else:
        people = [person for person, _roles in crew]
        roles = {person.id: held_roles for person, held_roles in crew}
        title, held = "DAFTAR HADIR PANITIA DAN NARASUMBER", False
    table, last_rows = _tables(_table(people, roles))
    closing = KeepTogether([*([last_rows] if last_rows else []), gap(5),
                            _totals(people, session, grid, held), gap(4),
                            signature_block(f"{city}, {indonesian.long_date(session.date)}",
                                            f"{officer.role},", officer.name, officer.nip,
                                            width, officer.rank)])
    return [NewNumbering(), *_heading(event, session, title), table, closing]


def write_sign_in_sheets(event_id: int, path: Path, session_ids: list[int] | None = None,
                         order: str = "name", officer: Officer | None = None,
                         crew: bool = False, today: datetime.date | None = None,
                         missing_ok: bool = False) -> int:
    """Write the sheets of the event's sessions (all, or those given) into one PDF, each
    session starting on a new page: the participants', or (``crew``) the committee's and
    speakers'. Returns the number of pages."""
    if order not in ORDERS:
        raise ValueError(order)
    officer = officer or Officer.from_settings()
    grid = marking.load_grid(event_id)
    chosen = [s for s in grid.sessions if session_ids is None or s.id in session_ids]
    if not chosen:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "This event has no sessions yet: build its schedule first.")))
    team = people_in_roles(event_id, CREW) if crew else None
    if crew and not team:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "No committee member or speaker is registered for this event yet.")))
    event = chosen[0].event
    people = [person for person, _roles in team] if crew else grid.people
    glyphs.check([(event.title, [event.title, event.venue or ""]),
                  *((s.topic, [s.topic, s.room or "",
                               s.speaker.full_name if s.speaker_id else ""]) for s in chosen),
                  *((p.name, [p.name, p.position or "", p.institution or ""])
                    for p in people)], f"Daftar hadir {event.title}", missing_ok)
    story = []
    for index, session in enumerate(chosen):
        if index:
            story.append(PageBreak())
        story.extend(session_story(session, grid, order, officer, today, team))
    return build_pdf(story, path, title="Daftar Hadir", margin=MARGIN)
