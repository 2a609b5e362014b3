"""Marks per session, undo, and live check-in by NIP, number or name-tag code."""

import datetime as dt

import pytest

from models.attendance import checkin, marking
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from models.staff.tables import Person

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def bimtek(database):
    siti = staff.save_person({"nip": "196903092000032001", "front_title": "Dra.",
                              "name": "Siti Aminah", "back_title": "S.IP.",
                              "unit": "Bidang Layanan", "position": "Pustakawan Ahli Muda"})
    budi = staff.save_person({"name": "Budi Santoso", "unit": "Bidang Layanan"})
    rina = staff.save_person({"name": "Rina Marlina", "is_external": True,
                              "institution": "Perpustakaan Provinsi Kepri"})
    outsider = staff.save_person({"name": "Ahmad Tamu"})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY + dt.timedelta(days=1)})
    sessions = [events.save_session(event.id, {
        "date": day, "start_time": dt.time(8), "end_time": dt.time(9, 30), "topic": topic,
        "room": "", "jp": jp}) for day, topic, jp in (
            (DAY, "Notasi", 2), (DAY + dt.timedelta(days=1), "Praktik", 3))]
    participants.add_people(event.id, [siti.id, budi.id, rina.id])
    return event, sessions, {"siti": siti, "budi": budi, "rina": rina, "outsider": outsider}


def status_of(session, person):
    mark = Attendance.get_or_none(Attendance.session == session, Attendance.person == person)
    return mark.status if mark else None


def test_grid_shows_participants_marks_percentage_and_attended_jp(bimtek):
    event, (first, second), people = bimtek
    marking.set_marks(first.id, [people["siti"].id, people["budi"].id], "hadir", "Ani")
    marking.set_marks(second.id, [people["siti"].id], "terlambat", "Ani")
    marking.set_marks(second.id, [people["budi"].id], "izin", "Ani", note="Dinas luar")
    grid = marking.load_grid(event.id)
    assert [p.name for p in grid.people] == ["Dra. Siti Aminah, S.IP.", "Budi Santoso",
                                             "Rina Marlina"]
    assert grid.people[2].institution == "Perpustakaan Provinsi Kepri"
    assert grid.marks[(people["budi"].id, second.id)].note == "Dinas luar"
    after = DAY + dt.timedelta(days=2)
    assert grid.percentage(people["siti"].id, after) == 100  # late counts as present
    assert grid.percentage(people["budi"].id, after) == 50
    assert grid.attended_jp(people["siti"].id) == 5
    assert grid.attended_jp(people["budi"].id) == 2
    assert grid.percentage(people["rina"].id, after) == 0
    assert grid.percentage(people["siti"].id, DAY - dt.timedelta(days=1)) is None


def test_mark_remaining_as_alpa_leaves_recorded_marks_and_undo_restores(bimtek):
    event, (first, _second), people = bimtek
    marking.set_marks(first.id, [people["siti"].id], "hadir")
    undo = marking.mark_unrecorded(first.id, "alpa", "Ani")
    assert [status_of(first, people[n]) for n in ("siti", "budi", "rina")] == [
        "hadir", "alpa", "alpa"]
    redo = marking.restore(undo)
    assert [status_of(first, people[n]) for n in ("siti", "budi", "rina")] == [
        "hadir", None, None]
    marking.restore(redo)
    assert status_of(first, people["rina"]) == "alpa"


def test_mark_everyone_present_keeps_late_excused_and_sick_and_is_undone(bimtek):
    event, (first, _second), people = bimtek
    marking.set_marks(first.id, [people["budi"].id], "sakit", note="Demam")
    marking.set_marks(first.id, [people["rina"].id], "alpa")
    undo = marking.mark_everyone(first.id, "hadir")
    assert [status_of(first, people[n]) for n in ("siti", "budi", "rina")] == [
        "hadir", "sakit", "hadir"]
    marking.restore(undo)
    mark = Attendance.get(Attendance.session == first, Attendance.person == people["budi"])
    assert (mark.status, mark.note) == ("sakit", "Demam")
    assert status_of(first, people["siti"]) is None
    assert status_of(first, people["rina"]) == "alpa"


def test_clearing_a_mark_and_refusing_an_unknown_status(bimtek):
    _event, (first, _second), people = bimtek
    marking.set_marks(first.id, [people["budi"].id], "hadir")
    marking.set_marks(first.id, [people["budi"].id], None)
    assert status_of(first, people["budi"]) is None
    with pytest.raises(ValueError):
        marking.set_marks(first.id, [people["budi"].id], "present")


def at(hour, minute):
    return dt.datetime.combine(DAY, dt.time(hour, minute))


def test_check_in_by_grouped_nip_number_and_code(bimtek):
    _event, (first, _second), people = bimtek
    result = checkin.check_in(first.id, " 19690309 200003 2 001 ", at(7, 55), 15, "Meja 1")
    assert (result.outcome, result.name, result.participant_no) == (
        checkin.CHECKED_IN, "Dra. Siti Aminah, S.IP.", 1)
    assert checkin.check_in(first.id, "2", at(8, 10), 15).outcome == checkin.CHECKED_IN
    code = checkin.ensure_codes([people["rina"].id])[people["rina"].id]
    late = checkin.check_in(first.id, code.lower(), at(8, 16), 15)
    assert (late.outcome, late.name) == (checkin.LATE, "Rina Marlina")
    marks = {m.person_id: (m.status, m.checkin_time, m.recorded_by)
             for m in Attendance.select()}
    assert marks[people["siti"].id] == ("hadir", at(7, 55), "Meja 1")
    assert marks[people["budi"].id][0] == "hadir"
    assert marks[people["rina"].id][0] == "terlambat"


def test_check_in_refuses_unknown_and_unregistered_and_keeps_the_first_time(bimtek):
    _event, (first, _second), people = bimtek
    assert checkin.check_in(first.id, "SBZZZZZZ", at(8, 0), 15).outcome == checkin.UNKNOWN
    assert checkin.check_in(first.id, "", at(8, 0), 15).outcome == checkin.UNKNOWN
    assert checkin.check_in(first.id, "99", at(8, 0), 15).outcome == checkin.UNKNOWN
    code = checkin.ensure_codes([people["outsider"].id])[people["outsider"].id]
    stranger = checkin.check_in(first.id, code, at(8, 0), 15)
    assert (stranger.outcome, stranger.name) == (checkin.NOT_REGISTERED, "Ahmad Tamu")
    checkin.check_in(first.id, "1", at(7, 50), 15)
    again = checkin.check_in(first.id, "196903092000032001", at(8, 40), 15)
    assert (again.outcome, again.checkin_time) == (checkin.ALREADY, at(7, 50))
    mark = Attendance.get(Attendance.person == people["siti"])
    assert (mark.status, mark.checkin_time) == ("hadir", at(7, 50))
    assert Attendance.select().count() == 1


def test_a_person_marked_absent_who_turns_up_is_checked_in(bimtek):
    _event, (first, _second), people = bimtek
    marking.set_marks(first.id, [people["budi"].id], "alpa")
    assert checkin.check_in(first.id, "2", at(8, 5), 15).outcome == checkin.CHECKED_IN
    assert status_of(first, people["budi"]) == "hadir"


def test_a_cancelled_registration_cannot_check_in(bimtek):
    event, (first, _second), people = bimtek
    [registration] = [r for r in participants.roster(event.id) if r.person_id ==
                      people["budi"].id]
    participants.set_cancelled(registration.id)
    assert checkin.check_in(first.id, "2", at(8, 0), 15).outcome == checkin.NOT_REGISTERED


def test_codes_are_given_once_and_are_unique(bimtek):
    _event, _sessions, people = bimtek
    ids = [p.id for p in people.values()]
    codes = checkin.ensure_codes(ids)
    assert len(set(codes.values())) == len(ids)
    assert all(c.startswith("SB") and len(c) == 8 for c in codes.values())
    assert checkin.ensure_codes(ids) == codes
    assert Person.get_by_id(ids[0]).checkin_code == codes[ids[0]]
