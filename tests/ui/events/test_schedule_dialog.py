import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from models.attendance.tables import Attendance
from models.events import planning as events
from models.events.tables import EventSession, Registration
from models.staff.tables import Person
from tests.builders import activate, answering
from ui.events.schedule_dialog import ScheduleDialog
from ui.events.schedule_table_model import DAY, JP, TIME, TOPIC

DAY1, DAY2 = dt.date(2026, 3, 10), dt.date(2026, 3, 11)


@pytest.fixture
def event(database):
    return events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                              "venue": "Aula Perpustakaan", "start_date": DAY1,
                              "end_date": DAY2})


def add(event, day, start, end, topic, room="Aula"):
    return events.save_session(event.id, {
        "date": day, "start_time": dt.time(*start), "end_time": dt.time(*end),
        "topic": topic, "room": room, "jp": events.suggest_jp(dt.time(*start), dt.time(*end))})




def session_typed(qtbot, topic, day=None, start=None, end=None, room=None, save=True):
    def fill(dialog):
        if day is not None:
            dialog.date.setDate(QDate(day.year, day.month, day.day))
        if start is not None:
            dialog.start.setTime(QTime(*start))
        if end is not None:
            dialog.end.setTime(QTime(*end))
        if room is not None:
            dialog.room.clear()
            qtbot.keyClicks(dialog.room, room)
        dialog.topic.clear()
        qtbot.keyClicks(dialog.topic, topic)
        if save:
            save_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)
            assert not dialog.isVisible(), "the session was not saved"
    return fill


def open_schedule(qtbot, event):
    dialog = ScheduleDialog(None, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog




def double_click(qtbot, view, index):
    """Qt's test double-click lacks the first click a mouse sends; give it first."""
    cell = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def shown(dialog, row, column):
    return dialog.model.index(row, column).data()


def test_a_two_day_schedule_is_built_and_its_jp_added_up(qtbot, event):
    dialog = open_schedule(qtbot, event)
    assert dialog.windowTitle() == "Bimtek Klasifikasi DDC"
    assert dialog.total.text() == "Total: 0 JP"
    with answering(session_typed(qtbot, "Dasar DDC", start=(8, 0), end=(9, 30), room="Aula")):
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.total.text() == "Total: 2 JP"
    activate(qtbot, dialog)
    with answering(session_typed(qtbot, "Praktik", day=DAY2, start=(8, 0), end=(11, 0))):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    activate(qtbot, dialog)
    with answering(session_typed(qtbot, "Evaluasi", start=(11, 0), end=(11, 30))):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)  # on day 2, after Praktik
    assert dialog.total.text() == "Total: 6.5 JP"
    assert events.total_jp(event.id) == 6.5
    assert [(s.date, s.topic, s.room, s.jp) for s in EventSession.select()] == [
        (DAY1, "Dasar DDC", "Aula", 2), (DAY2, "Praktik", "Aula", 4),
        (DAY2, "Evaluasi", "Aula", 0.5)]
    assert [shown(dialog, 0, c) for c in (DAY, TIME, TOPIC, JP)] == [
        "Tuesday, 10 March 2026", "08:00–09:30", "Dasar DDC", "2"]
    assert shown(dialog, 2, JP) == "0.5"
    assert dialog.selected_id() == EventSession.get(EventSession.topic == "Evaluasi").id


def test_an_invalid_session_is_refused_in_the_dialog(qtbot, event):
    add(event, DAY1, (8, 0), (9, 30), "Dasar DDC")
    dialog = open_schedule(qtbot, event)

    def clash(session_dialog):
        session_typed(qtbot, "Notasi", day=DAY1, start=(9, 0), end=(10, 0), save=False)(
            session_dialog)
        assert session_dialog.form.errors["start_time"].text() == (
            "It overlaps “Dasar DDC” (08:00–09:30) in the same room.")

    with answering(clash):
        dialog.add_action.trigger()
    assert EventSession.select().count() == 1
    assert dialog.total.text() == "Total: 2 JP"


def test_editing_keeps_the_selection_on_the_changed_session(qtbot, event):
    first = add(event, DAY1, (8, 0), (9, 30), "Dasar DDC")
    add(event, DAY2, (8, 0), (9, 30), "Praktik")
    dialog = open_schedule(qtbot, event)
    dialog.table.sortByColumn(TOPIC, Qt.SortOrder.AscendingOrder)
    dialog.table.selectRow(0)
    assert dialog.selected_id() == first.id
    with answering(session_typed(qtbot, "Tabel DDC", end=(10, 15))):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.selected_id() == first.id  # now below Praktik
    assert [shown(dialog, r, TOPIC) for r in (0, 1)] == ["Praktik", "Tabel DDC"]
    assert EventSession.get_by_id(first.id).end_time == dt.time(10, 15)
    assert dialog.total.text() == "Total: 5 JP"  # the edit's JP followed its new length

    with answering(session_typed(qtbot, "Praktik Klasifikasi")):
        double_click(qtbot, dialog.table, dialog.model.index(0, TOPIC))
    assert shown(dialog, dialog.table.currentIndex().row(), TOPIC) == "Praktik Klasifikasi"


def test_a_new_external_speaker_is_added_from_the_picker(qtbot, event):
    dialog = open_schedule(qtbot, event)

    def add_person(person_dialog):
        assert person_dialog.fields["is_external"].isChecked()
        qtbot.keyClicks(person_dialog.fields["name"], "Ahmad Fauzi")
        qtbot.keyClicks(person_dialog.fields["institution"], "Perpustakaan Nasional RI")
        person_dialog.save()

    def session_with_new_speaker(session_dialog):
        with answering(add_person):
            qtbot.mouseClick(session_dialog.speaker.new_button, Qt.MouseButton.LeftButton)
        assert session_dialog.speaker.combo.currentText() == (
            "Ahmad Fauzi — Perpustakaan Nasional RI")
        # the moderator's list has them too, without loading the people again
        assert session_dialog.moderator.people.row_of(session_dialog.speaker.person_id()) > 0
        session_typed(qtbot, "Literasi Informasi")(session_dialog)

    with answering(session_with_new_speaker):
        dialog.add_action.trigger()
    person = Person.get(Person.name == "Ahmad Fauzi")
    assert person.is_external
    assert EventSession.get().speaker_id == person.id
    assert Registration.get(Registration.person == person).role == "narasumber"
    assert shown(dialog, 0, 4) == "Ahmad Fauzi"


def test_a_session_is_deleted_after_confirming(qtbot, event, message_boxes):
    add(event, DAY1, (8, 0), (9, 30), "Dasar DDC")
    second = add(event, DAY2, (8, 0), (11, 0), "Praktik")
    dialog = open_schedule(qtbot, event)
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert message_boxes == ["Delete the session “Dasar DDC” on Tuesday, 10 March 2026?"]
    assert [s.topic for s in EventSession.select()] == ["Praktik"]
    assert dialog.total.text() == "Total: 4 JP"
    assert dialog.selected_id() == second.id


def test_a_session_with_attendance_is_not_deleted(qtbot, event, message_boxes):
    session = add(event, DAY1, (8, 0), (9, 30), "Dasar DDC")
    Attendance.create(session=session, person=Person.create(name="Budi"), status="hadir")
    dialog = open_schedule(qtbot, event)
    dialog.table.selectRow(0)
    dialog.delete_action.trigger()
    assert message_boxes[-1] == (
        "Attendance has been recorded for this session, so it cannot be deleted.")
    assert EventSession.select().count() == 1


def test_days_times_and_jp_are_written_the_indonesian_way(qtbot, qapp, event):
    from ui import i18n

    add(event, DAY1, (8, 0), (9, 10), "Dasar DDC")  # 70 minutes: 1.5 JP
    i18n.install(qapp, "id")
    dialog = open_schedule(qtbot, event)
    assert [shown(dialog, 0, c) for c in (DAY, TIME, JP)] == [
        "Selasa, 10 Maret 2026", "08.00–09.10", "1,5"]
    assert dialog.total.text().endswith("1,5 JP")
