import datetime as dt

import pytest

from models import settings
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.events.tables import Event, EventSession, Registration
from models.messages import SiBinaError
from models.staff import staff_list as staff

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def office(database):
    people = {}
    for name, unit, position in (
            ("Siti Aminah", "Bidang Layanan", "Pustakawan Ahli Muda"),
            ("Budi Santoso", "Bidang Layanan", "Pranata Komputer"),
            ("Dewi Lestari", "Bidang Pengolahan", "Pustakawan Ahli Muda"),
            ("Rina Marlina", "Bidang Pengolahan", "Pustakawan Ahli Pertama")):
        people[name.split()[0]] = staff.save_person({"name": name, "unit": unit,
                                                     "position": position,
                                                     "employment": "PNS"})
    retired = staff.save_person({"name": "Ahmad Pensiun", "unit": "Bidang Layanan"})
    staff.set_active([retired.id], False)
    people["Rahmat"] = staff.save_person({"name": "Rahmat Hidayat", "is_external": True,
                                          "unit": "Bidang Layanan"})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY, "capacity": 3})
    return people, event


def names(ids):
    from models.staff.tables import Person

    return [Person.get_by_id(i).name for i in ids]


def test_candidates_by_unit_and_position_leave_out_retired_and_externals(office):
    assert names(participants.candidates(unit="Bidang Layanan")) == ["Budi Santoso",
                                                                     "Siti Aminah"]
    assert names(participants.candidates(position="Pustakawan Ahli Muda")) == [
        "Dewi Lestari", "Siti Aminah"]


def test_below_this_years_target_counts_attended_sessions_only(office):
    people, event = office
    settings.save({"jp_target": 4})
    session = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(11), "topic": "DDC",
        "room": "", "jp": 4})
    Attendance.create(session=session, person=people["Siti"], status="hadir")
    Attendance.create(session=session, person=people["Budi"], status="terlambat")
    Attendance.create(session=session, person=people["Dewi"], status="izin")
    assert names(participants.candidates(below_target_in=2026)) == ["Dewi Lestari",
                                                                    "Rina Marlina"]
    assert len(participants.candidates(below_target_in=2025)) == 4


def test_adding_numbers_participants_and_skips_those_already_in(office):
    people, event = office
    ids = participants.candidates(unit="Bidang Layanan")
    assert participants.add_people(event.id, ids) == 2
    assert participants.add_people(event.id, ids + [people["Dewi"].id]) == 1
    numbers = sorted(r.participant_no for r in Registration.select())
    assert numbers == [1, 2, 3]
    assert participants.participant_count(event.id) == 3
    assert participants.over_capacity(event.id, adding=2) == 2


def test_one_person_may_hold_several_roles(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id])
    participants.add_people(event.id, [people["Siti"].id], role="panitia")
    roles = sorted(r.role for r in Registration.select())
    assert roles == ["panitia", "peserta"]
    assert participants.participant_count(event.id) == 1


def test_cancel_restore_and_remove(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    siti = Registration.get(Registration.person == people["Siti"])
    participants.set_cancelled(siti.id)
    assert participants.participant_count(event.id) == 1
    assert participants.add_people(event.id, [people["Siti"].id]) == 1  # restored
    assert participants.participant_count(event.id) == 2
    budi = Registration.get(Registration.person == people["Budi"])
    participants.remove(budi.id)
    assert not Registration.select().where(Registration.id == budi.id).exists()


def test_someone_with_attendance_cannot_be_removed(office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id])
    session = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(9), "topic": "DDC",
        "room": "", "jp": 1})
    Attendance.create(session=session, person=people["Siti"], status="hadir")
    registration = Registration.get(Registration.person == people["Siti"])
    with pytest.raises(SiBinaError, match="mark the registration cancelled"):
        participants.remove(registration.id)


def test_500_people_are_added_in_one_go(database):
    from models.staff.tables import Person

    Person.insert_many([{"name": f"Pegawai {i:03d}", "unit": "Bidang Layanan"}
                        for i in range(500)]).execute()
    event = events.save_event({"title": "Sosialisasi", "kind": "sosialisasi",
                               "start_date": DAY, "end_date": DAY})
    assert participants.add_people(event.id, participants.candidates(
        unit="Bidang Layanan")) == 500
    assert participants.participant_count(event.id) == 500


def test_duplicate_moves_the_schedule_and_leaves_participants(office):
    people, event = office
    speaker = people["Rahmat"]
    events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                   "end_time": dt.time(11), "topic": "DDC", "room": "Aula",
                                   "jp": 4, "speaker": speaker.id})
    participants.add_people(event.id, [people["Siti"].id])
    copy = events.duplicate_event(event.id, dt.date(2027, 3, 9))
    assert (copy.start_date, copy.end_date, copy.status) == (dt.date(2027, 3, 9),
                                                             dt.date(2027, 3, 9), "planned")
    moved = EventSession.get(EventSession.event == copy)
    assert (moved.date, moved.topic, moved.speaker_id) == (dt.date(2027, 3, 9), "DDC",
                                                           speaker.id)
    assert [(r.person_id, r.role) for r in Registration.select().where(
        Registration.event == copy)] == [(speaker.id, "narasumber")]
    assert events.total_jp(copy.id) == 4


def test_delete_only_what_has_nothing_recorded(office):
    people, event = office
    session = events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                             "end_time": dt.time(9), "topic": "DDC",
                                             "room": "", "jp": 1})
    Attendance.create(session=session, person=people["Siti"], status="hadir")
    with pytest.raises(SiBinaError, match="Attendance has been recorded"):
        events.delete_event(event.id)
    events.cancel_event(event.id)
    assert Event.get_by_id(event.id).status == "cancelled"
    empty = events.save_event({"title": "Seminar", "kind": "seminar", "start_date": DAY,
                               "end_date": DAY})
    participants.add_people(empty.id, [people["Siti"].id])
    events.delete_event(empty.id)
    assert not Event.select().where(Event.id == empty.id).exists()
