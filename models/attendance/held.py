"""Which sessions have been held: the one answer behind every attendance share and every
JP total the office reports (the grid, the eligibility list, the recaps, the annual report).

A session is held once its day is past, or on its day once anyone is marked at it: this
afternoon's session has not taken place while the morning's is running. A session still
ahead is never held, whatever was typed in for it: a leave (Izin) recorded in advance
must not turn next week's session into one everybody else missed.
"""

import datetime

from models.attendance.tables import Attendance
from models.events.tables import EventSession

CHUNK = 200


def is_held(day: datetime.date, today: datetime.date, marked: bool) -> bool:
    """Whether a session on ``day`` has been held by ``today``; ``marked``: anyone has a
    mark at it."""
    return day < today or (day == today and marked)


def held_sessions(event_ids, today: datetime.date) -> list[EventSession]:
    """The held sessions of these events (their id, event, date and JP)."""
    ids = list(dict.fromkeys(event_ids))
    sessions = []
    for start in range(0, len(ids), CHUNK):
        sessions.extend(EventSession.select(EventSession.id, EventSession.event,
                                            EventSession.date, EventSession.jp)
                        .where(EventSession.event.in_(ids[start:start + CHUNK]),
                               EventSession.date <= today))
    todays = [s.id for s in sessions if s.date == today]
    marked = {sid for (sid,) in Attendance.select(Attendance.session).distinct()
              .where(Attendance.session.in_(todays)).tuples()} if todays else set()
    return [s for s in sessions if is_held(s.date, today, s.id in marked)]
