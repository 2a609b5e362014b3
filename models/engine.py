"""What differs between the two engines SiBina runs on, in one place.

SQLite is the embedded default (one PC, one file); PostgreSQL serves several PCs. Queries
are written with Peewee's expressions, which both understand; the few idioms that are not
(raw SQL, SQLite's NOCASE collation) go through a helper here, each saying why.
"""

import datetime

from peewee import SQL, PostgresqlDatabase, fn

from models.db import db

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_target(target) -> bool:
    """Whether ``target`` names a PostgreSQL database (a libpq URI) rather than a file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def on_server(database=None) -> bool:
    """Whether the open database (or ``database``) is PostgreSQL."""
    database = database or db.obj
    # The shared proxy (models.db.db) stands for whichever database it is bound to.
    return isinstance(getattr(database, "obj", database), PostgresqlDatabase)


def marks(count: int, database=None) -> str:
    """``count`` parameter marks for raw SQL: sqlite3 takes ``?``, psycopg ``%s``."""
    return ", ".join([(database or db.obj).param] * count)


def nocase(column: str, database=None) -> str:
    """``column`` as sorted and compared without regard to case: SQLite's NOCASE collation,
    PostgreSQL's lower() (which also folds letters outside ASCII, as NOCASE does not)."""
    return f"lower({column})" if on_server(database) else f"{column} COLLATE NOCASE"


def nocase_field(field, database=None):
    """:func:`nocase` for a Peewee field, in ``order_by`` or a comparison."""
    return fn.LOWER(field) if on_server(database) else field.collate("NOCASE")


def in_byte_order(field, database=None):
    """``field`` compared and sorted by its bytes, the same order on both engines (text keys
    checked row by row against another database): SQLite's default, PostgreSQL's "C"
    collation (its default follows the server's locale)."""
    text = field.field_type in ("VARCHAR", "TEXT")  # numbers sort alike without it
    return field.collate('"C"') if text and on_server(database) else field


class NocaseIndex(SQL):
    """``CREATE INDEX`` on a column without regard to case, for whichever engine builds it
    (a model's add_index takes one statement; the engine is known only when it runs)."""

    def __init__(self, name: str, table: str, column: str, unique: bool = False):
        super().__init__(name)
        self.name, self.table, self.column, self.unique = name, table, column, unique

    def __sql__(self, ctx):
        # sqlite3 marks parameters with "?", psycopg with "%s": the one setting that tells.
        expression = (f"{self.column} COLLATE NOCASE" if ctx.state.param == "?"
                      else f"(lower({self.column}))")
        unique = "UNIQUE " if self.unique else ""
        return ctx.sql(SQL(f"CREATE {unique}INDEX IF NOT EXISTS {self.name} "
                           f"ON {self.table} ({expression})"))


def execute(sql: str, params=(), database=None):
    """Run raw SQL written with sqlite3's ``?`` marks on either engine: psycopg marks with
    ``%s``, and so reads a literal ``%`` as ``%%``. Raw SQL is kept where Peewee's row
    conversion costs more than the query (lists of thousands of rows)."""
    database = database or db.obj
    if on_server(database):
        sql = sql.replace("%", "%%").replace("?", "%s")
    return database.execute_sql(sql, params)


def year_of(column: str, database=None) -> str:
    """The year of a date column as an integer, in raw SQL: SQLite keeps dates as ISO text,
    PostgreSQL as dates."""
    if on_server(database):
        return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    return f"CAST(strftime('%Y', {column}) AS INTEGER)"


def to_date(value) -> datetime.date | None:
    """A date read by raw SQL: ISO text from SQLite, a date (or timestamp) from psycopg."""
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    return datetime.date.fromisoformat(value[:10])


def ids_given(model, database=None) -> None:
    """After rows were written with ids of SiBina's choosing: PostgreSQL numbers new rows
    from a sequence that such rows do not advance, so it is moved past them (SQLite takes
    the largest id plus one by itself)."""
    database = database or db.obj
    if not on_server(database):
        return
    table, key = model._meta.table_name, model._meta.primary_key.column_name
    database.execute_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
        f"COALESCE((SELECT MAX(\"{key}\") FROM \"{table}\"), 0) + 1, false)")
