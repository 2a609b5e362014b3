import datetime as dt

import pytest

from models import settings
from models.attendance.tables import Attendance
from models.db import db
from models.events import jp, participants
from models.events import planning as events
from models.events.tables import Registration
from models.staff import history as person_history
from models.staff import staff_list as staff


def event(title, kind, start, end=None, status="finished"):
    return events.save_event({"title": title, "kind": kind, "start_date": start,
                              "end_date": end or start, "status": status})


def session(event_id, day, start, end, jp, topic="Materi"):
    return events.save_session(event_id, {
        "date": day, "start_time": dt.time(*start), "end_time": dt.time(*end),
        "topic": topic, "room": "", "jp": jp})


def attend(session_, person, status="hadir"):
    Attendance.create(session=session_, person=person, status=status)


@pytest.fixture
def siti(database):
    """Siti's two years: a Bimtek as participant and committee, a cancelled seminar, a
    webinar she joined without registering, and a long training the year before."""
    settings.save({"jp_target": 20})
    siti = staff.save_person({"name": "Siti Aminah"})
    budi = staff.save_person({"name": "Budi Santoso"})

    ddc = event("Bimtek DDC", "bimtek", dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    morning = session(ddc.id, dt.date(2026, 3, 10), (8, 0), (11, 0), 4)
    afternoon = session(ddc.id, dt.date(2026, 3, 10), (13, 0), (15, 15), 3)
    practice = session(ddc.id, dt.date(2026, 3, 11), (8, 0), (9, 30), 2)
    participants.add_people(ddc.id, [siti.id, budi.id])
    participants.add_people(ddc.id, [siti.id], role="panitia")
    attend(morning, siti)
    attend(afternoon, siti, "terlambat")  # late counts as present
    attend(practice, siti, "izin")  # excused does not
    attend(morning, budi, "alpa")

    seminar = event("Seminar Literasi", "seminar", dt.date(2026, 5, 5), status="planned")
    session(seminar.id, dt.date(2026, 5, 5), (9, 0), (11, 15), 3)
    participants.add_people(seminar.id, [siti.id])
    registration = Registration.get(Registration.event == seminar, Registration.person == siti)
    participants.set_cancelled(registration.id)

    webinar = event("Webinar SLiMS", "webinar", dt.date(2026, 6, 2))
    attend(session(webinar.id, dt.date(2026, 6, 2), (9, 0), (10, 30), 2), siti)

    training = event("Pelatihan Katalogisasi", "pelatihan", dt.date(2025, 11, 3),
                     dt.date(2025, 11, 5))
    participants.add_people(training.id, [siti.id])
    for day in (3, 4, 5):
        attend(session(training.id, dt.date(2025, 11, day), (8, 0), (14, 0), 8), siti)
    return siti, budi


def test_years_newest_first_with_attended_jp_against_the_target(siti):
    years = person_history.history(siti[0].id)
    assert [y.year for y in years] == [2026, 2025]
    this, last = years
    assert (this.attended_jp, this.target, this.short_by, this.target_met) == (9, 20, 11, False)
    assert (last.attended_jp, last.short_by, last.target_met) == (24, 0, True)
    assert [e.title for e in last.events] == ["Pelatihan Katalogisasi"]
    assert (last.events[0].attended_jp, last.events[0].event_jp) == (24, 24)


def test_the_years_jp_is_the_same_as_the_recap_counts(siti):
    for year in (2025, 2026):
        summary = next(y for y in person_history.history(siti[0].id) if y.year == year)
        assert summary.attended_jp == jp.in_year(year)[siti[0].id]


def test_each_event_with_roles_and_the_jp_attended_there(siti):
    this = person_history.history(siti[0].id)[0]
    webinar, seminar, ddc = this.events  # newest first
    assert (ddc.title, ddc.kind, ddc.status) == ("Bimtek DDC", "bimtek", "finished")
    assert (ddc.start_date, ddc.end_date) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    assert ddc.roles == ("peserta", "panitia")
    assert (ddc.attended_jp, ddc.event_jp) == (7, 9)  # the excused session is not counted
    assert not ddc.cancelled
    assert seminar.cancelled and seminar.roles == () and seminar.cancelled_roles == ("peserta",)
    assert (seminar.attended_jp, seminar.event_jp) == (0, 3)
    assert webinar.roles == () and webinar.attended_jp == 2  # came without registering


def test_another_persons_attendance_is_not_counted(siti):
    _, budi = siti
    years = person_history.history(budi.id)
    assert [y.year for y in years] == [2026]
    assert years[0].attended_jp == 0
    assert [(e.title, e.roles, e.attended_jp) for e in years[0].events] == [
        ("Bimtek DDC", ("peserta",), 0)]


def test_no_events_means_no_years_unless_this_year_is_asked_for(siti):
    rina = staff.save_person({"name": "Rina Marlina"})
    assert person_history.history(rina.id) == []
    (year,) = person_history.history(rina.id, this_year=2027)
    assert (year.year, year.attended_jp, year.short_by, year.events) == (2027, 0, 20, [])


def test_the_target_is_the_setting(siti):
    settings.save({"jp_target": 24})
    this, last = person_history.history(siti[0].id)
    assert (this.target, this.short_by, last.target_met) == (24, 15, True)


def test_an_event_across_new_year_is_listed_and_counted_where_it_starts(database):
    """Its row and its JP stand in one year, so the year's rows add up to its JP."""
    settings.save({"jp_target": 20})
    rina = staff.save_person({"name": "Rina Marlina"})
    camp = event("Kemah Literasi", "pelatihan", dt.date(2025, 12, 30),
                 dt.date(2026, 1, 2))
    participants.add_people(camp.id, [rina.id])
    attend(session(camp.id, dt.date(2025, 12, 30), (8, 0), (11, 0), 4), rina)
    attend(session(camp.id, dt.date(2026, 1, 2), (8, 0), (9, 30), 2), rina)
    [last] = person_history.history(rina.id)
    assert (last.year, last.attended_jp) == (2025, 6)
    assert [(e.title, e.attended_jp, e.event_jp) for e in last.events] == [
        ("Kemah Literasi", 6, 6)]


def test_queries_do_not_grow_with_the_number_of_events(siti, monkeypatch):
    sql = []
    execute = db.obj.execute_sql
    monkeypatch.setattr(db.obj, "execute_sql",
                        lambda *args, **kwargs: sql.append(args[0]) or execute(*args, **kwargs))
    siti_, budi = siti
    person_history.history(budi.id)  # one event
    for_budi = len(sql)
    sql.clear()
    person_history.history(siti_.id)  # four events
    assert len(sql) == for_budi <= 5  # two of them read the settings
