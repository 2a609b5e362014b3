"""Opening SiBina's database on a PostgreSQL server, for an office with several PCs.

The target is any libpq URI (``postgresql://user@host:5432/sibina``, or a socket folder:
``postgresql://user@/sibina?host=/run/postgresql``). A password never needs to be in it:
libpq reads the PGPASSWORD environment variable and the user's .pgpass file (pgpass.conf on
Windows), so none is typed on a command line where other users could see it.

What the SQLite file needs and the server does not: pragmas (the server keeps its own
durability and locking), the read-only file check (the server's grants decide), the
comparison of sqlite_master with SiBina's schema (a server's catalogue holds the server's
own objects; the office's administrator owns it) and the safety copy before an upgrade
(PostgreSQL runs each upgrade step's DDL in its transaction, so a failed step leaves
nothing; backing the server up is the server's own job, with pg_dump).
"""

from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import PostgresqlDatabase

from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.os_errors import describe
from models.sharing import actor

# Any number, SiBina's own: the advisory lock every transaction takes (see begin).
WRITERS_IN_TURN = 0x51B1A
# How long a save waits for another PC's transaction before it is refused as "busy" (a
# file's writers wait 5 s; an import of thousands of rows on a server may take longer).
LOCK_WAIT = "30s"
# A PC that stops in the middle of a transaction (frozen, unplugged) would otherwise hold
# the lock until the network gives up on it, hours later: the server ends its session.
# SiBina never waits for the office inside a transaction, so no working PC is cut off.
STALLED_AFTER = "5min"


class OfficeServerDatabase(PostgresqlDatabase):
    file_path = None
    read_only = False

    def _initialize_connection(self, conn):
        with conn.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{LOCK_WAIT}'")
            cursor.execute(f"SET idle_in_transaction_session_timeout = '{STALLED_AFTER}'")
        _tell_actor(conn)

    def cursor(self, named_cursor=None):
        # A statement outside a transaction commits by itself, with no begin() to say who is
        # working: the session says it, told again whenever someone else logged in since.
        conn = self.connection()
        if (getattr(conn, "sibina_actor", None) != actor.current()
                and conn.info.transaction_status == peewee.TransactionStatus.IDLE):
            _tell_actor(conn)
        return super().cursor(named_cursor)

    def begin(self, isolation_level=None):
        super().begin(isolation_level)
        # Transactions take turns, as BEGIN IMMEDIATE makes them on a SQLite file: what a
        # transaction reads cannot change under it before it commits. Without this, two
        # PCs importing the same people at once would both find them missing and insert
        # them twice, and two issuing certificates would both take the same next number.
        # Finer locks (per event, per year) are for when several PCs write a lot at once.
        # The audit triggers read who is working and on which PC from the transaction.
        working = actor.current()
        try:
            self.execute_sql("SELECT pg_advisory_xact_lock(%s), set_config('sibina.actor', %s, "
                             "true), set_config('sibina.pc', %s, true)",
                             (WRITERS_IN_TURN, working.name, working.pc))
        except peewee.DatabaseError:
            # The transaction never started for the caller (its block is not entered), so
            # nothing else would end it; left open it would refuse every later statement.
            self.rollback()
            raise


def _tell_actor(conn) -> None:
    working = actor.current()
    with conn.cursor() as cursor:
        cursor.execute("SELECT set_config('sibina.actor', %s, false), "
                       "set_config('sibina.pc', %s, false)", (working.name, working.pc))
    conn.sibina_actor = working


def shown_target(uri: str) -> str:
    """The URI as the office may read it in a message: without a password."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))


def use_driver() -> None:
    """Hand Peewee the driver that models/__init__.py kept from it at import."""
    if peewee.psycopg is None:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        # What Peewee's adapter class sets only when the driver was there at its import.
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN


def server_database(uri: str, password: str | None = None) -> OfficeServerDatabase:
    """The database ``uri`` names, not yet connected, bound to nothing."""
    use_driver()
    return OfficeServerDatabase(conninfo(uri), prefer_psycopg3=True,
                                **password_parameter(password))


def open_server(uri: str, prepare_schema, password: str | None = None) -> OfficeServerDatabase:
    """Connect to the database ``uri`` names and bring its schema up to date with
    ``prepare_schema(database, where)`` (the same steps as for a file). ``password`` is
    handed to libpq beside the URI (the window's, from the OS keyring), never inside it."""
    from models.db import db

    database = server_database(uri, password)
    where = shown_target(uri)
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        prepare_schema(database, where)
    except peewee.OperationalError as exc:
        database.close()
        raise SiBinaError(message("Database", QT_TRANSLATE_NOOP(
            "Database", "SiBina could not use the database server {target} ({detail}). "
                        "Check the address, the user and the password (PGPASSWORD or "
                        "pgpass), and that the server is running."),
            target=where, detail=_first_line(describe(exc)))) from exc
    except BaseException:
        database.close()
        raise
    return database


def conninfo(uri: str) -> str:
    # Peewee hands a URI to libpq only under the scheme's long name; libpq takes both.
    return "postgresql://" + uri.split("://", 1)[1]


def password_parameter(password: str | None) -> dict:
    # None lets libpq look for one itself (PGPASSWORD, pgpass), as on the command line.
    return {"password": password} if password else {}


def _first_line(detail):
    # libpq explains over several lines (the socket tried, then why); the first says it.
    if isinstance(detail, str):
        return (detail.strip().splitlines() or [""])[0]
    return detail
