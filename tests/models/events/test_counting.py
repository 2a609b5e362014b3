"""What the office's figures count, asked the same way by every report."""

import datetime as dt

import pytest

from models.events.counting import bound_by_target, took_place

TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(("employment", "nip", "bound"), [
    ("PNS", "196903091994032001", True),
    ("PPPK", "", True),  # a PPPK whose NIP was not typed in yet
    ("NON_ASN", "", False),
    ("NON_ASN", "196903091994032001", False),  # a NIP typed by mistake binds no one
    ("", "196903091994032001", True),  # status never recorded: only ASN have a NIP
    ("", "", False),
    (None, None, False),
])
def test_the_jp_target_binds_civil_servants(database, employment, nip, bound):
    assert bound_by_target(employment, nip) is bound
    assert not bound_by_target(employment, nip, external=True)  # a guest speaker


@pytest.mark.parametrize(("status", "start", "took"), [
    ("finished", dt.date(2026, 3, 1), True),
    ("planned", dt.date(2026, 3, 1), True),  # started, its status not updated yet
    ("running", TODAY, True),
    ("planned", dt.date(2026, 3, 11), False),  # tomorrow
    ("finished", dt.date(2026, 3, 11), False),  # set ahead by hand
    ("cancelled", dt.date(2026, 3, 1), False),
])
def test_an_event_took_place_once_started_and_not_cancelled(status, start, took):
    assert took_place(status, start, TODAY) is took


def test_the_shortfall_is_what_is_still_needed_and_nothing_once_reached():
    from models.events.counting import shortfall

    assert shortfall(14.5, 20) == 5.5
    assert shortfall(20, 20) == 0 and shortfall(26, 20) == 0
