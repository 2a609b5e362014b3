"""transfer --from --to, and backup and restore with a server's --db."""

import pytest

from models.db import db
from models.sharing.server import shown_target
from models.users import accounts, roles
from tests.builders import database_file


@pytest.fixture
def server_uri(pg_server):
    uri = pg_server.empty_database()
    yield uri
    if db.obj is not None:
        db.close()
    pg_server.drop(uri)


@pytest.fixture
def office(cli, tmp_path):
    path = tmp_path / "kantor.sqlite"
    made = cli("--db", path, "demo")
    assert made.returncode == 0, made.stderr
    return path


def test_a_file_moves_to_the_server_and_back(cli, office, server_uri, tmp_path):
    there = cli("transfer", "--from", office, "--to", server_uri, "--lang", "en")
    assert there.returncode == 0, there.stderr
    lines = there.stdout.splitlines()
    assert "person: 145 rows, verified" in lines
    assert lines[-1] == f"Everything is in {shown_target(server_uri)}."
    back = tmp_path / "kembali.sqlite"
    returned = cli("transfer", "--from", server_uri, "--to", back)
    assert returned.returncode == 0, returned.stderr
    assert "person: 145 baris, terverifikasi" in returned.stdout.splitlines()
    checked = cli("--db", back, "check", "--lang", "en")
    assert checked.returncode == 0, checked.stderr
    assert "integrity check: ok" in checked.stdout


def test_a_target_holding_data_is_refused(cli, office, server_uri):
    assert cli("transfer", "--from", office, "--to", server_uri).returncode == 0
    refused = cli("transfer", "--from", office, "--to", server_uri, "--lang", "en")
    assert refused.returncode == 1
    assert "already holds data (table" in refused.stderr
    assert "Nothing was changed." in refused.stderr
    assert refused.stdout == ""


def test_a_server_is_backed_up_and_restored_from_the_command_line(cli, office, server_uri,
                                                                   tmp_path, monkeypatch):
    with database_file(office):  # a server always asks who is working
        accounts.create_user("admin", "Rina", "pustaka-2026", roles.ADMINISTRATOR)
    assert cli("transfer", "--from", office, "--to", server_uri).returncode == 0
    monkeypatch.setenv("SIBINA_PASSWORD", "pustaka-2026")
    saved = cli("--db", server_uri, "--user", "admin", "backup", tmp_path / "usb")
    assert saved.returncode == 0, saved.stderr
    [made] = (tmp_path / "usb").iterdir()
    assert saved.stdout.strip() == str(made)
    assert cli("--db", made, "check").returncode == 0
    restored = cli("--db", server_uri, "--user", "admin", "restore", made, "--lang", "en")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {made}. The data from before is kept in ")
    [kept] = (tmp_path / "home" / "data").rglob("*sebelum-pulih*")
    assert str(kept) in restored.stdout
