"""Whether a file holds exactly what SiBina itself makes, before SiBina trusts it.

A database is SQL as well as data: a trigger planted in a backup runs on the office's next
import, a table or column missing or added makes the screens fail later, far from the file
that caused it. So a file is compared with the schema SiBina creates for the file's own
version (the version 1 statements plus the migrations up to it), object by object, and its
typed columns are read once for values the models could not read.
"""

import functools
import json
import sqlite3
from pathlib import Path

from peewee import SchemaManager, SqliteDatabase

from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.schema_v1 import V1_STATEMENTS

FIRST = "0001_initial"


def _says(text: str, **params) -> Message:
    return message("Schema", text, **params)


def foreign_in(connection: sqlite3.Connection) -> Message | None:
    """The first thing in the file that SiBina would not have made at the file's version
    (an unknown or skipped upgrade, a trigger, a missing column…); None when there is none.
    Names numbered above the newest migration are the caller's to refuse as "newer"."""
    from models.db import HISTORY_TABLE

    names = [row[0] for row in connection.execute(
        f'SELECT name FROM "{HISTORY_TABLE}" ORDER BY id')]
    problem = history_problem(names)
    if problem is not None:
        return problem
    version = max((int(name.split("_", 1)[0]) for name in names), default=0)
    return _difference(layout(connection), expected_layout(version))


def foreign_in_file(path, version: int) -> Message | None:
    """The schema, then every typed value of the file at ``path``, against what SiBina
    makes at ``version``; read-only, so the file is not changed. SQLite's errors pass."""
    from models.db import inspecting_uri

    connection = sqlite3.connect(inspecting_uri(path), uri=True)
    try:
        return foreign_in(connection) or unreadable_value(connection, version)
    finally:
        connection.close()


def history_problem(names: list[str]) -> Message | None:
    """Why the upgrade history is not a beginning of SiBina's own; None if it is."""
    from models.db import migration_names

    known = migration_names()
    for name in names:
        if name not in known:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "the file records an upgrade “{name}” that SiBina does not know"),
                name=name)
    for name in known[:len(names)]:
        if name not in names:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "the file's upgrade history skips “{name}”"), name=name)
    return None


NEWEST = Path(__file__).with_name("schema_newest.json")


@functools.cache
def expected_layout(version: int) -> dict:
    """The layout SiBina creates for ``version``: the models' for the newest (what a new
    database gets), otherwise version 1 upgraded by each migration up to ``version``.

    The newest is read from ``schema_newest.json``, written from the models by
    ``python -m models.schema_check`` (a test keeps the two alike): compiling it at every
    start took 30 ms, most of it importing every model for a window that shows one tab."""
    from models.db import latest_version

    if version != latest_version():
        return upgraded_layout(version)
    stored = json.loads(NEWEST.read_text(encoding="utf-8"))
    if stored.get("version") == version:
        return _as_tuples(stored["layout"])
    return models_layout()


def _as_tuples(value):
    """JSON gives lists where the layout holds tuples."""
    if isinstance(value, dict):
        return {key: _as_tuples(item) for key, item in value.items()}
    if isinstance(value, list):
        return tuple(_as_tuples(item) for item in value)
    return value


def write_newest() -> Path:
    from models.db import latest_version

    NEWEST.write_text(json.dumps({"version": latest_version(), "layout": models_layout()},
                                 indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return NEWEST


def models_layout() -> dict:
    """The newest layout, compiled from the models into a database in memory.

    The statements are built by hand rather than with ``create_tables``, which would bind
    every model to that database for a moment, under a restore running in another thread.
    This also keeps the migration machinery out of every start of SiBina.
    """
    from models.audit.triggers import refresh_triggers
    from models.db import HISTORY_TABLE, all_models

    database = SqliteDatabase(":memory:")
    try:
        for model in all_models():
            schema = SchemaManager(model, database)
            database.execute(schema._create_table(safe=False))
            for index in schema._create_indexes(safe=False):
                database.execute(index)
        for statement in V1_STATEMENTS:  # the history table has not changed since
            if f'"{HISTORY_TABLE}"' in statement:
                database.execute_sql(statement)
        refresh_triggers(database)  # as a new database gets them
        return layout(database.connection())
    finally:
        database.close()


def upgraded_layout(version: int) -> dict:
    """Version 1's layout, then each migration up to ``version``."""
    from models.db import migration_names, migration_runner

    database = SqliteDatabase(":memory:")
    try:
        for statement in V1_STATEMENTS:
            database.execute_sql(statement)
        database.execute_sql('INSERT INTO "schema_migration" (name, applied) '
                             "VALUES (?, datetime('now'))", (FIRST,))
        if version > 1:
            # By its number, not its place: branches merged in any order may leave a gap.
            target = next(n for n in migration_names() if int(n.split("_", 1)[0]) == version)
            migration_runner(database).up(target=target)
        return layout(database.connection())
    finally:
        database.close()


def layout(connection: sqlite3.Connection) -> dict:
    """Every object of the file as the comparison sees it (SQLite's own tables aside)."""
    # Only SQLite's own bookkeeping is left out, by type as well as name: a trigger written
    # into the schema directly may carry a name SQLite reserves, and it would still run.
    objects = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE NOT ("
        "type = 'table' AND name IN ('sqlite_sequence', 'sqlite_stat1', 'sqlite_stat4') OR "
        "type = 'index' AND name LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\')"
    ).fetchall()
    tables, links, indexes, others, triggers = {}, {}, {}, {}, {}
    for kind, name, _table, _sql in objects:
        if kind == "table":
            tables[name] = {row[1]: _declared(row) for row in connection.execute(
                f'PRAGMA table_xinfo("{name}")')}
            links[name] = tuple(sorted(tuple(row[2:]) for row in connection.execute(
                f'PRAGMA foreign_key_list("{name}")')))
    for table in tables:
        for _seq, name, unique, _origin, partial in connection.execute(
                f'PRAGMA index_list("{table}")'):
            columns = tuple(row[2:6] for row in connection.execute(
                f'PRAGMA index_xinfo("{name}")') if row[5])
            indexes[name] = (table, unique, partial, columns)
    for kind, name, _table, sql in objects:
        if kind == "trigger":
            # Compared by its whole text: SiBina's audit triggers are made from the columns
            # the same way on every file, and one rewritten under their name is foreign.
            triggers[name] = sql
        elif kind not in ("table", "index"):
            others[name] = kind
        elif kind == "index" and name not in indexes:
            others[name] = kind  # on a table SiBina does not make
    return {"tables": tables, "links": links, "indexes": indexes, "others": others,
            "triggers": triggers}


def _declared(row) -> str:
    """How a column is declared: type, NOT NULL, key; a generated column never matches."""
    _cid, _name, kind, notnull, _default, pk, hidden = row
    words = [kind.upper()] + ["NOT NULL"] * bool(notnull) + ["PRIMARY KEY"] * bool(pk)
    return " ".join(words) + (" GENERATED" if hidden else "")


def _difference(found: dict, expected: dict) -> Message | None:
    wanted_triggers = expected.get("triggers", {})
    for name, sql in sorted(found["triggers"].items()):
        if name not in wanted_triggers:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "the file has a trigger “{name}” that SiBina never makes"), name=name)
        if sql != wanted_triggers[name]:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "trigger “{name}” differs from the one SiBina makes"), name=name)
    for name, kind in sorted(found["others"].items()):
        if kind == "view":
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "the file has a view “{name}” that SiBina never makes"), name=name)
        return _says(QT_TRANSLATE_NOOP(
            "Schema", "the file has an index “{name}” that SiBina never makes"), name=name)
    tables, wanted = found["tables"], expected["tables"]
    for table in sorted(wanted):
        if table not in tables:
            return _says(QT_TRANSLATE_NOOP("Schema", "the file lacks table {table}"),
                         table=table)
        for column, declared in wanted[table].items():
            if column not in tables[table]:
                return _says(QT_TRANSLATE_NOOP(
                    "Schema", "table {table} lacks column {column}"),
                    table=table, column=column)
            if tables[table][column] != declared:
                return _says(QT_TRANSLATE_NOOP(
                    "Schema", "column {column} of table {table} is declared {found}; SiBina "
                              "declares it {expected}"), table=table, column=column,
                    found=tables[table][column], expected=declared)
        for column in tables[table]:
            if column not in wanted[table]:
                return _says(QT_TRANSLATE_NOOP(
                    "Schema", "table {table} has a column {column} that SiBina never makes"),
                    table=table, column=column)
        if found["links"][table] != expected["links"][table]:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "the links of table {table} to other tables (what a deletion "
                          "keeps or removes) differ from SiBina's"), table=table)
    for table in sorted(set(tables) - set(wanted)):
        return _says(QT_TRANSLATE_NOOP(
            "Schema", "the file has a table “{name}” that SiBina never makes"), name=table)
    for name, shape in sorted(expected["indexes"].items()):
        if name not in found["indexes"]:
            return _says(QT_TRANSLATE_NOOP("Schema", "the file lacks index “{name}”"),
                         name=name)
        if found["indexes"][name] != shape:
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "index “{name}” differs from the one SiBina makes"), name=name)
    for name in sorted(set(found["indexes"]) - set(expected["indexes"])):
        return _says(QT_TRANSLATE_NOOP(
            "Schema", "the file has an index “{name}” that SiBina never makes"), name=name)
    # Last: a table dropped or remade loses its triggers, and the table is what to name.
    for name in sorted(set(wanted_triggers) - set(found["triggers"])):
        return _says(QT_TRANSLATE_NOOP("Schema", "the file lacks trigger “{name}”"),
                     name=name)
    return None


# --- values the models could not read ---------------------------------------------------------

_TIME = "time(substr({c}, 1, 8)) = substr({c}, 1, 8)"
_FRACTION = "(substr({c}, {dot}, 1) = '.' AND substr({c}, {dot} + 1) NOT GLOB '*[^0-9]*')"
# Through julianday and back: SQLite's date() alone passes 30 February as it is written.
_DAY = "date(julianday(substr({c}, 1, 10))) = substr({c}, 1, 10)"
_MOMENT = "datetime(julianday(substr({c}, 1, 19))) = substr({c}, 1, 19)"
# What each declared type must hold, as SQL over the column {c}: Peewee writes dates, times
# and datetimes as ISO text and reads back anything else as a bare string the screens trip on.
_VALID = {
    "INTEGER": "typeof({c}) = 'integer'",
    "REAL": "typeof({c}) IN ('real', 'integer')",
    "TEXT": "typeof({c}) = 'text'",
    "BLOB": "typeof({c}) = 'blob'",
    "DATE": "typeof({c}) = 'text' AND length({c}) = 10 AND " + _DAY,
    "DATETIME": ("typeof({c}) = 'text' AND (length({c}) = 10 AND " + _DAY + " OR "
                 "length({c}) = 19 AND " + _MOMENT + " OR length({c}) BETWEEN 21 AND 26 AND "
                 + _MOMENT + " AND " + _FRACTION.replace("{dot}", "20") + ")"),
    "TIME": ("typeof({c}) = 'text' AND (time({c}) = {c} OR time({c}) = {c} || ':00' OR ("
             "length({c}) BETWEEN 10 AND 15 AND " + _TIME + " AND "
             + _FRACTION.replace("{dot}", "9") + "))"),
}
_KINDS = {
    "INTEGER": QT_TRANSLATE_NOOP("Schema", "a whole number"),
    "REAL": QT_TRANSLATE_NOOP("Schema", "a number"),
    "TEXT": QT_TRANSLATE_NOOP("Schema", "text"),
    "BLOB": QT_TRANSLATE_NOOP("Schema", "file content"),
    "DATE": QT_TRANSLATE_NOOP("Schema", "a date"),
    "DATETIME": QT_TRANSLATE_NOOP("Schema", "a date and time"),
    "TIME": QT_TRANSLATE_NOOP("Schema", "a time"),
}


def _kind(declared: str) -> str | None:
    kind = declared.split()[0] if declared else ""
    return "TEXT" if kind.startswith("VARCHAR") else kind if kind in _VALID else None


def unreadable_value(connection: sqlite3.Connection, version: int) -> Message | None:
    """The first value (table, row, column) that is not what its column holds; one query a
    table, so the whole file is read in about the time SQLite takes to scan it."""
    for table, columns in sorted(expected_layout(version)["tables"].items()):
        checks = [(column, _VALID[kind].format(c=f'"{column}"'), kind)
                  for column, declared in columns.items()
                  if (kind := _kind(declared)) is not None]
        if not checks:
            continue
        valid = [f'("{column}" IS NULL OR coalesce({sql}, 0))' for column, sql, _ in checks]
        first_bad = " ".join(f"WHEN NOT {ok} THEN {index}"
                             for index, ok in enumerate(valid))
        row = connection.execute(
            f'SELECT rowid, CASE {first_bad} END FROM "{table}" '
            f"WHERE NOT ({' AND '.join(valid)}) LIMIT 1").fetchone()
        if row is not None:
            column, _, kind = checks[row[1]]
            return _says(QT_TRANSLATE_NOOP(
                "Schema", "table {table}, row {row}, column {column} does not hold {kind}"),
                table=table, row=row[0], column=column,
                kind=message("Schema", _KINDS[kind]))
    return None


if __name__ == "__main__":
    print("written:", write_newest())
