"""What the office's figures count: which events took place, and whom the JP target binds.

The recaps, the annual report and the transcript all ask these questions; the answers
live here so that they never differ between one paper and another.
"""

import datetime

# The yearly JP target binds civil servants (ASN: PNS and PPPK); others are listed without it.
CIVIL_SERVANTS = ("PNS", "PPPK")


def bound_by_target(employment: str | None, nip: str | None, external: bool = False) -> bool:
    """PNS and PPPK of the office (never an outside guest); also staff whose status was
    never recorded but who have a NIP (only civil servants have one), so a recap never
    drops them for a blank cell."""
    if external:
        return False
    return employment in CIVIL_SERVANTS or (not employment and bool(nip))


def took_place(status: str, start: datetime.date, today: datetime.date) -> bool:
    """Not cancelled and started by ``today``: the status is set by hand and may lag."""
    return status != "cancelled" and start <= today
