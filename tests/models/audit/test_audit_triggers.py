"""Every change writes an audit entry in its own transaction, whatever path it took."""

import datetime as dt
import json
import shutil
import sqlite3

import pytest
from peewee import DatabaseError

from models.attendance import checkin
from models.audit.tables import AuditEntry
from models.audit.triggers import paused
from models.db import db, open_database
from models.engine import execute
from models.files.stored import StoredFile
from models.schema_check import foreign_in
from models.sharing import actor
from models.staff import staff_list
from models.staff.tables import Person
from tests.builders import DAY, V1_DATABASE, event_with_sessions, staff_member


def entries(table=None):
    query = AuditEntry.select().order_by(AuditEntry.id)
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    return list(query)


def changed(entry):
    """Field → (old, new) for the fields an update changed."""
    old, new = json.loads(entry.old), json.loads(entry.new)
    return {key: (old[key], new[key]) for key in new if old[key] != new[key]}


def test_a_person_edit_is_one_entry_with_each_field_old_and_new(database):
    rina = staff_member("Rina", unit="Layanan")
    first_saved_by = actor.current().name  # the OS user, until Dewi logs in
    actor.set_user("Dewi Kartika")
    staff_list.save_person({**staff_list.person_values(rina), "name": "Rina S.",
                            "unit": "Pengolahan"}, rina.id)
    edit = entries("person")[-1]
    assert (edit.action, edit.record, edit.actor) == ("update", str(rina.id), "Dewi Kartika")
    assert edit.pc == actor.current().pc != ""
    assert edit.person_id == rina.id
    stamps = {"updated_at", "changed_at"}  # the save's own time
    assert {k: v for k, v in changed(edit).items() if k not in stamps} == {
        "name": ("Rina", "Rina S."), "unit": ("Layanan", "Pengolahan"),
        "changed_by": (first_saved_by, "Dewi Kartika")}
    assert len(entries("person")) == 2  # the insert, then this one edit
    assert isinstance(edit.at, dt.datetime)


def test_an_insert_keeps_the_new_values_and_a_save_changing_nothing_writes_nothing(database):
    rina = staff_member("Rina", unit="Layanan")
    [added] = entries("person")
    assert added.action == "insert" and added.old is None
    assert json.loads(added.new)["unit"] == "Layanan"
    Person.get_by_id(rina.id).save()  # every field written again, none changed
    assert len(entries("person")) == 1


def test_a_rolled_back_change_leaves_no_entry(database):
    rina = staff_member("Rina")
    before = len(entries())
    with pytest.raises(RuntimeError), db.atomic():
        Person.update(name="Rina S.").where(Person.id == rina.id).execute()
        raise RuntimeError("the office cancelled")
    assert len(entries()) == before
    assert Person.get_by_id(rina.id).name == "Rina"


def test_a_bulk_update_and_a_raw_delete_are_logged(database):
    people = [staff_member(name) for name in ("Ani", "Budi", "Citra")]
    Person.update(unit="Layanan").execute()
    updates = [e for e in entries("person") if e.action == "update"]
    assert sorted(int(e.record) for e in updates) == sorted(p.id for p in people)
    assert all(changed(e)["unit"] == ("", "Layanan") for e in updates)
    execute("DELETE FROM person WHERE name = ?", ("Budi",))
    [deleted] = [e for e in entries("person") if e.action == "delete"]
    assert deleted.new is None and json.loads(deleted.old)["name"] == "Budi"
    assert deleted.record == str(people[1].id)


def test_a_check_in_is_logged_under_the_event_and_the_person(database):
    siti = staff_member("Siti Aminah")
    event, sessions = event_with_sessions(participants=(siti,))
    actor.set_user("Meja Depan")
    result = checkin.check_in(sessions[0].id, "1", dt.datetime.combine(DAY, dt.time(8)), 15)
    assert result.outcome == checkin.CHECKED_IN
    [mark] = entries("attendance")
    assert (mark.action, mark.actor, mark.person_id, mark.event_id) == (
        "insert", "Meja Depan", siti.id, event.id)
    assert json.loads(mark.new)["status"] == "hadir"


def test_a_stored_file_is_logged_by_its_size_not_its_content(database):
    stored = StoredFile.create(name="logo.png", data=b"\x89PNG" + bytes(96),
                               added_at=dt.datetime(2026, 3, 1))
    [added] = entries("stored_file")
    assert added.record == str(stored.id)
    assert json.loads(added.new)["data"] == 100


def test_the_log_cannot_be_changed_or_emptied(database):
    staff_member("Rina")
    entry = entries()[-1]
    for statement in ("UPDATE audit_entry SET actor = 'Orang Lain'", "DELETE FROM audit_entry"):
        with pytest.raises(DatabaseError, match="the audit log cannot be changed"):
            with db.atomic():
                execute(statement)
    assert AuditEntry.get_by_id(entry.id).actor == entry.actor


def test_while_paused_nothing_is_logged_and_the_log_may_be_replaced(database):
    staff_member("Rina")
    with paused(database):
        Person.update(unit="Layanan").execute()
        staff_member("Budi")
        execute("DELETE FROM audit_entry")
    assert entries() == []
    staff_member("Citra")  # logging again after the pause
    assert [e.action for e in entries()] == ["insert"]


@pytest.mark.sqlite_only
def test_an_upgraded_version_1_file_is_logged_and_still_passes_the_check(tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(V1_DATABASE, path)
    try:
        open_database(path)
        siti = Person.get(Person.nip == "196903091994032001")
        staff_list.save_person({**staff_list.person_values(siti), "unit": "Deposit"}, siti.id)
        assert [e.action for e in entries("person")] == ["update"]
        assert foreign_in(db.obj.connection()) is None
    finally:
        db.close()
        db.initialize(None)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER audit_person_sneak AFTER INSERT ON person BEGIN "
                       "DELETE FROM audit_entry; END")
    found = foreign_in(connection)
    connection.close()
    assert found.english() == ("the file has a trigger “audit_person_sneak” that SiBina "
                               "never makes")


@pytest.mark.sqlite_only
def test_a_rewritten_or_dropped_audit_trigger_is_refused(database):
    connection = database.connection()
    connection.execute('DROP TRIGGER "audit_person_update"')
    assert foreign_in(connection).english() == (
        "the file lacks trigger “audit_person_update”")
    connection.execute('CREATE TRIGGER "audit_person_update" AFTER UPDATE ON person '
                       "BEGIN SELECT 1; END")
    assert foreign_in(connection).english() == (
        "trigger “audit_person_update” differs from the one SiBina makes")


def test_a_private_key_in_the_settings_never_enters_the_log(database):
    from models import settings

    settings.put("signing_private_key", "cmFoYXNpYQ==")
    settings.put("office_name", "Perpustakaan Kota")
    execute("DELETE FROM setting WHERE key = ?", ("signing_private_key",))
    logged = " ".join(f"{e.old} {e.new}" for e in entries("setting"))
    assert "cmFoYXNpYQ==" not in logged and "Perpustakaan Kota" in logged
    [deleted] = [e for e in entries("setting") if e.action == "delete"]
    assert deleted.record == "signing_private_key"


def test_a_change_outside_a_transaction_names_whoever_logged_in_last(database):
    actor.set_user("Dewi")
    Person.create(name="Ani", gender="P")  # a statement committing by itself
    actor.set_user("Rina")
    Person.create(name="Budi", gender="L")
    assert [(e.actor, json.loads(e.new)["name"]) for e in entries("person")] == [
        ("Dewi", "Ani"), ("Rina", "Budi")]


def test_a_table_a_later_upgrade_adds_is_logged_without_it_asking(database, tmp_path,
                                                                  monkeypatch):
    from models import db as db_module
    from models.db import migration_runner

    steps = tmp_path / "migrations"
    shutil.copytree(db_module.MIGRATIONS_DIR, steps)
    (steps / "0099_reading_list.py").write_text(
        "def up(migrator, db):\n"
        "    db.execute_sql('CREATE TABLE reading_list (id INTEGER NOT NULL PRIMARY KEY, '\n"
        "                   'title VARCHAR(200) NOT NULL, person_id INTEGER)')\n")
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", steps)
    migration_runner(database).up()
    execute("INSERT INTO reading_list (id, title, person_id) VALUES (1, 'DDC 23', 7)")
    [added] = entries("reading_list")
    assert (added.action, added.record, added.person_id) == ("insert", "1", 7)
    assert json.loads(added.new) == {"id": 1, "title": "DDC 23", "person_id": 7}


def test_pausing_through_the_shared_proxy_pauses_the_database_it_stands_for(database):
    from models.audit.triggers import paused
    from models.db import db

    staff_member("Rina")
    logged = len(entries())
    with paused(db):  # the proxy, as a caller holding only models.db.db passes it
        staff_member("Siti")
        AuditEntry.delete().execute()  # a whole-database copy replaces the log
    assert len(entries()) == 0 < logged
