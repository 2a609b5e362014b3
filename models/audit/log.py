"""Reading the audit log: entries filtered by person, event, user and dates, a page at a
time, each with its changes as typed values and words the office knows.

The screen and the XLSX export both read it here and differ only in how a value is shown
(the screen's formats, the printed Indonesian), which each passes in.
"""

import datetime
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass

from peewee import BooleanField, DateField, DateTimeField, TimeField

from models.audit.labels import action_label, column_label, table_label
from models.audit.tables import AuditEntry
from models.audit.triggers import CHANGED
from models.messages import Message

PAGE = 200
# Stamped by the save itself: in a summary they would only repeat the entry's own time and
# who (changed_at/changed_by: the "changed meanwhile" check's stamp, models/sharing/stamps.py).
NOT_SUMMARISED = frozenset({"updated_at", "created_at", "added_at", "made_at", "id",
                            "changed_at", "changed_by"})
# The record's own words, the first it has: a person's name, an event's title…
NAMING_COLUMNS = ("name", "title", "topic", "key", "number", "caption")
ORDERS = {"at": AuditEntry.at, "actor": AuditEntry.actor, "pc": AuditEntry.pc,
          "table": AuditEntry.table_name, "record": AuditEntry.record}


@dataclass(frozen=True)
class Filter:
    person_id: int | None = None
    event_id: int | None = None
    actor: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None  # included


@dataclass(frozen=True)
class Change:
    column: str
    label: Message | str
    old: object
    new: object


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime.datetime
    actor: str
    pc: str
    table: str
    record: str
    action: str
    what: Message | str  # the table, as the office calls it
    done: Message  # added, changed, deleted
    name: str  # the record's own words ("Siti Aminah"), or "#12"
    changes: tuple[Change, ...]


def _query(where: Filter):
    query = AuditEntry.select()
    if where.person_id is not None:
        query = query.where(AuditEntry.person_id == where.person_id)
    if where.event_id is not None:
        query = query.where(AuditEntry.event_id == where.event_id)
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.date_from is not None:
        query = query.where(AuditEntry.at >= datetime.datetime.combine(
            where.date_from, datetime.time()))
    if where.date_to is not None:
        query = query.where(AuditEntry.at < datetime.datetime.combine(
            where.date_to + datetime.timedelta(days=1), datetime.time()))
    return query


def count(where: Filter = Filter()) -> int:
    return _query(where).count()


def page(where: Filter = Filter(), offset: int = 0, limit: int = PAGE, order: str = "at",
         descending: bool = True) -> list[Entry]:
    """``limit`` entries from ``offset``, ordered by ``order`` (a key of ORDERS)."""
    column = ORDERS[order]
    ties = AuditEntry.id.desc() if descending else AuditEntry.id
    rows = list(_query(where).order_by(column.desc() if descending else column, ties)
                .offset(offset).limit(limit))
    people, events = _names(rows)
    return [entry(row, people, events) for row in rows]


def _names(rows) -> tuple[dict, dict]:
    """The people's names and events' titles the entries concern, one query each, for the
    rows that have no words of their own (a mark, a registration)."""
    from models.events.tables import Event
    from models.staff.tables import Person

    person_ids = {row.person_id for row in rows if row.person_id is not None}
    event_ids = {row.event_id for row in rows if row.event_id is not None}
    people = dict(Person.select(Person.id, Person.name).where(Person.id.in_(person_ids))
                  .tuples()) if person_ids else {}
    events = dict(Event.select(Event.id, Event.title).where(Event.id.in_(event_ids))
                  .tuples()) if event_ids else {}
    return people, events


def actors() -> list[str]:
    """Everyone who has changed something, for the filter by user."""
    query = (AuditEntry.select(AuditEntry.actor).distinct()
             .where(AuditEntry.actor != "").order_by(AuditEntry.actor))
    return [row.actor for row in query]


def entry(row: AuditEntry, people: dict | None = None, events: dict | None = None) -> Entry:
    old = json.loads(row.old) if row.old else None
    new = json.loads(row.new) if row.new else None
    values = new if new is not None else old or {}
    naming = next((values[c] for c in NAMING_COLUMNS if values.get(c)), None)
    if naming is None:  # a mark, a registration: whose, and of which event
        concerns = [(people or {}).get(row.person_id), (events or {}).get(row.event_id)]
        naming = " — ".join(str(part) for part in concerns if part) or None
    # A link to the person or event shows their name rather than a number the office
    # never sees.
    named = {"person_id": people or {}, "event_id": events or {}}
    changes = tuple(
        Change(c.column, c.label, named[c.column].get(c.old, c.old),
               named[c.column].get(c.new, c.new)) if c.column in named else c
        for c in _changes(row.table_name, old, new))
    return Entry(row.id, row.at, row.actor, row.pc, row.table_name, row.record, row.action,
                 table_label(row.table_name), action_label(row.action),
                 str(naming) if naming is not None else f"#{row.record}", changes)


def _changes(table: str, old: dict | None, new: dict | None) -> tuple[Change, ...]:
    found = []
    for column in sorted(set(old or {}) | set(new or {})):
        if column in NOT_SUMMARISED:
            continue
        before = _typed(table, column, old.get(column)) if old is not None else None
        after = _typed(table, column, new.get(column)) if new is not None else None
        if old is not None and new is not None and before == after:
            continue
        if (old is None or new is None) and (before if new is None else after) in (None, ""):
            continue  # an insert's or a delete's empty fields say nothing
        found.append(Change(column, column_label(table, column), before, after))
    return tuple(found)


@functools.cache
def _fields(table: str) -> dict:
    from models.schema import ALL_MODELS

    for model in ALL_MODELS:
        if model._meta.table_name == table:
            return {field.column_name: field for field in model._meta.sorted_fields}
    return {}


def _typed(table: str, column: str, value):
    """A value as the models hold it: the engines write dates, times and yes/no in JSON
    differently (SQLite: text and 0/1; PostgreSQL: ISO with a "T", true/false)."""
    field = _fields(table).get(column)
    if value is None or field is None or value == CHANGED:
        return value
    try:
        if isinstance(field, BooleanField):
            return bool(value)
        if isinstance(field, DateTimeField):
            return datetime.datetime.fromisoformat(str(value).replace("T", " "))
        if isinstance(field, DateField):
            return datetime.date.fromisoformat(str(value)[:10])
        if isinstance(field, TimeField):
            return datetime.time.fromisoformat(str(value))
    except ValueError:
        return value  # shown as written rather than not at all
    return value


def summary(found: Entry, shown: Callable[[object], str], label: Callable[[object], str],
            arrow: str = " → ", between: str = "; ") -> str:
    """``Name: Rina → Rina S.; Unit: Layanan → Pengolahan``; an addition or a deletion, the
    values the record had. The caller shows each value and label in its own way."""
    def value(item) -> str:
        return "–" if item is None or item == "" else shown(item)

    parts = []
    for change in found.changes:
        if found.action == "update":
            text = f"{value(change.old)}{arrow}{value(change.new)}"
        else:
            text = value(change.new if found.action == "insert" else change.old)
        parts.append(f"{label(change.label)}: {text}")
    return between.join(parts)
