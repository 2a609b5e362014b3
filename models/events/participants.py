"""Who takes part in an event: staff chosen by filter, externals, roles and capacity.

Part of the events issue (3): the rules here are tested; the Events tab builds on them.
"""

from peewee import JOIN, fn

from models import settings
from models.attendance.tables import Attendance
from models.db import db
from models.events import jp
from models.events.counting import target_binding
from models.events.tables import Event, EventSession, Registration
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person, join_name

CHUNK = 200


def candidates(unit: str = "", position: str = "", functional_level: str = "",
               below_target_in: int | None = None) -> list[int]:
    """Active internal staff matching every given filter, in name order.

    ``below_target_in`` keeps those the target binds whose JP in that year is under it.
    """
    return [row[0] for row in candidate_rows(unit, position, functional_level,
                                             below_target_in, below_target_in is not None)]


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
            raise _attendance_recorded(registration.person.full_name)
        if _outside_certificate_recorded({(registration.event_id, registration.person_id)}):
            raise _certificate_recorded(registration.person.full_name)
        registration.delete_instance()


def _attendance_recorded(name: str) -> SiBinaError:
    return SiBinaError(message("Events", QT_TRANSLATE_NOOP(
        "Events", "Attendance has been recorded for {name} at this event: mark the "
                  "registration cancelled instead of removing it."), name=name))


def _certificate_recorded(name: str) -> SiBinaError:
    return SiBinaError(message("Events", QT_TRANSLATE_NOOP(
        "Events", "The organiser's certificate of {name} has been recorded for this event: "
                  "mark the registration cancelled instead of removing it."), name=name))


def _outside_certificate_recorded(pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which (event, person) have an outside body's certificate recorded: it counts
    towards their JP, so the registration it belongs to stays."""
    from models.certificates.tables import OutsideCertificate

    if not pairs:
        return set()
    events = {event for event, _person in pairs}
    found = set(OutsideCertificate.select(OutsideCertificate.event, OutsideCertificate.person)
                .where(OutsideCertificate.event.in_(events)).tuples())
    return found & pairs


def roster(event_id: int):
    """The event's registrations with their people, in role and name order."""
    return (Registration.select(Registration, Person)
            .join(Person, JOIN.INNER)
            .where(Registration.event == event_id)
            .order_by(Registration.role, Person.name))


# What the participants editor needs: plain rows in one query each, changes for many
# registrations in one transaction.

FILTER_FIELDS = ("unit", "position", "functional_level")


def filter_choices() -> dict[str, list[str]]:
    """The units, positions and functional levels active internal staff have, for the
    add-by-filter choices (a value nobody holds would only ever match no one)."""
    choices = {}
    for name in FILTER_FIELDS:
        column = getattr(Person, name)
        query = (Person.select(column).distinct()
                 .where(Person.active, ~Person.is_external, column != "")
                 .order_by(column).tuples())
        choices[name] = [value for (value,) in query]
    return choices


def candidate_rows(unit: str = "", position: str = "", functional_level: str = "",
                   year: int | None = None, below_target: bool = False) -> list[tuple]:
    """The people :func:`candidates` chooses, as (id, full name, NIP, unit, position,
    JP towards the target in ``year``) in name order. ``below_target`` (which needs
    ``year``) keeps only those the target binds and who are below it."""
    query = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title,
                           Person.nip, Person.unit, Person.position, Person.employment)
             .where(Person.active, ~Person.is_external))
    for field, value in ((Person.unit, unit), (Person.position, position),
                         (Person.functional_level, functional_level)):
        if value:
            query = query.where(field == value)
    attended = jp.in_year(year) if year is not None else {}
    target = settings.get("jp_target") if below_target else None
    binds = target_binding()
    rows = []
    for pid, front, name, back, nip, unit_, position_, employment in _plain(
            query.order_by(Person.name)):
        taken = attended.get(pid, 0.0)
        if target is None or (binds(employment, nip) and taken < target):
            rows.append((pid, join_name(front, name, back), nip or "", unit_, position_,
                         taken))
    return rows


def roster_rows(event_id: int) -> list[tuple]:
    """Every registration of the event as (registration id, person id, role, cancelled,
    participant number, full name, NIP, unit, institution, external), one query."""
    query = (Registration.select(Registration.id, Person.id, Registration.role,
                                 Registration.cancelled, Registration.participant_no,
                                 Person.front_title, Person.name, Person.back_title,
                                 Person.nip, Person.unit, Person.institution,
                                 Person.is_external)
             .join(Person, JOIN.INNER)
             .where(Registration.event == event_id)
             .order_by(Person.name, Registration.role))
    return [(rid, pid, role, bool(cancelled), number, join_name(front, name, back), nip or "",
             unit, institution, bool(external))
            for (rid, pid, role, cancelled, number, front, name, back, nip, unit, institution,
                 external) in _plain(query)]


def _plain(query):
    """The query's rows straight from the cursor: Peewee's conversion of each value takes
    most of the time with thousands of rows, and these columns need none."""
    return db.execute_sql(*query.sql())


def registered_people(event_id: int, role: str = "peserta") -> set[int]:
    """Who already holds ``role`` at the event (cancelled registrations not counted)."""
    query = (Registration.select(Registration.person)
             .where(Registration.event == event_id, Registration.role == role,
                    ~Registration.cancelled).tuples())
    return {pid for (pid,) in query}


def roles_held(event_id: int) -> dict[int, list[str]]:
    """Each person's roles at the event (cancelled registrations not counted)."""
    held: dict[int, list[str]] = {}
    query = (Registration.select(Registration.person, Registration.role)
             .where(Registration.event == event_id, ~Registration.cancelled)
             .order_by(Registration.id).tuples())
    for pid, role in query:
        held.setdefault(pid, []).append(role)
    return held


def offered(event_id: int, person_ids, role: str = "peserta") -> list[int]:
    """Who of ``person_ids`` adding many at once in ``role`` proposes: those not in it yet,
    and for Peserta only those holding no role at the event, so a member of staff who
    speaks or organises is not made a participant too (the office may still tick them)."""
    held = roles_held(event_id)
    if role == "peserta":
        return [pid for pid in person_ids if pid not in held]
    return [pid for pid in person_ids if role not in held.get(pid, ())]


def count_new(event_id: int, person_ids, role: str = "peserta") -> int:
    """How many of these people :func:`add_people` would register or restore in ``role``."""
    return len(set(person_ids) - registered_people(event_id, role))


def set_many_cancelled(registration_ids, cancelled: bool = True) -> int:
    """Cancel (or restore) several registrations in one transaction; returns how many."""
    ids = list(dict.fromkeys(registration_ids))
    changed = 0
    with db.atomic():
        for start in range(0, len(ids), CHUNK):
            changed += (Registration.update(cancelled=cancelled)
                        .where(Registration.id.in_(ids[start:start + CHUNK])).execute())
    return changed


def restoring_participants(registration_ids) -> int:
    """How many participants restoring these registrations would bring back."""
    ids = list(dict.fromkeys(registration_ids))
    return (Registration.select()
            .where(Registration.id.in_(ids), Registration.role == "peserta",
                   Registration.cancelled).count())


def remove_many(registration_ids) -> int:
    """Remove several registrations made by mistake, all or none: when anyone among them
    has attendance recorded at the event, nothing is removed and the error names them."""
    ids = list(dict.fromkeys(registration_ids))
    with db.atomic():
        chosen = list(Registration.select(Registration, Person)
                      .join(Person, JOIN.INNER)
                      .where(Registration.id.in_(ids))
                      .order_by(Person.name))
        events = {r.event_id for r in chosen}
        recorded = set(Attendance.select(EventSession.event, Attendance.person)
                       .join(EventSession)
                       .where(EventSession.event.in_(events),
                              Attendance.person.in_([r.person_id for r in chosen]))
                       .tuples())
        refused = next((r for r in chosen if (r.event_id, r.person_id) in recorded), None)
        if refused is not None:
            raise _attendance_recorded(refused.person.full_name)
        certified = _outside_certificate_recorded({(r.event_id, r.person_id) for r in chosen})
        refused = next((r for r in chosen if (r.event_id, r.person_id) in certified), None)
        if refused is not None:
            raise _certificate_recorded(refused.person.full_name)
        return Registration.delete().where(Registration.id.in_(ids)).execute()
