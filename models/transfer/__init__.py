"""Moving an office's data between a SiBina file and a PostgreSQL server, either way.

``transfer(source, target)`` copies everything from one database into another that holds
nothing yet (see copying.py: one transaction, every id kept, each table proved by its
count and fingerprint). A file target is a new SiBina file, written under a temporary name
and checked as a backup is before it takes its name: the same format as a backup, which
is what a backup of a server is. Restoring a backup on a server replaces every row there
the same way.
"""

import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase

from models.engine import is_server_target
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.transfer.copying import copy_all, first_table_with_rows, not_empty

# A file being made is the transfer's alone, and is synced before it takes its name.
NEW_FILE_PRAGMAS = {"foreign_keys": 1, "journal_mode": "delete", "synchronous": "off"}


def transfer(source, target, progress: Progress = NO_PROGRESS) -> list[tuple[str, int]]:
    """Copy the SiBina database ``source`` into ``target`` (each a file path or a libpq
    URI); returns each table and its rows, all verified. An older source file is upgraded
    as opening it always does; a target holding data is refused and left as it was."""
    from models.db import db, open_database
    from models.sharing.server import shown_target

    source_name = shown_target(source) if is_server_target(source) else str(source)
    target_name = shown_target(target) if is_server_target(target) else str(target)
    if source_name == target_name:
        raise _says(QT_TRANSLATE_NOOP(
            "Transfer", "The source and the target are the same database ({target})."),
            target=target_name)
    if not is_server_target(source) and not Path(source).is_file():
        raise _says(QT_TRANSLATE_NOOP("Transfer", "There is no database at {source}."),
                    source=source_name)
    _refuse_filled(target, target_name)  # before opening it, which may upgrade it
    previous = db.obj
    opened = []
    try:
        opened.append(open_database(source))
        if not is_server_target(target):
            from models.backup import write_checked

            copied = []
            write_checked(Path(target),
                          lambda temp: copied.extend(write_file(opened[0], temp, progress))
                          or copied)
            return copied
        opened.append(open_database(target))
        return copy_all(opened[0], opened[1], target_name, progress)
    finally:
        for database in opened:
            database.close()
        db.initialize(previous)


def _refuse_filled(target, where: str) -> None:
    if not is_server_target(target):
        path = Path(target)
        if path.exists() and (not path.is_file() or path.stat().st_size > 0):
            raise _says(QT_TRANSLATE_NOOP(
                "Transfer", "{target} already exists; a transfer writes a new file. Choose "
                            "another name; nothing was changed."), target=where)
        return
    from peewee import OperationalError

    from models.sharing.server import server_database

    database = server_database(target)
    try:
        database.connect()
    except OperationalError:
        return  # opening it says why, in the words the office knows
    try:
        table = first_table_with_rows(database)
    finally:
        database.close()
    if table is not None:
        raise not_empty(where, table)


def write_file(source, path: Path, progress: Progress = NO_PROGRESS) -> list[tuple[str, int]]:
    """A new SiBina file at ``path`` (not there yet) holding everything in the open
    database ``source``; each table and its rows. The caller names and checks it."""
    from models.db import create_schema

    path.unlink(missing_ok=True)  # left by a transfer that was killed midway
    path.touch()  # a folder that cannot be written says so, in the system's words
    made = SqliteDatabase(str(path), pragmas=NEW_FILE_PRAGMAS)
    try:
        with made.atomic():
            create_schema(made)
        return copy_all(source, made, str(path), progress)
    finally:
        made.close()


def replace_from_file(path, target, progress: Progress = NO_PROGRESS) -> None:
    """Replace every row of the open database ``target`` with the SiBina backup at
    ``path`` (checked by the caller), in one transaction; an older backup is upgraded on
    a copy first, as opening it would."""
    from models.sharing.server import shown_target

    where = shown_target(target.database) if is_server_target(target.database) else str(
        target.database)
    with _readable(Path(path)) as source:
        copy_all(source, target, where, progress, replace=True)


def restore_server(path: Path, safety: Path, progress: Progress = NO_PROGRESS) -> None:
    """Restoring the checked backup at ``path`` on the open server (models.backup.restore,
    which made the copy ``safety`` first); a failure leaves the server as it was."""
    from peewee import DatabaseError

    from models.db import db
    from models.os_errors import describe

    try:
        replace_from_file(path, db.obj, progress)
    except (SiBinaError, DatabaseError, sqlite3.Error) as exc:
        detail = exc.msg if isinstance(exc, SiBinaError) else describe(exc)
        raise SiBinaError(message("Backup", QT_TRANSLATE_NOOP(
            "Backup", "Restoring {file} failed ({detail}); the data is as it was. A copy "
                      "from just before is {safety}."), file=path.name, detail=detail,
            safety=str(safety))) from exc
    from models.certificates.keys import move_key_out_of_database

    # A backup older than schema 9 carries the office's private key in its settings: out of
    # the server at once, as opening such a file moves it out of the file (models/db.py).
    db.obj.notice = move_key_out_of_database(db.obj)


@contextmanager
def _readable(path: Path):
    """The backup at ``path`` at this SiBina's schema, opened only to be read."""
    from models.db import latest_version, migration_runner, read_only_uri, schema_version

    source = SqliteDatabase(read_only_uri(path), uri=True)
    try:
        if schema_version(source) == latest_version():
            yield source
            return
        with tempfile.TemporaryDirectory(prefix="sibina-pulih-") as folder:
            upgraded = Path(folder) / path.name
            copy = sqlite3.connect(upgraded)
            try:
                source.connection().backup(copy)
            finally:
                copy.close()
            database = SqliteDatabase(str(upgraded), pragmas={"foreign_keys": 1})
            try:
                migration_runner(database).up()
                yield database
            finally:
                database.close()
    finally:
        source.close()


def _says(text: str, **params) -> SiBinaError:
    return SiBinaError(message("Transfer", text, **params))
