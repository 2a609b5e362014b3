"""Who qualifies for a certificate at many events at once, without the reasons: the home
screen's "certificates due" asks this of every event finished lately.

The same judgement as :func:`models.certificates.eligibility.verdicts` (its
:meth:`~models.certificates.eligibility.Rule.passes`, the same held sessions, roles
qualifying as such), from a few queries for all the events instead of an attendance grid
each: the grids cost the home screen a quarter of its time.
"""

import datetime
from collections import defaultdict

from models.attendance.held import held_sessions
from models.certificates.eligibility import Rule
from models.engine import execute
from models.evaluation.tables import Response
from models.events.tables import Registration
from models.vocab import PRESENT_STATUSES

CHUNK = 200


def qualifying(event_ids, rule: Rule, today: datetime.date) -> dict[int, list[tuple[int, str]]]:
    """Event → the (person, role) of each registration that qualifies, as
    :func:`~models.certificates.eligibility.verdicts` lists them."""
    ids = list(dict.fromkeys(event_ids))
    held: dict[int, set[int]] = defaultdict(set)
    for session in held_sessions(ids, today):
        held[session.event_id].add(session.id)
    present: dict[tuple[int, int], int] = defaultdict(int)
    answered: set[tuple[int, int]] = set()
    registrations = []
    statuses = ", ".join("?" * len(PRESENT_STATUSES))
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        cursor = execute(
            "SELECT s.event_id, a.person_id, a.session_id FROM attendance a "
            "JOIN event_session s ON s.id = a.session_id "
            f"WHERE s.event_id IN ({', '.join('?' * len(part))}) AND a.status IN ({statuses})",
            [*part, *PRESENT_STATUSES])
        for event, person, session in cursor:
            if session in held[event]:
                present[(event, person)] += 1
        registrations.extend(Registration.select(Registration.event, Registration.person,
                                                 Registration.role)
                             .where(Registration.event.in_(part), ~Registration.cancelled)
                             .tuples())
        if rule.evaluation_required:
            answered |= set(Response.select(Response.event, Response.person)
                            .where(Response.event.in_(part), Response.person.is_null(False))
                            .tuples())
    found: dict[int, list[tuple[int, str]]] = {event: [] for event in ids}
    for event, person, role in registrations:
        if role != "peserta" or rule.passes(present[(event, person)], len(held[event]),
                                            (event, person) in answered):
            found[event].append((person, role))
    return found
