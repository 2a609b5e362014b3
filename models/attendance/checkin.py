"""Live check-in at the door: a typed or scanned code becomes a Hadir/Terlambat mark.

The code may be a NIP (grouped or not), the participant's number at the event, or the
check-in code printed on the name tag. A repeated scan never changes the first check-in.

The door checks people in to today's sessions, up to the grace period after one ends: a
scan then is an arrival, and its time says Hadir or Terlambat. A check-in to another day's
session, or to one long over, is recorded only when asked for (``anyway``): the door
window asks first and says why (``why_closed``). The attendance grid is where a session's
marks are typed in after the fact.
"""

import datetime
import secrets
from dataclasses import dataclass

from models.attendance.marking import Mark, sessions_of, write_mark
from models.attendance.tables import Attendance
from models.db import db
from models.events.tables import EventSession, Registration
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.staff.tables import Person, join_name
from models.vocab import PRESENT_STATUSES

CHECKED_IN, LATE, ALREADY, UNKNOWN, NOT_REGISTERED, CLOSED = (
    "checked_in", "late", "already", "unknown", "not_registered", "closed")

# No 0/O or 1/I/L: a code read aloud or typed from a tag cannot be mistaken.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_PREFIX = "SB"
CODE_LENGTH = 6


@dataclass(slots=True)
class CheckinResult:
    outcome: str
    name: str = ""
    participant_no: int | None = None
    checkin_time: datetime.datetime | None = None  # the first check-in, for ALREADY
    why: Message | None = None  # for CLOSED: why the session is not open (why_closed)


def _starts(session: EventSession) -> datetime.datetime:
    return datetime.datetime.combine(session.date, session.start_time)


def _closes(session: EventSession, grace_minutes: int) -> datetime.datetime:
    return (datetime.datetime.combine(session.date, session.end_time)
            + datetime.timedelta(minutes=grace_minutes))


def session_to_check_in(event_id: int, at: datetime.datetime,
                        grace_minutes: int) -> int | None:
    """The session the door window opens on at ``at``: today's running one (or the next
    today), else the next to come; when all are over, the last (and the window asks)."""
    sessions = sessions_of(event_id)
    for session in sessions:
        if session.date == at.date() and at <= _closes(session, grace_minutes):
            return session.id
    for session in sessions:
        if _starts(session) > at:
            return session.id
    return sessions[-1].id if sessions else None


def why_closed(session: EventSession, at: datetime.datetime,
               grace_minutes: int) -> Message | None:
    """None when a check-in to ``session`` at ``at`` is an arrival: on the session's day,
    up to ``grace_minutes`` after its end. Otherwise why it is not."""
    if session.date > at.date():
        return message("Checkin", QT_TRANSLATE_NOOP(
            "Checkin", "This session is on {day}, not today."), day=session.date)
    if session.date < at.date():
        return message("Checkin", QT_TRANSLATE_NOOP(
            "Checkin", "This session was on {day}, not today."), day=session.date)
    if at > _closes(session, grace_minutes):
        return message("Checkin", QT_TRANSLATE_NOOP(
            "Checkin", "This session ended at {end}, more than {minutes} minutes ago."),
            end=session.end_time, minutes=grace_minutes)
    return None


def find_person(event_id: int, text: str) -> Person | None:
    code = text.strip().upper()
    digits = "".join(code.split())
    if not digits:
        return None
    if digits.isdigit() and len(digits) == 18:
        return Person.get_or_none(Person.nip == digits)
    if digits.isdigit() and len(digits) <= 6:
        registration = (Registration.select(Registration.person)
                        .where(Registration.event == event_id, Registration.role == "peserta",
                               Registration.participant_no == int(digits)).first())
        return registration.person if registration else None
    return Person.get_or_none(Person.checkin_code == digits)


def check_in(session_id: int, text: str, at: datetime.datetime, late_after_minutes: int,
             recorded_by: str = "", anyway: bool = False) -> CheckinResult:
    """Record the person behind ``text`` as present at the session, at time ``at``.

    ``late_after_minutes`` is the grace period: after the start it makes a check-in
    Terlambat, after the end it closes the session (CLOSED, nothing recorded) unless
    ``anyway``."""
    with db.atomic():
        session = EventSession.get_by_id(session_id)
        person = find_person(session.event_id, text)
        if person is None:
            return CheckinResult(UNKNOWN)
        registration = (Registration.select(Registration.participant_no)
                        .where(Registration.event == session.event_id,
                               Registration.person == person.id,
                               Registration.role == "peserta", ~Registration.cancelled)
                        .first())
        if registration is None:
            return CheckinResult(NOT_REGISTERED, person.full_name)
        number = registration.participant_no
        earlier = Attendance.get_or_none(Attendance.session == session_id,
                                         Attendance.person == person.id)
        if earlier is not None and earlier.status in PRESENT_STATUSES:
            return CheckinResult(ALREADY, person.full_name, number, earlier.checkin_time)
        why = None if anyway else why_closed(session, at, late_after_minutes)
        if why is not None:
            return CheckinResult(CLOSED, person.full_name, number, why=why)
        late = at > _starts(session) + datetime.timedelta(minutes=late_after_minutes)
        status = "terlambat" if late else "hadir"
        write_mark(session_id, person.id, Mark(status, at, earlier.note if earlier else "",
                                           recorded_by))
        return CheckinResult(LATE if late else CHECKED_IN, person.full_name, number, at)


def present_count(session: EventSession) -> int:
    """Registered participants already marked present at the session (one query)."""
    registered = ((Registration.person == Attendance.person)
                  & (Registration.event == session.event_id)
                  & (Registration.role == "peserta") & ~Registration.cancelled)
    return (Attendance.select()
            .join(Registration, on=registered)
            .where(Attendance.session == session.id,
                   Attendance.status.in_(PRESENT_STATUSES))
            .count())


def latest_checkins(session_id: int, limit: int = 10) -> list[tuple[datetime.datetime, str, str]]:
    """The last check-ins at the session, newest first: (time, name, status)."""
    rows = (Attendance
            .select(Attendance.checkin_time, Person.front_title, Person.name,
                    Person.back_title, Attendance.status)
            .join(Person)
            .where(Attendance.session == session_id, Attendance.status.in_(PRESENT_STATUSES),
                   Attendance.checkin_time.is_null(False))
            .order_by(Attendance.checkin_time.desc(), Attendance.id.desc())
            .limit(limit)
            .tuples())
    return [(when, join_name(front, name, back), status)
            for when, front, name, back, status in rows]


def new_code() -> str:
    return CODE_PREFIX + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def ensure_codes(person_ids) -> dict[int, str]:
    """Every person's check-in code, giving one to those without (one transaction)."""
    ids = list(dict.fromkeys(person_ids))
    with db.atomic():
        codes = {}
        for start in range(0, len(ids), 200):
            query = (Person.select(Person.id, Person.checkin_code)
                     .where(Person.id.in_(ids[start:start + 200])).tuples())
            codes.update(query)
        taken = {c for (c,) in Person.select(Person.checkin_code)
                 .where(Person.checkin_code.is_null(False)).tuples()}
        for pid in ids:
            if codes.get(pid):
                continue
            code = new_code()
            while code in taken:
                code = new_code()
            taken.add(code)
            Person.update(checkin_code=code).where(Person.id == pid).execute()
            codes[pid] = code
        return codes
