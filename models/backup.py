"""Backups: one file holding everything (the scanned sheets, logos and signatures live inside
the database), written with SQLite's online backup, checked, then named; and restoring one.

A backup is written to a temporary name beside its final one, read back (integrity, schema
version, every table's row count against the live database) and only then renamed, so a
pulled USB stick or a full disk never leaves a half-written file under a backup's name.

Restoring checks the file before anything changes (a SiBina database, intact, not from a
newer SiBina), backs the current data up first, then copies the backup into the live
database with the same online-backup API, in one step: either all of it or none.

On a PostgreSQL server the backup is the same file, written row by row from the server,
and a restore replaces the server's rows in one transaction (models/transfer).
"""

import datetime
import os
import sqlite3
from pathlib import Path

from models.db import (
    DamagedDatabase,
    NotSiBinaDatabase,
    database_file,
    db,
    inspect_file,
    latest_version,
    read_only,
    read_only_uri,
)
from models.files.temporary import remove_stale, temporary_name
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.os_errors import GARBLED, describe
from models.progress import NO_PROGRESS, Progress
from models.schema_check import foreign_in_file

PREFIX = "SiBina-cadangan"
SUFFIX = ".sqlite"
AUTO_FOLDER = "cadangan"  # automatic backups, in the data folder
PAGES_PER_STEP = 2048  # copied between progress reports (and Cancel)


def _says(text: str, **params) -> Message:
    return message("Backup", text, **params)


def backup_name(when: datetime.datetime, label: str = "") -> str:
    """``SiBina-cadangan-2026-12-05-0930.sqlite``; a label says why (before a restore)."""
    extra = f"-{label}" if label else ""
    return f"{PREFIX}-{when:%Y-%m-%d-%H%M}{extra}{SUFFIX}"


def write_backup(folder, progress: Progress = NO_PROGRESS,
                 when: datetime.datetime | None = None, label: str = "") -> Path:
    """A complete, consistent, checked copy of the database in ``folder``; returns it."""
    from models.engine import on_server

    folder = Path(folder)
    when = when or datetime.datetime.now()
    target = _free_name(folder, backup_name(when, label))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    remove_stale(folder)
    if on_server():  # the same file, written row by row from the server (models/transfer)
        from models.transfer import write_file

        return write_checked(target, lambda temp: write_file(db.obj, temp, progress))
    return write_checked(target, lambda temp: _copy_database(db.connection(), temp, progress))


def write_checked(target: Path, copy) -> Path:
    """``copy(temporary)`` writes a SiBina file and returns each table's (name, rows); the
    file is read back against them and takes the name ``target`` only when it is whole."""
    temp = temporary_name(target)
    try:
        _check_copy(temp, copy(temp))
        _sync(temp)
        os.replace(temp, target)
        _sync_folder(target.parent)
    except sqlite3.Error as exc:
        raise _cannot_write(target, exc) from exc
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            if leftover.exists():
                leftover.unlink()
    return target


def _free_name(folder: Path, name: str) -> Path:
    """Two backups in one minute do not overwrite each other."""
    target, number = folder / name, 2
    while target.exists():
        target = folder / name.replace(SUFFIX, f"-{number}{SUFFIX}")
        number += 1
    return target


def _copy_database(source: sqlite3.Connection, target: Path, progress: Progress
                   ) -> list[tuple[str, int]]:
    # Made here first: SQLite would say only "unable to open database file" for a
    # write-protected stick or a folder that cannot be written; the system says which.
    target.touch()
    destination = sqlite3.connect(target)
    try:
        def report(_status, remaining, total):
            progress.step(total - remaining, total)

        source.backup(destination, pages=PAGES_PER_STEP, progress=report)
        # The copy is a plain file, not a write-ahead-log database: it opens anywhere, also
        # read-only from a USB stick.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    tables = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%'").fetchall()
    return [(table, db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            for (table,) in tables]


def _check_copy(path: Path, counts: list[tuple[str, int]]) -> None:
    """The file at ``path`` is an intact SiBina database of this version, and holds the
    rows the copy counted (on a file, counted live; from a server, in its snapshot)."""
    try:
        version, problems = inspect_file(path)
    except SiBinaError as exc:
        raise _not_read_back(path) from exc
    if problems or version != latest_version():
        raise _not_read_back(path)
    copy = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        for table, live in counts:
            copied = copy.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            if live != copied:
                raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                    "Backup", "The backup written to {file} is missing rows of {table}; it was "
                              "not kept. Try again."), file=str(path), table=table))
    finally:
        copy.close()


def _not_read_back(path: Path) -> SiBinaError:
    return SiBinaError(_says(QT_TRANSLATE_NOOP(
        "Backup", "The backup written to {file} did not read back correctly; it was not "
                  "kept. Try again, or another USB stick."), file=str(path)))


def _sync(path: Path) -> None:
    """On the disk (or the stick), not only in the cache, before it takes its name."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "nt":  # Windows cannot open a folder to sync it; its rename is durable
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _cannot_write(target: Path, exc: Exception) -> SiBinaError:
    if isinstance(exc, SiBinaError):
        return exc
    return SiBinaError(_says(QT_TRANSLATE_NOOP(
        "Backup", "The backup could not be written to {file} ({detail}). Check that the "
                  "folder or USB stick is there, not write-protected and not full; nothing "
                  "was left under that name."), file=str(target), detail=describe(exc)))


# --- restoring ------------------------------------------------------------------------------


def check_backup(path) -> int:
    """The backup's schema version, once it is known to be a SiBina database that is intact
    and not from a newer SiBina; otherwise a SiBinaError saying which."""
    path = Path(path)
    if not path.is_file():
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "There is no file {file}."), file=str(path)))
    try:
        version, problems = inspect_file(path)
    except NotSiBinaDatabase as exc:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "{file} is not a SiBina backup; it cannot be restored."),
            file=path.name)) from exc
    except DamagedDatabase as exc:
        raise _damaged(path, exc.detail) from exc
    if problems:  # SQLite's own words ("Page 12: btreeInitPage() …") tell the office nothing
        raise _damaged(path, GARBLED)
    if version > latest_version():
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "{file} was made by a newer SiBina (schema {version}); update SiBina "
                      "before restoring it."), file=path.name, version=version))
    foreign = _foreign_in(path, version)
    if foreign is not None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "{file} holds what SiBina never makes ({detail}); it cannot be "
                      "restored."), file=path.name, detail=foreign))
    return version


def _foreign_in(path: Path, version: int) -> Message | None:
    try:
        return foreign_in_file(path, version)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, describe(exc)) from exc


def _damaged(path: Path, detail) -> SiBinaError:
    return SiBinaError(_says(QT_TRANSLATE_NOOP(
        "Backup", "{file} is damaged ({detail}); it cannot be restored."),
        file=path.name, detail=detail))


def restore(path, safety_folder, progress: Progress = NO_PROGRESS) -> Path:
    """Replace the data with the backup at ``path`` after checking it; the current data is
    backed up to ``safety_folder`` first. Returns that safety copy. The caller reopens the
    database afterwards (an older backup is then upgraded as any older file is)."""
    path = Path(path)
    check_backup(path)
    if read_only():
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "{file} cannot be restored: the database {database} is read-only. "
                      "Nothing was changed."), file=path.name, database=str(database_file())))
    safety = write_backup(safety_folder, label="sebelum-pulih")
    from models.engine import on_server

    if on_server():  # row by row, proved as a transfer is (models/transfer)
        from models.transfer import restore_server

        restore_server(path, safety, progress)
        return safety
    source = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        def report(_status, remaining, total):
            progress.step(total - remaining, total)

        source.backup(db.connection(), pages=PAGES_PER_STEP, progress=report)
    except sqlite3.Error as exc:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Backup", "Restoring {file} failed ({detail}); the data is as it was. A copy "
                      "from just before is {safety}."), file=path.name, detail=describe(exc),
            safety=str(safety))) from exc
    finally:
        source.close()
    return safety


# --- automatic backups ----------------------------------------------------------------------


def automatic_backup(data_folder, keep: int, when: datetime.datetime | None = None
                     ) -> Path | None:
    """At most one a day into the data folder; only the newest ``keep`` are kept."""
    folder = Path(data_folder) / AUTO_FOLDER
    when = when or datetime.datetime.now()
    made = backups_in(folder)
    if made and made[-1].name.startswith(f"{PREFIX}-{when:%Y-%m-%d}"):
        return None
    written = write_backup(folder, when=when)
    for old in backups_in(folder)[:-max(1, keep)]:
        old.unlink()
    return written


def backups_in(folder) -> list[Path]:
    """The backups in a folder, oldest first (their names carry their time)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}-*{SUFFIX}")
                  if "sebelum-pulih" not in p.name)


# --- the reminder ---------------------------------------------------------------------------

LAST_REMOVABLE = "last_removable_backup"  # a setting row: the ISO date of the last one
REMIND_AFTER = datetime.timedelta(days=7)


def note_backup(path) -> bool:
    """Remember a backup written to removable media (a USB stick); says whether it was."""
    from models.files.storage import is_removable
    from models.settings import put

    if not is_removable(Path(path).parent):
        return False
    if not read_only():  # a read-only database is backed up, but cannot remember it
        put(LAST_REMOVABLE, datetime.date.today().isoformat())
    return True


def days_since_removable_backup(today: datetime.date | None = None) -> int | None:
    """Days since the last backup to a USB stick; None if there never was one."""
    from models.settings import Setting

    row = Setting.get_or_none(Setting.key == LAST_REMOVABLE)
    if row is None:
        return None
    try:
        return ((today or datetime.date.today()) - datetime.date.fromisoformat(row.value)).days
    except ValueError:
        return None
