"""A backup or database holding what SiBina never makes is refused, naming what differs."""

import datetime as dt
import shutil
import sqlite3

import pytest
from peewee import SqliteDatabase

from models import backup
from models.db import db, latest_version, migration_names, migration_runner, open_database
from models.demo import fill as demo
from models.messages import SiBinaError
from models.schema_check import expected_layout, layout, models_layout, upgraded_layout
from models.staff.tables import Person
from tests.builders import V1_DATABASE, every_table

# These files are SQLite files and the check reads their sqlite_master; a server's
# catalogue is not checked (see models/sharing/server.py).
pytestmark = pytest.mark.sqlite_only

WHEN = dt.datetime(2026, 12, 5, 9, 30)
REFUSED = "{name} holds what SiBina never makes ({detail}); it cannot be restored."


@pytest.fixture
def office(database):
    demo.fill_demo(today=dt.date(2026, 3, 1))
    return database


def crafted(*statements):
    """A change to a copy of a good backup, made with SQLite as anyone could."""
    def change(connection):
        for statement in statements:
            connection.execute(statement)
    return change


def first_id(table):
    return f"(SELECT min(id) FROM {table})"


def only_the_history(connection):
    for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name <> 'schema_migration'").fetchall():
        connection.execute(f'DROP TABLE "{name}"')


CASES = {
    "trigger deleting marks": (crafted(
        "CREATE TRIGGER wipe AFTER INSERT ON person BEGIN DELETE FROM certificate; "
        "DELETE FROM attendance; END"),
        "the file has a trigger “wipe” that SiBina never makes"),
    "trigger un-revoking": (crafted(
        "CREATE TRIGGER unrevoke AFTER UPDATE ON certificate BEGIN UPDATE certificate "
        "SET revoked_at = NULL, revoked_reason = '' WHERE id = new.id; END"),
        "the file has a trigger “unrevoke” that SiBina never makes"),
    "trigger under a name SQLite reserves": (crafted(
        "PRAGMA writable_schema = ON",
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('trigger', "
        "'sqlite_wipe', 'person', 0, 'CREATE TRIGGER sqlite_wipe AFTER INSERT ON person "
        "BEGIN DELETE FROM certificate; END')"),
        "the file has a trigger “sqlite_wipe” that SiBina never makes"),
    "view": (crafted("CREATE VIEW everyone AS SELECT * FROM person"),
             "the file has a view “everyone” that SiBina never makes"),
    "dropped table": (crafted("DROP TABLE follow_up"), "the file lacks table follow_up"),
    "dropped column": (crafted(
        "DROP INDEX person_nip", *(f"DROP TRIGGER audit_person_{action}"
                                   for action in ("insert", "update", "delete")),
        "ALTER TABLE person DROP COLUMN nip"), "table person lacks column nip"),
    "extra column": (crafted("ALTER TABLE person ADD COLUMN salary INTEGER"),
                     "table person has a column salary that SiBina never makes"),
    "extra table": (crafted("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                    "the file has a table “notes” that SiBina never makes"),
    "extra index": (crafted("CREATE INDEX person_email ON person (email)"),
                    "the file has an index “person_email” that SiBina never makes"),
    "unique constraint": (crafted(
        "DROP TABLE setting", "CREATE TABLE setting (key VARCHAR(255) NOT NULL PRIMARY KEY, "
        "value TEXT NOT NULL UNIQUE, changed_at DATETIME, changed_by VARCHAR(255))"),
        "the file has an index “sqlite_autoindex_setting_2” that SiBina never makes"),
    "changed column type": (crafted(
        "DROP TABLE theme", "CREATE TABLE theme (id INTEGER NOT NULL PRIMARY KEY, "
        "name VARCHAR(255) NOT NULL, position TEXT NOT NULL)"),
        "column position of table theme is declared TEXT NOT NULL; SiBina declares it "
        "INTEGER NOT NULL"),
    "deletion cascading to marks": (crafted(
        "DROP TABLE follow_up", "CREATE TABLE follow_up (id INTEGER NOT NULL PRIMARY KEY, "
        "event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE, "
        "person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE, "
        "date DATE NOT NULL, applied VARCHAR(255) NOT NULL, changes TEXT NOT NULL, "
        "rated_by VARCHAR(255) NOT NULL, rating INTEGER)"),
        "the links of table follow_up to other tables (what a deletion keeps or removes) "
        "differ from SiBina's"),
    "only the history": (only_the_history, "the file lacks table answer"),
    "text in a date": (crafted(
        f"UPDATE event SET start_date = 'kemarin' WHERE id = {first_id('event')}"),
        "table event, row {event}, column start_date does not hold a date"),
    "text in an integer": (crafted(
        f"UPDATE certificate SET year = 'dua ribu' WHERE id = {first_id('certificate')}"),
        "table certificate, row {certificate}, column year does not hold a whole number"),
    "impossible date and time": (crafted(
        f"UPDATE attendance SET recorded_at = '2026-02-30 10:00:00' "
        f"WHERE id = {first_id('attendance')}"),
        "table attendance, row {attendance}, column recorded_at does not hold a date and "
        "time"),
    "unknown upgrade below the current": (crafted(
        "INSERT INTO schema_migration (name, applied) VALUES ('0003_extra', "
        "'2026-01-01 00:00:00')"),
        "the file records an upgrade “0003_extra” that SiBina does not know"),
    "gap in the upgrades": (crafted(
        "DELETE FROM schema_migration WHERE name = '0003_event_counts_index'"),
        "the file's upgrade history skips “0003_event_counts_index”"),
}


def make_bad(good, tmp_path, change):
    bad = tmp_path / "kiriman.sqlite"
    shutil.copy(good, bad)
    connection = sqlite3.connect(bad)
    # SiBina's audit triggers call functions SiBina gives its own connections; whoever
    # edits a file with another program defines them first, as here.
    for name in ("sibina_audit", "sibina_actor", "sibina_pc"):
        connection.create_function(name, 0, lambda: "")
    try:
        change(connection)
        connection.commit()
    finally:
        connection.close()
    return bad


@pytest.mark.parametrize("kind", list(CASES))
def test_a_crafted_backup_is_refused_naming_what_differs(office, tmp_path, kind):
    change, detail = CASES[kind]
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    bad = make_bad(good, tmp_path, change)
    rows = {table: db.execute_sql(f"SELECT min(id) FROM {table}").fetchone()[0]
            for table in ("event", "certificate", "attendance")}
    before = every_table()
    with pytest.raises(SiBinaError) as err:
        backup.restore(bad, tmp_path / "aman")
    assert str(err.value) == REFUSED.format(name=bad.name, detail=detail.format(**rows))
    assert every_table() == before
    assert not (tmp_path / "aman").exists()  # refused before even the safety copy


def test_the_planted_trigger_never_reaches_the_records(office, tmp_path):
    """What the probe did: restore, then import staff; the certificates must survive."""
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    bad = make_bad(good, tmp_path, CASES["trigger deleting marks"][0])
    certificates = db.execute_sql("SELECT count(*) FROM certificate").fetchone()[0]
    with pytest.raises(SiBinaError):
        backup.restore(bad, tmp_path / "aman")
    Person.create(name="Pegawai Baru", gender="P")
    assert db.execute_sql("SELECT count(*) FROM certificate").fetchone()[0] == certificates
    assert db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                          "AND name = 'wipe'").fetchone()[0] == 0


def at_version(tmp_path, version):
    """A genuine file of ``version``: the version 1 fixture upgraded that far."""
    path = tmp_path / f"v{version}.sqlite"
    shutil.copy(V1_DATABASE, path)
    database = SqliteDatabase(str(path))
    try:
        if version > 1:
            migration_runner(database).up(target=next(
                n for n in migration_names() if int(n.split("_", 1)[0]) == version))
    finally:
        database.close()
    return path


@pytest.mark.parametrize("version", [int(n.split("_", 1)[0]) for n in migration_names()])
def test_a_genuine_backup_of_every_version_restores_and_opens(tmp_path, version):
    made = at_version(tmp_path, version)
    assert backup.check_backup(made) == version
    open_database(tmp_path / "kantor.sqlite")
    try:
        backup.restore(made, tmp_path / "aman")
        db.close()
        open_database(tmp_path / "kantor.sqlite")
        assert Person.get(Person.nip == "196903091994032001").name == "Siti Aminah"
    finally:
        db.close()
        db.initialize(None)


def test_the_models_and_the_upgrades_make_one_schema(database):
    """Otherwise either new files or upgraded ones would be refused."""
    assert layout(database.connection()) == expected_layout(latest_version())
    assert models_layout() == upgraded_layout(latest_version())


def test_an_open_database_with_a_planted_trigger_is_refused_at_start(tmp_path):
    path = tmp_path / "kantor.sqlite"
    open_database(path)
    db.close()
    db.initialize(None)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON person BEGIN "
                       "DELETE FROM certificate; END")
    connection.commit()
    connection.close()
    with pytest.raises(SiBinaError) as err:
        open_database(path)
    db.initialize(None)
    assert str(err.value) == (
        f"{path} holds what SiBina never makes (the file has a trigger “wipe” that SiBina "
        "never makes); SiBina will not open it. Restore the newest backup.")
    assert not list(tmp_path.glob("*.bak"))  # refused before any upgrade or copy


def test_the_stored_newest_layout_is_what_the_models_make():
    """Start-up reads the newest layout from models/schema_newest.json; after a schema
    change, `uv run python -m models.schema_check` writes it again."""
    import json

    from models.schema_check import NEWEST, _as_tuples

    stored = json.loads(NEWEST.read_text(encoding="utf-8"))
    assert stored["version"] == latest_version()
    assert _as_tuples(stored["layout"]) == models_layout()
    assert expected_layout(latest_version()) == models_layout()
