"""One person's record over the years: the events they took part in, their roles, and the
JP they attended against the yearly target (issue 3, the person's page).

A handful of queries whatever the number of events, so following the selection in a staff
list of 20,000 stays instant.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import JOIN, fn

from models import settings
from models.attendance.tables import Attendance
from models.certificates.tables import OutsideCertificate
from models.events import jp
from models.events.counting import development_rule, shortfall
from models.events.tables import Event, EventSession, Registration
from models.vocab import ROLES


@dataclass(frozen=True)
class EventTaken:
    event_id: int
    start_date: datetime.date
    end_date: datetime.date
    kind: str  # a code of vocab.EVENT_KINDS
    title: str
    status: str  # a code of vocab.EVENT_STATUSES
    roles: tuple[str, ...]  # codes of vocab.ROLES the person holds (not cancelled)
    cancelled_roles: tuple[str, ...]  # registrations kept but marked cancelled
    event_jp: float  # the JP of every session planned
    attended_jp: float  # the JP the person earned there (models.events.jp)
    counts: bool = True  # its JP counts as competency development (towards the target)

    @property
    def cancelled(self) -> bool:
        """Every registration of the person was cancelled."""
        return not self.roles and bool(self.cancelled_roles)


@dataclass(frozen=True)
class YearSummary:
    year: int
    attended_jp: float
    target: int
    events: list[EventTaken] = field(default_factory=list)

    @property
    def short_by(self) -> float:
        return shortfall(self.attended_jp, self.target)

    @property
    def target_met(self) -> bool:
        return not self.short_by


def history(person_id: int, this_year: int | None = None) -> list[YearSummary]:
    """The person's years, newest first, each with its attended JP and events.

    JP follow :mod:`models.events.jp` (sessions attended, or an outside certificate's JP);
    a year's JP counts only events that count as competency development (as
    :func:`models.events.jp.in_year` does). An event is listed under the year it starts,
    with ``counts`` saying whether its JP is in the year's. ``this_year``, when given, is
    listed even without events, so the page can say how far the person is from this year's
    target.
    An event the person attended without being registered (a walk-in) is listed too, with
    no role, so the events' JP add up to the year's.
    """
    registrations = (Registration
                     .select(Registration.event, Registration.role, Registration.cancelled)
                     .where(Registration.person == person_id)
                     .tuples())
    held: dict[int, list[str]] = defaultdict(list)
    cancelled: dict[int, list[str]] = defaultdict(list)
    for event_id, role, was_cancelled in registrations:
        (cancelled if was_cancelled else held)[event_id].append(role)

    # One query for both sums; per event it is what jp.earned gives (the certificate's JP).
    earned = jp.credits(person_id=person_id)
    attended_by_event: dict[int, float] = defaultdict(float)
    for _person, event_id, _year, credit in earned:
        attended_by_event[event_id] += credit

    # Subqueries rather than a list of ids: no limit on how many events a person has.
    mine = (Registration.select(Registration.event).where(Registration.person == person_id)
            | EventSession.select(EventSession.event).join(Attendance)
            .where(Attendance.person == person_id)
            | OutsideCertificate.select(OutsideCertificate.event)
            .where(OutsideCertificate.person == person_id))
    events = (Event
              .select(Event.id, Event.start_date, Event.end_date, Event.kind, Event.title,
                      Event.status, Event.counts_as_development,
                      fn.COALESCE(fn.SUM(EventSession.jp), 0))
              .join(EventSession, JOIN.LEFT_OUTER)
              .where(Event.id.in_(mine))
              .group_by(Event.id)
              .order_by(Event.start_date.desc(), Event.id.desc())
              .tuples())
    counts = development_rule()
    counting: set[int] = set()
    by_year: dict[int, list[EventTaken]] = defaultdict(list)
    for event_id, start, end, kind, title, status, override, event_jp in events:
        if counts(kind, override):
            counting.add(event_id)
        by_year[start.year].append(EventTaken(
            event_id=event_id, start_date=start, end_date=end, kind=kind, title=title,
            status=status, roles=_in_role_order(held.get(event_id, ())),
            cancelled_roles=_in_role_order(cancelled.get(event_id, ())),
            event_jp=float(event_jp), attended_jp=attended_by_event.get(event_id, 0.0),
            counts=event_id in counting))
    attended_by_year: dict[int, float] = defaultdict(float)
    for _person, event_id, year, credit in earned:
        if event_id in counting:
            attended_by_year[year] += credit

    years = set(by_year) | set(attended_by_year)
    if this_year is not None:
        years.add(this_year)
    target = settings.get("jp_target")
    return [YearSummary(year=year, attended_jp=attended_by_year.get(year, 0.0), target=target,
                        events=by_year.get(year, []))
            for year in sorted(years, reverse=True)]


def _in_role_order(roles) -> tuple[str, ...]:
    """Roles in the order of vocab.ROLES (participant first), whatever order they were given."""
    order = list(ROLES)
    return tuple(sorted(roles, key=lambda r: order.index(r) if r in order else len(order)))
