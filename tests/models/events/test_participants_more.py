"""What the participants editor asks of the domain: choices, plain rows, changes in bulk."""

import datetime as dt

import pytest

from models import settings
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.events.tables import Registration
from models.messages import SiBinaError
from models.staff import staff_list as staff

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def office(database):
    people = {}
    for name, unit, position, level in (
            ("Siti Aminah", "Bidang Layanan", "Pustakawan", "Pustakawan Ahli Muda"),
            ("Budi Santoso", "Bidang Layanan", "Pranata Komputer", ""),
            ("Dewi Lestari", "Bidang Pengolahan", "Pustakawan", "Pustakawan Ahli Pertama")):
        people[name.split()[0]] = staff.save_person({
            "name": name, "unit": unit, "position": position, "functional_level": level,
            "employment": "PPPK"})
    retired = staff.save_person({"name": "Ahmad Pensiun", "unit": "Bidang Arsip",
                                 "position": "Arsiparis"})
    staff.set_active([retired.id], False)
    people["Rahmat"] = staff.save_person({"name": "Rahmat Hidayat", "front_title": "Dr.",
                                          "is_external": True, "unit": "Bidang Tamu",
                                          "institution": "Perpusnas"})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY, "capacity": 3})
    return people, event


def attend(event, person, jp):
    session = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(12), "topic": f"Topik {jp}",
        "room": str(person.id), "jp": jp})
    Attendance.create(session=session, person=person, status="hadir")


def test_filter_choices_come_from_active_internal_staff(office):
    assert participants.filter_choices() == {
        "unit": ["Bidang Layanan", "Bidang Pengolahan"],
        "position": ["Pranata Komputer", "Pustakawan"],
        "functional_level": ["Pustakawan Ahli Muda", "Pustakawan Ahli Pertama"],
    }


def test_candidate_rows_match_candidates_and_carry_the_years_jp(office):
    people, event = office
    settings.save({"jp_target": 4})
    attend(event, people["Siti"], 5)
    attend(event, people["Budi"], 2)
    for filters in ({}, {"unit": "Bidang Layanan"}, {"position": "Pustakawan"},
                    {"functional_level": "Pustakawan Ahli Pertama"}):
        rows = participants.candidate_rows(**filters)
        assert [r[0] for r in rows] == participants.candidates(**filters)
    rows = participants.candidate_rows(year=2026, below_target=True)
    assert [r[0] for r in rows] == participants.candidates(below_target_in=2026)
    assert [(r[1], r[5]) for r in rows] == [("Budi Santoso", 2.0), ("Dewi Lestari", 0.0)]
    assert participants.candidate_rows(unit="Bidang Layanan", year=2025) == [
        (people["Budi"].id, "Budi Santoso", "", "Bidang Layanan", "Pranata Komputer", 0.0),
        (people["Siti"].id, "Siti Aminah", "", "Bidang Layanan", "Pustakawan", 0.0)]


def test_roster_rows_are_plain_tuples_with_every_role(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    participants.add_people(event.id, [people["Rahmat"].id], role="narasumber")
    participants.add_people(event.id, [people["Siti"].id], role="panitia")
    siti = Registration.get(Registration.person == people["Siti"], Registration.role == "peserta")
    participants.set_cancelled(siti.id)
    rows = participants.roster_rows(event.id)
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == [
        ("peserta", False, 2, "Budi Santoso"),
        ("narasumber", False, None, "Dr. Rahmat Hidayat"),
        ("panitia", False, None, "Siti Aminah"),
        ("peserta", True, 1, "Siti Aminah")]
    assert rows[1][7:] == ("Bidang Tamu", "Perpusnas", True)


def test_count_new_leaves_out_those_already_in_the_role(office):
    people, event = office
    ids = [people["Siti"].id, people["Budi"].id, people["Dewi"].id]
    participants.add_people(event.id, ids[:2])
    siti = Registration.get(Registration.person == people["Siti"])
    participants.set_cancelled(siti.id)
    assert participants.registered_people(event.id) == {people["Budi"].id}
    assert participants.count_new(event.id, ids + ids) == 2  # Siti comes back, Dewi is new
    assert participants.count_new(event.id, ids, role="panitia") == 3


def test_cancel_and_restore_many_in_one_go(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id,
                                       people["Dewi"].id])
    ids = [r.id for r in Registration.select()]
    assert participants.set_many_cancelled(ids[:2]) == 2
    assert participants.participant_count(event.id) == 1
    assert participants.restoring_participants(ids) == 2
    assert participants.set_many_cancelled(ids, cancelled=False) == 3
    assert participants.participant_count(event.id) == 3
    assert participants.restoring_participants(ids) == 0


def test_remove_many_is_all_or_nothing(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id,
                                       people["Dewi"].id])
    attend(event, people["Dewi"], 1)
    ids = [r.id for r in Registration.select()]
    with pytest.raises(SiBinaError, match="Attendance has been recorded for Dewi Lestari"):
        participants.remove_many(ids)
    assert Registration.select().count() == 3
    assert participants.remove_many(ids[:2]) == 2
    assert [r.person_id for r in Registration.select()] == [people["Dewi"].id]


def test_attendance_at_another_event_does_not_stop_removal(office):
    people, event = office
    other = events.save_event({"title": "Seminar", "kind": "seminar", "start_date": DAY,
                               "end_date": DAY})
    attend(other, people["Siti"], 2)
    participants.add_people(event.id, [people["Siti"].id])
    assert participants.remove_many([r.id for r in Registration.select()]) == 1


def test_adding_by_filter_proposes_no_speaker_as_a_participant(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id], "narasumber")
    participants.add_people(event.id, [people["Budi"].id])
    everyone = [people[n].id for n in ("Siti", "Budi", "Dewi")]
    assert participants.offered(event.id, everyone) == [people["Dewi"].id]
    assert participants.offered(event.id, everyone, "panitia") == everyone
    assert participants.offered(event.id, everyone, "narasumber") == [
        people["Budi"].id, people["Dewi"].id]
    assert participants.roles_held(event.id) == {people["Siti"].id: ["narasumber"],
                                                 people["Budi"].id: ["peserta"]}
