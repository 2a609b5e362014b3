"""The home screen: what each section says, and that its buttons open where the work is."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from tests.builders import DAY, certificate_course, staff_member, when_modal
from ui.home.page import HomePage
from ui.main_window import MainWindow

AFTER = DAY + dt.timedelta(days=10)


def texts(box) -> list[str]:
    return [label.text() for label in box.findChildren(QLabel)]


def button(box, text: str = "Open") -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def test_the_page_says_what_is_due_and_empty_sections_say_none(qtbot, database):
    certificate_course()
    staff_member("Ani Lestari", "198001012005012003")
    page = HomePage(today=lambda: DAY)
    qtbot.addWidget(page)
    page.reload()

    sessions = page.sections["sessions"]
    assert sessions.title() == "Today's sessions (2)"
    assert "08:00–10:00 Pelatihan Katalogisasi · Sesi 1" in texts(sessions)
    assert texts(page.sections["next_events"]) == ["None."]
    below = page.sections["below_target"]
    assert texts(below)[:2] == ["297 days left in the year.",
                                "Ani Lestari — 0 of 20 JP, 20 JP to go"]
    assert texts(page.sections["backup"]) == ["No backup has been made to a USB stick yet."]


def test_it_is_built_again_when_shown(qtbot, database):
    page = HomePage(today=lambda: AFTER)
    qtbot.addWidget(page)
    page.show()
    assert page.sections["certificates"].title() == "Certificates due (0)"
    page.hide()
    certificate_course()
    page.show()
    certificates = page.sections["certificates"]
    assert texts(certificates) == [
        "Pelatihan Katalogisasi: 2 qualifying without a certificate"]


def window_on(qtbot, today) -> MainWindow:
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.home_page.today = lambda: today
    window.home_page.reload()
    return window


def test_certificates_due_opens_the_certificates_tab_on_the_event(qtbot, database):
    course = certificate_course()
    window = window_on(qtbot, AFTER)

    button(window.home_page.sections["certificates"]).click()

    assert window.current_page() is window.certificates_page
    assert window.certificates_page.event_picker.currentData() == course["event"].id


def test_a_person_below_the_target_opens_the_staff_tab_on_them(qtbot, database):
    course = certificate_course()
    window = window_on(qtbot, AFTER)

    button(window.home_page.sections["below_target"]).click()

    assert window.current_page() is window.staff_page
    assert window.staff_page.selected_ids() == [course["siti"].id]


def test_check_in_opens_the_check_in_window_of_that_session(qtbot, database):
    from ui.attendance.checkin_dialog import CheckinDialog

    certificate_course()
    window = window_on(qtbot, DAY)
    seen = []

    def anyway(box):  # the real clock is not the session's day: the door asks first
        next(b for b in box.buttons() if b.text() == "Check in all the same").click()

    when_modal(anyway, QMessageBox)
    when_modal(lambda door: seen.append((door.windowTitle(), door.session.topic)),
               CheckinDialog, skip=(QMessageBox,))
    button(window.home_page.sections["sessions"], "Check-in").click()

    assert seen == [("Check-in: Pelatihan Katalogisasi", "Sesi 1")]
    assert window.current_page() is window.attendance_page
