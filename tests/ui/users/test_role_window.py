"""The window shows only what the role allows: one place applies it (ui/users/role_gate)."""

import datetime as dt
from pathlib import Path

import pytest

from models.attendance.tables import Attendance
from models.users import accounts, roles
from tests.builders import event_with_sessions, save_button, staff_member
from ui.attendance.grid_model import FIRST_SESSION
from ui.main_window import MainWindow
from ui.users import role_gate, start
from ui.users.door_window import DoorWindow


def log_in_as(role: str, name: str = "Dra. Hasnah") -> None:
    accounts.create_user("someone", name, "pustaka-2026", role)
    accounts.authenticate("someone", "pustaka-2026", dt.datetime(2026, 3, 12, 9))
    role_gate.set_role(role)


@pytest.fixture
def window(qtbot):
    def build():
        made = MainWindow(Path("sibina.sqlite"))
        qtbot.addWidget(made)
        made.show()
        return made

    return build


def test_the_head_of_office_reads_everything_and_changes_nothing(qtbot, database, window):
    siti = staff_member("Siti Aminah")
    event, _sessions = event_with_sessions(title="Bimtek DDC", participants=[siti])
    log_in_as(roles.PIMPINAN)
    shown = window()
    assert shown.tabs.count() == 9
    for action in (shown.settings_action, shown.restore_action, shown.users_action,
                   shown.themes_action):
        assert not action.isEnabled()
    staff = shown.staff_page
    staff.table.selectRow(0)  # a selection would enable the row's actions for others
    assert not staff.add_action.isEnabled() and not staff.deactivate_action.isEnabled()
    assert staff.export_action.isEnabled()  # exporting is reading
    shown.show_page("events_page")
    shown.events_page.table.selectRow(0)
    assert not shown.events_page.delete_action.isEnabled()
    shown.show_page("certificates_page")
    shown.certificates_page.set_event(event.id)  # which enables issuing for others
    assert not shown.certificates_page.save_button.isEnabled()
    assert not shown.certificates_page.preview_button.isEnabled()
    assert not shown.certificates_page.keys_action.isEnabled()
    shown.show_page("competency_page")
    assert not shown.competency_page.add_button.isEnabled()  # registering people is a change
    shown.show_page("network_page")
    assert not shown.network_page.offers.send_action.isEnabled()
    assert not shown.network_page.organisations.add_action.isEnabled()
    from ui.staff.person_dialog import PersonDialog

    form = PersonDialog(shown)
    qtbot.addWidget(form)
    assert not save_button(form).isEnabled()
    assert "(Pimpinan (head of office))" in shown.findChild(type(shown.reminder),
                                                            "loggedIn").text()


def test_an_operator_works_but_does_not_administer(qtbot, database, window):
    log_in_as(roles.OPERATOR)
    shown = window()
    assert not shown.settings_action.isEnabled() and not shown.restore_action.isEnabled()
    assert not shown.users_action.isEnabled()
    assert shown.backup_action.isEnabled()
    assert shown.staff_page.add_action.isEnabled()
    shown.show_page("certificates_page")
    assert not shown.certificates_page.keys_action.isEnabled()
    assert shown.certificates_page.signatories_action.isEnabled()


def test_an_administrator_has_everything(qtbot, database, window):
    log_in_as(roles.ADMINISTRATOR)
    shown = window()
    assert all(action.isEnabled() for action, _right in shown.rights)
    assert shown.logout_action.isEnabled()


def test_check_in_opens_only_the_door_window_with_today_s_sessions(qtbot, database):
    today = dt.date.today()
    event_with_sessions(title="Bimtek Katalogisasi", days=(today,), hours=(8,))
    log_in_as(roles.CHECKIN)
    door = start.window_for(Path("sibina.sqlite"), demo=False)
    qtbot.addWidget(door)
    assert isinstance(door, DoorWindow)
    assert door.sessions.count() == 1
    assert "Bimtek Katalogisasi" in door.sessions.item(0).text()
    assert door.open_button.isEnabled()


def test_a_check_in_records_the_user_logged_in(qtbot, database, window):
    from ui.attendance.checkin_dialog import CheckinDialog

    day = dt.date(2026, 3, 10)
    siti = staff_member("Siti Aminah", nip="196903092000032001")
    event, sessions = event_with_sessions(days=(day,), hours=(8,), participants=[siti])
    log_in_as(roles.OPERATOR, name="Rina Marlina")
    shown = window()
    page = shown.attendance_page
    assert page.recorder.text() == "Rina Marlina" and page.recorder.isReadOnly()
    door = CheckinDialog(shown, sessions[0].id, page.recorded_by(),
                         clock=lambda: dt.datetime.combine(day, dt.time(8, 5)))
    qtbot.addWidget(door)
    door.field.setText("196903092000032001")
    door.check_in()
    row = Attendance.get(Attendance.person == siti.id)
    assert (row.status, row.recorded_by) == ("hadir", "Rina Marlina")


def test_the_head_of_office_types_no_attendance_and_is_told_about_backups(qtbot, database,
                                                                          window,
                                                                          message_boxes):
    siti = staff_member("Siti Aminah")
    event, _sessions = event_with_sessions(participants=[siti])
    log_in_as(roles.PIMPINAN)
    shown = window()
    shown.show_attendance(event.id)
    grid = shown.attendance_page.table
    grid.setCurrentIndex(grid.model().index(0, FIRST_SESSION))
    qtbot.keyClick(grid, "h")
    assert not Attendance.select().exists()
    shown.back_up()  # the home screen's "Back up now" calls this
    assert message_boxes == ["Your role (Pimpinan (head of office)) does not allow this."]


def test_the_head_of_office_reads_the_register_but_revokes_nothing(qtbot, database, window):
    from PySide6.QtGui import QShortcut

    from ui.certificates.register_dialog import RegisterDialog

    log_in_as(roles.PIMPINAN)
    shown = window()
    shown.show_page("evaluations_page")
    responses = shown.evaluations_page.responses
    assert not any(s.isEnabled() for s in responses.findChildren(QShortcut))  # Delete
    register = RegisterDialog(shown)
    qtbot.addWidget(register)
    register.show()
    register.revoke_button.setEnabled(True)  # as a selected row does
    assert not register.revoke_button.isEnabled()
