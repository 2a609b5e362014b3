import datetime as dt

import pytest

from models.events import planning as events
from models.events.tables import Event, EventSession, Registration
from models.messages import ValidationError
from models.staff import staff_list as staff

DAY1, DAY2 = dt.date(2026, 3, 10), dt.date(2026, 3, 11)


def bimtek(**changes):
    values = {"title": "Bimtek Klasifikasi DDC", "kind": "bimtek", "mode": "luring",
              "venue": "Aula Perpustakaan", "start_date": DAY1, "end_date": DAY2,
              "capacity": 30, "status": "planned"}
    return {**values, **changes}


def session(day=DAY1, start=(8, 0), end=(11, 0), topic="Dasar DDC", room="Aula", **more):
    return {"date": day, "start_time": dt.time(*start), "end_time": dt.time(*end),
            "topic": topic, "room": room,
            "jp": events.suggest_jp(dt.time(*start), dt.time(*end), "half"), **more}


def test_a_two_day_schedule_adds_up_its_jp(database):
    event = events.save_event(bimtek())
    events.save_session(event.id, session())                                   # 4 JP
    events.save_session(event.id, session(start=(13, 0), end=(15, 15), topic="Notasi"))  # 3 JP
    events.save_session(event.id, session(day=DAY2, start=(8, 0), end=(9, 30),
                                          topic="Praktik"))                   # 2 JP
    assert events.total_jp(event.id) == 9
    assert EventSession.select().where(EventSession.event == event).count() == 3


def test_jp_is_suggested_from_the_length(database):
    assert events.suggest_jp(dt.time(8), dt.time(11)) == 4
    assert events.suggest_jp(dt.time(8), dt.time(8, 45)) == 1
    assert events.suggest_jp(dt.time(8), dt.time(9, 10)) == 1.5  # 70 min: down to a half JP


@pytest.mark.parametrize("changes, field, fragment", [
    ({"title": " "}, "title", "title is required"),
    ({"kind": "rapat"}, "kind", "kind of event"),
    ({"end_date": dt.date(2026, 3, 9)}, "end_date", "cannot end before it starts"),
    ({"organiser_external": True, "organiser_name": ""}, "organiser_name", "outside body"),
    ({"capacity": 0}, "capacity", "at least 1"),
])
def test_bad_event_values_are_refused_with_the_reason(database, changes, field, fragment):
    with pytest.raises(ValidationError) as err:
        events.save_event(bimtek(**changes))
    assert fragment in err.value.problems[field].english()
    assert Event.select().count() == 0


@pytest.mark.parametrize("values, field, fragment", [
    (session(day=dt.date(2026, 3, 12)), "date", "within the event, 2026-03-10 to 2026-03-11"),
    (session(start=(11, 0), end=(10, 0)), "end_time", "end after it starts"),
    (session(start=(10, 0), end=(12, 0), topic="Tabel"), "start_time",
     "overlaps “Dasar DDC” (08:00–11:00) in the same room"),
    (session(topic=""), "topic", "topic is required"),
])
def test_each_invalid_session_is_refused_with_the_reason(database, values, field, fragment):
    event = events.save_event(bimtek())
    events.save_session(event.id, session())
    with pytest.raises(ValidationError) as err:
        events.save_session(event.id, values)
    assert fragment in err.value.problems[field].english()
    assert EventSession.select().count() == 1


def test_the_same_hours_in_another_room_are_fine(database):
    event = events.save_event(bimtek())
    events.save_session(event.id, session())
    events.save_session(event.id, session(topic="Kelas B", room="Ruang Diskusi"))
    first = EventSession.get(EventSession.topic == "Dasar DDC")
    events.save_session(event.id, session(start=(8, 0), end=(10, 0)), first.id)  # own slot
    assert EventSession.select().count() == 2


def test_a_room_written_differently_is_the_same_room(database):
    event = events.save_event(bimtek())
    events.save_session(event.id, session(room="Aula Lantai 2"))
    with pytest.raises(ValidationError) as err:
        events.save_session(event.id, session(topic="Tabel", room=" aula  lantai 2"))
    assert "overlaps “Dasar DDC”" in err.value.problems["start_time"].english()


def test_speaker_and_moderator_are_registered_in_their_roles(database):
    speaker = staff.save_person({"name": "Rahmat Hidayat", "is_external": True})
    moderator = staff.save_person({"name": "Siti Aminah"})
    event = events.save_event(bimtek())
    events.save_session(event.id, session(speaker=speaker.id, moderator=moderator.id))
    events.save_session(event.id, session(day=DAY2, speaker=speaker.id))
    roles = {(r.person_id, r.role) for r in Registration.select()}
    assert roles == {(speaker.id, "narasumber"), (moderator.id, "moderator")}


def test_new_dates_may_not_strand_a_session(database):
    event = events.save_event(bimtek())
    events.save_session(event.id, session(day=DAY2, topic="Praktik"))
    with pytest.raises(ValidationError) as err:
        events.save_event(bimtek(end_date=DAY1), event.id)
    assert "“Praktik” on 2026-03-11 would fall outside" in err.value.problems["end_date"].english()
    assert Event.get_by_id(event.id).end_date == DAY2


def test_the_events_tab_rows_count_participants_and_jp(database):
    from models.events import participants, themes
    from models.events.tables import Theme

    themes.save_list([(None, "Literasi Informasi")])
    later = events.save_event(bimtek(title="Seminar Literasi", kind="seminar",
                                     start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 4),
                                     theme=Theme.get().id))
    event = events.save_event(bimtek())
    events.save_session(event.id, session())                                   # 4 JP
    events.save_session(event.id, session(day=DAY2, start=(8, 0), end=(9, 30)))  # 2 JP
    people = [staff.save_person({"name": name}).id for name in ("Siti", "Budi", "Dewi")]
    participants.add_people(event.id, people)
    dropped = Registration.get(Registration.person == people[2])
    participants.set_cancelled(dropped.id)
    assert events.table_rows() == [
        (event.id, DAY1, DAY2, "bimtek", "planned", "Bimtek Klasifikasi DDC", "", 2, 6.0),
        (later.id, dt.date(2026, 5, 4), dt.date(2026, 5, 4), "seminar", "planned",
         "Seminar Literasi", "Literasi Informasi", 0, 0.0)]


def test_the_schedule_names_speaker_and_moderator_with_titles(database):
    event = events.save_event(bimtek())
    speaker = staff.save_person({"front_title": "Dr.", "name": "Rahmat Hidayat",
                                 "back_title": "M.Hum.", "is_external": True})
    first = events.save_session(event.id, session(speaker=speaker.id))
    second = events.save_session(event.id, session(day=DAY2, room="Lab", topic="Praktik"))
    assert sorted(events.schedule_rows(event.id)) == [
        (first.id, DAY1, dt.time(8), dt.time(11), "Dasar DDC", "Aula", 4.0,
         "Dr. Rahmat Hidayat, M.Hum.", ""),
        (second.id, DAY2, dt.time(8), dt.time(11), "Praktik", "Lab", 4.0, "", "")]
    assert events.session_rooms(event.id) == ["Aula", "Lab"]
    assert events.last_session(event.id).id == second.id


@pytest.mark.parametrize(("field", "value"), [
    ("title", "T" * 201), ("title", "Bimtek\x1b[2J DDC"), ("title", "Bimtek \u202eCDD"),
    ("title", "Bimtek\nDDC"), ("venue", "Aula\x00"), ("venue", "V" * 201),
    ("organiser_name", "Perpusnas\u2067"), ("description", "uraian\x07"),
    ("objectives", "O" * 4001),
])
def test_overlong_or_control_event_text_is_refused(database, field, value):
    with pytest.raises(ValidationError) as err:
        events.save_event(bimtek(**{"organiser_external": True, "organiser_name": "Perpusnas",
                                    field: value}))
    assert set(err.value.problems) == {field}
    assert Event.select().count() == 0


def test_event_description_may_have_lines_and_the_longest_title_is_kept(database):
    event = events.save_event(bimtek(title="T" * 200, description="satu\ndua\tempat"))
    assert Event.get_by_id(event.id).title == "T" * 200


@pytest.mark.parametrize(("field", "value"), [
    ("topic", "P" * 201), ("topic", "Dasar\x1bDDC"), ("topic", "Dasar\nDDC"),
    ("room", "Aula\u202e"), ("room", "R" * 101),
])
def test_overlong_or_control_session_text_is_refused(database, field, value):
    event = events.save_event(bimtek())
    with pytest.raises(ValidationError) as err:
        events.save_session(event.id, session(**{field: value}))
    assert field in err.value.problems
    assert EventSession.select().count() == 0


def test_event_report_notes_are_kept_without_control_characters(database):
    # Saved as they are typed, with no one to tell: a pasted control is dropped instead.
    event = events.save_event(bimtek())
    events.save_notes(event.id, "Simpulan\x1b[1m satu\nbaris dua", "saran\u202e")
    stored = Event.get_by_id(event.id)
    assert (stored.conclusions, stored.recommendations) == ("Simpulan[1m satu\nbaris dua", "saran")
