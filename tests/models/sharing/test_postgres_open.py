"""open_database takes a libpq URI as it takes a file: a new database on the server gets
SiBina's tables and upgrade history, and reopening it finds them."""

from pathlib import Path

import pytest

from models.db import applied_migrations, db, migration_names, open_database
from models.events.themes import DEFAULT_THEMES, listing
from models.messages import SiBinaError


@pytest.fixture
def server_database(pg_server):
    uri = pg_server.empty_database()
    yield uri
    if db.obj is not None:
        db.close()
    db.initialize(None)
    pg_server.drop(uri)


def test_a_new_server_database_is_made_and_stamped_as_a_new_file_is(server_database):
    database = open_database(server_database)
    assert database.file_path is None and not database.read_only
    assert sorted(applied_migrations()) == migration_names()
    assert [name for _, name, _ in listing()] == list(DEFAULT_THEMES)
    database.close()

    open_database(server_database)  # the second time: nothing to create, nothing to upgrade
    assert [name for _, name, _ in listing()] == list(DEFAULT_THEMES)


def test_a_server_that_does_not_answer_is_named_without_the_password(tmp_path):
    with pytest.raises(SiBinaError) as raised:
        open_database(f"postgresql://clerk:secret@/sibina?host={tmp_path}")
    text = str(raised.value.msg.params)
    assert "clerk:***@" in text and "secret" not in text


def test_a_save_waiting_too_long_for_another_pc_is_refused_as_busy(server_database,
                                                                   monkeypatch):
    import psycopg
    from peewee import OperationalError

    from models.settings import Setting, put
    from models.sharing import server

    monkeypatch.setattr(server, "LOCK_WAIT", "200ms")
    open_database(server_database)
    with psycopg.connect(server_database) as other_pc:  # in a transaction until closed
        other_pc.execute("SELECT pg_advisory_xact_lock(%s)", (server.WRITERS_IN_TURN,))
        with pytest.raises(OperationalError, match="lock"), db.atomic():
            put("office_code", "PERPUS")
    assert Setting.get_or_none(Setting.key == "office_code") is None


def test_a_file_database_starts_without_the_server_driver(tmp_path):
    """Peewee would import psycopg as it is imported (120 ms of every start); an office
    opening its file never loads it, one on a server gets it when the server is opened."""
    import subprocess
    import sys

    from models.db import db, open_database

    open_database(tmp_path / "kantor.sqlite")  # made here: making one runs the upgrader,
    db.close()  # whose PostgreSQL parts import the driver
    db.initialize(None)
    code = ("import sys; from models.db import open_database; "
            f"open_database({str(tmp_path / 'kantor.sqlite')!r}); "
            "print('psycopg' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[3], timeout=60)
    assert result.stdout.strip() == "False", result.stderr
