import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from models.events import planning as events
from models.events.tables import EventSession, Registration
from models.staff import staff_list as staff
from tests.builders import save_button
from ui.events.session_dialog import SessionDialog

DAY1, DAY2 = dt.date(2026, 3, 10), dt.date(2026, 3, 11)


@pytest.fixture
def event(database):
    return events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                              "venue": "Aula Perpustakaan", "start_date": DAY1,
                              "end_date": DAY2})




def open_session(qtbot, event, session_id=None):
    dialog = SessionDialog(None, event.id, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keyboard shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def fill(qtbot, dialog, topic, day=None, start=None, end=None, room=None):
    if day is not None:
        dialog.date.setDate(QDate(day.year, day.month, day.day))
    if start is not None:
        dialog.start.setTime(QTime(*start))
    if end is not None:
        dialog.end.setTime(QTime(*end))
    if room is not None:
        dialog.room.clear()
        qtbot.keyClicks(dialog.room, room)
    qtbot.keyClicks(dialog.topic, topic)


def test_jp_follows_the_length_until_the_user_types_it(qtbot, event):
    dialog = open_session(qtbot, event)
    assert dialog.date.date() == QDate(2026, 3, 10)  # a new schedule starts on day one
    fill(qtbot, dialog, "Dasar DDC", start=(8, 0), end=(9, 30))
    assert dialog.jp.value() == 2
    dialog.start.setTime(QTime(10, 0))  # the end moves along: still an hour and a half
    assert dialog.end.time() == QTime(11, 30)
    dialog.end.setTime(QTime(12, 15))
    assert dialog.jp.value() == 3
    dialog.jp.lineEdit().selectAll()
    qtbot.keyClicks(dialog.jp, "2.5")
    dialog.end.setTime(QTime(13, 0))
    assert dialog.jp.value() == 2.5
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    session = EventSession.get()
    assert (session.topic, session.start_time, session.end_time, session.jp) == (
        "Dasar DDC", dt.time(10), dt.time(13), 2.5)


@pytest.mark.parametrize("changes, field, text", [
    ({"day": dt.date(2026, 3, 12)}, "date",
     "The session must fall within the event, 10 March 2026 to 11 March 2026."),
    ({"end": (7, 30)}, "end_time", "The session must end after it starts."),
    ({"start": (9, 0), "end": (10, 0)}, "start_time",
     "It overlaps “Dasar DDC” (08:00–09:30) in the same room."),
])
def test_each_invalid_session_is_refused_with_the_reason(qtbot, event, changes, field, text):
    events.save_session(event.id, {"date": DAY1, "start_time": dt.time(8),
                                   "end_time": dt.time(9, 30), "topic": "Dasar DDC",
                                   "room": "Aula", "jp": 2})
    dialog = open_session(qtbot, event)
    fill(qtbot, dialog, "Notasi", **{"day": DAY1, "start": (8, 0), "end": (9, 30),
                                     "room": "Aula", **changes})
    assert dialog.form.errors[field].text() == text
    assert dialog.form.errors[field].isVisible()
    assert not save_button(dialog).isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert EventSession.select().count() == 1


def test_the_same_hours_in_another_room_are_fine(qtbot, event):
    events.save_session(event.id, {"date": DAY1, "start_time": dt.time(8),
                                   "end_time": dt.time(9, 30), "topic": "Dasar DDC",
                                   "room": "Aula", "jp": 2})
    dialog = open_session(qtbot, event)
    assert dialog.room.text() == "Aula"  # a new session starts where the last one was
    assert dialog.start.time() == QTime(9, 30)  # ... and when it ended
    fill(qtbot, dialog, "Kelas B", start=(8, 0), end=(9, 30))
    assert "overlaps" in dialog.form.errors["start_time"].text()
    dialog.room.clear()
    qtbot.keyClicks(dialog.room, "Ruang Diskusi")
    assert not dialog.form.errors["start_time"].isVisible()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert sorted(s.room for s in EventSession.select()) == ["Aula", "Ruang Diskusi"]


def test_a_speaker_chosen_by_typing_is_registered_as_narasumber(qtbot, event):
    speaker = staff.save_person({"name": "Rahmat Hidayat", "front_title": "Dr.",
                                 "is_external": True, "institution": "Universitas Riau"})
    staff.save_person({"name": "Siti Aminah", "unit": "Bidang Layanan"})
    dialog = open_session(qtbot, event)
    fill(qtbot, dialog, "Dasar DDC")
    qtbot.keyClicks(dialog.speaker.combo.lineEdit(), "hidayat")
    popup = dialog.speaker.combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.speaker.combo.currentText() == "Dr. Rahmat Hidayat — Universitas Riau"
    assert dialog.speaker.person_id() == speaker.id
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert EventSession.get().speaker_id == speaker.id
    assert [(r.person_id, r.role) for r in Registration.select()] == [
        (speaker.id, "narasumber")]


def test_a_name_not_on_the_list_is_a_problem(qtbot, event):
    dialog = open_session(qtbot, event)
    fill(qtbot, dialog, "Dasar DDC")
    qtbot.keyClicks(dialog.moderator.combo.lineEdit(), "Nobody Known")
    assert dialog.form.errors["moderator"].text() == (
        "Choose a person from the list, or add a new one.")
    assert not save_button(dialog).isEnabled()
    dialog.moderator.combo.lineEdit().clear()  # nobody is a fine answer
    assert save_button(dialog).isEnabled()


def test_escape_asks_before_discarding(qtbot, event, message_boxes):
    dialog = open_session(qtbot, event)
    fill(qtbot, dialog, "Dasar DDC")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert message_boxes == ["Discard the changes to this session?"]
    assert not dialog.isVisible()
    assert EventSession.select().count() == 0
