"""Reading and writing many people at once (an import of thousands of rows); the writes
go inside the caller's transaction.

Each write sends one prepared statement with ``executemany``: Peewee's ``insert_many`` and
``update`` build the SQL text anew for every value, which made 20,000 rows take seconds
(benchmarks/bench_staff_import.py: about 2.5 s to insert and 6 s to update 20,000; about
0.5 s and 0.35 s here). Reading four fields of 20,000 people by id with
``Person.id.in_`` took 0.35 s; :func:`read_people` takes 0.1 s. Table, columns, defaults
and value conversions still come from the model, so a field added to :class:`Person`
later is filled as Peewee would fill it.
"""

import datetime
from collections.abc import Iterator, Sequence

from models.db import db
from models.engine import marks
from models.sharing.stamps import fresh
from models.staff.tables import Person


def insert_people(people: list[dict], stamp: datetime.datetime) -> int:
    """Insert one person per dict of field values; missing fields get their defaults."""
    if not people:
        return 0
    # Stamped as a form's save is (models/sharing/stamps.py): the import is a change like any other.
    changed = fresh()
    records = [_with_defaults({**values, "created_at": stamp, "updated_at": stamp, **changed})
               for values in people]
    names = list(records[0])
    db.cursor().executemany(_statement("insert", names),
                            [_db_values(names, record) for record in records])
    return len(records)


def update_people(changes: list[tuple[int, dict]], stamp: datetime.datetime) -> int:
    """Set the given fields of each person ``(id, {field: value})``, ``updated_at`` and
    the change stamp.

    People whose changes name the same fields share one statement.
    """
    groups: dict[tuple, list[tuple]] = {}
    # A form open on one of these people is then told of the import when it saves.
    changed = fresh()
    for person_id, values in changes:
        names = (*sorted(values), "updated_at", *changed)
        groups.setdefault(names, []).append(
            _db_values(names, {**values, "updated_at": stamp, **changed}) + (person_id,))
    cursor = db.cursor()
    for names, params in groups.items():
        cursor.executemany(_statement("update", names), params)
    return len(changes)


def read_people(ids: Sequence[int], names: Sequence[str],
                chunk: int = 500) -> Iterator[tuple[int, dict]]:
    """``(id, {field: value})`` with the fields ``names`` of each person in ``ids`` that
    exists, ``chunk`` people a statement (SQLite allows 999 parameters in old versions)."""
    fields = [Person._meta.fields[n] for n in names]
    key = Person.id.column_name
    columns = "".join(f', "{f.column_name}"' for f in fields)
    cursor = db.cursor()
    for start in range(0, len(ids), chunk):
        part = list(ids[start:start + chunk])
        cursor.execute(f'SELECT "{key}"{columns} FROM "{Person._meta.table_name}" '
                       f'WHERE "{key}" IN ({marks(len(part))})', part)
        for person_id, *values in cursor.fetchall():
            yield person_id, {f.name: f.python_value(v) for f, v in zip(fields, values,
                                                                        strict=True)}


def _statement(verb: str, names) -> str:
    fields = [Person._meta.fields[n] for n in names]
    table = Person._meta.table_name
    if verb == "insert":
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        return f'INSERT INTO "{table}" ({columns}) VALUES ({marks(len(fields))})'
    mark = marks(1)
    assignments = ", ".join(f'"{f.column_name}" = {mark}' for f in fields)
    return f'UPDATE "{table}" SET {assignments} WHERE "{Person.id.column_name}" = {mark}'


def _db_values(names, values: dict) -> tuple:
    return tuple(Person._meta.fields[n].db_value(values[n]) for n in names)


def _with_defaults(values: dict) -> dict:
    record = {}
    for f in Person._meta.sorted_fields:
        if f.name in values:
            record[f.name] = values[f.name]
        elif f is not Person._meta.primary_key:
            default = Person._meta.defaults.get(f)
            record[f.name] = default() if callable(default) else default
    return record
