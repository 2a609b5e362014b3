"""What the office's figures count: which events took place, which count as competency
development, whom the JP target binds, and whether a year can be judged yet.

The recaps, the annual report, the transcript, the Staff tab and the add-by-filter choice
all ask these questions; the answers live here so that they never differ between one paper
and another.
"""

import datetime
from collections.abc import Callable

from models import settings

# How far a year has gone, for judging the JP target: an ended year is judged, the running
# one shows how far each person still has to go, a year to come is not judged at all.
YEAR_ENDED, YEAR_RUNNING, YEAR_AHEAD = "ended", "running", "ahead"


def target_binding() -> Callable[[str | None, str | None, bool], bool]:
    """:func:`bound_by_target` with the setting read once, for a list of many people."""
    statuses = set(settings.get("jp_target_employment"))

    def binds(employment: str | None, nip: str | None, external: bool = False) -> bool:
        if external:
            return False
        # Only civil servants have a NIP, so staff whose status was never recorded but who
        # have one are bound: a recap never drops them for a blank cell.
        return employment in statuses or (not employment and bool(nip))
    return binds


def bound_by_target(employment: str | None, nip: str | None, external: bool = False) -> bool:
    """Whether the yearly JP target binds this person: the employment statuses Settings
    name (PNS and PPPK by default), never an outside guest, and staff with a NIP and no
    recorded status."""
    return target_binding()(employment, nip, external)


def development_rule() -> Callable[[str, bool | None], bool]:
    """:func:`counts_as_development` with the setting read once, for many events."""
    kinds = set(settings.get("jp_development_kinds"))

    def counts(kind: str, override: bool | None) -> bool:
        return bool(override) if override is not None else kind in kinds
    return counts


def counts_as_development(kind: str, override: bool | None) -> bool:
    """Whether an event's JP counts as competency development (towards the target): the
    event's own choice when made, otherwise its kind's in Settings (trainings, bimtek,
    seminars … yes; the library's programmes for the public no)."""
    return development_rule()(kind, override)


def shortfall(taken: float, target: float) -> float:
    """How many JP a person still needs to reach the target; 0 once reached. One reckoning
    for the JP recap, the annual report and the person's page."""
    return max(0.0, target - taken)


def year_standing(year: int, current_year: int) -> str:
    """:data:`YEAR_ENDED`, :data:`YEAR_RUNNING` or :data:`YEAR_AHEAD` for the JP target."""
    if year < current_year:
        return YEAR_ENDED
    return YEAR_RUNNING if year == current_year else YEAR_AHEAD


def took_place(status: str, start: datetime.date, today: datetime.date) -> bool:
    """Not cancelled and started by ``today``: the status is set by hand and may lag."""
    return status != "cancelled" and start <= today
