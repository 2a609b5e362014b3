"""Who takes part in an event: staff chosen by filter, externals, roles and capacity.

Part of the events issue (3): the rules here are tested; the Events tab builds on them.
"""

import datetime

from peewee import JOIN, fn

from . import settings
from .attendance import Attendance
from .db import db
from .event import Event, EventSession, Registration
from .messages import QT_TRANSLATE_NOOP, SiBinaError, message
from .person import Person

PRESENT = ("hadir", "terlambat")  # Terlambat (late) counts as present
CHUNK = 200


def jp_in_year(year: int) -> dict[int, float]:
    """JP each person attended in ``year``: the sessions they were present at."""
    query = (Attendance
             .select(Attendance.person, fn.SUM(EventSession.jp))
             .join(EventSession)
             .where(Attendance.status.in_(PRESENT),
                    EventSession.date.between(datetime.date(year, 1, 1),
                                              datetime.date(year, 12, 31)))
             .group_by(Attendance.person)
             .tuples())
    return {person: float(total or 0) for person, total in query}


def candidates(unit: str = "", position: str = "", functional_level: str = "",
               below_target_in: int | None = None) -> list[int]:
    """Active internal staff matching every given filter, in name order.

    ``below_target_in`` keeps those whose attended JP in that year is under the target.
    """
    query = Person.select(Person.id).where(Person.active, ~Person.is_external)
    for field, value in ((Person.unit, unit), (Person.position, position),
                         (Person.functional_level, functional_level)):
        if value:
            query = query.where(field == value)
    ids = [pid for (pid,) in query.order_by(Person.name).tuples()]
    if below_target_in is not None:
        target = settings.get("jp_target")
        attended = jp_in_year(below_target_in)
        ids = [pid for pid in ids if attended.get(pid, 0) < target]
    return ids


def participant_count(event_id: int) -> int:
    """People registered as participants and not cancelled."""
    return (Registration.select()
            .where(Registration.event == event_id, Registration.role == "peserta",
                   ~Registration.cancelled)
            .count())


def over_capacity(event_id: int, adding: int) -> int:
    """How many places short the event would be after adding ``adding`` participants."""
    capacity = Event.get_by_id(event_id).capacity
    if capacity is None:
        return 0
    return max(0, participant_count(event_id) + adding - capacity)


def add_people(event_id: int, person_ids, role: str = "peserta") -> int:
    """Register people in a role (one transaction); those already in it are left as they are.

    A cancelled registration in that role is restored. Participants get the next numbers.
    """
    with db.atomic():
        existing = {r.person_id: r for r in
                    Registration.select().where(Registration.event == event_id,
                                                Registration.role == role)}
        restore = [existing[p].id for p in person_ids if p in existing and
                   existing[p].cancelled]
        new = list(dict.fromkeys(p for p in person_ids if p not in existing))
        number = (Registration.select(fn.MAX(Registration.participant_no))
                  .where(Registration.event == event_id).scalar() or 0)
        rows = []
        for person_id in new:
            if role == "peserta":
                number += 1
            rows.append({"event": event_id, "person": person_id, "role": role,
                         "participant_no": number if role == "peserta" else None})
        for start in range(0, len(rows), CHUNK):
            Registration.insert_many(rows[start:start + CHUNK]).execute()
        if restore:
            Registration.update(cancelled=False).where(Registration.id.in_(restore)).execute()
        return len(new) + len(restore)


def set_cancelled(registration_id: int, cancelled: bool = True) -> None:
    Registration.update(cancelled=cancelled).where(
        Registration.id == registration_id).execute()


def remove(registration_id: int) -> None:
    """Remove a registration made by mistake; once attendance is recorded, cancel it instead."""
    with db.atomic():
        registration = Registration.get_by_id(registration_id)
        recorded = (Attendance.select()
                    .join(EventSession)
                    .where(Attendance.person == registration.person_id,
                           EventSession.event == registration.event_id)
                    .exists())
        if recorded:
            raise SiBinaError(message("Events", QT_TRANSLATE_NOOP(
                "Events", "Attendance has been recorded for {name} at this event: mark the "
                          "registration cancelled instead of removing it."),
                name=registration.person.full_name))
        registration.delete_instance()


def roster(event_id: int):
    """The event's registrations with their people, in role and name order."""
    return (Registration.select(Registration, Person)
            .join(Person, JOIN.INNER)
            .where(Registration.event == event_id)
            .order_by(Registration.role, Person.name))
