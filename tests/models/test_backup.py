"""Backups and restoring them: the round trip keeps every table; bad files change nothing."""

import datetime as dt
import random
import shutil
import sqlite3

import pytest

from models import backup, os_errors
from models.db import (
    DamagedDatabase,
    NotSiBinaDatabase,
    db,
    inspect_file,
    latest_version,
    open_database,
)
from models.demo import fill as demo
from models.files.stored import StoredFile
from models.messages import Message, SiBinaError
from models.schema import ALL_MODELS
from models.staff.tables import Person
from tests.builders import every_table

# A backup of a file is SQLite's online copy of it, and a restore replaces the file; a
# server's backup and restore go row by row (tests/models/transfer/test_server_backup.py).
pytestmark = pytest.mark.sqlite_only

WHEN = dt.datetime(2026, 12, 5, 9, 30)


@pytest.fixture
def office(database):
    demo.fill_demo(today=dt.date(2026, 3, 1))
    return database


def test_backup_change_restore_gives_back_every_table(office, tmp_path):
    before = every_table()
    assert len(before) == len(ALL_MODELS) + 1  # and the migration history
    assert StoredFile.select().count() >= 1  # logo, scanned sheet: inside the file
    # The network too: organisations, the MoU's document, the training offers.
    assert before["organisation"] and before["cooperation_document"] and before["opportunity"]
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


PAGE = 4096
NOT_A_BACKUP = "{name} is not a SiBina backup; it cannot be restored."
GARBLED = "{name} is damaged (parts of the file are garbled); it cannot be restored."
CUT_OFF = ("{name} is damaged (the file is shorter than it should be; it was cut off while "
           "being written or copied); it cannot be restored.")
NEWER = "{name} was made by a newer SiBina (schema 99); update SiBina before restoring it."


def damaged_copy(path, tmp_path, change):
    """A copy of the backup at ``path`` whose bytes ``change`` has damaged."""
    bad = tmp_path / "rusak.sqlite"
    data = bytearray(path.read_bytes())
    change(data)
    bad.write_bytes(bytes(data))
    return bad


def page_headers_scrambled(path, tmp_path):
    def change(data):
        for offset in range(PAGE * 3, len(data), PAGE):  # many pages' headers
            data[offset:offset + 12] = b"\x07" * 12
    return damaged_copy(path, tmp_path, change)


def middle_pages_overwritten(path, tmp_path):
    def change(data):
        middle = len(data) // PAGE // 2
        data[middle * PAGE:(middle + 8) * PAGE] = random.Random(5).randbytes(8 * PAGE)
    return damaged_copy(path, tmp_path, change)


def schema_page_overwritten(path, tmp_path):
    """Garbage over the page naming SiBina's tables: SQLite cannot even read the schema."""
    def change(data):
        where = data.index(b'CREATE TABLE "schema_migration"') // PAGE * PAGE
        data[where:where + PAGE] = b"\xab" * PAGE
    return damaged_copy(path, tmp_path, change)


def index_page_garbled(path, tmp_path):
    """Garbage in one index's page: everything reads, only the integrity check complains."""
    connection = sqlite3.connect(path)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person_nip'").fetchone()[0]
    connection.close()

    def change(data):
        data[root * PAGE - 300:root * PAGE] = b"\x07" * 300
    return damaged_copy(path, tmp_path, change)


def impossible_page_size(data):
    data[16:18] = (3).to_bytes(2, "big")  # SQLite then calls it "not a database" at all


def header_garbled(path, tmp_path):
    return damaged_copy(path, tmp_path, impossible_page_size)


def other_sqlite_header_garbled(path, tmp_path):
    return damaged_copy(other_sqlite(path, tmp_path), tmp_path, impossible_page_size)


def cut_at(fraction):
    def cut(path, tmp_path):
        bad = tmp_path / "terpotong.sqlite"
        data = path.read_bytes()
        bad.write_bytes(data[:int(len(data) * fraction)])
        return bad
    return cut


def cut_in_its_last_page(path, tmp_path):
    bad = tmp_path / "terpotong.sqlite"
    bad.write_bytes(path.read_bytes()[:-100])
    return bad


def cut_in_its_header(path, tmp_path):
    bad = tmp_path / "terpotong.sqlite"
    bad.write_bytes(path.read_bytes()[:50])
    return bad


def text_file(path, tmp_path):
    notes = tmp_path / "catatan.sqlite"
    notes.write_text("bukan basis data\n" * 200)
    return notes


def empty_file(path, tmp_path):
    empty = tmp_path / "kosong.sqlite"
    empty.write_bytes(b"")
    return empty


def other_sqlite(path, tmp_path):
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


@pytest.mark.parametrize("make, reason", [
    (text_file, NOT_A_BACKUP),
    (empty_file, NOT_A_BACKUP),
    (other_sqlite, NOT_A_BACKUP),
    (page_headers_scrambled, GARBLED),
    (middle_pages_overwritten, GARBLED),
    (schema_page_overwritten, GARBLED),
    (index_page_garbled, GARBLED),
    (header_garbled, GARBLED),
    (other_sqlite_header_garbled, NOT_A_BACKUP),
    (cut_at(0.5), CUT_OFF),
    (cut_at(0.02), CUT_OFF),
    (cut_in_its_last_page, CUT_OFF),
    (cut_in_its_header, CUT_OFF),
    (newer, NEWER),
])
def test_a_bad_file_is_refused_with_its_reason_and_nothing_changes(office, tmp_path, make,
                                                                   reason):
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    bad = make(good, tmp_path)
    before = every_table()
    with pytest.raises(SiBinaError) as err:
        backup.restore(bad, tmp_path / "aman")
    assert str(err.value) == reason.format(name=bad.name)
    assert every_table() == before
    assert not (tmp_path / "aman").exists()  # refused before even the safety copy


def test_garbage_the_schema_still_reads_past_is_found_by_the_integrity_check(office,
                                                                            tmp_path):
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    version, problems = inspect_file(index_page_garbled(good, tmp_path))
    assert version == latest_version()
    assert any("person_nip" in problem for problem in problems)


def test_the_reason_a_file_is_damaged_is_translatable(office, tmp_path):
    good = backup.write_backup(tmp_path / "usb", when=WHEN)
    for make, context in ((page_headers_scrambled, "OsErrors"), (cut_at(0.5), "Database")):
        with pytest.raises(SiBinaError) as err:
            backup.check_backup(make(good, tmp_path))
        detail = err.value.msg.params["detail"]
        assert isinstance(detail, Message) and detail.context == context


def test_a_damaged_database_is_called_damaged_when_opened(tmp_path):
    """Not 'not a SiBina database': the office should restore, not look for another file."""
    open_database(tmp_path / "kantor.sqlite")
    try:
        made = backup.write_backup(tmp_path / "usb", when=WHEN)
    finally:
        db.close()
        db.initialize(None)
    bad = schema_page_overwritten(made, tmp_path)
    with pytest.raises(DamagedDatabase) as err:
        open_database(bad)
    db.initialize(None)
    assert str(err.value) == (f"{bad} is damaged (parts of the file are garbled); SiBina "
                              "cannot use it. Restore the newest backup.")
    other = other_sqlite(made, tmp_path)
    with pytest.raises(NotSiBinaDatabase):
        open_database(other)
    db.initialize(None)


def test_an_older_backup_is_restored_then_upgraded(tmp_path):
    from models.db import latest_version, schema_version
    from tests.builders import V1_DATABASE

    open_database(tmp_path / "kantor.sqlite")
    try:
        backup.restore(V1_DATABASE, tmp_path / "aman")
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
    # the reason in words the office's language carries, not "[Errno 17] File exists"
    assert err.value.msg.params["detail"] == os_errors.EXISTS
    assert str(err.value).startswith(f"The backup could not be written to {not_a_folder}")
    assert "(something of that name is already there)" in str(err.value)
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
