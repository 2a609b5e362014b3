"""--db takes a PostgreSQL server's URI as it takes a file, never with a password in it."""

import pytest

from models.db import db
from models.users import accounts, roles
from tests.builders import database_file


@pytest.fixture
def server_uri(pg_server):
    uri = pg_server.empty_database()
    yield uri
    if db.obj is not None:
        db.close()
    pg_server.drop(uri)


def test_commands_run_on_a_server_database(cli, server_uri, monkeypatch):
    # A server always asks who is working.
    with database_file(server_uri):
        accounts.create_user("admin", "Rina", "pustaka-2026", roles.ADMINISTRATOR)
    assert "requires a login" in cli("--db", server_uri, "--lang", "en", "demo").stderr
    monkeypatch.setenv("SIBINA_PASSWORD", "pustaka-2026")
    made = cli("--db", server_uri, "--user", "admin", "demo")
    assert made.returncode == 0, made.stderr
    listed = cli("--db", server_uri, "--user", "admin", "list-events")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) > 3


def test_a_password_on_the_command_line_is_refused(cli, tmp_path):
    result = cli("--db", f"postgresql://clerk:rahasia@/sibina?host={tmp_path}", "list-events")
    assert result.returncode == 2
    assert "PGPASSWORD" in result.stderr and "rahasia" not in result.stderr


def test_a_file_only_command_says_so_for_a_server(cli, server_uri):
    result = cli("--db", server_uri, "check")
    assert result.returncode == 1
    assert "server" in result.stderr
