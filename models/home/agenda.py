"""What the home screen (Beranda) lists: one function per section, each asking the rule
that already decides it elsewhere (the JP target, certificate eligibility, follow-ups due),
so the home screen never counts differently from the tab it opens.

Every function takes ``today`` so that a test, not the clock, fixes the date.
"""

import datetime
from dataclasses import dataclass, field
from operator import attrgetter

from peewee import JOIN, fn

from models import settings
from models.backup import days_since_removable_backup
from models.certificates.eligibility import Rule
from models.certificates.qualifying import qualifying
from models.certificates.tables import Certificate
from models.db import db
from models.evaluation import followups
from models.evaluation.tables import EventQuestionnaire, Response
from models.events import jp
from models.events.counting import shortfall, target_binding
from models.events.tables import Event, EventSession, Registration
from models.opportunities.deadlines import closing_soon
from models.staff.tables import Person, join_name

NEXT_EVENTS = 5
# How far back a finished event is still "due": older ones are the office's archive, and
# judging every event of ten years would make the home screen slow on a big database.
DUE_WITHIN = datetime.timedelta(days=90)
# Below this share of the participants answering, an evaluation is still to be chased.
WANTED_RESPONSE_PCT = 50


@dataclass(frozen=True, slots=True)
class SessionToday:
    session_id: int
    event_id: int
    title: str
    topic: str
    start: datetime.time
    end: datetime.time


@dataclass(frozen=True, slots=True)
class EventItem:
    event_id: int
    title: str
    start: datetime.date
    end: datetime.date
    count: int = 0  # people it concerns: registered, without certificate, not answered


@dataclass(slots=True)  # not frozen: a frozen one costs twice as much to make, by thousands
class BelowTarget:
    person_id: int
    front_title: str
    bare_name: str
    back_title: str
    unit: str
    earned: float
    missing: float

    @property
    def name(self) -> str:
        """With titles, as printed; joined only for the rows shown, not for thousands."""
        return join_name(self.front_title, self.bare_name, self.back_title)


@dataclass(slots=True)
class Agenda:
    today: datetime.date
    sessions: list[SessionToday] = field(default_factory=list)
    next_events: list[EventItem] = field(default_factory=list)
    below_target: list[BelowTarget] = field(default_factory=list)
    days_left: int = 0  # in the year, today included
    target: float = 0
    certificates_due: list[EventItem] = field(default_factory=list)
    evaluations_due: list[EventItem] = field(default_factory=list)
    followups_due: list[followups.DueEvent] = field(default_factory=list)
    backup_days: int | None = None  # since the last backup to a USB stick; None: never
    offers_closing: list = field(default_factory=list)  # opportunities.offers.OfferRow


def sessions_today(today: datetime.date) -> list[SessionToday]:
    """The sessions held today of events not cancelled, by starting time."""
    rows = (EventSession.select(EventSession.id, Event.id, Event.title, EventSession.topic,
                                EventSession.start_time, EventSession.end_time)
            .join(Event)
            .where(EventSession.date == today, Event.status != "cancelled")
            .order_by(EventSession.start_time, Event.title).tuples())
    return [SessionToday(*row) for row in rows]


def next_events(today: datetime.date, limit: int = NEXT_EVENTS) -> list[EventItem]:
    """The events starting after today, soonest first, with their registered people."""
    registered = (Registration.select(fn.COUNT(Registration.id))
                  .where(Registration.event == Event.id, ~Registration.cancelled))
    rows = (Event.select(Event.id, Event.title, Event.start_date, Event.end_date,
                         registered.alias("people"))
            .where(Event.start_date > today, Event.status != "cancelled")
            .order_by(Event.start_date, Event.title).limit(limit).tuples())
    return [EventItem(*row) for row in rows]


def days_left(today: datetime.date) -> int:
    return (datetime.date(today.year, 12, 31) - today).days + 1


def below_target(today: datetime.date) -> list[BelowTarget]:
    """Active staff the target binds who have earned less than it this year, the furthest
    behind first (:func:`models.events.jp.in_year`, :func:`shortfall`)."""
    target = settings.get("jp_target")
    binds = target_binding()
    earned = jp.in_year(today.year)
    query = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title,
                           Person.unit, Person.employment, Person.nip)
             .where(Person.active, ~Person.is_external).order_by(fn.LOWER(Person.name)))
    found = []
    # The plain cursor: these columns are text as stored, and converting 20,000 rows
    # through the model's fields took a third of the home screen's time.
    for pid, front, name, back, unit, employment, nip in db.execute(query):
        if not binds(employment, nip):
            continue
        has = earned.get(pid, 0.0)
        missing = shortfall(has, target)
        if missing:
            found.append(BelowTarget(pid, front, name, back, unit, has, missing))
    found.sort(key=attrgetter("missing"), reverse=True)  # stable: by name within a figure
    return found


def _finished(today: datetime.date):
    return ((Event.end_date < today) & (Event.end_date >= today - DUE_WITHIN)
            & (Event.status != "cancelled"))


def certificates_due(today: datetime.date) -> list[EventItem]:
    """The office's events finished lately where someone qualifies
    (:func:`models.certificates.qualifying.qualifying`, the eligibility list's rule) and
    has no certificate yet."""
    holding = (Certificate.select(Certificate.id)
               .where(Certificate.event == Registration.event,
                      Certificate.person == Registration.person,
                      Certificate.revoked_at.is_null()))
    # Only events with someone uncertified are judged: judging costs a grid each.
    candidates = (Event.select(Event.id, Event.title, Event.start_date, Event.end_date)
                  .join(Registration)
                  .where(_finished(today), ~(Event.organiser_external & ~Event.co_organised),
                         ~Registration.cancelled, ~fn.EXISTS(holding))
                  .distinct().order_by(Event.end_date.desc()).tuples())
    candidates = list(candidates)
    if not candidates:
        return []
    rule = Rule.from_settings()
    held = {(e, p) for e, p in Certificate.select(Certificate.event, Certificate.person)
            .where(Certificate.event.in_([c[0] for c in candidates]),
                   Certificate.revoked_at.is_null()).tuples()}
    judged = qualifying([c[0] for c in candidates], rule, today)
    found = []
    for event_id, title, start, end in candidates:
        waiting = sum(1 for person, _role in judged[event_id] if (event_id, person) not in held)
        if waiting:
            found.append(EventItem(event_id, title, start, end, waiting))
    return found


def evaluations_due(today: datetime.date) -> list[EventItem]:
    """Events finished lately with a questionnaire attached and fewer than
    :data:`WANTED_RESPONSE_PCT` percent of the participants answering; ``count`` is how
    many answers are still missing to reach it."""
    people = (Registration.select(fn.COUNT(Registration.id))
              .where(Registration.event == Event.id, Registration.role == "peserta",
                     ~Registration.cancelled))
    answered = (Response.select(fn.COUNT(fn.DISTINCT(Response.id)))
                .where(Response.event == Event.id))
    forms = (EventQuestionnaire.select(fn.COUNT(EventQuestionnaire.id))
             .where(EventQuestionnaire.event == Event.id))
    rows = (Event.select(Event.id, Event.title, Event.start_date, Event.end_date,
                         people.alias("people"), answered.alias("answered"),
                         forms.alias("forms"))
            .join(EventQuestionnaire, JOIN.INNER, on=(EventQuestionnaire.event == Event.id))
            .where(_finished(today)).distinct()
            .order_by(Event.end_date.desc()).tuples())
    found = []
    for event_id, title, start, end, people_count, answers, forms_count in rows:
        wanted = people_count * forms_count
        if not wanted or answers * 100 >= wanted * WANTED_RESPONSE_PCT:
            continue
        missing = -(-wanted * WANTED_RESPONSE_PCT // 100) - answers
        found.append(EventItem(event_id, title, start, end, missing))
    return found


def offers_closing(today: datetime.date) -> list:
    """Training offers whose registration closes soon
    (:func:`models.opportunities.deadlines.closing_soon`: one query on a small table)."""
    return closing_soon(today)


def agenda(today: datetime.date) -> Agenda:
    """Every section of the home screen for ``today``."""
    return Agenda(today, sessions_today(today), next_events(today), below_target(today),
                  days_left(today), settings.get("jp_target"), certificates_due(today),
                  evaluations_due(today), followups.due(today),
                  days_since_removable_backup(today), offers_closing(today))
