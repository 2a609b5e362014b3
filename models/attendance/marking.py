"""Attendance per session: the grid of an event's participants and the marks set on it.

Every change returns what it replaced, so the screen can undo it in one step; a change to
many people is one transaction.
"""

import datetime
from dataclasses import dataclass, field

from peewee import EXCLUDED

from models.attendance.held import is_held
from models.attendance.tables import Attendance
from models.base import now
from models.db import db
from models.engine import execute
from models.events.jp import earned_at, recorded_at
from models.events.tables import EventSession, Registration
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person
from models.text_rules import LONG_MAX, NAME_MAX, named_problem
from models.vocab import ATTENDANCE_STATUSES, PRESENT_STATUSES

CHUNK = 200


@dataclass(slots=True)
class Mark:
    status: str
    checkin_time: datetime.datetime | None = None
    note: str = ""
    recorded_by: str = ""


@dataclass(slots=True)
class GridPerson:
    id: int
    participant_no: int | None
    name: str  # with titles, as printed
    sort_name: str
    nip: str
    position: str
    institution: str  # the unit for staff, the institution for externals


@dataclass(slots=True)
class Grid:
    sessions: list[EventSession]
    people: list[GridPerson]
    marks: dict[tuple[int, int], Mark] = field(default_factory=dict)  # (person, session)
    # An outside body's event: the JP of the certificates the office recorded, per person.
    recorded_jp: dict[int, float] = field(default_factory=dict)

    def held_ids(self, today: datetime.date) -> set[int]:
        """The sessions held by ``today`` (see models.attendance.held): the only ones an
        attendance share counts, in its numerator as in its denominator."""
        marked = {session for (_person, session) in self.marks}
        return {s.id for s in self.sessions if is_held(s.date, today, s.id in marked)}

    def attended(self, person_id: int, held: set[int]) -> int:
        """Of the ``held`` sessions (``held_ids``), how many the person was present at."""
        return sum(1 for sid in held
                   if (m := self.marks.get((person_id, sid))) and m.status in PRESENT_STATUSES)

    def percentage(self, person_id: int, today: datetime.date) -> float | None:
        """Share of the sessions held by ``today`` the person was present at, 0–100; None
        while none has been held."""
        held = self.held_ids(today)
        return 100.0 * self.attended(person_id, held) / len(held) if held else None

    def attended_jp(self, person_id: int) -> float:
        """The JP the person earns here (models.events.jp): the sessions they were present
        at, or their recorded outside certificate's JP."""
        return self.earned_jp(person_id, sum(
            s.jp for s in self.sessions
            if (m := self.marks.get((person_id, s.id))) and m.status in PRESENT_STATUSES))

    def earned_jp(self, person_id: int, sessions_jp: float) -> float:
        return earned_at(sessions_jp, self.recorded_jp.get(person_id))


def participants(event_id: int) -> list[GridPerson]:
    """Registered participants (not cancelled), by participant number then name."""
    from models.staff.tables import join_name

    rows = (Registration
            .select(Person.id, Registration.participant_no, Person.front_title, Person.name,
                    Person.back_title, Person.nip, Person.position, Person.unit,
                    Person.institution, Person.is_external)
            .join(Person)
            .where(Registration.event == event_id, Registration.role == "peserta",
                   ~Registration.cancelled)
            .tuples())
    people = [GridPerson(pid, number, join_name(front, name, back), name.casefold(), nip or "",
                         position, institution if external or not unit else unit)
              for pid, number, front, name, back, nip, position, unit, institution, external
              in rows]
    people.sort(key=lambda p: (p.participant_no is None, p.participant_no or 0, p.sort_name))
    return people


def sessions_of(event_id: int) -> list[EventSession]:
    return list(EventSession.select().where(EventSession.event == event_id)
                .order_by(EventSession.date, EventSession.start_time, EventSession.id))


def load_grid(event_id: int) -> Grid:
    """The whole event in four queries, whatever its size."""
    sessions = sessions_of(event_id)
    grid = Grid(sessions, participants(event_id), recorded_jp=recorded_at(event_id))
    # A plain cursor: Peewee's per-row conversion took longer than the query (500 × 10).
    cursor = execute(
        "SELECT a.person_id, a.session_id, a.status, a.checkin_time, a.note, a.recorded_by "
        "FROM attendance a JOIN event_session s ON s.id = a.session_id WHERE s.event_id = ?",
        (event_id,))
    for person, session, status, checked, note, who in cursor:
        grid.marks[(person, session)] = Mark(status, _moment(checked), note, who)
    return grid


def _moment(value) -> datetime.datetime | None:
    if value is None or isinstance(value, datetime.datetime):
        return value
    return datetime.datetime.fromisoformat(value)


# What a change replaced: per (person, session), the earlier mark or None (there was none).
Undo = dict[tuple[int, int], Mark | None]


def current(session_id: int, person_ids) -> dict[int, Mark]:
    """The marks now recorded for these people at one session (those without have none)."""
    found = {}
    ids = list(person_ids)
    for start in range(0, len(ids), CHUNK):
        query = (Attendance
                 .select(Attendance.person, Attendance.status, Attendance.checkin_time,
                         Attendance.note, Attendance.recorded_by)
                 .where(Attendance.session == session_id,
                        Attendance.person.in_(ids[start:start + CHUNK]))
                 .tuples())
        for person, status, checked, note, who in query:
            found[person] = Mark(status, checked, note, who)
    return found


def set_marks(session_id: int, person_ids, status: str | None, recorded_by: str = "",
              note: str | None = None) -> Undo:
    """Set (or, with ``status`` None, clear) the mark of each person at one session.

    A check-in time and a note already there are kept unless a new note is given.
    """
    if status is not None and status not in ATTENDANCE_STATUSES:
        raise ValueError(status)
    _check_texts(note, recorded_by)
    ids = list(dict.fromkeys(person_ids))
    with db.atomic():
        before = current(session_id, ids)
        undo: Undo = {(pid, session_id): before.get(pid) for pid in ids}
        if status is None:
            _delete(session_id, [pid for pid in ids if pid in before])
        else:
            write_marks(session_id, {pid: Mark(
                status, before[pid].checkin_time if pid in before else None,
                (before[pid].note if pid in before else "") if note is None else note,
                recorded_by) for pid in ids})
    return undo


def set_marks_many(cells: dict[int, list[int]], status: str | None,
                   recorded_by: str = "") -> Undo:
    """``status`` (None clears) for the people chosen per session, in one transaction."""
    undo: Undo = {}
    with db.atomic():
        for session_id, person_ids in cells.items():
            undo.update(set_marks(session_id, person_ids, status, recorded_by))
    return undo


def write_mark(session_id: int, person_id: int, mark: Mark) -> None:
    _check_texts(mark.note, mark.recorded_by)
    write_marks(session_id, {person_id: mark})


def write_marks(session_id: int, marks: dict[int, Mark]) -> None:
    """Insert or replace marks at one session, a few hundred rows a statement."""
    stamp = now()
    rows = [{"session": session_id, "person": pid, "status": m.status,
             "checkin_time": m.checkin_time, "note": m.note, "recorded_by": m.recorded_by,
             "recorded_at": stamp} for pid, m in marks.items()]
    for start in range(0, len(rows), CHUNK // 2):  # 7 values a row: under SQLite's limit
        (Attendance.insert_many(rows[start:start + CHUNK // 2])
         .on_conflict(conflict_target=[Attendance.session, Attendance.person],
                      update={field: EXCLUDED[field.column_name] for field in (
                          Attendance.status, Attendance.checkin_time, Attendance.note,
                          Attendance.recorded_by, Attendance.recorded_at)})
         .execute())


def _check_texts(note: str | None, recorded_by: str) -> None:
    """What a clerk types (a note, their name) follows the text rule; an undo puts back
    what was stored and is not checked again."""
    for wrong in (named_problem(message("Attendance", QT_TRANSLATE_NOOP("Attendance", "The note")),
                                note or "", LONG_MAX, multiline=True),
                  named_problem(message("Attendance", QT_TRANSLATE_NOOP(
                      "Attendance", "Recorded by")), recorded_by or "", NAME_MAX)):
        if wrong is not None:
            raise SiBinaError(wrong)


def _delete(session_id: int, person_ids: list[int]) -> None:
    for start in range(0, len(person_ids), CHUNK):
        Attendance.delete().where(Attendance.session == session_id,
                                  Attendance.person.in_(person_ids[start:start + CHUNK])
                                  ).execute()


def mark_unrecorded(session_id: int, status: str, recorded_by: str = "") -> Undo:
    """Everyone registered with no mark yet at this session gets ``status`` (e.g. Alpa)."""
    session = EventSession.get_by_id(session_id)
    marked = set(Attendance.select(Attendance.person)
                 .where(Attendance.session == session_id).tuples())
    marked = {pid for (pid,) in marked}
    remaining = [p.id for p in participants(session.event_id) if p.id not in marked]
    return set_marks(session_id, remaining, status, recorded_by)


# What a mass "everyone was there" must not overwrite: a late check-in, an excuse, a
# sickness note say more than the mass action knows.
KEPT_BY_MARK_EVERYONE = ("terlambat", "izin", "sakit")


def mark_everyone(session_id: int, status: str, recorded_by: str = "") -> Undo:
    """Everyone registered gets ``status``, except marks of Terlambat, Izin and Sakit."""
    session = EventSession.get_by_id(session_id)
    kept = {pid for (pid,) in Attendance.select(Attendance.person).where(
        Attendance.session == session_id,
        Attendance.status.in_(KEPT_BY_MARK_EVERYONE)).tuples()}
    return set_marks(session_id, [p.id for p in participants(session.event_id)
                                  if p.id not in kept], status, recorded_by)


def restore(undo: Undo) -> Undo:
    """Put back what a change replaced; returns what this replaced in turn (for redo)."""
    by_session: dict[int, dict[int, Mark | None]] = {}
    for (pid, sid), old in undo.items():
        by_session.setdefault(sid, {})[pid] = old
    redo: Undo = {}
    with db.atomic():
        for sid, olds in by_session.items():
            now_there = current(sid, olds)
            redo.update({(pid, sid): now_there.get(pid) for pid in olds})
            _delete(sid, [pid for pid, old in olds.items() if old is None and pid in now_there])
            write_marks(sid, {pid: old for pid, old in olds.items() if old is not None})
    return redo
