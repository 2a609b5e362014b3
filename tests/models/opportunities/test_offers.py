"""Training offers: deadlines, and staff sent to one earning its JP once, by the one rule."""

import datetime as dt

import pytest

from models.attendance import marking
from models.certificates import outside
from models.events import jp
from models.events.tables import Event, EventSession, Registration
from models.home import agenda
from models.messages import SiBinaError, ValidationError
from models.network import directory
from models.opportunities import offers
from models.opportunities.tables import Opportunity
from tests.builders import external, staff_member

TODAY = dt.date(2026, 5, 4)


def offer(**fields):
    values = {"title": "Pelatihan Pustakawan Digital", "organiser_name": "Perpusnas RI",
              "start_date": dt.date(2026, 6, 1), "end_date": dt.date(2026, 6, 4),
              "mode": "daring", "jp": 32, "deadline": dt.date(2026, 5, 20), **fields}
    return offers.save_offer(values)


@pytest.mark.parametrize(("deadline", "expected"), [
    (TODAY - dt.timedelta(days=1), offers.CLOSED),
    (TODAY, offers.CLOSING_SOON),
    (TODAY + dt.timedelta(days=7), offers.CLOSING_SOON),
    (TODAY + dt.timedelta(days=8), offers.OPEN),
])
def test_the_deadline_state_with_a_fixed_today(deadline, expected):
    assert offers.state(deadline, dt.date(2026, 9, 1), TODAY) == expected


def test_without_a_deadline_the_start_is_the_last_day():
    assert offers.state(None, TODAY + dt.timedelta(days=3), TODAY) == offers.CLOSING_SOON
    assert offers.state(None, TODAY - dt.timedelta(days=1), TODAY) == offers.CLOSED


def test_the_home_screen_lists_what_closes_soon_soonest_first(database):
    offer(title="Tutup minggu ini", deadline=TODAY + dt.timedelta(days=3))
    offer(title="Tutup hari ini", deadline=TODAY)
    offer(title="Masih lama", deadline=TODAY + dt.timedelta(days=15))
    offer(title="Sudah lewat", deadline=TODAY - dt.timedelta(days=2))
    offer(title="Tanpa batas, mulai lusa", deadline=None, start_date=TODAY + dt.timedelta(2),
          end_date=TODAY + dt.timedelta(3))

    found = agenda.agenda(TODAY).offers_closing

    assert [o.title for o in found] == ["Tutup hari ini", "Tanpa batas, mulai lusa",
                                        "Tutup minggu ini"]
    # The same rule as the offers' list
    states = {r.title: r.state for r in offers.rows(TODAY)}
    assert {t for t, s in states.items() if s == offers.CLOSING_SOON} == {o.title for o in found}
    assert [r.title for r in offers.rows(TODAY)][-1] == "Sudah lewat"


def test_bad_fields_are_named_and_nothing_is_saved(database):
    with pytest.raises(ValidationError) as refused:
        offers.save_offer({"title": "", "organiser_name": "", "start_date": TODAY,
                           "end_date": TODAY - dt.timedelta(1), "cost": -5, "jp": 5000,
                           "mode": "luring"})
    assert set(refused.value.problems) == {"title", "organiser_name", "end_date", "cost", "jp"}
    assert Opportunity.select().count() == 0


def test_a_network_organiser_names_the_offer_and_the_event(database):
    org = directory.save_organisation({"name": "Perpustakaan Nasional RI", "kind": "perpusnas"})
    made = offer(organisation=org.id, organiser_name="")
    assert made.organiser_name == "Perpustakaan Nasional RI"

    event, _ = offers.send_staff(made.id, [staff_member("Siti Aminah").id])

    assert (event.organisation_id, event.organiser_name) == (org.id, "Perpustakaan Nasional RI")


def test_sending_staff_makes_an_outside_event_with_them_registered(database):
    siti, budi = staff_member("Siti Aminah"), staff_member("Budi Santoso")
    made = offer()

    event, added = offers.send_staff(made.id, [siti.id])
    again, added_again = offers.send_staff(made.id, [siti.id, budi.id])

    assert (added, added_again, again.id) == (1, 1, event.id)
    event = Event.get_by_id(event.id)
    assert event.organiser_external and not event.co_organised
    assert (event.start_date, event.end_date, event.mode, event.kind) == (
        dt.date(2026, 6, 1), dt.date(2026, 6, 4), "daring", "pelatihan")
    assert [s.jp for s in EventSession.select().where(EventSession.event == event.id)
            .order_by(EventSession.date)] == [8, 8, 8, 8]
    assert sorted(r.person.name for r in Registration.select().where(
        Registration.event == event.id, Registration.role == "peserta")) == [
        "Budi Santoso", "Siti Aminah"]
    assert Opportunity.get_by_id(made.id).event_id == event.id


def test_outside_people_are_not_sent_and_nothing_is_made(database):
    guest = external("Rina Wati")
    with pytest.raises(SiBinaError, match="Rina Wati"):
        offers.send_staff(offer().id, [guest.id])
    assert Event.select().count() == 0


def test_the_sessions_add_up_to_the_offers_jp():
    assert offers.daily_jp(32, 3) == [10.5, 10.5, 11]
    assert offers.daily_jp(5, 1) == [5]


def test_the_jp_counts_once_they_attend_or_their_certificate_is_recorded(database):
    siti, budi = staff_member("Siti Aminah"), staff_member("Budi Santoso")
    made = offer(start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 6, 2), jp=16)
    event, _ = offers.send_staff(made.id, [siti.id, budi.id])
    assert jp.in_year(2026) == {}  # registered is not attended

    sessions = list(EventSession.select().where(EventSession.event == event.id)
                    .order_by(EventSession.date))
    for session in sessions:
        marking.set_marks(session.id, [siti.id, budi.id], "hadir")
    outside.record(event.id, siti.id, "123/PN/2026", "Perpusnas RI", dt.date(2026, 6, 2), 20)

    # Siti's outside certificate counts instead of her sessions, not on top of them.
    assert jp.in_year(2026) == {siti.id: 20.0, budi.id: 16.0}
    assert jp.earned(event_id=event.id) == {(siti.id, event.id): 20.0,
                                            (budi.id, event.id): 16.0}
