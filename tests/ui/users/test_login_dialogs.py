"""Logging in at the start: the first administrator, the login dialog and its refusals."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.sharing import actor
from models.users import accounts, login, roles
from models.users.tables import AppUser
from tests.builders import when_modal
from ui.users import role_gate, start
from ui.users.login_dialog import LoginDialog
from ui.users.user_dialog import UserDialog

NINE = dt.datetime(2026, 3, 12, 9, 0)


def log_in_with(qtbot, dialog, name, password):
    dialog.login.setText("")
    qtbot.keyClicks(dialog.login, name)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_enter_logs_in_and_the_user_is_who_is_working(qtbot, database):
    user = accounts.create_user("rina", "Rina Marlina", "pustaka-2026", roles.OPERATOR)
    dialog = LoginDialog(clock=lambda: NINE)
    qtbot.addWidget(dialog)
    dialog.show()
    log_in_with(qtbot, dialog, "rina", "wrong-one")
    assert dialog.isVisible()
    assert dialog.refusal.text() == "The login name or the password is wrong."
    assert dialog.password.text() == ""
    assert actor.current().user_id is None
    dialog.password.setText("")
    qtbot.keyClicks(dialog.password, "pustaka-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert (actor.current().name, actor.current().user_id) == ("Rina Marlina", user.id)


def test_the_fifth_wrong_password_says_until_when_the_account_is_locked(qtbot, database):
    accounts.create_user("rina", "Rina Marlina", "pustaka-2026", roles.OPERATOR)
    dialog = LoginDialog(login="rina", clock=lambda: NINE)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "wrong-one")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, "pustaka-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked after 5 wrong passwords, until 09:15" in dialog.refusal.text()
    assert dialog.isVisible()


def test_escape_quits(qtbot, database):
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.login, Qt.Key.Key_Escape)
    assert dialog.result() == LoginDialog.DialogCode.Rejected


def test_the_first_start_creates_the_administrator_then_logs_in(qtbot, database):
    accounts.create_user("seed", "Seed", "password-seed", roles.ADMINISTRATOR)
    login.set_login_required(True)
    AppUser.delete().execute()  # a server opened for the first time: nobody yet
    steps = []

    def create(dialog):
        steps.append(dialog.windowTitle())
        assert not dialog.fields["role"].isVisibleTo(dialog)  # the first is administrator
        dialog.fields["login"].setText("admin")
        dialog.fields["full_name"].setText("Kepala Subbag TU")
        dialog.fields["password"].setText("pustaka-2026")
        dialog.again.setText("pustaka-2026")
        dialog.accept()
        when_modal(log_in, LoginDialog)

    def log_in(dialog):
        steps.append(dialog.login.text())
        dialog.password.setText("pustaka-2026")
        dialog.accept()

    when_modal(create, UserDialog)
    assert start.log_in()
    assert steps == ["Create the administrator", "admin"]
    assert AppUser.get().role == roles.ADMINISTRATOR
    assert role_gate.role() == roles.ADMINISTRATOR
    assert actor.current().name == "Kepala Subbag TU"


def test_two_different_passwords_are_refused_and_nothing_is_stored(qtbot, database):
    dialog = UserDialog(first_administrator=True)
    qtbot.addWidget(dialog)
    dialog.fields["login"].setText("admin")
    dialog.fields["full_name"].setText("Admin")
    dialog.fields["password"].setText("pustaka-2026")
    dialog.again.setText("pustaka-2062")
    dialog.accept()
    assert dialog.problem.text() == "Password: The two passwords differ: type them again."
    dialog.again.setText("pustaka-2026")
    dialog.fields["password"].setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.problem.text() == "Password: A password needs at least 8 characters."
    assert not AppUser.select().exists()


def test_without_a_required_login_nobody_is_asked(qtbot, database):
    assert start.log_in()
    assert role_gate.role() is None


@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_logging_in_on_a_server(qtbot, database):
    assert login.login_required()
    accounts.create_user("rina", "Rina Marlina", "pustaka-2026", roles.OPERATOR)
    dialog = LoginDialog(login="RINA", clock=lambda: NINE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "pustaka-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert actor.current().name == "Rina Marlina"
