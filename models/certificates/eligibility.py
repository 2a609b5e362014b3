"""Who qualifies for a certificate: the attendance rule (and, if set, a submitted evaluation).

Speakers, moderators, committee and facilitators qualify by their role; participants by
the share of the sessions held that they attended.
"""

import datetime
import math
from dataclasses import dataclass

from models import settings
from models.attendance.marking import load_grid
from models.evaluation.tables import Response
from models.events.tables import Registration
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.staff.tables import Person, join_name


@dataclass(frozen=True, slots=True)
class Rule:
    min_attendance_pct: int = 80
    evaluation_required: bool = False

    @classmethod
    def from_settings(cls) -> "Rule":
        return cls(settings.get("min_attendance_pct"), settings.get("evaluation_required"))

    def passes(self, attended: int, held: int, answered: bool) -> bool:
        """Whether a participant who attended ``attended`` of the ``held`` sessions (and
        submitted an evaluation or not) qualifies: the one test behind :func:`verdicts`
        and :func:`models.certificates.qualifying.qualifying`."""
        return (held > 0 and 100.0 * attended / held >= self.min_attendance_pct
                and (answered or not self.evaluation_required))


@dataclass(slots=True)
class Verdict:
    person_id: int
    name: str
    role: str
    qualifies: bool
    reason: Message  # why, in words: "attended 2 of 4 sessions held (50%)"
    attended: int = 0
    sessions: int = 0  # held so far


def _whole(share: float) -> int:
    """A whole percent, halves up as the grid and the papers round (``round`` would give
    62 for 5 of 8 sessions where the grid shows 63%). Exact: a half of a share of whole
    counts is a float without error."""
    return math.floor(share + 0.5)


def _says(text: str, **params) -> Message:
    return message("Eligibility", text, **params)


def verdicts(event_id: int, rule: Rule | None = None,
             today: datetime.date | None = None) -> list[Verdict]:
    """Every registration that is not cancelled, with whether and why it qualifies.

    Participants are judged on the sessions held by ``today`` (as the attendance grid and
    the recap count them), so a running event's list says who is on course so far."""
    rule = rule or Rule.from_settings()
    grid = load_grid(event_id)
    held = grid.held_ids(today or datetime.date.today())
    total = len(held)
    answered = {pid for (pid,) in Response.select(Response.person)
                .where(Response.event == event_id, Response.person.is_null(False)).tuples()}
    found = []
    for person in grid.people:
        present = grid.attended(person.id, held)
        share = 100.0 * present / total if total else 0.0
        counts = {"attended": present, "total": total, "percent": _whole(share)}
        if not grid.sessions:
            reason = _says(QT_TRANSLATE_NOOP("Eligibility", "The event has no sessions."))
        elif not total:
            reason = _says(QT_TRANSLATE_NOOP("Eligibility", "No session has been held yet."))
        elif share < rule.min_attendance_pct:
            if counts["percent"] >= rule.min_attendance_pct:  # 79.5 must not read as 80
                counts["percent"] = math.floor(share * 10) / 10
            reason = _says(QT_TRANSLATE_NOOP(
                "Eligibility", "Attended {attended} of {total} sessions held ({percent}%); "
                               "{minimum}% needed."), minimum=rule.min_attendance_pct, **counts)
        elif rule.evaluation_required and person.id not in answered:
            reason = _says(QT_TRANSLATE_NOOP(
                "Eligibility", "Attended {attended} of {total} sessions held, but no "
                               "evaluation was submitted."), **counts)
        else:
            reason = _says(QT_TRANSLATE_NOOP(
                "Eligibility", "Attended {attended} of {total} sessions held ({percent}%)."),
                **counts)
        ok = rule.passes(present, total, person.id in answered)
        found.append(Verdict(person.id, person.name, "peserta", ok, reason, present, total))
    others = (Registration
              .select(Registration.role, Person.id, Person.front_title, Person.name,
                      Person.back_title)
              .join(Person)
              .where(Registration.event == event_id, Registration.role != "peserta",
                     ~Registration.cancelled)
              .order_by(Registration.role, Person.name)
              .tuples())
    for role, pid, front, name, back in others:
        found.append(Verdict(pid, join_name(front, name, back), role, True,
                             _says(QT_TRANSLATE_NOOP("Eligibility", "Qualifies by role."))))
    return found
