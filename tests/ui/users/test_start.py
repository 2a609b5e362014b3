"""Starting the window where a login is required, and logging out to the next person."""

import pytest

from models.db import db
from models.sharing import actor
from models.users import accounts, login, roles
from tests.builders import database_file, when_modal
from ui.app import start_windows
from ui.cli.entry import build_parser
from ui.main_window import MainWindow
from ui.users.door_window import DoorWindow
from ui.users.login_dialog import LoginDialog


@pytest.fixture
def guarded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    path = tmp_path / "office.sqlite"
    with database_file(path):
        accounts.create_user("admin", "Rina Marlina", "pustaka-2026", roles.ADMINISTRATOR)
        accounts.create_user("pintu", "Meja Depan", "pintu-masuk", roles.CHECKIN)
        login.set_login_required(True)
    yield path
    if db.obj is not None:
        db.close()
    db.initialize(None)


def logging_in(password, seen=None):
    def answer(dialog):
        if seen is not None:
            seen.append(dialog.login.text())
        if dialog.login.text() == "":
            dialog.login.setText("pintu")
        dialog.password.setText(password)
        dialog.accept()

    return answer


def test_log_out_asks_again_and_the_next_role_gets_its_window(qtbot, qapp, guarded):
    seen = []
    args = build_parser().parse_args(["--db", str(guarded), "--user", "admin"])
    when_modal(logging_in("pustaka-2026", seen), LoginDialog)
    windows = start_windows(qapp, args)
    assert seen == ["admin"]  # --user fills the login name in
    assert isinstance(windows.current, MainWindow)
    assert actor.current().name == "Rina Marlina"
    first = windows.current
    when_modal(logging_in("pintu-masuk"), LoginDialog)
    first.logout_action.trigger()
    assert isinstance(windows.current, DoorWindow)
    assert actor.current().name == "Meja Depan"
    assert qapp.quitOnLastWindowClosed()
    windows.current.close()


def test_escape_at_the_login_opens_no_window(qtbot, qapp, guarded):
    args = build_parser().parse_args(["--db", str(guarded)])
    when_modal(lambda dialog: dialog.reject(), LoginDialog)
    assert start_windows(qapp, args) is None
    assert actor.current().user_id is None


def test_after_a_restore_the_restored_data_s_users_log_in_again(qtbot, qapp, guarded):
    args = build_parser().parse_args(["--db", str(guarded), "--user", "admin"])
    when_modal(logging_in("pustaka-2026"), LoginDialog)
    windows = start_windows(qapp, args)
    first = windows.current
    assert actor.current().name == "Rina Marlina"
    seen = []
    when_modal(logging_in("pintu-masuk", seen), LoginDialog)
    first.restored.emit()  # as the window does once a backup is restored
    assert len(seen) == 1  # asked again, on the data as restored
    assert isinstance(windows.current, DoorWindow) and windows.current is not first
    assert actor.current().name == "Meja Depan"
    windows.current.close()


def test_after_a_restore_with_no_login_the_window_simply_reopens(qtbot, qapp, tmp_path):
    path = tmp_path / "office.sqlite"
    with database_file(path):
        pass
    windows = start_windows(qapp, build_parser().parse_args(["--db", str(path)]))
    first = windows.current
    first.restored.emit()
    assert isinstance(windows.current, MainWindow) and windows.current is not first
    assert actor.current().user_id is None
    windows.current.close()
    db.close()
    db.initialize(None)
