"""The annual competency development plan (rencana pengembangan kompetensi) and adding
the people of a training needs list to an event.

For a year, each theme's needs are the staff with no JP in it over the N years before the
year began (:func:`models.competency.staff_map.training_needs` on 31 December of the year
before): what the plan set out to cover. Against them stand the theme's events of the
year that count as competency development: held (not cancelled, begun by today) and
planned (status planned, beginning after today). Whoever of the needs is registered for
one of those events (a registration not cancelled) is covered; the rest are still
uncovered.
"""

import datetime
from dataclasses import dataclass, field

from models.competency.staff_map import (
    CompetencyMap,
    NeedRow,
    competency_map,
    needs_in,
    years_setting,
)
from models.events import participants
from models.events.counting import development_rule, took_place
from models.events.tables import Event, Registration


@dataclass(slots=True)
class PlanEvent:
    event_id: int
    title: str
    kind: str
    start: datetime.date
    end: datetime.date
    people: int  # registered, not cancelled, of any role


@dataclass
class ThemePlan:
    theme_id: int
    theme: str
    needs: list[NeedRow] = field(default_factory=list)
    held: list[PlanEvent] = field(default_factory=list)
    planned: list[PlanEvent] = field(default_factory=list)
    uncovered: list[NeedRow] = field(default_factory=list)


@dataclass
class DevelopmentPlan:
    year: int
    years: int  # N: the needs look back this many years from the year's start
    unit: str
    themes: list[ThemePlan]
    map: CompetencyMap  # the needs' figures: the map as the year began


def _events(year: int, today: datetime.date) -> dict[int, tuple[list, list]]:
    """Theme → (held, planned) events of ``year`` that count as competency development
    (a book club of the theme trains nobody in it)."""
    counts = development_rule()
    found: dict[int, tuple[list, list]] = {}
    rows = (Event.select(Event.id, Event.title, Event.kind, Event.start_date, Event.end_date,
                         Event.status, Event.theme, Event.counts_as_development)
            .where(Event.theme.is_null(False),
                   Event.start_date.between(datetime.date(year, 1, 1),
                                            datetime.date(year, 12, 31)))
            .order_by(Event.start_date, Event.title).tuples())
    rows = [row for row in rows if counts(row[2], row[7])]
    people = _registered({row[0] for row in rows})
    for event_id, title, kind, start, end, status, theme, _counts in rows:
        item = PlanEvent(event_id, title, kind, start, end, len(people.get(event_id, ())))
        held, planned = found.setdefault(theme, ([], []))
        if took_place(status, start, today):
            held.append(item)
        elif status == "planned" and start > today:
            planned.append(item)
    return found


def _registered(event_ids: set[int]) -> dict[int, set[int]]:
    """Event → the people registered there (any role, registration not cancelled)."""
    found: dict[int, set[int]] = {}
    if not event_ids:
        return found
    query = (Registration.select(Registration.event, Registration.person)
             .where(Registration.event.in_(list(event_ids)), ~Registration.cancelled).tuples())
    for event_id, person_id in query:
        found.setdefault(event_id, set()).add(person_id)
    return found


def development_plan(year: int, today: datetime.date | None = None, years: int | None = None,
                     unit: str | None = None) -> DevelopmentPlan:
    """Per theme, in the office's order: the needs, the events held and planned in
    ``year`` (as of ``today``), and who of the needs no such event takes in."""
    today = today or datetime.date.today()
    years = years_setting(years)
    events = _events(year, today)
    reached = _registered({item.event_id for held, planned in events.values()
                           for item in held + planned})
    found = competency_map(datetime.date(year - 1, 12, 31), years, unit)
    plans = []
    for theme, name in found.themes:
        held, planned = events.get(theme, ([], []))
        needs = needs_in(found, theme)
        taken_in = set().union(*(reached.get(item.event_id, set()) for item in held + planned))
        plans.append(ThemePlan(theme, name, needs, held, planned,
                               [row for row in needs if row.person_id not in taken_in]))
    return DevelopmentPlan(year, years, unit or "", plans, found)


def add_to_event(event_id: int, person_ids: list[int]) -> tuple[int, int]:
    """Register a needs list's people as participants (one transaction,
    :func:`models.events.participants.add_people`); returns (added, skipped: already
    participants)."""
    wanted = list(dict.fromkeys(person_ids))
    added = participants.add_people(event_id, wanted)
    return added, len(wanted) - added
