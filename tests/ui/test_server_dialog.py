"""File ▸ Database server…: the address kept per PC, the password by the OS keyring only;
"Test connection" says what the server answered; and at start a server set here is opened
with that password, or, when it does not answer, the office is asked what to do."""

from argparse import Namespace
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

from models.db import db
from models.settings import get_all
from ui import server_setting, server_start
from ui.server_dialog import ServerDialog
from ui.server_setting import ServerSetting

CLERK, PASSWORD = "sibina_clerk", "Rahasia-Kantor-7"


class MemoryKeyring(KeyringBackend):
    """A keyring holding its passwords in this process only: no test touches the PC's."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def kept():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory.kept
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def clerk_server(pg_server):
    """The tests' server, where the user CLERK must give PASSWORD (all others are trusted)
    and owns a database of their own: (socket folder, port, database)."""
    with psycopg.connect(pg_server.uri("postgres"), autocommit=True) as admin:
        hba = Path(admin.execute("SHOW hba_file").fetchone()[0])
        port = int(admin.execute("SHOW port").fetchone()[0])
        if not admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (CLERK,)).fetchone():
            admin.execute(f"CREATE ROLE {CLERK} LOGIN PASSWORD '{PASSWORD}'")
        admin.execute(f"CREATE DATABASE office_of_clerk OWNER {CLERK}")
        line = f"local all {CLERK} scram-sha-256\n"
        if line not in hba.read_text():
            hba.write_text(line + hba.read_text())  # the first matching line counts
        admin.execute("SELECT pg_reload_conf()")
    folder = pg_server.uri("postgres").split("host=", 1)[1]
    yield folder, port, "office_of_clerk"
    pg_server.drop(pg_server.uri("office_of_clerk"))


def fill(dialog, host, port=5432, database="sibina", user="clerk", password=""):
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_save_keeps_the_address_in_settings_and_the_password_in_the_keyring_only(
        qtbot, kept, tmp_path):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "192.168.1.10", 5433, "sibina", "rina", "Rahasia-Kantor-7")

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    settings = QSettings()
    assert [settings.value(f"database_server/{k}") for k in
            ("host", "port", "database", "user")] == ["192.168.1.10", 5433, "sibina", "rina"]
    assert kept == {("SiBina", "rina@192.168.1.10"): "Rahasia-Kantor-7"}
    settings.sync()
    written = [p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()]
    assert written and not any(b"Rahasia" in data for data in written)
    assert server_setting.saved().uri() == "postgresql://rina@192.168.1.10:5433/sibina"


def test_an_empty_field_is_named_and_nothing_is_saved(qtbot, kept):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "192.168.1.10", database="", password="x")

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert dialog.answer.text() == "Type the database's name."
    assert server_setting.saved() is None and kept == {}


def test_use_this_pcs_file_forgets_the_server_and_its_password(qtbot, kept):
    server_setting.save(ServerSetting("server-kantor", 5432, "sibina", "rina"), "pw")
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "server-kantor" and dialog.password.text() == "pw"

    dialog.file_button.click()

    assert server_setting.saved() is None and kept == {}


def test_test_connection_says_it_worked_and_what_the_database_holds(qtbot, kept,
                                                                   clerk_server):
    folder, port, database = clerk_server
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, folder, port, database, CLERK, PASSWORD)

    dialog.test_button.click()

    assert dialog.answer.text().startswith("Connected to PostgreSQL 1")
    assert "The database is empty" in dialog.answer.text()


def test_a_wrong_password_is_said_in_words(qtbot, kept, clerk_server):
    folder, port, database = clerk_server
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, folder, port, database, CLERK, "salah")

    dialog.test_button.click()

    assert dialog.answer.text() == ("The server refused the password for this user. Type "
                                    "the password again, or ask the administrator to reset "
                                    "it.")


def test_at_start_the_server_set_here_is_opened_with_the_password_from_the_keyring(
        kept, clerk_server, tmp_path):
    folder, port, database = clerk_server
    server_setting.save(ServerSetting(folder, port, database, CLERK), PASSWORD)
    try:
        target = server_start.open_chosen(Namespace(db=None, demo=False))
        assert target.startswith(f"postgresql://{CLERK}@:{port}/{database}")
        assert PASSWORD not in target
        assert "office_name" in get_all()  # SiBina's tables were made there
    finally:
        db.close()
        db.initialize(None)


def test_a_server_that_does_not_answer_at_start_asks_and_quit_quits(kept, tmp_path):
    server_setting.save(ServerSetting(str(tmp_path / "no-server"), 5432, "sibina", "rina"),
                        "pw")
    asked = []

    def answer(why):
        asked.append(why)
        return server_start.RETRY if len(asked) == 1 else server_start.QUIT

    assert server_start.open_chosen(Namespace(db=None, demo=False), ask=answer) is None
    assert len(asked) == 2 and "could not use the database server" in asked[0]
    assert "Traceback" not in asked[0]


def test_db_on_the_command_line_wins_over_the_setting(kept, tmp_path):
    server_setting.save(ServerSetting(str(tmp_path / "no-server"), 5432, "sibina", "rina"),
                        "pw")
    try:
        target = server_start.open_chosen(Namespace(db=tmp_path / "kantor.sqlite",
                                                    demo=False))
        assert target == tmp_path / "kantor.sqlite" and target.exists()
    finally:
        db.close()
        db.initialize(None)


def test_change_server_at_start_can_go_back_to_this_pcs_file(kept, tmp_path, monkeypatch,
                                                               qtbot):
    from tests.builders import when_modal
    from ui.cli import entry as cli

    monkeypatch.setattr(cli, "default_database", lambda demo: tmp_path / "kantor.sqlite")
    server_setting.save(ServerSetting(str(tmp_path / "no-server"), 5432, "sibina", "rina"),
                        "pw")
    when_modal(lambda dialog: dialog.file_button.click(), ServerDialog)
    try:
        target = server_start.open_chosen(Namespace(db=None, demo=False),
                                          ask=lambda why: server_start.CHANGE)
        assert target == tmp_path / "kantor.sqlite" and server_setting.saved() is None
        assert kept == {}
    finally:
        db.close()
        db.initialize(None)


def test_saving_without_a_password_takes_the_old_one_out_of_the_keyring(qtbot, kept):
    server_setting.save(ServerSetting("server-kantor", 5432, "sibina", "rina"), "lama")
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.password.clear()  # the password is now in the PC's pgpass file

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert server_setting.saved().host == "server-kantor" and kept == {}


def test_the_question_at_start_takes_try_again_on_enter_and_quit_on_escape(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.builders import when_modal

    answers = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        when_modal(lambda box, key=key: (answers.append(
            [b.text() for b in box.buttons()]), QTest.keyClick(box, key)))
        answers.append(server_start.ask_unreachable("The server does not answer."))
    assert answers[0] == ["&Try again", "&Change server…", "&Quit"]
    assert answers[1::2] == [server_start.RETRY, server_start.QUIT]
