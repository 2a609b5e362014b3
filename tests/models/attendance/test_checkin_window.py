"""Which session the door checks people in to, and when a check-in must be asked for."""

import datetime as dt

import pytest

from models.attendance import checkin
from models.attendance.tables import Attendance
from tests.builders import DAY, event_with_sessions, staff_member

GRACE = 15
YESTERDAY, NEXT_WEEK = DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=7)


def at(day, hour, minute=0):
    return dt.datetime.combine(day, dt.time(hour, minute))


@pytest.fixture
def week(database):
    """Sessions 08–10 and 13–15 yesterday, today (DAY) and a week later; Siti is no. 1."""
    siti = staff_member("Siti Aminah")
    event, sessions = event_with_sessions(days=(YESTERDAY, DAY, NEXT_WEEK),
                                          participants=(siti,))
    return event, dict(zip(("y8", "y13", "t8", "t13", "w8", "w13"), sessions, strict=True)), siti


def test_the_window_opens_on_today_s_running_or_next_session(week):
    event, s, _siti = week
    opens = {when: checkin.session_to_check_in(event.id, when, GRACE) for when in (
        at(DAY, 7, 30), at(DAY, 9), at(DAY, 10, 15), at(DAY, 10, 16), at(DAY, 15, 30),
        at(NEXT_WEEK, 16))}
    assert list(opens.values()) == [s["t8"].id, s["t8"].id, s["t8"].id, s["t13"].id,
                                    s["w8"].id, s["w13"].id]


def test_a_session_not_today_or_over_for_longer_than_the_grace_period_says_why(week):
    _event, s, _siti = week
    assert checkin.why_closed(s["t8"], at(DAY, 7, 30), GRACE) is None  # early is fine
    assert checkin.why_closed(s["t8"], at(DAY, 10, 15), GRACE) is None
    assert checkin.why_closed(s["t8"], at(DAY, 10, 16), GRACE).english() == (
        "This session ended at 10:00, more than 15 minutes ago.")
    assert checkin.why_closed(s["w8"], at(DAY, 9), GRACE).english() == (
        "This session is on 2026-03-17, not today.")
    assert checkin.why_closed(s["y13"], at(DAY, 9), GRACE).english() == (
        "This session was on 2026-03-09, not today.")


def test_a_check_in_to_a_closed_session_records_nothing_unless_asked_for(week):
    _event, s, siti = week
    ahead = checkin.check_in(s["w8"].id, "1", at(DAY, 9), GRACE, "Meja 1")
    assert (ahead.outcome, ahead.name) == (checkin.CLOSED, "Siti Aminah")
    assert ahead.why.english() == "This session is on 2026-03-17, not today."
    over = checkin.check_in(s["t8"].id, "1", at(DAY, 14), GRACE, "Meja 1")
    assert over.outcome == checkin.CLOSED  # not Terlambat with the session's full JP
    assert Attendance.select().count() == 0
    assert checkin.check_in(s["t8"].id, "99", at(DAY, 14), GRACE).outcome == checkin.UNKNOWN

    asked = checkin.check_in(s["w8"].id, "1", at(DAY, 9), GRACE, "Meja 1", anyway=True)
    assert asked.outcome == checkin.CHECKED_IN
    mark = Attendance.get(Attendance.person == siti)
    assert (mark.session_id, mark.status, mark.checkin_time) == (
        s["w8"].id, "hadir", at(DAY, 9))
