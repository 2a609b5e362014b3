"""Demo events: the step of :mod:`models.demo.fill` that plans a year and a half of trainings.

Events go through :func:`models.events.planning.save_event` and sessions through
:func:`models.events.planning.save_session`, so the demo holds only what the office could
have typed: sessions inside the event's dates, no overlap in a room, JP from the slot's length, and
speakers and moderators registered in those roles.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from models.demo.events_data import DESCRIPTIONS, EVENTS, SLOTS, DemoEvent
from models.demo.report_texts import report_texts
from models.events.counting import counts_as_development
from models.events.planning import save_event, save_session, suggest_jp
from models.events.tables import Event, Registration

if TYPE_CHECKING:
    from models.demo.fill import DemoContext
    from models.staff.tables import Person

SEMINAR_LIKE = {"seminar", "webinar", "studi_banding"}  # guests from other regions attend


def add_events(ctx: DemoContext) -> dict:
    sessions = registrations = 0
    for spec in EVENTS:
        start, end = event_dates(ctx.today, spec)
        status = event_status(ctx.today, start, end, spec.cancelled)
        event = save_event({
            "title": spec.title, "kind": spec.kind, "theme": ctx.themes[spec.theme],
            "organiser_external": bool(spec.organiser), "organiser_name": spec.organiser,
            "co_organised": spec.co_organised,
            "mode": spec.mode, "venue": spec.venue, "start_date": start, "end_date": end,
            "capacity": 50 if spec.mode != "daring" else None,
            "description": DESCRIPTIONS[spec.kind].format(
                theme=ctx.themes[spec.theme].name.lower()),
            "status": status,
            **report_texts(spec.title, spec.kind, spec.mode, spec.organiser,
                           ctx.themes[spec.theme].name, start.year, status == "finished"),
        })
        busy = _add_sessions(ctx, event, spec)
        sessions += len(spec.topics)
        registrations += len(busy) + _add_people(ctx, event, spec, busy)
    return {"events": len(EVENTS), "sessions": sessions, "registrations": registrations}


def event_dates(today: datetime.date, spec: DemoEvent) -> tuple[datetime.date, datetime.date]:
    """Start and end; an event that would run into a weekend starts on that week's Monday."""
    if spec.running:
        start = today - datetime.timedelta(days=1)
    else:
        start = today + datetime.timedelta(days=spec.offset)
        if start.weekday() + spec.days > 5:
            start -= datetime.timedelta(days=start.weekday())
    return start, start + datetime.timedelta(days=spec.days - 1)


def event_status(today: datetime.date, start: datetime.date, end: datetime.date,
                 cancelled: bool = False) -> str:
    if cancelled:
        return "cancelled"
    if end < today:
        return "finished"
    return "running" if start <= today else "planned"


def _add_sessions(ctx: DemoContext, event: Event, spec: DemoEvent) -> set[int]:
    """The schedule, slot after slot; returns the ids of the speakers and moderator."""
    rng = ctx.rng
    active_staff = [p for p in ctx.staff[1:] if p.active]
    pool = active_staff if spec.speakers == "int" else ctx.externals
    speakers = rng.sample(pool, min(len(pool), len(spec.topics), rng.randint(2, 3)))
    if spec.speakers == "mix":  # one of the office's own librarians beside the guests
        speakers[0] = rng.choice(active_staff)
    moderator = None
    if spec.kind in SEMINAR_LIKE:
        moderator = rng.choice([p for p in active_staff if p not in speakers])
    per_day = -(-len(spec.topics) // spec.days)  # ceiling: the first days fill up
    for i, topic in enumerate(spec.topics):
        (sh, sm), (eh, em) = SLOTS[i % per_day]
        start, end = datetime.time(sh, sm), datetime.time(eh, em)
        save_session(event.id, {
            "date": event.start_date + datetime.timedelta(days=i // per_day),
            "start_time": start, "end_time": end, "topic": topic, "room": spec.room,
            "speaker": speakers[i % len(speakers)], "moderator": moderator,
            "jp": suggest_jp(start, end),
        })
    busy = {p.id for p in speakers} | ({moderator.id} if moderator else set())
    # save_session stamps them with the clock; the demo dates them like everyone else.
    (Registration.update(registered_at=_registered(ctx, event))
     .where(Registration.event == event.id, Registration.person.in_(busy)).execute())
    return busy


def _add_people(ctx: DemoContext, event: Event, spec: DemoEvent, busy: set[int]) -> int:
    """Committee (when the office organises it) and 10–45 participants, a few cancelled.

    At the library's programmes for the public (those that are no competency development)
    the public takes part and staff serve as committee and facilitators."""
    rng = ctx.rng
    free: list[Person] = [p for p in ctx.staff if p.active and p.id not in busy]
    rng.shuffle(free)
    committee = [] if spec.organiser else [free.pop() for _ in range(rng.randint(2, 4))]
    facilitators = []
    if not counts_as_development(spec.kind, None):
        facilitators = [free.pop() for _ in range(2)]
        free = list(ctx.pupils if spec.kind == "literasi_informasi" else ctx.readers)
    elif spec.kind in SEMINAR_LIKE:
        free += [p for p in ctx.externals if p.id not in busy]
    dropped = rng.choice((0, 1, 1, 2, 3))  # still 10 who come when some cancel
    count = rng.randint(10 + dropped, min(45, len(free)))
    participants = rng.sample(free, count)
    cancelled = set(rng.sample(range(count), dropped))
    rows = [{"event": event.id, "person": p.id, "role": role,
             "registered_at": _registered(ctx, event)}
            for role, people in (("panitia", committee), ("fasilitator", facilitators))
            for p in people]
    rows += [{"event": event.id, "person": p.id, "role": "peserta", "participant_no": n + 1,
              "cancelled": n in cancelled, "registered_at": _registered(ctx, event)}
             for n, p in enumerate(participants)]
    # Same keys in every row: insert_many takes its columns from the first one.
    for row in rows:
        row.setdefault("participant_no", None)
        row.setdefault("cancelled", False)
    Registration.insert_many(rows).execute()
    return len(rows)


def _registered(ctx: DemoContext, event: Event) -> datetime.datetime:
    """Some days before the event, in office hours (never after today)."""
    day = min(event.start_date - datetime.timedelta(days=ctx.rng.randint(3, 30)), ctx.today)
    return datetime.datetime.combine(day, datetime.time(ctx.rng.randint(8, 15),
                                                        ctx.rng.randint(0, 59)))
