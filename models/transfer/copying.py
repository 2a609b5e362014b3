"""Copying every SiBina table from one open database into another, and proving the copy.

Rows are read and written through the models' fields, as the screens read and write them:
a date SQLite keeps as text arrives on the server as a date, a flag as a boolean, and back.
Each table is read in batches by its primary key (memory stays bounded at 20,000 people
and a drawer of scanned sheets), keeping every id, so each link between rows still holds.

A copy is proved, in the target's own transaction, by reading it back: the row count and a
fingerprint (sha256 over the rows in key order, each value written out the same way on
either engine) must equal what was read from the source; otherwise nothing is kept.
"""

import datetime
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager

import peewee
from peewee import AutoField, BlobField, ForeignKeyField, sort_models

from models.engine import ids_given, in_byte_order, on_server
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.os_errors import describe
from models.progress import NO_PROGRESS, Progress

BATCH = 500  # rows a statement; under SQLite's limit of parameters at every table's width
# A stored file (a scanned sheet, a logo) may be megabytes: a handful at a time.
BLOB_BATCH = 8


def in_order() -> list:
    """SiBina's models, each after the tables it links to."""
    from models.db import all_models

    return sort_models(all_models())


class Fingerprint:
    """Row count and sha256 of a table's rows, fed in primary-key order."""

    def __init__(self):
        self.rows = 0
        self._hash = hashlib.sha256()

    def add(self, row: tuple) -> None:
        self.rows += 1
        self._hash.update(json.dumps([_plain(value) for value in row]).encode() + b"\n")

    def digest(self) -> str:
        return self._hash.hexdigest()


def _plain(value):
    """One value as text, the same whichever engine it was read from."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (datetime.date, datetime.time)):  # datetimes too
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def key_position(model) -> int:
    """Where the primary key is among the model's fields (by identity: a field compared
    with == makes an SQL expression, which is always true)."""
    return next(i for i, f in enumerate(model._meta.sorted_fields)
                if f is model._meta.primary_key)


def batches(model, database) -> Iterator[list[tuple]]:
    """Every row of ``model``'s table in ``database``, in primary-key order, in batches."""
    fields = model._meta.sorted_fields
    position = key_position(model)
    key = in_byte_order(model._meta.primary_key, database)
    size = BLOB_BATCH if any(isinstance(f, BlobField) for f in fields) else BATCH
    last = None
    while True:
        query = model.select(*fields).order_by(key).limit(size)
        if last is not None:
            query = query.where(key > last)
        rows = list(query.tuples().execute(database))
        if not rows:
            return
        yield rows
        last = rows[-1][position]


def fingerprint(model, database) -> Fingerprint:
    found = Fingerprint()
    for rows in batches(model, database):
        for row in rows:
            found.add(row)
    return found


def write(database, statement: str, rows: list | None = None) -> None:
    """Every write of a transfer or a restore goes through here, and only those: one
    statement, or one statement for each of ``rows``. SQL with ``?`` marks."""
    # Called only inside copy_all's audit.paused block: these rows are copied or replaced,
    # not edited, and the log itself is among them.
    statement = statement.replace("?", database.param)  # psycopg marks with %s
    with peewee.__exception_wrapper__:  # the drivers' errors as Peewee's, on both engines
        cursor = database.cursor()
        if rows is None:
            cursor.execute(statement)
        else:
            cursor.executemany(statement, rows)


@contextmanager
def snapshot(database):
    """Reading ``database`` as it is at one moment, while other PCs and windows go on
    writing: no row changed meanwhile half appears in the copy. Nothing is written."""
    if on_server(database):
        # PostgreSQL-only: a read-only snapshot, without SiBina's writers' lock (see
        # models/sharing/server.py), so the office's work does not wait for a backup.
        statement = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    else:
        statement = "BEGIN DEFERRED"  # a file's readers see one moment from their first read
    with database.manual_commit():
        database.execute_sql(statement)
        try:
            yield
        finally:
            database.execute_sql("ROLLBACK")


def first_table_with_rows(database) -> str | None:
    """The first SiBina table in ``database`` holding anything a new database does not."""
    from models.events.tables import Theme

    present = set(database.get_tables())
    for model in in_order():
        table = model._meta.table_name
        if table not in present or not model.select().exists(database):
            continue
        if model is Theme and _only_default_themes(database):
            continue
        return table
    return None


def _only_default_themes(database) -> bool:
    # A new database is made with the default theme list (models/db.py); it is not data.
    from models.events.tables import Theme
    from models.events.themes import DEFAULT_THEMES

    held = list(Theme.select(Theme.name, Theme.position).order_by(Theme.position)
                .tuples().execute(database))
    return held == [(name, position) for position, name in enumerate(DEFAULT_THEMES)]


def copy_all(source, target, where: str, progress: Progress = NO_PROGRESS,
             replace: bool = False) -> list[tuple[str, int]]:
    """Copy every SiBina table of ``source`` into ``target`` (named ``where`` in messages)
    in one transaction of ``target``, prove the copy, and move PostgreSQL's id sequences
    past the copied ids; returns each table and its rows. ``target`` must hold nothing a
    new database does not, unless ``replace``: then all its rows are replaced. On any
    failure or Cancel the transaction is rolled back: ``target`` is as it was."""
    from models.audit.triggers import paused

    models = in_order()
    with snapshot(source):
        total = sum(model.select().count(source) for model in models)
        with paused(target):  # one transaction, the copy's entries being the source's
            if not replace and (table := first_table_with_rows(target)) is not None:
                raise not_empty(where, table)
            for model in reversed(models):  # children first: no link is left dangling
                write(target, f'DELETE FROM "{model._meta.table_name}"')
            done, read = 0, {}
            for model in models:
                read[model], done = _copy_table(model, source, target, where, progress,
                                                done, total)
            for model in models:
                _prove(model, read[model], target, where)
                if isinstance(model._meta.primary_key, AutoField):  # numbered by the engine
                    ids_given(model, target)
            progress.step(total, total)  # the last chance to cancel before the commit
    return [(model._meta.table_name, read[model].rows) for model in models]


def _copy_table(model, source, target, where, progress, done, total):
    fields = model._meta.sorted_fields
    position = key_position(model)
    # A row may link to one of its own table further on (a questionnaire copied from a
    # later one): that link is written once the later row is there.
    own = [i for i, f in enumerate(fields)
           if isinstance(f, ForeignKeyField) and f.rel_model is model]
    table = model._meta.table_name
    # Raw statements, the values converted by the fields: Peewee's building of a statement
    # for each batch took most of the time of a transfer.
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    insert = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
    convert = [_as_bytes if isinstance(f, BlobField) else f.db_value for f in fields]
    later, read = [], Fingerprint()
    try:
        for rows in batches(model, source):
            progress.step(done, total)
            written = []
            for row in rows:
                read.add(row)
                values = list(row)
                for i in own:
                    if values[i] is not None and values[i] > values[position]:
                        later.append((values[position], fields[i], values[i]))
                        values[i] = None
                written.append([to_db(value) for to_db, value in zip(convert, values, strict=True)])
            write(target, insert, written)
            done += len(rows)
        key = model._meta.primary_key.column_name
        for row_id, field, value in later:
            write(target, f'UPDATE "{table}" SET "{field.column_name}" = ? WHERE "{key}" = ?',
                  [(value, row_id)])
    except (peewee.DatabaseError, ValueError, TypeError) as exc:
        raise SiBinaError(message("Transfer", QT_TRANSLATE_NOOP(
            "Transfer", "Copying table {table} to {target} failed ({detail}); nothing was "
                        "changed there."), table=table, target=where,
            detail=describe(exc))) from exc
    return read, done


def _prove(model, read: Fingerprint, target, where: str) -> None:
    found = fingerprint(model, target)
    table = model._meta.table_name
    if found.rows != read.rows:
        raise SiBinaError(message("Transfer", QT_TRANSLATE_NOOP(
            "Transfer", "Table {table} did not copy whole to {target} ({read} rows read, "
                        "{found} there); nothing was changed there."),
            table=table, target=where, read=read.rows, found=found.rows))
    if found.digest() != read.digest():
        raise SiBinaError(message("Transfer", QT_TRANSLATE_NOOP(
            "Transfer", "Table {table} reads back differently from {target} than it was "
                        "read from the source (a value the target keeps otherwise); nothing "
                        "was changed there."), table=table, target=where))


def _as_bytes(value):
    # Bytes, which both drivers take: the field would wrap them in the binary type of the
    # engine the models are bound to, which may be the other one.
    return None if value is None else bytes(value)


def not_empty(where: str, table: str) -> SiBinaError:
    return SiBinaError(message("Transfer", QT_TRANSLATE_NOOP(
        "Transfer", "{target} already holds data (table {table} has rows); a transfer fills "
                    "only an empty database. Nothing was changed."), target=where, table=table))

