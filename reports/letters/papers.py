"""Any of the event's ten papers, chosen by its kind and the file's suffix: the letters
(.docx, reports.letters.writing), the lists and forms (PDF, and XLSX where the office
computes with them). Every paper made is recorded with the event, numbered or not, in the
transaction that writes it."""

import datetime
from pathlib import Path

from models.db import db
from models.files.export import write_verified
from models.letters.honorarium import honorarium_lines
from models.letters.kinds import KINDS, LETTERS
from models.letters.numbers import PaperRequest, record
from models.letters.tables import EventPaper
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from reports.file_names import safe_name

KUITANSI = "Kuitansi Honorarium"


def suffix_problem(kind: str, path) -> SiBinaError | None:
    """Why ``path`` cannot hold a paper of ``kind`` (its suffix is not one it is made as),
    naming what it is made as; None when it can."""
    made_as = KINDS[kind].formats
    if Path(path).suffix.lower().lstrip(".") in made_as:
        return None
    return SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
        "Letters", "{paper} is made as {formats}, not as {suffix}."),
        paper=KINDS[kind].paper_name, formats=" / ".join(f".{f}" for f in made_as),
        suffix=Path(path).suffix or "(–)"))


def _people_on(kind: str, event_id: int) -> list:
    """The people a list of ``kind`` prints (Person rows)."""
    from models.attendance.roles import CREW
    from models.certificates.tables import Certificate
    from models.events.tables import EventSession, Registration
    from models.staff.tables import Person

    if kind == "certificate-receipt":
        return list(Person.select().join(Certificate).where(Certificate.event == event_id))
    if kind in ("speaker-sheet", "programme"):
        ids = {i for s in EventSession.select().where(EventSession.event == event_id)
               for i in (s.speaker_id, s.moderator_id) if i}
        return list(Person.select().where(Person.id.in_(list(ids) or [0])))
    roles = {"committee-sheet": ("panitia",), "honorarium": CREW}.get(kind, ("peserta",))
    return list(Person.select().join(Registration).where(
        Registration.event == event_id, Registration.role.in_(list(roles)),
        ~Registration.cancelled).distinct())


def _check_glyphs(kind: str, event_id: int, missing_ok: bool) -> None:
    """A name the printing font cannot draw is said before the PDF is made, as for every
    other paper (reports.glyphs)."""
    from models.events.tables import Event, EventSession
    from reports import glyphs

    event = Event.get_by_id(event_id)
    sessions = EventSession.select().where(EventSession.event == event_id)
    glyphs.check([(event.title, [event.title, event.venue or ""]),
                  *((s.topic, [s.topic, s.room or ""]) for s in sessions),
                  *((p.name, [p.full_name, p.position or "", p.institution or "",
                              p.unit or ""]) for p in _people_on(kind, event_id))],
                 f"{KINDS[kind].paper_name} {event.title}", missing_ok)


def _write(kind: str, event_id: int, path: Path, dated: datetime.date,
           person_id: int | None, missing_ok: bool = False) -> None:
    from reports.letters.event_lists import write_event_list
    from reports.letters.payment_pdf import write_payment_pdf
    from reports.letters.payment_xlsx import write_allowance_xlsx, write_honorarium_xlsx

    as_xlsx = path.suffix.lower() == ".xlsx"
    if not as_xlsx:  # Excel draws with its own fonts
        _check_glyphs(kind, event_id, missing_ok)
    if kind == "honorarium" and person_id is not None:
        if as_xlsx:
            raise SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
                "Letters", "A receipt (kuitansi) is made as .pdf.")))
        write_payment_pdf(kind, event_id, path, dated, [person_id])
    elif kind in ("honorarium", "allowance"):
        if as_xlsx:
            (write_honorarium_xlsx if kind == "honorarium" else write_allowance_xlsx)(
                event_id, path, dated)
        else:
            write_payment_pdf(kind, event_id, path, dated)
    else:
        write_event_list(kind, event_id, path, dated)


def write_paper(kind: str, event_id: int, path, dated: datetime.date,
                person_id: int | None = None, missing_ok: bool = False) -> EventPaper:
    """Write the paper of ``kind`` to ``path`` (its suffix one the kind is made as) and
    record it; a honorarium for one person is their kuitansi."""
    from reports.letters.writing import write_letter

    if (problem := suffix_problem(kind, path)) is not None:
        raise problem
    if kind in LETTERS:
        return write_letter(kind, event_id, path, dated, person_id)
    if person_id is not None and not KINDS[kind].personal:
        raise ValueError(kind)
    with db.atomic():
        paper = record(PaperRequest(event_id, kind, dated, person_id))
        _write(kind, event_id, Path(path), dated, person_id, missing_ok)
    return paper


def save_paper(kind: str, event_id: int, target, dated: datetime.date,
               person_id: int | None = None, progress: Progress = NO_PROGRESS,
               missing_ok: bool = False) -> EventPaper:
    """:func:`write_paper` made on the PC, copied to ``target`` and read back, in the one
    transaction that records it."""
    with db.atomic():
        return write_verified(target, lambda made: write_paper(
            kind, event_id, made, dated, person_id, missing_ok), progress)


def paper_people(kind: str, event_id: int) -> list[tuple[int, str]]:
    """Who a personal paper of ``kind`` may be made for alone: (person id, name)."""
    from reports.letters.writing import letter_people

    if kind == "honorarium":
        return [(line.person_id, line.name) for line in honorarium_lines(event_id)]
    return letter_people(kind, event_id)


def write_each_paper(kind: str, event_id: int, folder, dated: datetime.date,
                     missing_ok: bool = False) -> list[Path]:
    """One file per person into ``folder``: the letters (a surat tugas each), or a kuitansi
    for each payee of an honorarium; all recorded, or none."""
    from reports.letters.writing import write_each

    if kind in LETTERS:
        return write_each(kind, event_id, folder, dated)
    if kind != "honorarium":
        raise ValueError(kind)
    lines = honorarium_lines(event_id)
    if not lines:
        from reports.letters.payment_pdf import none_typed

        raise none_typed("honorarium")
    folder, written = Path(folder), []
    try:
        with db.atomic():
            for line in lines:
                path = folder / f"{safe_name(f'{KUITANSI} {line.name}')}.pdf"
                if path in written:
                    path = path.with_stem(f"{path.stem} ({line.person_id})")
                record(PaperRequest(event_id, kind, dated, line.person_id))
                _write(kind, event_id, path, dated, line.person_id, missing_ok)
                written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
