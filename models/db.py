"""The one database: binding, pragmas, schema creation and versioned migrations.

New databases are created from the models and stamped with every migration; existing ones
are copied aside and upgraded by ``playhouse.migrations``, one transaction per step.
"""

import datetime
import sqlite3
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from .messages import QT_TRANSLATE_NOOP, SiBinaError, message

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


def all_models():
    from . import schema

    return schema.ALL_MODELS


def migration_runner(database=None):
    from playhouse.migrations import Runner  # only needed to create or upgrade: not at start

    return Runner(database or db.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


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


def open_database(path) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        _prepare_schema(database, path)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        database.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
                "Database", "{path} is busy with another SiBina window or command; nothing "
                            "was changed. Try again in a moment."), path=str(path))) from exc
        raise _not_a_database(path, exc) from exc
    except BaseException:
        database.close()
        raise
    return database


def _prepare_schema(database: SqliteDatabase, path: Path) -> None:
    tables = database.get_tables()
    if not tables:
        from .themes import seed_defaults

        with database.atomic():
            database.create_tables(all_models())
            migration_runner(database).fake()
            seed_defaults(database)
        return
    applied = set(applied_migrations(database))
    known = migration_names()
    unknown = sorted(applied - set(known))
    if unknown:
        raise SiBinaError(
            message(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} was written by a newer version of SiBina (schema {names}); "
                    "update the application before opening it.",
                ),
                path=str(path),
                names=", ".join(unknown),
            )
        )
    if HISTORY_TABLE not in tables:
        raise SiBinaError(
            message(
                "Database",
                QT_TRANSLATE_NOOP("Database", "{path} is not a SiBina database."),
                path=str(path),
            )
        )
    if any(name not in applied for name in known):
        copy = safety_copy(database, path, schema_version(database))
        try:
            migration_runner(database).up()
        except Exception as exc:  # each step is its own transaction: a failed one left no trace
            raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
                "Database", "Upgrading {path} failed ({detail}). The copy made before the "
                            "upgrade is {copy}."), path=str(path), detail=str(exc),
                copy=str(copy))) from exc


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
    from .schema import Event, Person

    return not (Person.select().exists() or Event.select().exists())


def inspect_file(path) -> tuple[int, list[str]]:
    """Schema version and integrity problems of the file at ``path``, read-only.

    Unlike :func:`open_database` this never upgrades, copies or creates anything, so a
    check leaves the file exactly as it was.
    """
    path = Path(path)
    # With no write-ahead log beside it the file holds everything: open it immutable, which
    # creates no -wal/-shm files and works on read-only media. With a log, read-only mode
    # reads the log too.
    has_log = path.with_name(path.name + "-wal").exists()
    try:
        connection = sqlite3.connect(
            _sqlite_uri(path) + ("?mode=ro" if has_log else "?immutable=1"), uri=True)
    except sqlite3.Error as exc:
        raise _not_a_database(path, exc) from exc
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")
                    if row[0] != "ok"]
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if HISTORY_TABLE not in tables:
            raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
                "Database", "{path} is not a SiBina database."), path=str(path)))
        names = [row[0] for row in connection.execute(f"SELECT name FROM {HISTORY_TABLE}")]
    except sqlite3.DatabaseError as exc:
        raise _not_a_database(path, exc) from exc
    finally:
        connection.close()
    return max((int(n.split("_", 1)[0]) for n in names), default=0), problems


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


def _not_a_database(path: Path, exc: Exception) -> SiBinaError:
    return SiBinaError(message("Database", QT_TRANSLATE_NOOP(
        "Database", "{path} is not a SiBina database ({detail})."), path=str(path),
        detail=str(exc)))
