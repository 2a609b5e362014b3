"""When a training offer's registration closes, and the offers closing soon: the rule the
offers' list and the home screen share, apart from the rest of the offers' rules so that
the home screen (the first tab) loads no more than it asks.
"""

import datetime
from dataclasses import dataclass

from peewee import fn

from models.opportunities.tables import Opportunity

# Registration closing in at most this many days is "closing soon".
CLOSING_SOON_DAYS = 7
OPEN, CLOSING_SOON, CLOSED = "open", "closing_soon", "closed"
# How the offers are listed: those closing soon first, the closed ones last.
LISTED = {CLOSING_SOON: 0, OPEN: 1, CLOSED: 2}


def last_day(deadline: datetime.date | None, start: datetime.date) -> datetime.date:
    """The last day to register: the deadline, or without one the day the offer starts."""
    return deadline or start


def state(deadline: datetime.date | None, start: datetime.date, today: datetime.date) -> str:
    """:data:`OPEN`, :data:`CLOSING_SOON` (its last day is today or at most
    :data:`CLOSING_SOON_DAYS` days away) or :data:`CLOSED` (its last day has passed)."""
    left = (last_day(deadline, start) - today).days
    if left < 0:
        return CLOSED
    return CLOSING_SOON if left <= CLOSING_SOON_DAYS else OPEN


@dataclass(frozen=True, slots=True)
class OfferRow:
    id: int
    title: str
    organiser: str
    theme: str
    start: datetime.date
    end: datetime.date
    mode: str
    place: str
    cost: int | None
    deadline: datetime.date | None
    jp: float
    event_id: int | None
    sent: int  # staff registered at the event made from it
    state: str


def closing_soon(today: datetime.date) -> list[OfferRow]:
    """The offers whose registration closes within :data:`CLOSING_SOON_DAYS` days (the
    home screen's list): those :func:`state` calls closing soon, soonest first."""
    window_end = today + datetime.timedelta(days=CLOSING_SOON_DAYS)
    closing = fn.COALESCE(Opportunity.deadline, Opportunity.start_date)
    query = (Opportunity.select(Opportunity.id, Opportunity.title, Opportunity.organiser_name,
                                Opportunity.start_date, Opportunity.end_date,
                                Opportunity.deadline, Opportunity.jp, Opportunity.event)
             .where(closing.between(today, window_end))
             .order_by(closing, Opportunity.title).tuples())
    return [OfferRow(oid, title, organiser, "", start, end, "", "", None, deadline, jp,
                     event_id, 0, CLOSING_SOON)
            for oid, title, organiser, start, end, deadline, jp, event_id in query]
