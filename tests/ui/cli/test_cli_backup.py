"""Backing up and restoring from the command line."""

import sqlite3
from pathlib import Path

from tests.builders import english


def names(db):
    connection = sqlite3.connect(db)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM person"))
    finally:
        connection.close()


def test_backup_then_restore(cli, office_db, tmp_path):
    db, _event_id = office_db
    result = english(cli, db, "backup", tmp_path / "usb")
    assert result.returncode == 0, result.stderr
    made = tmp_path / "usb" / result.stdout.strip().split("/")[-1]
    assert result.stdout.strip() == str(made) and made.name.startswith("SiBina-cadangan-")
    before = names(db)

    connection = sqlite3.connect(db)
    from models.audit.triggers import connect_functions

    connect_functions(connection)  # as SiBina's own connections: the change is logged
    connection.execute("UPDATE person SET name = 'Diubah'")
    connection.commit()
    connection.close()

    result = english(cli, db, "restore", made)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Restored {made}. The data from before is kept in ")
    assert names(db) == before


def test_restore_refuses_a_file_that_is_no_backup(run, office_db, tmp_path):
    """A real process: its exit code, and stderr as one line a script can show."""
    db, _event_id = office_db
    other = tmp_path / "catatan.sqlite"
    other.write_text("bukan basis data")
    before = names(db)
    result = english(run, db, "restore", other)
    assert result.returncode == 1
    assert result.stderr == "catatan.sqlite is not a SiBina backup; it cannot be restored.\n"
    assert names(db) == before


def test_restore_calls_a_cut_off_backup_damaged(cli, office_db, tmp_path):
    db, _event_id = office_db
    result = english(cli, db, "backup", tmp_path / "usb")
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    cut = tmp_path / made.name.replace(".sqlite", "-terpotong.sqlite")
    cut.write_bytes(made.read_bytes()[:made.stat().st_size // 2])  # the copy stopped midway
    before = names(db)
    result = english(cli, db, "restore", cut)
    assert result.returncode == 1
    assert result.stderr == (f"{cut.name} is damaged (the file is shorter than it should be; "
                             "it was cut off while being written or copied); it cannot be "
                             "restored.\n")
    assert names(db) == before


TRIGGER = ("CREATE TRIGGER wipe AFTER INSERT ON person BEGIN DELETE FROM certificate; "
           "DELETE FROM attendance; END")
FOREIGN = "holds what SiBina never makes (the file has a trigger “wipe” that SiBina never makes)"


def test_restore_refuses_a_backup_with_a_planted_trigger(cli, office_db, tmp_path):
    db, _event_id = office_db
    made = Path(english(cli, db, "backup", tmp_path / "usb").stdout.strip())
    connection = sqlite3.connect(made)
    connection.execute(TRIGGER)
    connection.commit()
    connection.close()
    before = Path(db).read_bytes()
    result = english(cli, db, "restore", made)
    assert result.returncode == 1
    assert result.stderr == f"{made.name} {FOREIGN}; it cannot be restored.\n"
    assert Path(db).read_bytes() == before


def test_a_database_with_a_planted_trigger_is_refused_by_every_command(cli, office_db):
    db, _event_id = office_db
    connection = sqlite3.connect(db)
    connection.execute(TRIGGER)
    connection.commit()
    connection.close()
    result = english(cli, db, "list-events")
    assert result.returncode == 1
    assert result.stderr == (f"{db} {FOREIGN}; SiBina will not open it. Restore the newest "
                             "backup.\n")
