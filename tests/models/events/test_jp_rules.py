"""How JP counts: which events, for whom the target binds, how a session's JP is suggested."""

import datetime as dt

import pytest

from models import settings
from models.attendance.tables import Attendance
from models.events import jp, participants
from models.events import planning as events
from models.events.counting import (
    YEAR_AHEAD,
    YEAR_ENDED,
    YEAR_RUNNING,
    bound_by_target,
    counts_as_development,
    year_standing,
)
from models.events.tables import Event
from models.staff.tables import Person
from tests.builders import event_with_sessions, staff_member

NIP = "196903091994032001"


def attended(person, sessions):
    for session in sessions:
        Attendance.create(session=session, person=person, status="hadir")


@pytest.fixture
def kabid(database):
    """A Kepala Bidang at a training (4 JP) and, as Peserta, at two programmes for the public
    (a literacy class and a book club, 12 JP between them)."""
    settings.save({"jp_target": 20})
    person = staff_member("Rosmawati", NIP, employment="PNS", unit="Bidang Layanan")
    _bimtek, sessions = event_with_sessions("Bimtek DDC", "bimtek", hours=(8, 13),
                                            participants=[person])
    attended(person, sessions)
    _kelas, sessions = event_with_sessions(
        "Kelas Literasi Informasi bagi Pelajar", "literasi_informasi",
        days=(dt.date(2026, 4, 6), dt.date(2026, 4, 7)), jp=2, participants=[person])
    attended(person, sessions)
    club, sessions = event_with_sessions("Klub Buku", "klub_buku", days=(dt.date(2026, 5, 4),),
                                         jp=2, participants=[person])
    attended(person, sessions)
    return person, club


def test_programmes_for_the_public_add_no_jp_towards_the_target(kabid):
    person, _club = kabid
    assert jp.in_year(2026) == {person.id: 4.0}


def test_an_event_may_count_or_not_whatever_its_kind(kabid):
    person, club = kabid
    events.save_event({**_values(club), "counts_as_development": True}, club.id)
    assert Event.get_by_id(club.id).counts_as_development is True
    assert jp.in_year(2026) == {person.id: 8.0}
    bimtek = Event.get(Event.kind == "bimtek")
    events.save_event({**_values(bimtek), "counts_as_development": False}, bimtek.id)
    assert jp.in_year(2026) == {person.id: 4.0}


def test_which_kinds_count_is_a_setting(kabid):
    person, _club = kabid
    assert counts_as_development("pelatihan", None) and counts_as_development("sosialisasi", None)
    assert not counts_as_development("klub_buku", None)
    assert counts_as_development("klub_buku", True) and not counts_as_development("bimtek", False)
    settings.save({"jp_development_kinds": ["bimtek", "klub_buku"]})
    assert settings.get("jp_development_kinds") == ["bimtek", "klub_buku"]
    assert jp.in_year(2026) == {person.id: 8.0}


def test_an_override_that_is_not_yes_no_or_inherit_is_refused(database):
    with pytest.raises(events.ValidationError) as err:
        events.save_event({"title": "Klub Buku", "kind": "klub_buku",
                           "start_date": dt.date(2026, 5, 4), "end_date": dt.date(2026, 5, 4),
                           "counts_as_development": "maybe"})
    assert "counts_as_development" in err.value.problems
    assert Event.select().count() == 0


def _values(event) -> dict:
    return {f: getattr(event, f) for f in events.EVENT_FIELDS if f != "theme"}


@pytest.mark.parametrize(("statuses", "employment", "nip", "bound"), [
    (["PNS", "PPPK"], "NON_ASN", "", False),  # an honorer is not held to the target
    (["PNS", "PPPK"], "PPPK", "", True),
    (["PNS"], "PPPK", NIP, False),
    (["PNS", "PPPK", "NON_ASN"], "NON_ASN", "", True),
    ([], "", NIP, True),  # a NIP and no recorded status: a civil servant all the same
    ([], "PNS", NIP, False),
])
def test_whom_the_target_binds_is_a_setting(database, statuses, employment, nip, bound):
    settings.save({"jp_target_employment": statuses})
    assert bound_by_target(employment, nip) is bound
    assert not bound_by_target(employment, nip, external=True)


def test_below_target_leaves_out_staff_the_target_does_not_bind(kabid):
    person, _club = kabid
    honorer = staff_member("Juliana", employment="NON_ASN")
    pppk = staff_member("Desy", employment="PPPK")
    assert participants.candidates(below_target_in=2026) == [pppk.id, person.id]
    rows = participants.candidate_rows(year=2026, below_target=True)
    assert [(r[1], r[5]) for r in rows] == [("Desy", 0.0), ("Rosmawati", 4.0)]
    assert honorer.id in participants.candidates()  # still there without the filter
    settings.save({"jp_target_employment": ["PNS", "PPPK", "NON_ASN"]})
    assert Person.get_by_id(honorer.id).id in participants.candidates(below_target_in=2026)


def test_a_year_is_judged_once_ended():
    assert year_standing(2025, 2026) == YEAR_ENDED
    assert year_standing(2026, 2026) == YEAR_RUNNING
    assert year_standing(2027, 2026) == YEAR_AHEAD


@pytest.mark.parametrize(("minutes", "half", "whole"), [
    (150, 3.0, 3.0),  # 3.33 JP: never rounded up to 3.5
    (45, 1.0, 1.0),
    (60, 1.0, 1.0),
    (70, 1.5, 1.0),  # 1.56 JP
    (89, 1.5, 1.0),
    (90, 2.0, 2.0),
    (134, 2.5, 2.0),
    (135, 3.0, 3.0),
    (30, 0.5, 0.0),
    (20, 0.0, 0.0),
])
def test_suggested_jp_rounds_down_to_a_half_or_whole_jp(database, minutes, half, whole):
    start = dt.time(8)
    end = (dt.datetime.combine(dt.date(2026, 1, 1), start)
           + dt.timedelta(minutes=minutes)).time()
    assert events.suggest_jp(start, end) == half
    settings.save({"jp_rounding": "whole"})
    assert events.suggest_jp(start, end) == whole


def transcript_rows_and_total(person, today=dt.date(2027, 2, 1)):
    from reports.recaps.recaps import transcript

    found = {}
    for part in transcript(person.id, today).parts:
        found[part.heading] = (sum(row[4] for row in part.rows), part.total[4])
    return found


def test_a_cancelled_registration_brings_no_jp_and_the_transcript_adds_up(database):
    """The lists leave a cancelled participant out; their JP goes with them, so a
    transcript's total is always the sum of its rows, and the recap says the same."""
    person = staff_member("Hasnah", NIP, employment="PNS")
    kept, sessions = event_with_sessions("Bimtek DDC", participants=[person])
    attended(person, sessions)
    dropped, sessions = event_with_sessions("Bimtek RDA", days=(dt.date(2026, 4, 6),),
                                            participants=[person])
    attended(person, sessions)
    from models.events.tables import Registration

    [registration] = Registration.select().where(Registration.event == dropped.id)
    participants.set_cancelled(registration.id)
    assert jp.in_year(2026) == {person.id: 4.0}
    assert transcript_rows_and_total(person) == {"Tahun 2026": (4.0, 4.0)}


def test_an_event_across_new_year_counts_in_the_year_it_began(database):
    person = staff_member("Hasnah", NIP, employment="PNS")
    _event, sessions = event_with_sessions(
        "Pelatihan Akhir Tahun", days=(dt.date(2026, 12, 30), dt.date(2027, 1, 2)),
        participants=[person])
    attended(person, sessions)
    assert jp.in_year(2026) == {person.id: 8.0}
    assert jp.in_year(2027) == {}
    assert transcript_rows_and_total(person) == {"Tahun 2026": (8.0, 8.0)}
