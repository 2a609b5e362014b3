"""Planning events: the event itself and its schedule of sessions with their JP.

Part of the events issue (3): the rules here are complete and tested; the Events tab,
participants by filter, duplication and the command line build on them.
"""

import datetime

from peewee import fn

from models import settings
from models.base import now
from models.db import db
from models.engine import to_date
from models.events.report_chapters import REPORT_TEXTS
from models.events.tables import Event, EventPhoto, EventSession, Registration
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.sharing.stamps import UNCHECKED, fresh, save_if_unchanged
from models.text_rules import (
    LONG_MAX,
    SHORT_MAX,
    TITLE_MAX,
    field_problems,
    strip_controls,
)
from models.vocab import EVENT_KINDS, EVENT_STATUSES, MODES

MINUTES_PER_JP = 45

EVENT_FIELDS = ["title", "kind", "theme", "organiser_external", "co_organised",
                "organiser_name", "organisation", "mode",
                "venue", "start_date", "end_date", "capacity", "description", "objectives",
                "status", "counts_as_development", *REPORT_TEXTS]


def _says(text: str, **params) -> Message:
    return message("Events", text, **params)


EVENT_TEXT_LIMITS = {"title": TITLE_MAX, "organiser_name": TITLE_MAX, "venue": TITLE_MAX,
                     "description": LONG_MAX, "objectives": LONG_MAX,
                     **dict.fromkeys(REPORT_TEXTS, LONG_MAX)}
SESSION_TEXT_LIMITS = {"topic": TITLE_MAX, "room": SHORT_MAX}
_MULTILINE = {"description", "objectives", *REPORT_TEXTS}


def _text_problems(values: dict, limits: dict[str, int]) -> dict[str, Message]:
    return field_problems(values, limits, _MULTILINE)


def event_problems(values: dict) -> dict[str, Message]:
    """What is wrong with an event's values (as the form gives them), field by field."""
    found = _text_problems(values, EVENT_TEXT_LIMITS)
    if not str(values.get("title") or "").strip():
        found["title"] = _says(QT_TRANSLATE_NOOP("Events", "The title is required."))
    if values.get("kind") not in EVENT_KINDS:
        found["kind"] = _says(QT_TRANSLATE_NOOP("Events", "Choose the kind of event."))
    if values.get("mode", "luring") not in MODES:
        found["mode"] = _says(QT_TRANSLATE_NOOP("Events", "Choose luring, daring or hybrid."))
    if values.get("status", "planned") not in EVENT_STATUSES:
        found["status"] = _says(QT_TRANSLATE_NOOP("Events", "Choose the event's status."))
    start, end = values.get("start_date"), values.get("end_date")
    if not isinstance(start, datetime.date):
        found["start_date"] = _says(QT_TRANSLATE_NOOP("Events", "The start date is required."))
    elif not isinstance(end, datetime.date):
        found["end_date"] = _says(QT_TRANSLATE_NOOP("Events", "The end date is required."))
    elif end < start:
        found["end_date"] = _says(QT_TRANSLATE_NOOP(
            "Events", "The event cannot end before it starts."))
    if (values.get("organiser_external") and not str(values.get("organiser_name") or "").strip()
            and "organiser_name" not in found):
        found["organiser_name"] = _says(QT_TRANSLATE_NOOP(
            "Events", "Name the outside body that organises the event."))
    if values.get("counts_as_development") not in (None, True, False):
        found["counts_as_development"] = _says(QT_TRANSLATE_NOOP(
            "Events", "Choose whether the event counts as competency development."))
    capacity = values.get("capacity")
    if capacity is not None and (not isinstance(capacity, int) or capacity < 1):
        found["capacity"] = _says(QT_TRANSLATE_NOOP(
            "Events", "The capacity is a number of people, at least 1 (or empty)."))
    return found


def save_event(values: dict, event_id: int | None = None, photos: list | None = None,
               loaded=UNCHECKED) -> Event:
    """Create or update an event after checking every field; its sessions must still fit.
    ``photos`` (see :func:`models.events.photos.replace_photos`) are saved with it;
    ``loaded`` is the stamp the form loaded (see models/sharing/stamps.py)."""
    from models.events.photos import replace_photos

    found = event_problems(values)
    data = {f: values[f] for f in EVENT_FIELDS if f in values}
    _organiser_in_step(data, found)
    with db.atomic():
        if event_id is not None and "start_date" not in found and "end_date" not in found:
            outside = (EventSession.select()
                       .where(EventSession.event == event_id,
                              (EventSession.date < values["start_date"])
                              | (EventSession.date > values["end_date"])).first())
            if outside is not None:
                found["end_date"] = _says(QT_TRANSLATE_NOOP(
                    "Events", "The session “{topic}” on {date} would fall outside the new "
                              "dates; move or delete it first."),
                    topic=outside.topic, date=outside.date)
        if event_id is not None and not found:
            found.update(_outside_certificates_kept(event_id, values))
        if found:
            raise ValidationError(found)
        if event_id is None:
            event = Event.create(**data, **fresh())
        else:
            data["updated_at"] = now()
            save_if_unchanged(Event, event_id, loaded, data)
            event = Event.get_by_id(event_id)
        if photos is not None:
            replace_photos(event.id, photos)
        return event


def _organiser_in_step(data: dict, found: dict) -> None:
    """An organiser chosen from the network names the event: certificates, letters and
    lists print ``organiser_name``, which then follows the organisation's name. Only an
    outside body is an organiser; the office's own event names none."""
    from models.network.tables import Organisation

    if "organisation" not in data:
        return
    if not data.get("organiser_external", True):
        data["organisation"] = None
    if not data["organisation"]:
        data["organisation"] = None
        return
    organisation = Organisation.get_or_none(Organisation.id == data["organisation"])
    if organisation is None:
        found["organisation"] = _says(QT_TRANSLATE_NOOP(
            "Events", "The organisation chosen is no longer in the network; choose again."))
    else:
        data["organiser_name"] = organisation.name


def _outside_certificates_kept(event_id: int, values: dict) -> dict[str, Message]:
    """An outside body's event whose participants' certificates are recorded stays the
    body's: made the office's own (or shared) those records would silently stop counting
    and the office would issue its own certificates instead."""
    from models.certificates.tables import OutsideCertificate

    stored = Event.get_by_id(event_id)
    external = values.get("organiser_external", stored.organiser_external)
    shared = values.get("co_organised", stored.co_organised)
    if not stored.organiser_external or stored.co_organised or (external and not shared):
        return {}
    recorded = (OutsideCertificate.select()
                .where(OutsideCertificate.event == event_id).count())
    if not recorded:
        return {}
    return {"organiser_external": Message("Events", QT_TRANSLATE_NOOP(
        "Events", "Certificates from the organiser are recorded for this event ({count}) and "
                  "count towards the JP; remove them first on the Certificates tab."),
        {"count": recorded})}


def suggest_jp(start: datetime.time, end: datetime.time, rounding: str | None = None) -> float:
    """JP for a session from its length: 45 minutes a JP, rounded down to a half or a whole
    JP (``rounding`` "half" or "whole"; by default as Settings say). Never up: a JP is
    only claimed for 45 minutes held."""
    minutes = max(0, _minutes(end) - _minutes(start))
    rounding = rounding or settings.get("jp_rounding")
    steps = 1 if rounding == "whole" else 2  # steps per JP
    return float(minutes * steps // MINUTES_PER_JP) / steps


def _minutes(moment: datetime.time) -> int:
    return moment.hour * 60 + moment.minute


def session_problems(event: Event, values: dict,
                     session_id: int | None = None) -> dict[str, Message]:
    """Why a session cannot go into the event's schedule: date, times, room, JP."""
    found = _text_problems(values, SESSION_TEXT_LIMITS)
    if not str(values.get("topic") or "").strip():
        found["topic"] = _says(QT_TRANSLATE_NOOP("Events", "The topic is required."))
    day, start, end = values.get("date"), values.get("start_time"), values.get("end_time")
    if not isinstance(day, datetime.date) or not event.start_date <= day <= event.end_date:
        found["date"] = _says(QT_TRANSLATE_NOOP(
            "Events", "The session must fall within the event, {start} to {end}."),
            start=event.start_date, end=event.end_date)
    if not isinstance(start, datetime.time) or not isinstance(end, datetime.time):
        found["end_time"] = _says(QT_TRANSLATE_NOOP("Events", "Give a start and end time."))
    elif end <= start:
        found["end_time"] = _says(QT_TRANSLATE_NOOP(
            "Events", "The session must end after it starts."))
    jp = values.get("jp", 0)
    if not isinstance(jp, int | float) or jp < 0:
        found["jp"] = _says(QT_TRANSLATE_NOOP("Events", "JP is a number, 0 or more."))
    if not found:
        clash = _overlapping(event, values, session_id)
        if clash is not None:
            found["start_time"] = _says(QT_TRANSLATE_NOOP(
                "Events", "It overlaps “{topic}” ({start}–{end}) in the same room."),
                topic=clash.topic, start=clash.start_time, end=clash.end_time)
    return found


def _overlapping(event: Event, values: dict, session_id: int | None) -> EventSession | None:
    """A session at the same time in the same room; "Aula" and "aula " are one room."""
    room = " ".join(str(values.get("room") or "").split()).casefold()
    query = EventSession.select().where(
        EventSession.event == event.id, EventSession.date == values["date"],
        EventSession.start_time < values["end_time"],
        EventSession.end_time > values["start_time"])
    if session_id is not None:
        query = query.where(EventSession.id != session_id)
    return next((s for s in query if " ".join(s.room.split()).casefold() == room), None)


SESSION_FIELDS = ["date", "start_time", "end_time", "topic", "room", "speaker", "moderator",
                  "jp"]


def save_session(event_id: int, values: dict, session_id: int | None = None,
                 loaded=UNCHECKED) -> EventSession:
    """Add or change a session; its speaker and moderator are registered in those roles.
    ``loaded`` is the stamp the form loaded (see models/sharing/stamps.py)."""
    with db.atomic():
        event = Event.get_by_id(event_id)
        found = session_problems(event, values, session_id)
        if found:
            raise ValidationError(found)
        data = {f: values.get(f) for f in SESSION_FIELDS}
        data["room"] = str(data["room"] or "").strip()
        data["topic"] = data["topic"].strip()
        if session_id is None:
            session = EventSession.create(event=event, **data, **fresh())
        else:
            save_if_unchanged(EventSession, session_id, loaded, data)
            session = EventSession.get_by_id(session_id)
        for person, role in ((data["speaker"], "narasumber"), (data["moderator"], "moderator")):
            if person is not None:
                (Registration.insert(event=event, person=person, role=role)
                 .on_conflict_ignore().execute())
        return session


def delete_session(session_id: int) -> None:
    """Take a session out of the schedule, unless something was recorded for it (attendance,
    the signed sign-in sheet): that record would go with it.

    Its speaker stays registered: the office may have invited them for more than the one
    session, and a registration is removed by hand if not.
    """
    from models.attendance.tables import Attendance, SessionAttachment
    from models.messages import SiBinaError

    with db.atomic():
        if Attendance.select().where(Attendance.session == session_id).exists():
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Events", "Attendance has been recorded for this session, so it cannot be "
                          "deleted.")))
        if SessionAttachment.select().where(SessionAttachment.session == session_id).exists():
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Events", "Files such as the signed sign-in sheet are kept with this session, "
                          "so it cannot be deleted.")))
        EventSession.delete_by_id(session_id)


def total_jp(event_id: int) -> float:
    """The event's JP: the sum of its sessions'."""

    total = (EventSession.select(fn.COALESCE(fn.SUM(EventSession.jp), 0))
             .where(EventSession.event == event_id).scalar())
    return float(total)


def duplicate_event(event_id: int, new_start: datetime.date, title: str | None = None) -> Event:
    """This year's edition of an event: its details and schedule moved to ``new_start``,
    without its participants (the schedule's speakers are registered again)."""
    with db.atomic():
        source = Event.get_by_id(event_id)
        shift = new_start - source.start_date
        data = {f: getattr(source, f) for f in EVENT_FIELDS}
        data.update(start_date=source.start_date + shift, end_date=source.end_date + shift,
                    status="planned", title=(title or "").strip() or source.title,
                    obstacles="")  # what got in the way belongs to that edition
        copy = Event.create(**data, **fresh())
        for old in source.sessions.order_by(EventSession.date, EventSession.start_time):
            values = {f: getattr(old, f) for f in SESSION_FIELDS}
            values.update(date=old.date + shift, speaker=old.speaker_id,
                          moderator=old.moderator_id)
            save_session(copy.id, values)
        return copy


def why_not_deletable(event_id: int) -> Message | None:
    """Why an event may not be deleted (something was recorded for it), or None."""
    from models.attendance.tables import Attendance, SessionAttachment
    from models.certificates.tables import Certificate, OutsideCertificate
    from models.evaluation.tables import FollowUp, Response, TestScore

    sessions = EventSession.select(EventSession.id).where(EventSession.event == event_id)
    if Attendance.select().where(Attendance.session.in_(sessions)).exists():
        return _says(QT_TRANSLATE_NOOP("Events", "Attendance has been recorded for this "
                                                 "event, so it cannot be deleted; cancel it "
                                                 "instead."))
    if SessionAttachment.select().where(SessionAttachment.session.in_(sessions)).exists():
        return _says(QT_TRANSLATE_NOOP("Events", "Files such as a signed sign-in sheet are "
                                                 "kept with this event's sessions, so it "
                                                 "cannot be deleted; cancel it instead."))
    if EventPhoto.select().where(EventPhoto.event == event_id).exists():
        return _says(QT_TRANSLATE_NOOP("Events", "Documentation photos are kept with this "
                                                 "event, so it cannot be deleted; cancel it "
                                                 "instead."))
    checks = (
        (Response, QT_TRANSLATE_NOOP("Events", "Evaluations have been entered for this event, "
                                               "so it cannot be deleted; cancel it instead.")),
        (TestScore, QT_TRANSLATE_NOOP("Events", "Test scores have been entered for this event, "
                                                "so it cannot be deleted; cancel it instead.")),
        (FollowUp, QT_TRANSLATE_NOOP("Events", "Follow-ups have been recorded for this event, "
                                               "so it cannot be deleted; cancel it instead.")),
        (Certificate, QT_TRANSLATE_NOOP("Events", "Certificates have been issued for this "
                                                  "event, so it cannot be deleted; cancel it "
                                                  "instead.")),
        (OutsideCertificate, QT_TRANSLATE_NOOP(
            "Events", "The participants' certificates from the organiser have been recorded "
                      "for this event, so it cannot be deleted; cancel it instead.")),
    )
    for model, text in checks:
        if model.select().where(model.event == event_id).exists():
            return _says(text)
    return None


def delete_event(event_id: int) -> None:
    """Delete an event with nothing recorded for it; otherwise it can only be cancelled."""
    from models.messages import SiBinaError

    with db.atomic():
        reason = why_not_deletable(event_id)
        if reason is not None:
            raise SiBinaError(reason)
        Registration.delete().where(Registration.event == event_id).execute()
        Event.delete_by_id(event_id)


def cancel_event(event_id: int) -> None:
    Event.update(status="cancelled", updated_at=now(), **fresh()).where(
        Event.id == event_id).execute()


def listing(year: int | None = None) -> list[tuple]:
    """(id, start, end, kind, status, participants, total JP, title) per event, by date.

    One query: the counts come from subqueries, so a long list costs no query per event.
    """

    participants = (Registration.select(fn.COUNT(Registration.id))
                    .where(Registration.event == Event.id, Registration.role == "peserta",
                           ~Registration.cancelled))
    jp = (EventSession.select(fn.COALESCE(fn.SUM(EventSession.jp), 0))
          .where(EventSession.event == Event.id))
    query = Event.select(Event.id, Event.start_date, Event.end_date, Event.kind, Event.status,
                         participants.alias("participants"), jp.alias("jp"), Event.title)
    if year is not None:
        query = query.where(Event.start_date <= datetime.date(year, 12, 31),
                            Event.end_date >= datetime.date(year, 1, 1))
    return list(query.order_by(Event.start_date, Event.id).tuples())


# Every event with its theme, participants (not cancelled) and total JP, counted and
# ordered as by listing(). A plain cursor and ISO dates parsed by date.fromisoformat:
# Peewee's row conversion took longer than the query itself (the Events tab opens on
# 2,000 events in under 100 ms, benchmarks/bench_events_tab.py).
_TABLE_SQL = """
SELECT e.id, e.start_date, e.end_date, e.kind, e.status, e.title, t.name,
       (SELECT COUNT(*) FROM registration AS r
         WHERE r.event_id = e.id AND r.role = 'peserta' AND NOT r.cancelled),
       (SELECT COALESCE(SUM(s.jp), 0) FROM event_session AS s WHERE s.event_id = e.id)
  FROM event AS e LEFT JOIN theme AS t ON t.id = e.theme_id
 ORDER BY e.start_date, e.id
"""


def table_rows() -> list[tuple]:
    """(id, start, end, kind, status, title, theme or "", participants, total JP) of every
    event, by date; the Events tab's rows."""
    return [(event_id, to_date(start), to_date(end), kind, status, title,
             theme or "", int(count or 0), float(jp or 0))
            for event_id, start, end, kind, status, title, theme, count, jp
            in db.execute_sql(_TABLE_SQL)]


def latest_finished() -> int | None:
    """The finished event of the office's (alone or co-organised) that ended last: the one
    whose certificates are due. An outside body's event gives that body's certificates."""
    latest = (Event.select(Event.id)
              .where(Event.status == "finished", ~Event.organiser_external | Event.co_organised)
              .order_by(Event.end_date.desc(), Event.id.desc()).first())
    return latest.id if latest else None


def picker_rows(statuses=None) -> list[tuple]:
    """(id, title, start, end, status) of every event (of ``statuses`` only, if given):
    the running ones first, then the latest first."""
    query = Event.select(Event.id, Event.title, Event.start_date, Event.end_date,
                         Event.status)
    if statuses is not None:
        query = query.where(Event.status.in_(statuses))
    return sorted(query.tuples(), key=lambda r: (r[4] != "running", -r[2].toordinal(), -r[0]))


def session_rooms(event_id: int) -> list[str]:
    """The rooms the event's sessions use, sorted."""
    rows = (EventSession.select(EventSession.room).distinct()
            .where(EventSession.event == event_id, EventSession.room != "").tuples())
    return sorted(room for (room,) in rows)


def last_session(event_id: int) -> EventSession | None:
    """The event's session that ends last."""
    return (EventSession.select().where(EventSession.event == event_id)
            .order_by(EventSession.date.desc(), EventSession.end_time.desc()).first())


def schedule_rows(event_id: int) -> list[tuple]:
    """(id, date, start, end, topic, room, JP, speaker, moderator) of the event's sessions,
    the speaker and moderator by name with titles ("" when none), in one query."""
    from peewee import JOIN

    from models.staff.tables import Person, join_name

    speaker, moderator = Person.alias(), Person.alias()
    query = (EventSession.select(
        EventSession.id, EventSession.date, EventSession.start_time,
        EventSession.end_time, EventSession.topic, EventSession.room, EventSession.jp,
        speaker.front_title, speaker.name, speaker.back_title,
        moderator.front_title, moderator.name, moderator.back_title)
        .join_from(EventSession, speaker, on=EventSession.speaker == speaker.id,
                   join_type=JOIN.LEFT_OUTER)
        .join_from(EventSession, moderator, on=EventSession.moderator == moderator.id,
                   join_type=JOIN.LEFT_OUTER)
        .where(EventSession.event == event_id).tuples())
    rows = []
    for sid, day, start, end, topic, room, jp, *names in query:
        who = [join_name(f or "", n, b or "") if n else "" for f, n, b in
               (names[:3], names[3:])]
        rows.append((sid, day, start, end, topic, room, float(jp or 0), who[0], who[1]))
    return rows


def save_notes(event_id: int, conclusions: str, recommendations: str) -> None:
    """The event report's conclusions and recommendations, as typed (unchanged ones are
    not written, so the event keeps its last-changed time). They are saved as typed with
    no one to tell, so a pasted control character is dropped rather than refused."""
    conclusions, recommendations = strip_controls(conclusions), strip_controls(recommendations)
    Event.update(conclusions=conclusions, recommendations=recommendations).where(
        Event.id == event_id,
        (Event.conclusions != conclusions) | (Event.recommendations != recommendations)
    ).execute()
