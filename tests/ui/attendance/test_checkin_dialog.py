"""The door's check-in window, driven as a scanner or a clerk would: type, then Enter."""

import datetime as dt

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import settings
from models.attendance import checkin, marking
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from tests.builders import when_modal
from ui import i18n
from ui.attendance.checkin_dialog import OUTCOME_STYLES, CheckinDialog

DAY = dt.date(2026, 3, 10)
SITI_NIP = "196903092000032001"


def at(hour, minute):
    return dt.datetime.combine(DAY, dt.time(hour, minute))


@pytest.fixture
def door(database):
    siti = staff.save_person({"nip": SITI_NIP, "front_title": "Dra.", "name": "Siti Aminah",
                              "back_title": "S.IP.", "unit": "Bidang Layanan"})
    budi = staff.save_person({"name": "Budi Santoso", "unit": "Bidang Layanan"})
    rina = staff.save_person({"name": "Rina Marlina", "is_external": True,
                              "institution": "Perpustakaan Provinsi Kepri"})
    outsider = staff.save_person({"name": "Ahmad Tamu"})
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY})
    session = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(9, 30),
        "topic": "Notasi DDC", "room": "Aula", "jp": 2})
    participants.add_people(event.id, [siti.id, budi.id, rina.id])  # numbers 1, 2, 3
    codes = checkin.ensure_codes([rina.id, outsider.id])
    return session, {"siti": siti, "budi": budi, "rina": rina, "outsider": outsider}, codes


class Clock:
    """The time the dialog reads; a test moves it between scans."""

    def __init__(self, moment):
        self.moment = moment

    def __call__(self):
        return self.moment


def open_door(qtbot, session, clock):
    dialog = CheckinDialog(None, session.id, recorded_by="Meja 1", clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def scan(qtbot, dialog, text):
    qtbot.keyClicks(dialog.field, text)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.field.text() == ""  # ready for the next person at once
    assert dialog.field.hasFocus()


def mark(session, person):
    row = Attendance.get_or_none(Attendance.session == session, Attendance.person == person)
    return (row.status, row.checkin_time, row.recorded_by) if row else None


def test_grouped_nip_number_and_tag_code_check_people_in(qtbot, door):
    session, people, codes = door
    clock = Clock(at(7, 55))
    dialog = open_door(qtbot, session, clock)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    assert dialog.counter.text() == "0 of 3 checked in"
    assert dialog.field.placeholderText().startswith("Scan the name tag")

    scan(qtbot, dialog, "19690309 200003 2 001")
    assert dialog.result.text() == "Welcome, Dra. Siti Aminah, S.IP. — checked in at 07:55"
    assert dialog.last_outcome == checkin.CHECKED_IN
    assert mark(session, people["siti"]) == ("hadir", at(7, 55), "Meja 1")
    assert dialog.counter.text() == "1 of 3 checked in"

    clock.moment = at(8, 3)
    scan(qtbot, dialog, "2")
    assert dialog.result.text() == "Welcome, Budi Santoso — checked in at 08:03"
    assert mark(session, people["budi"]) == ("hadir", at(8, 3), "Meja 1")

    clock.moment = at(8, 15)  # the grace period's last minute is still on time
    scan(qtbot, dialog, codes[people["rina"].id].lower())
    assert dialog.result.text() == "Welcome, Rina Marlina — checked in at 08:15"
    assert mark(session, people["rina"]) == ("hadir", at(8, 15), "Meja 1")
    assert dialog.counter.text() == "3 of 3 checked in"
    assert changes == [1, 1, 1]
    assert dialog.recent_rows() == [
        ("08:15", "Rina Marlina", "Present (Hadir)"),
        ("08:03", "Budi Santoso", "Present (Hadir)"),
        ("07:55", "Dra. Siti Aminah, S.IP.", "Present (Hadir)")]


def test_late_after_the_grace_period_from_the_settings(qtbot, door):
    session, people, _codes = door
    settings.save({"late_after_minutes": 10})
    clock = Clock(at(8, 11))
    dialog = open_door(qtbot, session, clock)
    scan(qtbot, dialog, SITI_NIP)
    assert dialog.result.text() == "Welcome, Dra. Siti Aminah, S.IP. — late, 08:11"
    assert dialog.last_outcome == checkin.LATE
    assert mark(session, people["siti"]) == ("terlambat", at(8, 11), "Meja 1")
    assert dialog.counter.text() == "1 of 3 checked in"
    assert dialog.recent_rows()[0] == ("08:11", "Dra. Siti Aminah, S.IP.", "Late (Terlambat)")
    assert dialog.result_panel.background.name() == OUTCOME_STYLES[checkin.LATE][0]


def test_a_repeated_scan_keeps_the_first_check_in(qtbot, door):
    session, people, _codes = door
    clock = Clock(at(7, 50))
    dialog = open_door(qtbot, session, clock)
    scan(qtbot, dialog, "1")
    clock.moment = at(8, 40)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    scan(qtbot, dialog, SITI_NIP)
    assert dialog.result.text() == "Dra. Siti Aminah, S.IP. was already checked in at 07:50"
    assert dialog.last_outcome == checkin.ALREADY
    assert mark(session, people["siti"]) == ("hadir", at(7, 50), "Meja 1")
    assert dialog.counter.text() == "1 of 3 checked in"
    assert len(dialog.recent_rows()) == 1
    assert changes == []


def test_unknown_codes_and_strangers_are_told_in_red_and_nothing_is_recorded(qtbot, door,
                                                                             monkeypatch):
    session, people, codes = door
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    dialog = open_door(qtbot, session, Clock(at(7, 58)))
    scan(qtbot, dialog, "SBZZZZZZ")
    assert dialog.result.text() == "Unknown code: SBZZZZZZ"
    assert dialog.result.textFormat() == Qt.TextFormat.PlainText  # a code may hold "<"
    assert dialog.last_outcome == checkin.UNKNOWN
    red = OUTCOME_STYLES[checkin.UNKNOWN][0]
    assert dialog.result_panel.background.name() == red
    scan(qtbot, dialog, "99")
    assert dialog.result.text() == "Unknown code: 99"

    scan(qtbot, dialog, codes[people["outsider"].id])
    assert dialog.result.text() == "Ahmad Tamu is not registered for this event"
    assert dialog.last_outcome == checkin.NOT_REGISTERED
    assert dialog.result_panel.background.name() == red
    assert Attendance.select().count() == 0
    assert dialog.counter.text() == "0 of 3 checked in"
    assert dialog.recent_rows() == []
    assert len(beeps) == 3


def test_a_busy_database_is_told_in_the_window_without_a_message_box(qtbot, door,
                                                                       monkeypatch):
    session, _people, _codes = door
    dialog = open_door(qtbot, session, Clock(at(7, 58)))

    def locked(*_args):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(checkin, "check_in", locked)
    scan(qtbot, dialog, "1")
    assert dialog.result.text().startswith("Not recorded: The database is busy")
    assert dialog.result_panel.background.name() == OUTCOME_STYLES[checkin.UNKNOWN][0]
    assert dialog.counter.text() == "0 of 3 checked in"
    assert QApplication.activeModalWidget() is None


def test_an_empty_enter_does_nothing(qtbot, door):
    session, _people, _codes = door
    dialog = open_door(qtbot, session, Clock(at(7, 58)))
    before = dialog.result.text()
    scan(qtbot, dialog, "   ")
    assert dialog.result.text() == before
    assert dialog.last_outcome is None


def test_opening_counts_earlier_marks_and_lists_earlier_check_ins(qtbot, door):
    session, people, _codes = door
    checkin.check_in(session.id, "3", at(7, 45), 15, "Meja 2")
    marking.set_marks(session.id, [people["budi"].id], "hadir", "Ani")  # in the grid: no time
    dialog = open_door(qtbot, session, Clock(at(8, 0)))
    assert dialog.counter.text() == "2 of 3 checked in"
    assert dialog.recent_rows() == [("07:45", "Rina Marlina", "Present (Hadir)")]
    scan(qtbot, dialog, "2")
    assert dialog.result.text() == "Budi Santoso is already marked present"
    assert mark(session, people["budi"]) == ("hadir", None, "Ani")


def test_f11_toggles_full_screen_and_escape_closes(qtbot, door):
    session, _people, _codes = door
    dialog = open_door(qtbot, session, Clock(at(8, 0)))
    qtbot.keyClick(dialog.field, Qt.Key.Key_F11)
    qtbot.waitUntil(dialog.isFullScreen)
    assert dialog.field.hasFocus()
    qtbot.keyClick(dialog.field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not dialog.isFullScreen())
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_name_holding_a_placeholder_is_shown_as_typed(qtbot, door):
    """Texts are filled in one pass: "%2" inside a name is not the time."""
    session, people, _codes = door
    people["budi"].name = "Budi %2"
    people["budi"].save()
    dialog = open_door(qtbot, session, Clock(at(8, 3)))
    scan(qtbot, dialog, "2")
    assert dialog.result.text() == "Welcome, Budi %2 — checked in at 08:03"


def answer_question(qtbot, seen, click=None):
    """Answer the next question as the clerk would: Enter (taking the default button), or a
    click on the button reading ``click``; what it said and its default go to ``seen``."""
    def answer(box):
        seen.append((box.text(), box.defaultButton().text()))
        if click is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            [button] = [b for b in box.buttons() if b.text() == click]
            button.click()

    when_modal(answer, kind=QMessageBox)


def scan_and_answer(qtbot, dialog, text):
    """A scan that brings up the question: the field has the focus again once the
    window is active again."""
    qtbot.keyClicks(dialog.field, text)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.field.text() == ""
    qtbot.waitUntil(dialog.field.hasFocus)


def test_a_window_left_open_after_the_session_asks_once_before_recording(qtbot, door, qapp):
    i18n.install(qapp, "id")
    session, people, _codes = door
    clock = Clock(at(9, 40))  # the session ended at 09.30; the grace period is 15 minutes
    dialog = open_door(qtbot, session, clock)
    scan(qtbot, dialog, "1")
    assert mark(session, people["siti"])[0] == "terlambat"

    clock.moment = at(11, 0)
    seen = []
    answer_question(qtbot, seen)
    scan_and_answer(qtbot, dialog, "2")
    assert seen == [("Sesi ini sudah selesai pukul 09.30, lebih dari 15 menit yang lalu.\n\n"
                     "Tetap catat presensi di sesi ini? Presensi dicatat dengan waktu saat "
                     "dipindai.", "Batal")]
    assert mark(session, people["budi"]) is None  # Enter took Batal
    assert dialog.result.text() == ("Presensi Budi Santoso tidak dicatat: Sesi ini sudah "
                                    "selesai pukul 09.30, lebih dari 15 menit yang lalu.")
    assert dialog.last_outcome == checkin.CLOSED

    answer_question(qtbot, seen, click="Tetap catat presensi")
    scan_and_answer(qtbot, dialog, "2")
    assert mark(session, people["budi"]) == ("terlambat", at(11, 0), "Meja 1")
    scan(qtbot, dialog, "3")  # asked once for the window
    assert len(seen) == 2
    assert mark(session, people["rina"])[0] == "terlambat"


def test_opening_on_another_day_s_session_asks_first(qtbot, door):
    session, _people, _codes = door
    dialog = CheckinDialog(None, session.id, clock=Clock(at(8, 0) - dt.timedelta(days=7)))
    qtbot.addWidget(dialog)
    seen = []
    answer_question(qtbot, seen)
    assert not dialog.session_confirmed()
    assert seen == [("This session is on 10 March 2026, not today.\n\nCheck people in to "
                     "this session all the same? A check-in records the time of the scan.",
                     "Cancel")]
    same_day = CheckinDialog(None, session.id, clock=Clock(at(7, 0)))
    qtbot.addWidget(same_day)
    assert same_day.session_confirmed()  # no question: nothing was asked
    assert len(seen) == 1
