"""Backups and restoring them: the round trip keeps every table; bad files change nothing."""

import datetime as dt
import shutil
import sqlite3

import pytest

from models import backup, demo
from models.db import db, open_database
from models.messages import SiBinaError
from models.person import Person
from models.schema import ALL_MODELS
from models.stored_file import StoredFile

WHEN = dt.datetime(2026, 12, 5, 9, 30)


def every_table() -> dict[str, list]:
    """Every row of every table, as the database holds it."""
    tables = [row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()]
    return {t: db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


@pytest.fixture
def office(database):
    demo.fill_demo(today=dt.date(2026, 3, 1))
    return database


def test_backup_change_restore_gives_back_every_table(office, tmp_path):
    before = every_table()
    assert len(before) == len(ALL_MODELS) + 1  # and the migration history
    assert StoredFile.select().count() >= 1  # logo, scanned sheet: inside the file
    made = backup.write_backup(tmp_path / "usb", when=WHEN)
    assert made.name == "SiBina-cadangan-2026-12-05-0930.sqlite"
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no temp left

    Person.update(name="Diubah").execute()
    StoredFile.update(data=b"bukan gambar").execute()
    assert every_table() != before

    safety = backup.restore(made, tmp_path / "aman")
    assert every_table() == before
    assert "sebelum-pulih" in safety.name
    # The safety copy holds the data as it was just before: it can be restored in turn.
    backup.restore(safety, tmp_path / "aman")
    assert Person.select().where(Person.name == "Diubah").exists()


def test_a_backup_is_a_plain_file_that_opens_read_only(office, tmp_path):
    made = backup.write_backup(tmp_path, when=WHEN)
    copy = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("SELECT COUNT(*) FROM person").fetchone()[0] == Person.select().count()
    copy.close()
    assert backup.write_backup(tmp_path, when=WHEN).name.endswith("0930-2.sqlite")


def corrupt(path, tmp_path):
    bad = tmp_path / "rusak.sqlite"
    shutil.copy(path, bad)
    data = bytearray(bad.read_bytes())
    for offset in range(4096 * 3, len(data), 4096):  # scramble many pages' headers
        data[offset:offset + 12] = b"\x07" * 12
    bad.write_bytes(bytes(data))
    return bad


def other_sqlite(tmp_path):
    other = tmp_path / "lain.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE buku (judul TEXT)")
    connection.commit()
    connection.close()
    return other


def newer(path, tmp_path):
    future = tmp_path / "baru.sqlite"
    shutil.copy(path, future)
    connection = sqlite3.connect(future)
    connection.execute("INSERT INTO schema_migration (name, applied) VALUES "
                       "('0099_future', '2030-01-01')")
    connection.commit()
    connection.close()
    return future


@pytest.mark.parametrize("make, fragment", [
    (corrupt, "not a SiBina database"),
    (lambda path, tmp: other_sqlite(tmp), "not a SiBina database"),
    (newer, "newer SiBina"),
])
def test_a_bad_file_is_refused_and_nothing_changes(office, tmp_path, make, fragment):
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    bad = make(good, tmp_path)
    before = every_table()
    with pytest.raises(SiBinaError) as err:
        backup.restore(bad, tmp_path / "aman")
    assert fragment in str(err.value) or "damaged" in str(err.value)
    assert every_table() == before
    assert not (tmp_path / "aman").exists()  # refused before even the safety copy


def test_an_older_backup_is_restored_then_upgraded(tmp_path):
    from models.db import latest_version, schema_version
    from tests.models.test_migrations import FIXTURE

    open_database(tmp_path / "kantor.sqlite")
    try:
        backup.restore(FIXTURE, tmp_path / "aman")
        db.close()
        open_database(tmp_path / "kantor.sqlite")
        assert schema_version() == latest_version()
        assert Person.get(Person.nip == "196903091994032001").name == "Siti Aminah"
    finally:
        db.close()
        db.initialize(None)


def test_a_target_that_is_no_folder_is_refused_with_the_reason(office, tmp_path):
    not_a_folder = tmp_path / "catatan.txt"
    not_a_folder.write_text("bukan folder")
    with pytest.raises(SiBinaError) as err:
        backup.write_backup(not_a_folder, when=WHEN)
    assert "could not be written" in str(err.value)
    assert not_a_folder.read_text() == "bukan folder"


def test_a_stick_pulled_mid_write_leaves_no_backup(office, tmp_path):
    from models.progress import Progress

    stick = tmp_path / "usb"
    stick.mkdir()

    def pulled(done, total):
        if stick.exists():
            shutil.rmtree(stick)  # the stick is gone while the copy is written

    with pytest.raises(SiBinaError) as err:
        backup.write_backup(stick, Progress(pulled), when=WHEN)
    assert "could not be written" in str(err.value) or "did not read back" in str(err.value)
    assert not (stick / "SiBina-cadangan-2026-12-05-0930.sqlite").exists()


def test_automatic_backups_at_most_daily_keeping_the_newest(office, tmp_path):
    kept = []
    for day in range(1, 6):
        when = dt.datetime(2026, 12, day, 17, 0)
        assert backup.automatic_backup(tmp_path, keep=3, when=when) is not None
        assert backup.automatic_backup(tmp_path, keep=3, when=when.replace(hour=18)) is None
        kept = [p.name for p in backup.backups_in(tmp_path / backup.AUTO_FOLDER)]
    assert kept == [f"SiBina-cadangan-2026-12-0{d}-1700.sqlite" for d in (3, 4, 5)]
