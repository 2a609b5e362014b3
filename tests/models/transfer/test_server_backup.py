"""Backup and restore on a PostgreSQL server: the backup is the usual SiBina file (checked
as any backup, restorable on either engine); a restore replaces every row on the server
in one transaction, or none."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from models import backup
from models.audit.triggers import connect_functions
from models.db import db, inspect_file, latest_version, open_database
from models.messages import SiBinaError
from models.schema_check import foreign_in_file
from models.staff.tables import Person
from models.transfer import transfer
from tests.models.transfer.office import every_row

V1 = Path(__file__).resolve().parents[2] / "fixtures" / "sibina-v1.sqlite"


@pytest.fixture
def server(pg_server, office_file):
    """The office's data on a server, which is open."""
    uri = pg_server.empty_database()
    transfer(office_file, uri)
    database = open_database(uri)
    yield database
    database.close()
    db.initialize(None)
    pg_server.drop(uri)


def rows_of(target) -> dict:
    database = open_database(target)
    try:
        return every_row(database)
    finally:
        database.close()


def test_a_backup_of_the_server_is_a_checked_sibina_file(server, office_file, tmp_path):
    made = backup.write_backup(tmp_path / "usb")
    assert made.name.startswith(backup.PREFIX) and made.suffix == ".sqlite"
    assert [p.name for p in made.parent.iterdir()] == [made.name]
    assert inspect_file(made) == (latest_version(), [])
    assert foreign_in_file(made, latest_version()) is None  # what `check` asks, too
    assert backup.check_backup(made) == latest_version()
    with sqlite3.connect(made) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    kept = every_row(server)
    db.close()
    assert rows_of(made) == kept == rows_of(office_file)
    # …and it restores on a file as any backup does.
    other = tmp_path / "lain.sqlite"
    open_database(other)
    backup.restore(made, tmp_path / "aman")
    db.close()
    assert rows_of(other) == kept


def test_a_restore_on_the_server_replaces_every_row_and_numbers_on(server, tmp_path):
    made = backup.write_backup(tmp_path / "usb")
    before = every_row(server)
    Person.update(name="Diubah").execute()
    Person.create(name="Orang Ketiga Ratus")
    safety = backup.restore(made, tmp_path / "aman")
    assert every_row(server) == before
    assert "sebelum-pulih" in safety.name
    with sqlite3.connect(safety) as copy:  # the data as it was just before
        assert copy.execute("SELECT COUNT(*) FROM person WHERE name = 'Diubah'").fetchone()[0]
    copy.close()
    highest = max(row[0] for row in before["person"])
    assert Person.create(name="Sesudah Pemulihan").id == highest + 1


def test_a_failed_restore_leaves_the_server_as_it_was(server, tmp_path):
    made = backup.write_backup(tmp_path / "usb")
    odd = tmp_path / "aneh.sqlite"
    shutil.copy(made, odd)
    with sqlite3.connect(odd) as connection:  # longer than the server's column takes
        connect_functions(connection)  # the file's audit triggers call SiBina's functions
        connection.execute("UPDATE event SET venue = ? WHERE id = (SELECT MAX(id) FROM event)",
                           ("Gedung " * 50,))
    connection.close()
    Person.update(name="Tetap").where(Person.id == 1).execute()
    before = every_row(server)
    with pytest.raises(SiBinaError, match=r"Restoring aneh.sqlite failed \(Copying table "
                                          r"event .*the data is as it was"):
        backup.restore(odd, tmp_path / "aman")
    assert every_row(server) == before


def test_an_older_backup_is_upgraded_on_the_way_to_the_server(server, tmp_path, key_folder):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    from models.certificates.tables import SigningKey
    from models.settings import LEGACY_SIGNING_KEY, Setting

    old = tmp_path / "lama.sqlite"
    shutil.copy(V1, old)
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                     NoEncryption())
    with sqlite3.connect(old) as v1:  # where SiBina kept the private key before schema 9
        v1.execute("INSERT INTO setting (key, value) VALUES (?, ?)",
                   (LEGACY_SIGNING_KEY, base64.b64encode(raw).decode()))
        people = v1.execute("SELECT COUNT(*) FROM person").fetchone()[0]
    v1.close()
    kept = old.read_bytes()
    backup.restore(old, tmp_path / "aman")
    assert Person.select().count() == people
    assert old.read_bytes() == kept  # the backup itself is only read
    assert not list(tmp_path.glob("lama.sqlite.v1-*"))
    assert Setting.get_or_none(Setting.key == LEGACY_SIGNING_KEY) is None
    [own] = SigningKey.select().where(SigningKey.own == True)  # noqa: E712 — SQL
    assert list(key_folder.iterdir())  # the private half, in this PC's key folder
    assert own.key_id
