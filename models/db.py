"""The one database: binding, pragmas, schema creation and versioned migrations.

New databases are created from the models and stamped with every migration; existing ones
are copied aside and upgraded by ``playhouse.migrations``, one transaction per step.
"""

import datetime
import os
import sqlite3
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.os_errors import GARBLED, describe, sqlite_code

db = DatabaseProxy()

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
HISTORY_TABLE = "schema_migration"

PRAGMAS = {
    "journal_mode": "wal",
    # Power cuts happen in the office: FULL keeps every committed row (STACK-NOTES).
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


# A database SQLite cannot write (a file marked read-only, a write-protected stick or share)
# is opened for reading: the office can still look things up, print and back it up.
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}


class OfficeDatabase(SqliteDatabase):
    def rollback(self):
        # On a full disk SQLite rolls the transaction back itself; a second ROLLBACK would
        # fail and the office would read that failure instead of "the disk is full".
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()

    def _add_conn_hooks(self, conn):
        super()._add_conn_hooks(conn)
        from models.audit.triggers import connect_functions

        connect_functions(conn)  # the audit triggers call them on every change


def all_models():
    from models import schema

    return schema.ALL_MODELS


def migration_runner(database=None):
    from playhouse.migrations import Runner  # only needed to create or upgrade: not at start

    from models.audit.triggers import AUDIT_VERSION, refresh_triggers

    class AuditingRunner(Runner):
        """After each upgrade from the audit log's on, in the upgrade's own transaction, the
        audit triggers are made again from the tables as they now are: a table an upgrade
        adds (or, on SQLite, rebuilds) is logged without that upgrade having to remember."""

        def _run(self, name, module, direction, fake=False):
            if fake or direction != "up" or int(name.split("_", 1)[0]) < AUDIT_VERSION:
                return super()._run(name, module, direction, fake)
            with self.migrator.migration_context(getattr(module, "atomic", True)):
                module.up(self.migrator, self.database)
                refresh_triggers(self.database)
                self.History.create(name=name)

    return AuditingRunner(database or db.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def migration_names() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def latest_version() -> int:
    return max((int(name.split("_", 1)[0]) for name in migration_names()), default=0)


def applied_migrations(database=None) -> list[str]:
    database = database or db.obj
    if not database.table_exists(HISTORY_TABLE):
        return []
    return [row[0] for row in database.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")]


def schema_version(database=None) -> int:
    applied = applied_migrations(database)
    return max((int(name.split("_", 1)[0]) for name in applied), default=0)


def open_database(target, password: str | None = None) -> peewee.Database:
    """Open (creating if needed) the database ``target`` names and bring its schema up to
    date: a file path (SQLite; one that cannot be written is opened read-only, see
    :func:`read_only`) or a libpq URI ``postgresql://…`` (see models/sharing/server.py), whose
    ``password`` goes to the server beside the URI."""
    from models.engine import is_server_target

    if is_server_target(target):
        from models.sharing.server import open_server

        return open_server(target, _prepare_schema, password)
    path = Path(target)
    writable = _writable(path)
    if writable:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()  # SQLite would say "unable to open"; the system says why (read-only…)
        database = OfficeDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    else:
        database = OfficeDatabase(_read_only_open_uri(path), uri=True,
                                  pragmas=READ_ONLY_PRAGMAS)
    database.file_path, database.read_only = path, not writable
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        if read_only():
            _check_read_only_schema(database, path)
        else:
            _prepare_schema(database, path)
            database.notice = _move_private_key_out(database)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        database.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
                "Database", "{path} is busy with another SiBina window or command; nothing "
                            "was changed. Try again in a moment."), path=str(path))) from exc
        raise _refusal(path, exc) from exc
    except BaseException:
        database.close()
        raise
    return database


def _move_private_key_out(database: SqliteDatabase) -> Message | None:
    from models.settings import LEGACY_SIGNING_KEY, Setting

    # Looked for first: the signing code (and its cryptography) costs 18 ms of each start.
    if not Setting.select().where(Setting.key == LEGACY_SIGNING_KEY).exists():
        return None
    from models.certificates.keys import move_key_out_of_database

    return move_key_out_of_database(database)


def opening_notice() -> Message | None:
    """What the office should know about the file just opened (where its signing key went
    when an older file was upgraded), or None."""
    return getattr(db.obj, "notice", None)


def database_file() -> Path | None:
    """The file of the open database; None on a PostgreSQL server."""
    return db.obj.file_path


def read_only() -> bool:
    """Whether the open database was opened read-only, because it cannot be written."""
    return db.obj.read_only


def _writable(path: Path) -> bool:
    """Whether SQLite can write the database at ``path``: the file, and the folder where its
    journal goes. A file not there yet is created (or its failure said) as always."""
    if not path.exists():
        return True
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_open_uri(path: Path) -> str:
    # A write-ahead log left beside the file holds committed rows: read it. Without one the
    # file holds everything, and "immutable" needs no -shm file the folder could not take.
    has_log = path.with_name(path.name + "-wal").exists()
    return _sqlite_uri(path) + ("?mode=ro" if has_log else "?immutable=1")


def _check_read_only_schema(database: SqliteDatabase, path: Path) -> None:
    """A read-only database is used as it is: only when it is a SiBina database that needs
    no upgrade (upgrading writes)."""
    if HISTORY_TABLE not in database.get_tables():
        raise _not_sibina(path)
    applied = set(applied_migrations(database))
    _refuse_newer(path, applied)
    _refuse_foreign(database, path)
    if applied != set(migration_names()):
        raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} is read-only and needs upgrading to this SiBina, which means "
                        "writing it. Copy it to a folder that can be written, or make the "
                        "file writable, and open it again."), path=str(path)))


def _prepare_schema(database: peewee.Database, path: Path | str) -> None:
    """Create a new database, or check and upgrade an existing one; ``path`` names it in
    messages (a file, or a server's URI without its password)."""
    from models.engine import on_server

    tables = database.get_tables()
    if not tables:
        from models.audit.triggers import paused
        from models.events.themes import seed_defaults

        with database.atomic():
            create_schema(database)
            with paused(database):  # making the database is no change
                seed_defaults(database)
        return
    applied = set(applied_migrations(database))
    known = migration_names()
    _refuse_newer(path, applied)
    if HISTORY_TABLE not in tables:
        raise _not_sibina(path)
    # Before any upgrade runs on it: a planted trigger would fire during the upgrade itself.
    # The check reads sqlite_master; a server's catalogue is its administrator's.
    if not on_server(database):
        _refuse_foreign(database, path)
    if any(name not in applied for name in known) and on_server(database):
        _upgrade_server(database, path)
    elif any(name not in applied for name in known):
        copy = safety_copy(database, path, schema_version(database))
        try:
            migration_runner(database).up()
        except Exception as exc:  # each step is its own transaction: a failed one left no trace
            raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
                "Database", "Upgrading {path} failed ({detail}). The copy made before the "
                            "upgrade is {copy}."), path=str(path), detail=describe(exc),
                copy=str(copy))) from exc


def create_schema(database: peewee.Database) -> None:
    """Every table and index of the newest schema, and the upgrade history saying so, in
    ``database`` (empty): made through ``database`` itself, never through the models'
    binding, so a transfer can make a new file while the window works on its database."""
    from peewee import SchemaManager, sort_models

    from models.audit.triggers import refresh_triggers

    for model in sort_models(all_models()):
        SchemaManager(model, database).create_all(safe=False)
    migration_runner(database).fake()
    refresh_triggers(database)  # the audit log's triggers are part of the newest schema


def _upgrade_server(database: peewee.Database, where: str) -> None:
    # No safety copy: PostgreSQL undoes a failed step's DDL with its transaction, and
    # the server is backed up by its own tools (pg_dump).
    try:
        migration_runner(database).up()
    except Exception as exc:
        raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
            "Database", "Upgrading {path} failed ({detail}); the failed step changed "
                        "nothing."), path=str(where), detail=describe(exc))) from exc


def _refuse_foreign(database: SqliteDatabase, path: Path) -> None:
    from models.schema_check import foreign_in

    if (foreign := foreign_in(database.connection())) is not None:
        raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} holds what SiBina never makes ({detail}); SiBina will not "
                        "open it. Restore the newest backup."), path=str(path),
            detail=foreign))


def _refuse_newer(path: Path, applied: set[str]) -> None:
    """An upgrade numbered above this SiBina's newest: the file comes from a newer SiBina.
    An unknown one numbered below is foreign, which the schema check says."""
    unknown = sorted(name for name in applied - set(migration_names())
                     if int(name.split("_", 1)[0]) > latest_version())
    if unknown:
        raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} was written by a newer version of SiBina (schema {names}); "
                        "update the application before opening it."),
            path=str(path), names=", ".join(unknown)))


def safety_copy(database: SqliteDatabase, path: Path, version: int) -> Path:
    """Copy the database aside with SQLite's online backup before an upgrade changes it."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    destination = sqlite3.connect(target)
    try:
        database.connection().backup(destination)
    finally:
        destination.close()
    return target


def integrity_problems(database=None) -> list[str]:
    rows = (database or db.obj).execute_sql("PRAGMA integrity_check").fetchall()
    return [row[0] for row in rows if row[0] != "ok"]


def is_empty() -> bool:
    from models.schema import Event, Person

    return not (Person.select().exists() or Event.select().exists())


def inspect_file(path) -> tuple[int, list[str]]:
    """Schema version and integrity problems of the file at ``path``, read-only.

    Unlike :func:`open_database` this never upgrades, copies or creates anything, so a
    check leaves the file exactly as it was. A file that is no SiBina database raises
    :class:`NotSiBinaDatabase`; one that SQLite cannot read whole raises
    :class:`DamagedDatabase`; one that cannot be opened at all, a plain SiBinaError.
    """
    path = Path(path)
    try:
        header = _header(path)
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if not header.startswith(SQLITE_HEADER):  # empty, a text file, a spreadsheet…
        raise _not_sibina(path)
    # With no write-ahead log beside it the file holds everything: open it immutable, which
    # creates no -wal/-shm files and works on read-only media. With a log, read-only mode
    # reads the log too.
    has_log = path.with_name(path.name + "-wal").exists()
    try:
        connection = sqlite3.connect(inspecting_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from exc
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if HISTORY_TABLE not in tables:
            raise _not_sibina(path)
        if not has_log and _cut_short(path, header):
            raise _damaged(path, CUT_SHORT)
        names = [row[0] for row in connection.execute(f"SELECT name FROM {HISTORY_TABLE}")]
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")
                    if row[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    except OSError as exc:  # the file went away while it was read
        raise _cannot_open(path, exc) from exc
    finally:
        connection.close()
    return max((int(n.split("_", 1)[0]) for n in names), default=0), problems


def inspecting_uri(path) -> str:
    """A URI reading the file at ``path`` as it is, leaving no -wal or -shm file behind."""
    path = Path(path)
    has_log = path.with_name(path.name + "-wal").exists()
    return _sqlite_uri(path) + ("?mode=ro" if has_log else "?immutable=1")


def read_only_uri(path) -> str:
    """A URI opening the file at ``path`` read-only (the file is not changed)."""
    return _sqlite_uri(Path(path)) + "?mode=ro"


def _sqlite_uri(path: Path) -> str:
    """A file: URI with an empty authority, as SQLite wants it, for drive and UNC paths."""
    from urllib.parse import quote

    posix = path.resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/... becomes /C:/...
    return "file://" + quote(posix, safe="/:")


# --- telling a damaged SiBina file from a file that never was one -----------------------------

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# The statement that created SiBina's history table: SQLite keeps it as written, so it is
# in the file's bytes even when the pages around it no longer read as a database.
SIBINA_MARKER = f'CREATE TABLE "{HISTORY_TABLE}"'.encode()
CUT_SHORT = message("Database", QT_TRANSLATE_NOOP(
    "Database", "the file is shorter than it should be; it was cut off while being written "
                "or copied"))


class NotSiBinaDatabase(SiBinaError):
    """The file is no SiBina database: not an SQLite file, or one without SiBina's tables."""


class DamagedDatabase(SiBinaError):
    """A SiBina database (or an SQLite file cut short) that SQLite cannot read whole."""

    @property
    def detail(self) -> Message | str:
        return self.msg.params["detail"]


def _refusal(path: Path, exc: Exception) -> SiBinaError:
    """Why SQLite could not read the file at ``path``, judged by what can still be read.

    Without SQLite's header it never was a database. With it, a file shorter than its header
    says was cut off, and one SQLite calls malformed is damaged, whoever wrote it (the page
    naming its tables may be the garbled one). A file SQLite refuses outright although it
    starts with the header counts as damaged only if SiBina's history table is still named
    in its bytes; otherwise it is someone else's.
    """
    code = sqlite_code(exc)
    if code not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return _cannot_open(path, exc)  # the disk, the permissions: not the file's content
    try:
        header = _header(path)
        if not header.startswith(SQLITE_HEADER):
            return _not_sibina(path, exc)
        if _cut_short(path, header):
            return _damaged(path, CUT_SHORT)
        if code == sqlite3.SQLITE_CORRUPT or _holds_marker(path):
            return _damaged(path, GARBLED)
    except OSError as unreadable:
        return _cannot_open(path, unreadable)
    return _not_sibina(path, exc)


def _header(path: Path) -> bytes:
    with open(path, "rb") as reading:
        return reading.read(HEADER_SIZE)


def _cut_short(path: Path, header: bytes) -> bool:
    """Whether the file is shorter than its header says (a copy that stopped midway).

    The header's page count is trusted only when it is marked valid, as SQLite does.
    """
    if len(header) < HEADER_SIZE:
        return True  # the smallest SQLite file is one page of 512 bytes
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False  # no sensible page size: not a database SQLite wrote
    size = path.stat().st_size
    pages = int.from_bytes(header[28:32], "big")
    count_is_valid = header[24:28] == header[92:96]
    return size % page_size != 0 or (count_is_valid and size < pages * page_size)


def _holds_marker(path: Path) -> bool:
    """Whether SiBina's history table is named in the file's bytes, wherever it lies."""
    overlap = len(SIBINA_MARKER) - 1
    tail = b""
    with open(path, "rb") as reading:
        while chunk := reading.read(1 << 20):
            if SIBINA_MARKER in tail + chunk:
                return True
            tail = chunk[-overlap:]
    return False


def _not_sibina(path: Path, exc: Exception | None = None) -> NotSiBinaDatabase:
    if exc is None:
        return NotSiBinaDatabase(message("Database", QT_TRANSLATE_NOOP(
            "Database", "{path} is not a SiBina database."), path=str(path)))
    return NotSiBinaDatabase(message("Database", QT_TRANSLATE_NOOP(
        "Database", "{path} is not a SiBina database ({detail})."), path=str(path),
        detail=describe(exc)))


def _damaged(path: Path, detail: Message | str) -> DamagedDatabase:
    return DamagedDatabase(message("Database", QT_TRANSLATE_NOOP(
        "Database", "{path} is damaged ({detail}); SiBina cannot use it. Restore the newest "
                    "backup."), path=str(path), detail=detail))


def _cannot_open(path: Path, exc: Exception) -> SiBinaError:
    return SiBinaError(message("Database", QT_TRANSLATE_NOOP(
        "Database", "{path} could not be opened ({detail})."), path=str(path),
        detail=describe(exc)))
