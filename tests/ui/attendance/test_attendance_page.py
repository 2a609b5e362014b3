"""The Attendance tab driven from the keyboard, as a clerk types in a paper sign-in sheet."""

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from models.attendance import checkin, marking
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from tests import crafted
from tests.builders import when_modal
from ui.attendance import actions as attendance_actions
from ui.attendance.checkin_dialog import CheckinDialog
from ui.attendance.grid_model import FIRST_SESSION, NAME, NIP, UNIT
from ui.attendance.page import RECORDER_KEY, AttendancePage

DAY = dt.date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def bimtek(database):
    """Three participants, two sessions of 2 and 3 JP; a finished event to pick from too."""
    siti = staff.save_person({"nip": "196903092000032001", "front_title": "Dra.",
                              "name": "Siti Aminah", "back_title": "S.IP.",
                              "unit": "Bidang Layanan"})
    budi = staff.save_person({"name": "Budi Santoso", "unit": "Bidang Layanan"})
    rina = staff.save_person({"name": "Rina Marlina", "is_external": True,
                              "institution": "Perpustakaan Provinsi Kepri"})
    events.save_event({"title": "Seminar Lama", "kind": "seminar", "status": "finished",
                       "start_date": dt.date(2026, 5, 1), "end_date": dt.date(2026, 5, 1)})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "status": "running",
                               "start_date": DAY, "end_date": DAY + dt.timedelta(days=1)})
    sessions = [events.save_session(event.id, {
        "date": day, "start_time": dt.time(8), "end_time": dt.time(9, 30), "topic": topic,
        "room": "", "jp": jp}) for day, topic, jp in (
            (DAY, "Notasi", 2), (DAY + dt.timedelta(days=1), "Praktik", 3))]
    participants.add_people(event.id, [siti.id, budi.id, rina.id])
    return event, sessions, [siti, budi, rina]


def open_page(qtbot, event_id, recorder="Ani"):
    QSettings().setValue(RECORDER_KEY, recorder)
    page = AttendancePage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # the toolbar's shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.set_event(event_id)
    return page


def back_at_the_page(qtbot, page):
    """After a dialog closes, the page is the active window again (shortcuts need it)."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def go_to(page, row, session):
    """Put the cursor on a cell as a click would (the tests then only type)."""
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, page.model.session_column(session.id)))


def statuses(session, people):
    found = {m.person_id: m.status for m in Attendance.select()
             .where(Attendance.session == session)}
    return [found.get(p.id) for p in people]


def shown(page, row, column):
    return page.model.index(row, column).data()


def test_letters_mark_a_cell_and_go_down_arrows_move_and_change_the_session(qtbot, bimtek):
    event, (first, second), people = bimtek
    page = open_page(qtbot, event.id)
    assert page.session_picker.currentData() == first.id  # the first one not fully recorded
    go_to(page, 0, first)
    qtbot.keyClick(page.table, "h")
    qtbot.keyClick(page.table, "A")  # capitals work too (Caps Lock on)
    assert statuses(first, people) == ["hadir", "alpa", None]
    assert Attendance.get(Attendance.person == people[0]).recorded_by == "Ani"
    assert page.table.currentIndex().row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert page.session_picker.currentData() == second.id  # the session follows the cursor
    qtbot.keyClick(page.table, "t")
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, "i")
    assert statuses(second, people) == ["izin", None, "terlambat"]

    model = page.model
    assert [shown(page, r, NAME) for r in range(3)] == [
        "Dra. Siti Aminah, S.IP.", "Budi Santoso", "Rina Marlina"]
    assert shown(page, 0, NIP) == "19690309 200003 2 001"
    assert shown(page, 2, UNIT) == "Perpustakaan Provinsi Kepri"
    assert [shown(page, r, FIRST_SESSION) for r in range(3)] == ["H", "A", ""]
    assert [shown(page, r, model.percent_column) for r in range(3)] == ["50%", "0%", "50%"]
    assert [shown(page, r, model.jp_column) for r in range(3)] == ["2", "0", "3"]
    grid = marking.load_grid(event.id)  # the table agrees with the domain's own sums
    assert [shown(page, r, model.percent_column) for r in range(3)] == [
        f"{round(grid.percentage(p.id, dt.date.today()))}%" for p in people]
    assert page.summary.text() == ("Session 2 of 2: 0 present, 1 late, 1 excused, 0 sick, "
                                   "0 absent, 1 not recorded")
    assert model.index(0, FIRST_SESSION).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_delete_and_backspace_clear_a_mark(qtbot, bimtek):
    event, (first, _second), people = bimtek
    marking.set_marks(first.id, [p.id for p in people], "sakit", "Ani")
    page = open_page(qtbot, event.id)
    go_to(page, 0, first)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.keyClick(page.table, Qt.Key.Key_Backspace)
    assert statuses(first, people) == [None, None, "sakit"]
    assert shown(page, 0, FIRST_SESSION) == ""
    assert shown(page, 2, FIRST_SESSION) == "S"


def test_mark_remaining_absent_then_everyone_present_each_undone_in_one_step(qtbot, bimtek):
    event, (first, _second), people = bimtek
    page = open_page(qtbot, event.id)
    go_to(page, 0, first)
    qtbot.keyClick(page.table, "h")
    qtbot.keyClick(page.table, "i")
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL | SHIFT)  # mark remaining as Alpa
    assert statuses(first, people) == ["hadir", "izin", "alpa"]
    qtbot.keyClick(page.table, Qt.Key.Key_H, CTRL | SHIFT)  # mark all as Hadir
    assert statuses(first, people) == ["hadir", "izin", "hadir"]  # the excuse is kept
    assert page.summary.text().startswith("Session 1 of 2: 2 present, 0 late, 1 excused")

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert statuses(first, people) == ["hadir", "izin", "alpa"]
    assert [shown(page, r, FIRST_SESSION) for r in range(3)] == ["H", "I", "A"]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert statuses(first, people) == ["hadir", "izin", None]
    assert page.summary.text() == ("Session 1 of 2: 1 present, 0 late, 1 excused, 0 sick, "
                                   "0 absent, 1 not recorded")
    qtbot.keyClick(page.table, Qt.Key.Key_Y, CTRL)
    assert statuses(first, people) == ["hadir", "izin", "alpa"]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert statuses(first, people) == ["hadir", "izin", "hadir"]
    assert not page.redo_action.isEnabled()


def test_one_letter_marks_every_selected_cell_as_one_undo_step(qtbot, bimtek):
    event, (first, second), people = bimtek
    marking.set_marks(second.id, [people[1].id], "izin", "Panitia", note="Dinas luar")
    page = open_page(qtbot, event.id)
    go_to(page, 0, first)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(page.table, "s")
    assert statuses(first, people) == ["sakit", "sakit", None]
    assert statuses(second, people) == ["sakit", "sakit", None]
    assert page.table.currentIndex().row() == 1  # a selection stays where it is
    budi = Attendance.get(Attendance.session == second, Attendance.person == people[1])
    assert (budi.note, budi.recorded_by) == ("Dinas luar", "Ani")  # the note is kept

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert statuses(first, people) == [None, None, None]
    assert statuses(second, people) == [None, "izin", None]
    assert Attendance.get(Attendance.person == people[1]).recorded_by == "Panitia"


def test_a_note_is_typed_with_f2_and_undone(qtbot, bimtek):
    event, (first, _second), people = bimtek
    marking.set_marks(first.id, [people[1].id], "izin", "Panitia")
    page = open_page(qtbot, event.id)
    page.set_session(first.id)
    note = page.model.index(0, page.model.note_column)
    assert not note.flags() & Qt.ItemFlag.ItemIsEditable  # no status yet, so no note
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, page.model.note_column))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Tugas ke Batam")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    mark = Attendance.get(Attendance.person == people[1])
    assert (mark.status, mark.note, mark.recorded_by) == ("izin", "Tugas ke Batam", "Ani")
    assert shown(page, 1, page.model.note_column) == "Tugas ke Batam"
    assert shown(page, 1, page.model.recorder_column) == "Ani"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert Attendance.get(Attendance.person == people[1]).note == ""
    assert shown(page, 1, page.model.note_column) == ""


def test_choosing_a_session_moves_the_cursor_and_the_details_columns(qtbot, bimtek):
    event, (first, second), people = bimtek
    marking.set_marks(second.id, [people[2].id], "hadir", "Meja 1")
    checkin.check_in(first.id, "1", dt.datetime.combine(DAY, dt.time(7, 55)), 15, "Meja 1")
    page = open_page(qtbot, event.id)
    page.session_picker.setCurrentIndex(page.session_picker.findData(second.id))
    assert page.table.currentIndex().column() == page.model.session_column(second.id)
    assert shown(page, 2, page.model.recorder_column) == "Meja 1"
    assert shown(page, 0, page.model.checkin_column) == ""
    page.set_session(first.id)
    assert shown(page, 0, page.model.checkin_column) == "07:55"
    assert page.session_picker.itemText(0) == "1. Tue 10 Mar 08:00 — Notasi"


def test_events_running_first_and_the_recorder_remembered(qtbot, bimtek, monkeypatch):
    event, _sessions, _people = bimtek
    monkeypatch.setattr("getpass.getuser", lambda: "pustakawan")
    from models.sharing import actor

    actor.reset()  # the fixture's saves, stamped, already asked who was working
    page = AttendancePage()
    qtbot.addWidget(page)
    page.show()
    # The running event first, then the latest.
    assert page.event_picker.itemText(0) == "Bimtek DDC — 10–11 Mar 2026"  # the title first
    assert page.event_picker.itemText(1) == "Seminar Lama — 1 May 2026"
    assert page.recorder.text() == "pustakawan"  # nothing remembered yet: the OS user
    page.recorder.clear()
    qtbot.keyClicks(page.recorder, "Rina")
    again = AttendancePage()
    qtbot.addWidget(again)
    assert again.recorder.text() == "Rina"


def test_check_in_reloads_the_grid_and_the_sheet_is_printed_for_the_session(
        qtbot, bimtek, monkeypatch):
    event, (first, _second), people = bimtek
    page = open_page(qtbot, event.id)
    page.clock = lambda: dt.datetime.combine(DAY, dt.time(8, 20))
    seen = {}

    def at_the_door(door):
        seen["session"], seen["counter"] = door.session_id, door.counter.text()
        qtbot.keyClicks(door.field, "2")
        qtbot.keyClick(door.field, Qt.Key.Key_Return)
        seen["answer"] = door.result.text()
        door.close()

    when_modal(at_the_door, kind=CheckinDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_K, CTRL)
    assert (seen["session"], seen["counter"]) == (first.id, "0 of 3 checked in")
    assert "Budi Santoso" in seen["answer"] and "late" in seen["answer"]
    mark = Attendance.get(Attendance.person == people[1])
    assert (mark.status, mark.recorded_by) == ("terlambat", "Ani")
    assert shown(page, 1, FIRST_SESSION) == "T"
    assert shown(page, 1, page.model.checkin_column) == "08:20"

    back_at_the_page(qtbot, page)
    printed = []
    monkeypatch.setattr(attendance_actions, "print_sign_in_sheet",
                        lambda *args: printed.append(args))
    qtbot.keyClick(page.table, Qt.Key.Key_P, CTRL)
    assert printed == [(page, event.id, first.id)]


def test_an_undo_the_database_refuses_is_reported_and_nothing_is_lost(
        qtbot, bimtek, monkeypatch, message_boxes):
    event, (first, _second), people = bimtek
    page = open_page(qtbot, event.id)
    go_to(page, 0, first)
    qtbot.keyClick(page.table, "h")

    def busy(_undo):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(marking, "restore", busy)
    page.undo_action.trigger()
    qtbot.waitUntil(lambda: not page.undo_stack.count())
    assert "busy" in message_boxes[0]
    assert statuses(first, people) == ["hadir", None, None]
    assert shown(page, 0, FIRST_SESSION) == "H"


def test_marks_made_elsewhere_show_when_the_tab_is_shown_again_or_jumped_to(qtbot, bimtek):
    event, (first, _second), people = bimtek
    page = open_page(qtbot, event.id)
    page.hide()  # the clerk looks at another tab; the door checks people in meanwhile
    checkin.check_in(first.id, "1", dt.datetime.combine(DAY, dt.time(7, 50)), 15, "Meja 1")
    page.show()
    assert shown(page, 0, FIRST_SESSION) == "H"
    checkin.check_in(first.id, "2", dt.datetime.combine(DAY, dt.time(7, 55)), 15, "Meja 1")
    page.set_event(event.id)  # the Events tab jumps here
    assert shown(page, 1, FIRST_SESSION) == "H"
    assert page.summary.text().startswith("Session 1 of 2: 2 present")


def test_scanned_sheets_and_eligibility_open_for_the_current_session_and_event(
        qtbot, bimtek, tmp_path):
    from ui.attendance.attachments_dialog import AttachmentsDialog
    from ui.certificates.eligibility_dialog import EligibilityDialog

    event, (first, second), people = bimtek
    marking.set_marks(first.id, [p.id for p in people], "hadir")
    page = open_page(qtbot, event.id)
    go_to(page, 0, second)
    scan = tmp_path / "sesi 2.pdf"
    crafted.pdf(scan)
    seen = {}

    def answer(kind, act):
        def act_then_close(dialog):
            act(dialog)
            dialog.close()
        when_modal(act_then_close, kind=kind)

    answer(AttachmentsDialog, lambda d: seen.update(session=d.session_id, added=d.add_file(scan)))
    qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL)
    assert seen == {"session": second.id, "added": True}
    back_at_the_page(qtbot, page)
    answer(EligibilityDialog, lambda d: seen.update(rows=d.rows()))
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    assert [row[2] for row in seen["rows"]] == ["No", "No", "No"]  # one session of two
    assert seen["rows"][0][3] == "Attended 1 of 2 sessions held (50%); 80% needed."


def test_check_in_opens_on_today_s_session_whichever_column_the_typing_is_at(qtbot, bimtek):
    event, (first, second), _people = bimtek
    page = open_page(qtbot, event.id)
    page.clock = lambda: dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(8, 5))
    assert page.model.current_session() == first.id  # no one is marked yet
    seen = []
    when_modal(lambda door: seen.append(door.session_id), kind=CheckinDialog)
    qtbot.keyClick(page.table, Qt.Key.Key_K, CTRL)
    assert seen == [second.id]


def test_a_check_in_a_week_early_asks_first_and_batal_opens_nothing(qtbot, bimtek):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    event, _sessions, _people = bimtek
    page = open_page(qtbot, event.id)
    page.clock = lambda: dt.datetime.combine(DAY - dt.timedelta(days=7), dt.time(9))
    asked, opened = [], []

    def answer(box):
        asked.append(box.text().split("\n")[0])
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Cancel

    def close_the_door():  # were it to open, the test fails instead of waiting for a person
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CheckinDialog) and widget.isVisible():
                opened.append(widget)
                widget.reject()

    when_modal(answer, kind=QMessageBox)
    QTimer.singleShot(500, close_the_door)
    qtbot.keyClick(page.table, Qt.Key.Key_K, CTRL)
    qtbot.wait(600)
    assert asked == ["This session is on 10 March 2026, not today."]
    assert opened == []
    assert Attendance.select().count() == 0
