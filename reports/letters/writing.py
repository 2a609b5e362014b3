"""Writing a letter: its number given and recorded, its fields filled into the template
(the office's own or the shipped one), the .docx saved — all or nothing.

The number is given inside the transaction that records the paper, and the file is
written before that transaction ends: a letter that could not be saved keeps no number,
and a number in the register always has its letter.
"""

import datetime
import io
from pathlib import Path

from models.db import db
from models.events.speakers import speakers
from models.events.tables import Event, Registration
from models.files.export import write_verified
from models.letters.kinds import KINDS
from models.letters.numbers import PaperRequest, record
from models.letters.tables import EventPaper
from models.letters.templates import template_bytes
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.tables import Person
from reports.file_names import safe_name
from reports.letters.context import (
    letter_fields,
    participants,
    person_fields,
    speaker_sessions,
    tor_fields,
)
from reports.spreadsheet import replacing

LOGO_MM = 22


def _says(text: str, **params):
    return message("Letters", text, **params)


NO_ONE = {
    "invitation": QT_TRANSLATE_NOOP("Letters", "The event has no participants to invite."),
    "assignment": QT_TRANSLATE_NOOP("Letters", "The event has no participants from the "
                                               "office's staff to write this letter for."),
    "speaker-request": QT_TRANSLATE_NOOP("Letters", "The event's schedule names no speaker "
                                                    "to write to."),
}


def _candidates(kind: str, event_id: int, person_id: int | None) -> list[Person]:
    if kind == "speaker-request":
        return [Person.get_by_id(s.person_id) for s in speakers(event_id)]
    if person_id is not None:  # a surat tugas for anyone at the event: committee too
        return list(Person.select().join(Registration)
                    .where(Registration.event == event_id, ~Registration.cancelled)
                    .order_by(Person.name, Person.id).distinct())
    return participants(event_id, staff_only=kind == "assignment")


def _people(kind: str, event_id: int, person_id: int | None,
            each: bool = False) -> list[Person]:
    """Who the letter is for: ``person_id`` alone, or everyone it may be for, one file
    each when ``each``."""
    if kind == "tor":  # written for the event, to no one
        return []
    everyone = _candidates(kind, event_id, person_id)
    if person_id is None:
        if KINDS[kind].one_each and not each:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Letters", "This letter is written to one person: choose the person, or "
                           "one file each.")))
        if not everyone:
            raise SiBinaError(_says(NO_ONE[kind]))
        return everyone
    chosen = [person for person in everyone if person.id == person_id]
    if not chosen:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Letters", "Person {person} is not registered for event {event}.") if kind !=
            "speaker-request" else QT_TRANSLATE_NOOP(
            "Letters", "Person {person} is not a speaker in the schedule of event {event}."),
            person=person_id, event=event_id))
    return chosen


def _kind_fields(kind: str, event_id: int, people: list[Person]) -> dict:
    """The fields of one kind of letter (models.letters.templates.FIELDS): its people."""
    rows = [person_fields(number, person) for number, person in enumerate(people, 1)]
    if kind == "invitation":
        return {"peserta": rows, "jumlah_peserta": len(rows), "lampiran": "1 (satu) berkas"}
    if kind == "assignment":
        return {"pegawai": rows, "jumlah_pegawai": len(rows), "lampiran": "–"}
    if kind == "tor":
        return tor_fields(event_id)
    return {"narasumber": rows[0], "sesi": speaker_sessions(event_id, people[0].id),
            "lampiran": "–"}


def _render(kind: str, fields: dict, kind_fields: dict, path: Path) -> None:
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

    template = DocxTemplate(io.BytesIO(template_bytes(kind)))
    logo = fields.pop("logo")
    context = {**fields, **kind_fields,
               # A PDF logo has no place in Word; the kop keeps its place for one.
               "logo": InlineImage(template, io.BytesIO(logo), width=Mm(LOGO_MM))
               if logo and not logo.startswith(b"%PDF-") else ""}
    template.render(context, autoescape=True)
    with replacing(path) as temp:
        template.save(temp)


def write_letter(kind: str, event_id: int, path, dated: datetime.date,
                 person_id: int | None = None) -> EventPaper:
    """Write the letter of ``kind`` for the event to ``path`` (.docx) and record it: for
    ``person_id`` alone, else for every participant (the staff, for a surat tugas).
    A paper that takes no number (a TOR) is recorded with an empty one."""
    event = Event.get_by_id(event_id)
    people = _people(kind, event_id, person_id)
    with db.atomic():
        paper = record(PaperRequest(event_id, kind, dated, person_id))
        _render(kind, letter_fields(event, paper.number, dated),
                _kind_fields(kind, event_id, people), Path(path))
    return paper


def save_letter(kind: str, event_id: int, target, dated: datetime.date,
                person_id: int | None = None,
                progress: Progress = NO_PROGRESS) -> EventPaper | None:
    """:func:`write_letter` made on the PC's disk, then copied to ``target`` (a USB stick)
    and read back, all in the one transaction: a letter that did not reach the stick keeps
    no number."""
    with db.atomic():
        return write_verified(target, lambda made: write_letter(
            kind, event_id, made, dated, person_id), progress)


def letter_people(kind: str, event_id: int) -> list[tuple[int, str]]:
    """Who a letter of ``kind`` may be written for alone: (person id, name with titles)."""
    return [(person.id, person.full_name) for person in _candidates(kind, event_id, -1)
            if kind == "speaker-request" or not person.is_external]


def write_each(kind: str, event_id: int, folder, dated: datetime.date) -> list[Path]:
    """One letter per person (a surat tugas each) into ``folder``, each with its number,
    named after the person; all recorded or, if one cannot be written, none."""
    if not KINDS[kind].personal:
        raise ValueError(kind)
    event = Event.get_by_id(event_id)
    folder = Path(folder)
    written: list[Path] = []
    try:
        with db.atomic():
            for person in _people(kind, event_id, None, each=True):
                paper = record(PaperRequest(event_id, kind, dated, person.id))
                name = safe_name(f"{KINDS[kind].paper_name} {person.name}")
                path = folder / f"{name}.docx"
                if path in written:  # two people of one name
                    path = folder / f"{name} ({person.id}).docx"
                _render(kind, letter_fields(event, paper.number, dated),
                        _kind_fields(kind, event_id, [person]), path)
                written.append(path)
    except BaseException:
        for path in written:  # their numbers were taken back: so are the letters
            path.unlink(missing_ok=True)
        raise
    return written
