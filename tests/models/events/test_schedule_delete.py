import datetime as dt

import pytest

from models.attendance.tables import Attendance, SessionAttachment
from models.events import planning as events
from models.events.tables import EventSession, Registration
from models.files.stored import StoredFile
from models.messages import SiBinaError
from models.staff import staff_list as staff

DAY1, DAY2 = dt.date(2026, 3, 10), dt.date(2026, 3, 11)


@pytest.fixture
def schedule(database):
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "start_date": DAY1, "end_date": DAY2})
    speaker = staff.save_person({"name": "Rahmat Hidayat", "is_external": True})
    sessions = [events.save_session(event.id, {
        "date": day, "start_time": dt.time(8), "end_time": dt.time(9, 30), "topic": topic,
        "room": "Aula", "speaker": speaker.id, "jp": 2})
        for day, topic in ((DAY1, "Dasar DDC"), (DAY2, "Praktik"))]
    return event, speaker, sessions


def test_a_session_is_deleted_and_the_total_follows(schedule):
    event, speaker, (first, second) = schedule
    events.delete_session(first.id)
    assert [s.topic for s in EventSession.select()] == ["Praktik"]
    assert events.total_jp(event.id) == 2
    # the speaker was invited for the event, not only for that session
    assert Registration.get(Registration.person == speaker.id).role == "narasumber"


def test_a_session_with_attendance_is_kept(schedule):
    _event, speaker, (first, _second) = schedule
    Attendance.create(session=first, person=speaker, status="hadir")
    with pytest.raises(SiBinaError) as err:
        events.delete_session(first.id)
    assert "Attendance has been recorded for this session" in str(err.value)
    assert err.value.msg.context == "Events"
    assert EventSession.select().count() == 2


def test_a_session_with_its_signed_sheet_is_kept(schedule):
    _event, _speaker, (first, _second) = schedule
    sheet = StoredFile.create(name="daftar-hadir.pdf", data=b"%PDF-1.4")
    SessionAttachment.create(session=first, file=sheet, description="Daftar hadir")
    with pytest.raises(SiBinaError) as err:
        events.delete_session(first.id)
    assert "signed sign-in sheet" in str(err.value)
    assert EventSession.select().count() == 2


def test_an_event_with_a_signed_sheet_is_kept_whole(schedule):
    event, _speaker, (first, _second) = schedule
    sheet = StoredFile.create(name="daftar-hadir.pdf", data=b"%PDF-1.4")
    SessionAttachment.create(session=first, file=sheet, description="Daftar hadir")
    with pytest.raises(SiBinaError) as err:
        events.delete_event(event.id)
    assert "signed sign-in sheet" in str(err.value) and "cancel it instead" in str(err.value)
    assert EventSession.select().count() == 2
    assert SessionAttachment.select().count() == 1 and StoredFile.select().count() == 1
