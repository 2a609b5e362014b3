"""The operating system's and SQLite's failures, in words the office's language can carry.

Every error here is a real one, made in the test's folder, except those a test cannot
cause on purpose (a failing disk, a pulled stick, Windows' sharing violation).
"""

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import peewee
import pytest

from models import os_errors
from models.messages import Message, message
from models.os_errors import describe
from tests.read_only_mount import run_on_read_only

ROOT = Path(__file__).resolve().parents[2]


def raised(action) -> BaseException:
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - whatever it is, describe it
        return exc
    raise AssertionError("it did not fail")


def test_a_known_error_becomes_a_translatable_phrase():
    said = describe(raised(lambda: open("/nonexistent-sibina-folder/x")))
    assert said == os_errors.NOT_FOUND
    assert isinstance(said, Message) and said.context == "OsErrors"
    assert said.english() == "the file or folder is not there"


def test_a_phrase_inside_a_message_reads_as_part_of_it(tmp_path):
    outer = message("Backup", "The backup could not be written to {file} ({detail}).",
                    file="E:/", detail=describe(raised(lambda: open(tmp_path / "hilang"))))
    assert outer.english() == ("The backup could not be written to E:/ (the file or folder "
                               "is not there).")


@pytest.mark.skipif(os.name == "nt", reason="POSIX errors: FIFOs, exec bits")
def test_file_system_errors_made_in_the_test_folder(tmp_path):
    a_file = tmp_path / "catatan.txt"
    a_file.write_text("isi")
    a_folder = tmp_path / "folder"
    a_folder.mkdir()
    not_executable = tmp_path / "skrip.sh"
    not_executable.write_text("#!/bin/sh\n")
    not_executable.chmod(0o644)  # even root may not run it
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)

    cases = [
        (os_errors.NOT_FOUND, lambda: open(tmp_path / "tidak-ada.pdf", "rb")),
        (os_errors.EXISTS, lambda: a_file.mkdir()),
        (os_errors.NOT_A_FOLDER, lambda: open(a_file / "laporan.pdf", "wb")),
        (os_errors.IS_A_FOLDER, lambda: open(a_folder, "wb")),
        (os_errors.NAME_TOO_LONG, lambda: open(tmp_path / ("a" * 300), "wb")),
        (os_errors.DENIED, lambda: subprocess.run([str(not_executable)])),
        # no reader at the other end: the device "is not there"
        (os_errors.GONE, lambda: os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)),
    ]
    for phrase, action in cases:
        assert describe(raised(action)) == phrase, phrase.text


@pytest.mark.skipif(os.name == "nt", reason="POSIX errors")
def test_linking_a_folder_is_not_permitted(tmp_path):
    exc = raised(lambda: os.link(tmp_path, tmp_path / "tautan"))
    assert exc.errno == errno.EPERM
    assert describe(exc) == os_errors.DENIED


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk():
    def write():
        with open("/dev/full", "wb") as full:
            full.write(b"x")

    assert describe(raised(write)) == os_errors.FULL


def test_a_write_protected_folder(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    said = run_on_read_only(stick, (
        "from models.os_errors import describe\n"
        "try:\n"
        f"    open({str(stick / 'laporan.pdf')!r}, 'wb')\n"
        "except OSError as exc:\n"
        "    print(describe(exc).english())\n"))
    assert said == "the disk or folder is write-protected\n"


@pytest.mark.parametrize("code, phrase", [
    (errno.EIO, os_errors.DISK_FAILED),
    (errno.ENODEV, os_errors.GONE),
    (errno.EBUSY, os_errors.BUSY),
    (errno.ETXTBSY, os_errors.RUNNING),
    (errno.EROFS, os_errors.WRITE_PROTECTED),
    (errno.ENOSPC, os_errors.FULL),
])
def test_errors_a_test_cannot_cause(code, phrase):
    assert describe(OSError(code, os.strerror(code))) == phrase


def test_a_file_open_in_excel_on_windows():
    """Windows reports a sharing violation as EACCES; its own code says more."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is "
                                        "being used by another process")
    exc.winerror = 32
    assert describe(exc) == os_errors.OPEN_ELSEWHERE


def test_an_unknown_error_keeps_its_own_words(tmp_path):
    loop = tmp_path / "putaran"
    loop.symlink_to(loop)
    assert describe(raised(lambda: open(loop))) == os.strerror(errno.ELOOP)


# --- SQLite -------------------------------------------------------------------------------


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "catatan.sqlite"
    path.write_text("bukan basis data\n" * 200)
    return path


@pytest.fixture
def a_database(tmp_path):
    path = tmp_path / "kantor.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE peserta (nama TEXT)")
    connection.executemany("INSERT INTO peserta VALUES (?)",
                           [(f"Peserta nomor {n}" * 5,) for n in range(2000)])
    connection.commit()
    connection.close()
    return path


def read(path, uri=""):
    connection = sqlite3.connect(f"file:{path}{uri}", uri=True)
    try:
        return connection.execute("SELECT * FROM peserta").fetchall()
    finally:
        connection.close()


def test_sqlite_errors_made_in_the_test_folder(tmp_path, notes, a_database):
    garbled = tmp_path / "rusak.sqlite"
    data = bytearray(a_database.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xab" * 8192
    garbled.write_bytes(bytes(data))

    def write_read_only():
        connection = sqlite3.connect(f"file:{a_database}?mode=ro", uri=True)
        try:
            connection.execute("INSERT INTO peserta VALUES ('x')")
        finally:
            connection.close()

    cases = [
        (os_errors.CANNOT_OPEN, lambda: read(tmp_path / "tidak-ada.sqlite", "?mode=ro")),
        (os_errors.NOT_A_DATABASE, lambda: read(notes)),
        (os_errors.GARBLED, lambda: read(garbled)),
        (os_errors.READ_ONLY_DATABASE, write_read_only),
    ]
    for phrase, action in cases:
        assert describe(raised(action)) == phrase, phrase.text


def test_a_database_locked_by_another_program(a_database):
    holder = sqlite3.connect(a_database)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = sqlite3.connect(a_database, timeout=0)
        assert describe(raised(lambda: other.execute("SELECT * FROM peserta").fetchall())
                        ) == os_errors.DATABASE_BUSY
        other.close()
    finally:
        holder.rollback()
        holder.close()


def test_an_error_peewee_wrapped_is_described_by_sqlite_s_code(notes):
    database = peewee.SqliteDatabase(str(notes))
    try:
        exc = raised(lambda: database.execute_sql("SELECT 1 FROM sqlite_master"))
    finally:
        database.close()
    assert isinstance(exc, peewee.DatabaseError)
    assert describe(exc) == os_errors.NOT_A_DATABASE


def test_an_unknown_sqlite_error_keeps_its_own_words(a_database):
    exc = raised(lambda: sqlite3.connect(a_database).execute("SELECT * FROM buku"))
    assert describe(exc) == "no such table: buku"


def test_a_failed_rollback_does_not_hide_the_full_disk_behind_it():
    """SQLite rolls back itself on a full disk; Peewee's own rollback then fails."""
    def save_then_roll_back():
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as full:
            full.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise peewee.OperationalError(  # noqa: B904 - raised as Peewee does, implicitly
                "cannot rollback - no transaction is active")

    assert describe(raised(save_then_roll_back)) == os_errors.FULL


def test_a_folder_sqlite_cannot_write_its_journal_in():
    exc = sqlite3.OperationalError("attempt to write a readonly database")
    exc.sqlite_errorcode = os_errors.SQLITE_READONLY_DIRECTORY
    assert describe(exc) == os_errors.FOLDER_READ_ONLY
