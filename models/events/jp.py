"""The JP a person earns at an event: one rule for the Staff tab, the JP recap, the
transcript, the filters of the participants editor and the certificate.

At an event the office runs (or co-organises), a person earns the JP of the sessions they
were present at (Terlambat counts as present). At an event run by an outside body, the JP
on the outside certificate the office recorded counts instead; without one recorded,
attended sessions count as anywhere else. Either way the JP belong to the year the event
began, so an event across New Year is one row of one year on the transcript, whose rows
then add up to its total. A cancelled event and a participant whose registration was
cancelled (and who holds no other role there) earn nothing: no list shows them. Towards
the yearly target only events that count as competency development are summed
(:func:`models.events.counting.counts_as_development`).
"""

import datetime
from collections import defaultdict

from models.engine import execute, year_of
from models.events.counting import development_rule
from models.events.tables import Event
from models.vocab import PRESENT_STATUSES

# An outside event: run by another body without the office (see Event.co_organised).
_OUTSIDE = "e.organiser_external AND NOT e.co_organised"
# The event took place for this person (%s: the alias of the row whose person_id it
# checks): not cancelled, and not a participant whose every registration there was
# cancelled. Someone who came without being registered (a walk-in) still earns JP.
_TAKING_PART = ("e.status != 'cancelled' AND NOT ("
                " EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id"
                "         AND r.person_id = %s.person_id AND r.cancelled)"
                " AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id"
                "         AND r.person_id = %s.person_id AND NOT r.cancelled))")


def credits(person_id: int | None = None, event_id: int | None = None,
            year: int | None = None, since: datetime.date | None = None,
            until: datetime.date | None = None) -> list[tuple[int, int, int, float]]:
    """(person, event, year, JP) earned, narrowed to a person, an event, a year or the
    events beginning between ``since`` and ``until`` (both included)."""
    present = ", ".join("?" * len(PRESENT_STATUSES))
    attended_where, attended_args = [f"a.status IN ({present})"], list(PRESENT_STATUSES)
    recorded_where, recorded_args = [_OUTSIDE], []
    for column, value in (("person_id", person_id), ("event_id", event_id)):
        if value is not None:
            attended_where.append(f"{'a' if column == 'person_id' else 's'}.{column} = ?")
            recorded_where.append(f"o.{column} = ?")
            attended_args.append(value)
            recorded_args.append(value)
    if year is not None:
        since, until = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if since is not None or until is not None:
        span = ((since or datetime.date.min).isoformat(),
                (until or datetime.date.max).isoformat())
        attended_where.append("e.start_date BETWEEN ? AND ?")
        recorded_where.append("e.start_date BETWEEN ? AND ?")
        attended_args += span
        recorded_args += span
    # Attendance is summed per person and event first, and only those sums are checked
    # (taking part, an outside certificate instead): checking each attended session took
    # ten times the work, and the home screen pays it for every person.
    cursor = execute(
        f"SELECT g.person_id, g.event_id, {year_of('e.start_date')}, g.jp "
        "FROM (SELECT s.event_id, a.person_id, SUM(s.jp) AS jp "
        "      FROM event e JOIN event_session s ON s.event_id = e.id "
        "           JOIN attendance a ON a.session_id = s.id "
        f"     WHERE {' AND '.join(attended_where)} GROUP BY 1, 2) g "
        "     JOIN event e ON e.id = g.event_id "
        f"WHERE {_TAKING_PART % ('g', 'g')} "
        f"  AND NOT ({_OUTSIDE} AND EXISTS (SELECT 1 FROM outside_certificate o "
        "            WHERE o.event_id = g.event_id AND o.person_id = g.person_id)) "
        "UNION ALL "
        f"SELECT o.person_id, o.event_id, {year_of('e.start_date')}, o.jp "
        "FROM outside_certificate o JOIN event e ON e.id = o.event_id "
        f"WHERE {' AND '.join(recorded_where)} AND {_TAKING_PART % ('o', 'o')}",
        attended_args + recorded_args)
    return [(person, event, year_, float(jp or 0)) for person, event, year_, jp in cursor]


def recorded_at(event_id: int) -> dict[int, float]:
    """The JP of the outside certificates recorded at an outside body's event, per person
    (none at the office's own or co-organised events: there the sessions count)."""
    cursor = execute(
        "SELECT o.person_id, o.jp FROM outside_certificate o JOIN event e ON e.id = o.event_id "
        f"WHERE o.event_id = ? AND {_OUTSIDE}", (event_id,))
    return {person: float(jp or 0) for person, jp in cursor}


def earned_at(attended: float, recorded: float | None) -> float:
    """What a person earns at one event from the JP of the sessions they attended and the
    JP of their recorded outside certificate (:func:`recorded_at`), as :func:`credits`
    reckons it for many events at once: the certificate's where there is one."""
    return attended if recorded is None else recorded


def earned(person_id: int | None = None, event_id: int | None = None) -> dict[tuple, float]:
    """JP per (person, event): the figure on the person's certificate and on the
    transcript's row for the event."""
    found: dict[tuple, float] = defaultdict(float)
    for person, event, _year, jp in credits(person_id=person_id, event_id=event_id):
        found[(person, event)] += jp
    return dict(found)


def counting_events() -> set[int]:
    """The events whose JP count towards the yearly target (their kind's setting, or the
    event's own choice)."""
    counts = development_rule()
    return {event_id for event_id, kind, override in
            Event.select(Event.id, Event.kind, Event.counts_as_development).tuples()
            if counts(kind, override)}


def in_year(year: int, person_id: int | None = None) -> dict[int, float]:
    """JP each person earned in ``year`` towards the target: events that count as
    competency development only."""
    counting = counting_events()
    found: dict[int, float] = defaultdict(float)
    for person, event, _year, jp in credits(person_id=person_id, year=year):
        if event in counting:
            found[person] += jp
    return dict(found)


def by_theme(since: datetime.date, until: datetime.date) -> dict[tuple[int, int | None], float]:
    """JP each person earned per theme (None: an event without one) at the events beginning
    between ``since`` and ``until`` that count as competency development: the competency
    map's figures, reckoned as :func:`in_year` reckons the target's."""
    counts = development_rule()
    theme_of = {event_id: theme for event_id, kind, override, theme in
                Event.select(Event.id, Event.kind, Event.counts_as_development, Event.theme)
                .tuples() if counts(kind, override)}
    found: dict[tuple[int, int | None], float] = defaultdict(float)
    for person, event, _year, jp in credits(since=since, until=until):
        if event in theme_of:
            found[(person, theme_of[event])] += jp
    return dict(found)
