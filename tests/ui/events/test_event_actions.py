"""Duplicate, delete and cancel events from the Events tab, as the office would."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.events.tables import Event, EventSession, Registration
from models.staff import staff_list as staff
from tests.builders import when_modal
from ui.events.actions import DuplicateDialog, next_edition_title
from ui.events.page import EventsPage
from ui.events.table_model import TITLE


def bimtek_with_schedule():
    budi = staff.save_person({"name": "Budi Santoso"})
    guest = staff.save_person({"name": "Dr. Rina", "is_external": True})
    event = events.save_event({"title": "Bimtek DDC 2025", "kind": "bimtek",
                               "start_date": dt.date(2025, 3, 10),
                               "end_date": dt.date(2025, 3, 11), "status": "finished"})
    for day, topic in ((dt.date(2025, 3, 10), "Notasi DDC"), (dt.date(2025, 3, 11), "Praktik")):
        events.save_session(event.id, {"date": day, "start_time": dt.time(8),
                                       "end_time": dt.time(9, 30), "topic": topic,
                                       "room": "Aula", "speaker": guest.id, "jp": 2})
    participants.add_people(event.id, [budi.id])
    return event, budi, guest


def open_page(qtbot, event_id):
    page = EventsPage()
    qtbot.addWidget(page)
    page.show()
    page.select_event(event_id)
    return page




def test_the_title_of_next_years_edition_follows_the_year():
    assert next_edition_title("Bimtek DDC 2025", 2025, 2026) == "Bimtek DDC 2026"
    assert next_edition_title("Klub Buku 12025", 2025, 2026) == "Klub Buku 12025"
    assert next_edition_title("Seminar Literasi", 2025, 2026) == "Seminar Literasi"


def test_duplicate_copies_the_schedule_to_the_new_dates_without_participants(qtbot, database):
    event, budi, guest = bimtek_with_schedule()
    page = open_page(qtbot, event.id)
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, DuplicateDialog)
        seen["title"] = dialog.title.text()
        dialog.start.setDate(QDate(2026, 4, 6))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_modal(fill, skip=[QMessageBox])
    page.duplicate_action.trigger()

    assert seen["title"] == "Bimtek DDC 2026"  # next year's edition offered
    copy = Event.get(Event.title == "Bimtek DDC 2026")
    assert (copy.start_date, copy.end_date, copy.status) == (
        dt.date(2026, 4, 6), dt.date(2026, 4, 7), "planned")
    sessions = list(copy.sessions.order_by(EventSession.date))
    assert [(s.date, s.topic, s.jp) for s in sessions] == [
        (dt.date(2026, 4, 6), "Notasi DDC", 2), (dt.date(2026, 4, 7), "Praktik", 2)]
    roles = {(r.person_id, r.role) for r in copy.registrations}
    assert roles == {(guest.id, "narasumber")}  # Budi the participant was not copied
    assert page.selected_ids() == [copy.id]
    assert Event.get_by_id(event.id).sessions.count() == 2  # the original is untouched


def test_an_event_with_nothing_recorded_is_deleted_after_confirmation(
        qtbot, database, message_boxes):
    event, _budi, _guest = bimtek_with_schedule()
    other = events.save_event({"title": "Seminar", "kind": "seminar",
                               "start_date": dt.date(2025, 5, 1),
                               "end_date": dt.date(2025, 5, 1)})
    page = open_page(qtbot, event.id)
    page.delete_action.trigger()

    assert "Delete “Bimtek DDC 2025”? Its schedule and 2 registrations" in message_boxes[0]
    assert not Event.select().where(Event.id == event.id).exists()
    assert EventSession.select().count() == 0
    assert Registration.select().count() == 0
    titles = [page.model.index(r, TITLE).data() for r in range(page.model.rowCount())]
    assert titles == ["Seminar"]
    assert page.selected_ids() == [other.id]  # the next row, ready for the next key


def test_an_event_with_attendance_is_cancelled_instead_and_the_dialog_says_why(
        qtbot, database, message_boxes):
    event, budi, _guest = bimtek_with_schedule()
    Attendance.create(session=event.sessions.first(), person=budi, status="hadir")
    page = open_page(qtbot, event.id)
    page.delete_action.trigger()

    assert message_boxes == ["Attendance has been recorded for this event, so it cannot be "
                             "deleted; cancel it instead."]
    assert Event.get_by_id(event.id).status == "cancelled"  # the box's "Cancel the event"
    assert Attendance.select().count() == 1


def test_declining_keeps_the_event_as_it_is(qtbot, database):
    event, budi, _guest = bimtek_with_schedule()
    Attendance.create(session=event.sessions.first(), person=budi, status="hadir")
    page = open_page(qtbot, event.id)

    def keep(box):
        [button] = [b for b in box.buttons() if b.text() == "Keep it as it is"]
        button.click()

    when_modal(keep, kind=QMessageBox)
    page.delete_action.trigger()
    assert Event.get_by_id(event.id).status == "finished"


def test_cancel_event_marks_it_cancelled_and_keeps_its_records(qtbot, database, message_boxes):
    event, _budi, _guest = bimtek_with_schedule()
    page = open_page(qtbot, event.id)
    page.cancel_action.trigger()

    assert message_boxes[0].startswith("Cancel “Bimtek DDC 2025”?")
    saved = Event.get_by_id(event.id)
    assert saved.status == "cancelled"
    assert saved.sessions.count() == 2 and saved.registrations.count() == 2
    assert page.selected_ids() == [event.id]


def test_whole_event_actions_need_one_selected_event(qtbot, database):
    event, _budi, _guest = bimtek_with_schedule()
    page = open_page(qtbot, event.id)
    assert page.duplicate_action.isEnabled()
    page.table.clearSelection()
    assert not any(a.isEnabled() for a in (page.duplicate_action, page.delete_action,
                                          page.cancel_action, page.schedule_action,
                                          page.participants_action))


def test_enter_on_the_cancel_question_keeps_the_event(qtbot, database):
    """A hurried Enter answers the safe way: the event is not cancelled."""
    event, _budi, _guest = bimtek_with_schedule()
    page = open_page(qtbot, event.id)
    seen = []

    def press_enter(box):
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(press_enter, kind=QMessageBox)
    page.cancel_action.trigger()
    assert seen == ["Keep it as it is"]
    assert Event.get_by_id(event.id).status == "finished"
