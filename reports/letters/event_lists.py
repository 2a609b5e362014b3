"""The event's lists that are not about money: the committee's daily sign-in sheet, the
speakers' and moderators' sheet per session, the receipt of certificates, and the
programme (susunan acara) on a page of its own."""

import datetime

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from models.attendance.marking import GridPerson
from models.attendance.roles import people_in_roles
from models.certificates.tables import Certificate
from models.events.tables import Event, EventSession
from models.letters.kinds import KINDS
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person
from reports import indonesian
from reports.attendance.sign_in_sheet import MARGIN as SHEET_MARGIN
from reports.attendance.sign_in_sheet import sheet_tables
from reports.letters.paper_pdf import (
    MARGIN,
    PORTRAIT,
    SIGN_ROW,
    cell_styles,
    closing,
    date_line,
    head_row,
    heading,
    name_and_nip,
    ruled,
    sign_cell,
    width_of,
)
from reports.pdf_base import NewNumbering, Officer, build_pdf, escape, signature_block


def _says(text: str) -> SiBinaError:
    return SiBinaError(message("Letters", text))


def _sessions(event: Event) -> list[EventSession]:
    sessions = list(event.sessions.order_by(EventSession.date, EventSession.start_time,
                                            EventSession.id))
    if not sessions:
        raise _says(QT_TRANSLATE_NOOP("Letters", "This event has no sessions yet: build "
                                                 "its schedule first."))
    return sessions


def _signed(dated: datetime.date, width: float):
    officer = Officer.from_settings()
    return signature_block(date_line(dated), f"{officer.role},", officer.name, officer.nip,
                           width, officer.rank)


def _sheet_pages(title: str, event: Event, pages: list, width: float) -> list:
    """Each (lines, people, roles, day) a page of its own, signed as the sign-in sheets."""
    story = []
    for index, (lines, people, roles, day) in enumerate(pages):
        table, last_rows = sheet_tables(people, roles)
        story += [*([PageBreak()] if index else []), NewNumbering(),
                  *heading(title, event, width, lines), table,
                  closing(_signed(day, width), *([last_rows] if last_rows else []))]
    return story


def committee_story(event: Event) -> list:
    """A page for each day of the schedule: the committee signs once a day."""
    committee = people_in_roles(event.id, ("panitia",))
    if not committee:
        raise _says(QT_TRANSLATE_NOOP("Letters", "No committee member is registered for "
                                                 "this event yet."))
    people = [person for person, _roles in committee]
    roles = {person.id: held for person, held in committee}
    days = sorted({s.date for s in _sessions(event)})
    venue = event.venue or "-"
    return _sheet_pages("DAFTAR HADIR PANITIA", event, [
        ([("Hari ke", f"{number} dari {len(days)}"),
          ("Hari/Tanggal", indonesian.day_and_date(day)), ("Tempat", venue)],
         people, roles, day) for number, day in enumerate(days, 1)], width_of(PORTRAIT))


def _grid_person(person: Person) -> GridPerson:
    return GridPerson(person.id, None, person.full_name, person.name.casefold(),
                      person.nip or "", person.position,
                      person.institution if person.is_external or not person.unit
                      else person.unit)


def speaker_story(event: Event) -> list:
    """A page for each session with a speaker or moderator: they sign for the session."""
    pages = []
    for session in _sessions(event):
        who = [(session.speaker, "narasumber"), (session.moderator, "moderator")]
        who = [(person, role) for person, role in who if person is not None]
        if not who:
            continue
        people = [_grid_person(person) for person, _role in who]
        roles = {person.id: [role] for person, role in who}
        if len(people) == 2 and people[0].id == people[1].id:  # one person, both roles
            people, roles = people[:1], {people[0].id: ["narasumber", "moderator"]}
        lines = [("Materi/Sesi", session.topic),
                 ("Hari/Tanggal", indonesian.day_and_date(session.date)),
                 ("Waktu", indonesian.time_range(session.start_time, session.end_time)),
                 ("Tempat", indonesian.place(session.room, event.venue) or "-")]
        pages.append((lines, people, roles, session.date))
    if not pages:
        raise _says(QT_TRANSLATE_NOOP("Letters", "The event's schedule names no speaker or "
                                                 "moderator yet."))
    return _sheet_pages("DAFTAR HADIR NARASUMBER DAN MODERATOR", event, pages,
                        width_of(PORTRAIT))


def certificate_receipt_story(event: Event, dated: datetime.date) -> list:
    """Every certificate in force of the event, in the order of issue, with room to sign
    for it."""
    issued = list(Certificate.select().where(Certificate.event == event.id,
                                             Certificate.revoked_at.is_null())
                  .order_by(Certificate.year, Certificate.seq))
    if not issued:
        raise _says(QT_TRANSLATE_NOOP("Letters", "No certificate has been issued for this "
                                                 "event yet."))
    st = cell_styles()
    width = width_of(PORTRAIT)
    rows = [head_row("No", "Nomor Sertifikat", "Nama / NIP", "Peran", "Tanggal Terima",
                     "Tanda Tangan")]
    for number, certificate in enumerate(issued, 1):
        person = certificate.person
        rows.append([str(number), Paragraph(escape(certificate.number), st["cell"]),
                     name_and_nip(person.full_name, person.nip or ""),
                     Paragraph(indonesian.ROLE_NAMES.get(certificate.role, certificate.role),
                               st["cell"]), "", sign_cell(number)])
    widths = [9 * mm, 50 * mm, 54 * mm, 20 * mm, 20 * mm]
    widths.append(width - sum(widths))
    table = ruled(rows, widths, heights=[None] + [SIGN_ROW] * len(issued))
    return [NewNumbering(), *heading("TANDA TERIMA SERTIFIKAT", event, width), table,
            closing(_signed(dated, width))]


def programme_story(event: Event, dated: datetime.date) -> list:
    """The schedule day by day: time, material, speaker, moderator."""
    st = cell_styles()
    width = width_of(PORTRAIT)
    rows = [head_row("Waktu", "Acara / Materi", "Narasumber", "Moderator")]
    spans = []
    day, day_number = None, 0
    for session in _sessions(event):
        if session.date != day:
            day, day_number = session.date, day_number + 1
            spans.append(((0, len(rows)), (-1, len(rows))))
            rows.append([Paragraph(f"Hari ke-{day_number}: "
                                   f"{indonesian.day_and_date(day)}", st["bold"]), "", "", ""])
        rows.append([Paragraph(indonesian.time_range(session.start_time, session.end_time),
                               st["cell"]),
                     Paragraph(escape(session.topic), st["cell"]),
                     Paragraph(escape(session.speaker.full_name) if session.speaker_id
                               else "-", st["cell"]),
                     Paragraph(escape(session.moderator.full_name) if session.moderator_id
                               else "-", st["cell"])])
    widths = [30 * mm, 70 * mm, 45 * mm]
    widths.append(width - sum(widths))
    table = ruled(rows, widths, spans=spans)
    return [NewNumbering(), *heading("SUSUNAN ACARA", event, width), table,
            closing(_signed(dated, width))]


def write_event_list(kind: str, event_id: int, path, dated: datetime.date) -> int:
    """The list of ``kind`` (committee-sheet, speaker-sheet, certificate-receipt,
    programme) as PDF; returns the pages."""
    event = Event.get_by_id(event_id)
    story = {"committee-sheet": lambda: committee_story(event),
             "speaker-sheet": lambda: speaker_story(event),
             "certificate-receipt": lambda: certificate_receipt_story(event, dated),
             "programme": lambda: programme_story(event, dated)}[kind]()
    margin = SHEET_MARGIN if kind.endswith("-sheet") else MARGIN
    return build_pdf(story, path, title=KINDS[kind].paper_name, margin=margin)
