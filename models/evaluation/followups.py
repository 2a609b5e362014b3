"""Follow-up months after an event: did each participant apply what they learned?

One dated record says whether the learning was applied in the person's work (yes /
partly / no), what changed, who judged it (the participant or their supervisor) and an
optional rating 1–5. A person may have several records (their own and their supervisor's,
or a second look later); the same person, date and judge twice is refused as a double
entry. :func:`due` lists the events whose follow-up is due.
"""

import calendar
import datetime
from dataclasses import dataclass

from peewee import fn

from models.attendance.marking import participants
from models.db import db
from models.evaluation.tables import FollowUp
from models.events.tables import Event, Registration
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.text_rules import LONG_MAX, text_problem

# Codes stored in the database; labels are English sources, translated in context Vocab
# (ui.i18n.vocab) like the other fixed vocabularies.
APPLIED = {
    "yes": QT_TRANSLATE_NOOP("Vocab", "Applied"),
    "partly": QT_TRANSLATE_NOOP("Vocab", "Partly applied"),
    "no": QT_TRANSLATE_NOOP("Vocab", "Not applied"),
}
RATED_BY = {
    "participant": QT_TRANSLATE_NOOP("Vocab", "The participant"),
    "supervisor": QT_TRANSLATE_NOOP("Vocab", "The supervisor"),
}
RATINGS = range(1, 6)
DEFAULT_MONTHS = 3
FIELDS = ("person", "date", "applied", "changes", "rated_by", "rating")


def _says(text: str, **params) -> Message:
    return message("FollowUps", text, **params)


def followup_problems(event_id: int, values: dict,
                      followup_id: int | None = None) -> dict[str, Message]:
    """What is wrong with a follow-up's values, field by field (empty: nothing).

    ``values``: person (id), date (``datetime.date``), applied (a code of
    :data:`APPLIED`), changes (text), rated_by (a code of :data:`RATED_BY`), rating
    (1–5 or None).
    """
    found = {}
    event = Event.get_by_id(event_id)
    person = values.get("person")
    if person is None:
        found["person"] = _says(QT_TRANSLATE_NOOP("FollowUps", "Choose the participant."))
    elif not (Registration.select().where(
            Registration.event == event_id, Registration.person == person,
            Registration.role == "peserta", ~Registration.cancelled).exists()
              # a record of someone cancelled since may still be corrected
              or (followup_id is not None
                  and FollowUp.get_by_id(followup_id).person_id == person)):
        found["person"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "Only a participant of the event can be followed up."))
    day = values.get("date")
    if not isinstance(day, datetime.date):
        found["date"] = _says(QT_TRANSLATE_NOOP("FollowUps", "The date is required."))
    elif day < event.end_date:
        found["date"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "A follow-up comes after the event, which ended on {end}."),
            end=event.end_date)
    if values.get("applied") not in APPLIED:
        found["applied"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "Choose whether it was applied: yes, partly or no."))
    if values.get("rated_by", "participant") not in RATED_BY:
        found["rated_by"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "Choose who judged it: the participant or the supervisor."))
    wrong = text_problem(str(values.get("changes") or ""), LONG_MAX, multiline=True)
    if wrong is not None:
        found["changes"] = wrong
    rating = values.get("rating")
    if rating is not None and (isinstance(rating, bool) or rating not in RATINGS):
        found["rating"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "The rating is 1 to 5, or empty."))
    if not found and _double(event_id, values, followup_id):
        found["date"] = _says(QT_TRANSLATE_NOOP(
            "FollowUps", "This person already has a follow-up on that date by the same "
                         "judge."))
    return found


def _double(event_id: int, values: dict, followup_id: int | None) -> bool:
    query = FollowUp.select().where(
        FollowUp.event == event_id, FollowUp.person == values["person"],
        FollowUp.date == values["date"],
        FollowUp.rated_by == values.get("rated_by", "participant"))
    if followup_id is not None:
        query = query.where(FollowUp.id != followup_id)
    return query.exists()


def _clean(values: dict) -> dict:
    """The fields given (an edit may give only some), the text trimmed."""
    data = {f: values[f] for f in FIELDS if f in values}
    if "changes" in data:
        data["changes"] = str(data["changes"] or "").strip()
    return data


def add_followup(event_id: int, values: dict) -> FollowUp:
    """Record a follow-up; raises :class:`~models.messages.ValidationError`
    (field → reason)."""
    data = {"changes": "", "rated_by": "participant", "rating": None, **_clean(values)}
    with db.atomic():
        problems = followup_problems(event_id, data)
        if problems:
            raise ValidationError(problems)
        return FollowUp.create(event=event_id, **data)


def edit_followup(followup_id: int, values: dict) -> FollowUp:
    """Change a follow-up (its event stays); raises ValidationError like :func:`add_followup`."""
    with db.atomic():
        record = FollowUp.get_by_id(followup_id)
        data = {**{f: getattr(record, f + "_id" if f == "person" else f) for f in FIELDS},
                **_clean(values)}
        problems = followup_problems(record.event_id, data, followup_id)
        if problems:
            raise ValidationError(problems)
        FollowUp.update(**data).where(FollowUp.id == followup_id).execute()
        return FollowUp.get_by_id(followup_id)


def delete_followup(followup_id: int) -> None:
    FollowUp.delete().where(FollowUp.id == followup_id).execute()


@dataclass(slots=True)
class FollowUpRow:
    id: int
    person_id: int
    name: str  # with titles, as printed
    nip: str
    date: datetime.date
    applied: str  # code of APPLIED
    changes: str
    rated_by: str  # code of RATED_BY
    rating: int | None


def followups(event_id: int) -> list[FollowUpRow]:
    """The event's follow-ups, by date, then in participant order.

    A person no longer registered (cancelled afterwards) keeps their records, shown by name.
    """
    from models.staff.tables import Person, join_name

    order = {p.id: i for i, p in enumerate(participants(event_id))}
    query = (FollowUp
             .select(FollowUp.id, FollowUp.person, Person.front_title, Person.name,
                     Person.back_title, Person.nip, FollowUp.date, FollowUp.applied,
                     FollowUp.changes, FollowUp.rated_by, FollowUp.rating)
             .join(Person).where(FollowUp.event == event_id).tuples())
    rows = [FollowUpRow(fid, pid, join_name(front, name, back), nip or "", day, applied,
                        changes, rated_by, rating)
            for fid, pid, front, name, back, nip, day, applied, changes, rated_by, rating
            in query]
    rows.sort(key=lambda r: (r.date, order.get(r.person_id, len(order)), r.name, r.id))
    return rows


@dataclass(frozen=True)
class Summary:
    participants: int  # registered participants now
    followed_up: int  # of them, how many have at least one record
    records: int
    applied: dict  # code of APPLIED → number of records
    rated: int  # records with a rating
    mean_rating: float | None


def summary(event_id: int) -> Summary:
    rows = followups(event_id)
    people = {p.id for p in participants(event_id)}
    counts = dict.fromkeys(APPLIED, 0)
    for row in rows:
        if row.applied in counts:
            counts[row.applied] += 1
    ratings = [row.rating for row in rows if row.rating is not None]
    return Summary(len(people), len(people & {row.person_id for row in rows}), len(rows),
                   counts, len(ratings), sum(ratings) / len(ratings) if ratings else None)


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` calendar months earlier (31 May − 3 months → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_after(day: datetime.date, months: int) -> datetime.date:
    return months_before(day, -months)


@dataclass(frozen=True)
class DueEvent:
    event_id: int
    title: str
    kind: str
    start_date: datetime.date
    end_date: datetime.date
    due_date: datetime.date  # end date + the months
    participants: int
    followed_up: int  # participants with at least one follow-up


def due(today: datetime.date, months: int = DEFAULT_MONTHS) -> list[DueEvent]:
    """Events that ended at least ``months`` months before ``today`` (cancelled ones left
    out) and have participants without a follow-up yet, the longest overdue first.

    An event counts by its end date, whatever its status says: offices often leave a past
    event "running".
    """
    cutoff = months_before(today, months)
    counts = {event_id: [people, 0] for event_id, people in (
        Registration.select(Registration.event, fn.COUNT(Registration.id))
        .join(Event)
        .where(Registration.role == "peserta", ~Registration.cancelled,
               Event.end_date <= cutoff, Event.status != "cancelled")
        .group_by(Registration.event).tuples())}
    if not counts:
        return []
    # Counted over registered participants only, so it never exceeds their number.
    # The same conditions again rather than a list of ids: on a large database that list
    # ran to thousands of parameters and cost a third of the home screen's time.
    done = (Registration.select(Registration.event, fn.COUNT(fn.DISTINCT(Registration.person)))
            .join(FollowUp, on=((FollowUp.event == Registration.event)
                                & (FollowUp.person == Registration.person)))
            .switch(Registration).join(Event)
            .where(Registration.role == "peserta", ~Registration.cancelled,
                   Event.end_date <= cutoff, Event.status != "cancelled")
            .group_by(Registration.event).tuples())
    for event_id, people in done:
        counts[event_id][1] = people
    events = [row for row in
              Event.select(Event.id, Event.title, Event.kind, Event.start_date, Event.end_date)
              .where(Event.end_date <= cutoff, Event.status != "cancelled").tuples()
              if row[0] in counts and counts[row[0]][1] < counts[row[0]][0]]
    found = [DueEvent(eid, title, kind, start, end, months_after(end, months), *counts[eid])
             for eid, title, kind, start, end in events]
    found.sort(key=lambda d: (d.end_date, d.title.casefold(), d.event_id))
    return found
