"""The database writes the audit log itself: a trigger on every SiBina table adds an entry
for each inserted, updated or deleted row, in the transaction of the change.

Only the database sees every path a change takes (a form's save, a bulk query, raw SQL, an
import), so the log is kept there rather than by each caller. The triggers are made from
the tables' columns as they are (:func:`refresh_triggers`), after creating a database and
after every upgrade from version 13 on, so a table a later upgrade adds is logged without
that upgrade having to remember. They are generated deterministically (columns by name) so
that the schema check expects exactly them, on an upgraded file as on a new one.

Who and which PC come from models/sharing/actor.py: on SQLite through functions registered on each
connection (:func:`connect_functions`), on PostgreSQL through the settings ``sibina.actor``
and ``sibina.pc`` that models/sharing/server.py sets at each transaction's begin.
"""

import threading
from contextlib import contextmanager

AUDIT_TABLE = "audit_entry"
# The upgrade that made the log: from it on, every upgrade is followed by refresh_triggers.
AUDIT_VERSION = 13
NOT_AUDITED = frozenset({AUDIT_TABLE, "schema_migration"})
# Columns whose value never enters the log (a password's hash): an entry says only that it
# changed. Any table's column of these names; the users' table keeps its hashes in them.
SECRET_COLUMNS = frozenset({"password_hash", "password", "password_salt", "reset_code_hash"})
# Rows of a key-value table whose value is a secret: a private signing key kept in the
# settings before schema 9, which leaves the file on its first open (and must not stay
# behind in the log of its removal).
SECRET_ROWS = {"setting": ("key", ("signing_private_key",), "value")}
CHANGED = "(changed)"
REFUSED = "the audit log cannot be changed"

_paused = threading.local()  # Peewee keeps a connection per thread: so does the pause


def _auditing() -> int:
    return 0 if getattr(_paused, "depth", 0) else 1


def _actor_name() -> str:
    from models.sharing import actor

    return actor.current().name


def _actor_pc() -> str:
    from models.sharing import actor

    return actor.current().pc


def connect_functions(connection) -> None:
    """Give a SQLite connection the functions SiBina's triggers call. A connection without
    them (another program editing the file) cannot change an audited table at all."""
    connection.create_function("sibina_audit", 0, _auditing)
    connection.create_function("sibina_actor", 0, _actor_name)
    connection.create_function("sibina_pc", 0, _actor_pc)


@contextmanager
def paused(database):
    """A block in one transaction whose changes are not logged, and in which the log itself
    may be replaced: for copying a whole database (a transfer, a restore), whose entries
    come with it."""
    from models.engine import on_server

    with database.atomic():
        if on_server(database):
            database.execute_sql("SELECT set_config('sibina.audit', 'off', true)")
            yield
            database.execute_sql("SELECT set_config('sibina.audit', 'on', true)")
            return
        _paused.depth = getattr(_paused, "depth", 0) + 1
        try:
            yield
        finally:
            _paused.depth -= 1


def refresh_triggers(database) -> None:
    """(Re)make the audit triggers of every table from its live columns."""
    from models.engine import on_server

    if on_server(database):
        _refresh_server(database)
    else:
        _refresh_file(database)


def _audited(tables) -> list[str]:
    return sorted(t for t in tables if t not in NOT_AUDITED and not t.startswith("sqlite_"))


# --- SQLite --------------------------------------------------------------------------------


def _refresh_file(database) -> None:
    connect_functions(database.connection())
    ours = [row[0] for row in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'audit\\_%' ESCAPE '\\'")]
    for name in ours:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    for table in _audited(database.get_tables()):
        columns = {row[1]: (row[2].upper(), bool(row[5])) for row in database.execute_sql(
            f'PRAGMA table_info("{table}")')}
        for statement in file_triggers(table, columns):
            database.execute_sql(statement)
    for statement in _file_keeping():
        database.execute_sql(statement)


def file_triggers(table: str, columns: dict[str, tuple[str, bool]]) -> list[str]:
    """The three triggers of ``table``, whose ``columns`` map name → (type, primary key)."""
    names = sorted(columns)
    key = next((name for name in names if columns[name][1]), "rowid")

    def secret(ref: str, action: str, name: str) -> str:
        if ref == "old":
            return "NULL"
        if action == "update":
            return f"CASE WHEN old.\"{name}\" IS new.\"{name}\" THEN NULL ELSE '{CHANGED}' END"
        return f"CASE WHEN new.\"{name}\" IS NULL THEN NULL ELSE '{CHANGED}' END"

    def row(ref: str, action: str) -> str:
        pairs = []
        hidden_if = SECRET_ROWS.get(table)
        for name in names:
            if name in SECRET_COLUMNS:
                value = secret(ref, action, name)
            elif columns[name][0] == "BLOB":  # a stored file: its size, not its bytes
                value = f'length({ref}."{name}")'
            elif hidden_if is not None and name == hidden_if[2]:
                keys = ", ".join(f"'{key}'" for key in hidden_if[1])
                value = (f'CASE WHEN {ref}."{hidden_if[0]}" IN ({keys}) THEN '
                         f'{secret(ref, action, name)} ELSE {ref}."{name}" END')
            else:
                value = f'{ref}."{name}"'
            pairs.append(f"'{name}', {value}")
        return f"json_object({', '.join(pairs)})"

    def concerns(ref: str) -> tuple[str, str]:
        person = (f'{ref}."id"' if table == "person" else
                  f'{ref}."person_id"' if "person_id" in columns else "NULL")
        event = (f'{ref}."id"' if table == "event" else
                 f'{ref}."event_id"' if "event_id" in columns else
                 f'(SELECT event_id FROM event_session WHERE id = {ref}."session_id")'
                 if "session_id" in columns else "NULL")
        return person, event

    statements = []
    for action, ref in (("insert", "new"), ("update", "new"), ("delete", "old")):
        when = "sibina_audit()"
        if action == "update":
            when += " AND (" + " OR ".join(
                f'old."{name}" IS NOT new."{name}"' for name in names) + ")"
        old = row("old", action) if action != "insert" else "NULL"
        new = row("new", action) if action != "delete" else "NULL"
        person, event = concerns(ref)
        statements.append(
            f'CREATE TRIGGER "audit_{table}_{action}" AFTER {action.upper()} ON "{table}" '
            f"FOR EACH ROW WHEN {when} BEGIN INSERT INTO {AUDIT_TABLE} (at, actor, pc, "
            "table_name, record, action, old, new, person_id, event_id) VALUES ("
            "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), sibina_actor(), sibina_pc(), "
            f"'{table}', {ref}.\"{key}\", '{action}', {old}, {new}, {person}, {event}); END")
    return statements


def _file_keeping() -> list[str]:
    return [f'CREATE TRIGGER "audit_entry_kept_{action}" BEFORE {action.upper()} ON '
            f"{AUDIT_TABLE} FOR EACH ROW WHEN sibina_audit() BEGIN "
            f"SELECT RAISE(ABORT, '{REFUSED}'); END" for action in ("update", "delete")]


# --- PostgreSQL ----------------------------------------------------------------------------

# One function for every table; each table's trigger passes its key column, then what the
# function needs to know of its columns ("person:person_id", "blob:data", "secret:…").
_SERVER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION sibina_audit_row() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    old_row jsonb;
    new_row jsonb;
    one_row jsonb;
    kind text;
    col text;
    changed boolean;
    person integer;
    event integer;
BEGIN
    IF current_setting('sibina.audit', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF old_row = new_row THEN
        RETURN NULL;
    END IF;
    one_row := coalesce(new_row, old_row);
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        kind := split_part(TG_ARGV[i], ':', 1);
        col := split_part(TG_ARGV[i], ':', 2);
        IF kind = 'person' THEN
            person := (one_row ->> col)::integer;
        ELSIF kind = 'event' THEN
            event := (one_row ->> col)::integer;
        ELSIF kind = 'session' THEN
            SELECT event_id INTO event FROM event_session
                WHERE id = (one_row ->> col)::integer;
        ELSIF kind = 'blob' THEN
            -- to_jsonb writes bytes as '\\x' and two hex digits a byte: keep the size only
            IF old_row IS NOT NULL THEN
                old_row := old_row || jsonb_build_object(col, (length(old_row ->> col) - 2) / 2);
            END IF;
            IF new_row IS NOT NULL THEN
                new_row := new_row || jsonb_build_object(col, (length(new_row ->> col) - 2) / 2);
            END IF;
        ELSIF kind = 'secret' AND (split_part(TG_ARGV[i], ':', 3) = ''
                                   OR one_row ->> split_part(TG_ARGV[i], ':', 3)
                                      = split_part(TG_ARGV[i], ':', 4)) THEN
            changed := CASE WHEN old_row IS NULL THEN (new_row ->> col) IS NOT NULL
                            ELSE (old_row -> col) IS DISTINCT FROM (new_row -> col) END;
            IF old_row IS NOT NULL THEN
                old_row := old_row || jsonb_build_object(col, NULL::text);
            END IF;
            IF new_row IS NOT NULL THEN
                new_row := new_row || jsonb_build_object(
                    col, CASE WHEN changed THEN '{CHANGED}' END);
            END IF;
        END IF;
    END LOOP;
    INSERT INTO {AUDIT_TABLE} (at, actor, pc, table_name, record, action, old, new,
                               person_id, event_id)
    VALUES (LOCALTIMESTAMP(0), coalesce(current_setting('sibina.actor', true), ''),
            coalesce(current_setting('sibina.pc', true), ''), TG_TABLE_NAME,
            one_row ->> TG_ARGV[0], lower(TG_OP), old_row::text, new_row::text,
            person, event);
    RETURN NULL;
END
$body$"""

_SERVER_KEEPING = f"""
CREATE OR REPLACE FUNCTION sibina_audit_kept() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF current_setting('sibina.audit', true) = 'off' THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION '{REFUSED}';
END
$body$"""


def _refresh_server(database) -> None:
    database.execute_sql(_SERVER_FUNCTION)
    database.execute_sql(_SERVER_KEEPING)
    columns: dict[str, dict[str, str]] = {}
    for table, column, kind in database.execute_sql(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema()"):
        columns.setdefault(table, {})[column] = kind
    keys = dict(database.execute_sql(
        "SELECT c.relname, a.attname FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
        "WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace"))
    for table in _audited(database.get_tables()):
        arguments = [keys.get(table, "id"), *server_arguments(table, columns[table])]
        listed = ", ".join(f"'{argument}'" for argument in arguments)
        database.execute_sql(f'DROP TRIGGER IF EXISTS audit_row ON "{table}"')
        database.execute_sql(
            f'CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION sibina_audit_row({listed})")
    database.execute_sql(f"DROP TRIGGER IF EXISTS audit_entry_kept ON {AUDIT_TABLE}")
    database.execute_sql(f"DROP TRIGGER IF EXISTS audit_entry_kept_all ON {AUDIT_TABLE}")
    database.execute_sql(
        f"CREATE TRIGGER audit_entry_kept BEFORE UPDATE OR DELETE ON {AUDIT_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION sibina_audit_kept()")
    database.execute_sql(
        f"CREATE TRIGGER audit_entry_kept_all BEFORE TRUNCATE ON {AUDIT_TABLE} "
        "FOR EACH STATEMENT EXECUTE FUNCTION sibina_audit_kept()")


def server_arguments(table: str, columns: dict[str, str]) -> list[str]:
    """What the server's trigger function is told of ``table``'s ``columns`` (name → type)."""
    arguments = []
    if table == "person" or "person_id" in columns:
        arguments.append("person:" + ("id" if table == "person" else "person_id"))
    if table == "event" or "event_id" in columns:
        arguments.append("event:" + ("id" if table == "event" else "event_id"))
    elif "session_id" in columns:
        arguments.append("session:session_id")
    if table in SECRET_ROWS:  # "secret:value:key:signing_private_key": when key is that
        key, values, column = SECRET_ROWS[table]
        arguments += [f"secret:{column}:{key}:{value}" for value in values]
    for name in sorted(columns):
        if name in SECRET_COLUMNS:
            arguments.append("secret:" + name)
        elif columns[name] == "bytea":
            arguments.append("blob:" + name)
    return arguments
