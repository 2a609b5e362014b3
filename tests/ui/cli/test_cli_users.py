"""--user on the command line: the password from SIBINA_PASSWORD (scheduled jobs), the role
deciding which commands run."""

import pytest

from models.users import accounts, login, roles
from tests.builders import database_file, english, event_with_sessions


@pytest.fixture
def guarded(tmp_path):
    """A file that requires a login, with an administrator and the head of office."""
    path = tmp_path / "office.sqlite"
    with database_file(path):
        event_with_sessions(title="Bimtek Katalogisasi")
        accounts.create_user("admin", "Rina Marlina", "pustaka-2026", roles.ADMINISTRATOR)
        accounts.create_user("kepala", "Dra. Hasnah", "pimpinan-26", roles.PIMPINAN)
        login.set_login_required(True)
    return path


def test_without_user_a_command_is_refused_saying_how(cli, guarded):
    result = english(cli, guarded, "list-events")
    assert result.returncode == 1
    assert "requires a login: add --user NAME" in result.stderr
    assert "SIBINA_PASSWORD" in result.stderr
    assert result.stdout == ""


def test_a_scheduled_job_logs_in_with_sibina_password(cli, guarded, monkeypatch):
    monkeypatch.setenv("SIBINA_PASSWORD", "pustaka-2026")
    result = english(cli, guarded, "--user", "admin", "list-events")
    assert result.returncode == 0, result.stderr
    assert "Bimtek Katalogisasi" in result.stdout


def test_a_wrong_password_is_refused_in_the_same_words_as_in_the_window(cli, guarded,
                                                                         monkeypatch):
    monkeypatch.setenv("SIBINA_PASSWORD", "not-it-at-all")
    result = english(cli, guarded, "list-events", "--user", "admin")
    assert result.returncode == 1
    assert result.stderr.strip() == "The login name or the password is wrong."


def test_the_password_is_asked_when_no_variable_gives_it(cli, guarded, monkeypatch):
    monkeypatch.delenv("SIBINA_PASSWORD", raising=False)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "pimpinan-26")
    result = english(cli, guarded, "--user", "kepala", "list-events")
    assert result.returncode == 0, result.stderr
    assert asked == ["Password for kepala: "]


def test_the_head_of_office_reads_but_may_not_import_or_restore(cli, guarded, tmp_path,
                                                                monkeypatch):
    monkeypatch.setenv("SIBINA_PASSWORD", "pimpinan-26")
    staff = tmp_path / "staff.csv"
    staff.write_text("Nama;NIP\nSiti Aminah;\n", encoding="utf-8")
    refused = english(cli, guarded, "--user", "kepala", "import-staff", staff)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "A user with the role Pimpinan (head of office) may not run import-staff.")
    assert "imported" not in refused.stdout
    backup = tmp_path / "backup.sqlite"
    backup.write_bytes(guarded.read_bytes())
    assert "may not run restore" in english(
        cli, guarded, "--user", "kepala", "restore", backup).stderr
    assert english(cli, guarded, "--user", "kepala", "list-events").returncode == 0


def test_the_window_takes_user_too():
    from ui.cli.entry import prescan

    assert prescan(["--user", "rina", "--lang", "en"]) == (True, "en")
