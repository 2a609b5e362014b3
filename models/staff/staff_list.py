"""Keeping the staff list: validate, save, deactivate, and the searchable list."""

import re
from dataclasses import dataclass

from models.base import now
from models.db import db
from models.engine import marks, nocase, nocase_field
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.network.tables import Organisation
from models.search_text import search_key
from models.sharing.stamps import UNCHECKED, fresh, save_if_unchanged
from models.staff.nip import gender_of, grouped, normalize, problem
from models.staff.tables import Person, join_name
from models.text_rules import LONG_MAX, NAME_MAX, SHORT_MAX, TITLE_MAX, text_problem

_C = "Staff"

# Editable fields of a person, in form order.
FIELDS = [
    "nip", "front_title", "name", "back_title", "gender", "employment", "rank", "position",
    "functional_level", "unit", "institution", "region", "phone", "email", "notes",
    "is_external",
]
TEXT_FIELDS = [f for f in FIELDS if f != "is_external"]

# The longest each text may be; phone, e-mail and NIP have patterns of their own.
TEXT_LIMITS = {
    "name": NAME_MAX, "front_title": SHORT_MAX, "back_title": SHORT_MAX, "rank": SHORT_MAX,
    "position": TITLE_MAX, "functional_level": SHORT_MAX, "unit": TITLE_MAX,
    "institution": TITLE_MAX, "region": SHORT_MAX, "phone": SHORT_MAX, "email": SHORT_MAX,
    "notes": LONG_MAX,
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{5,19}$")


def clean(data: dict) -> dict:
    """Trim text and normalise the NIP to its 18 digits (or None when absent)."""
    values = {f: str(data.get(f) or "").strip() for f in TEXT_FIELDS}
    values["nip"] = normalize(values["nip"]) or None
    values["is_external"] = bool(data.get("is_external"))
    # Staff are never an organisation's contacts; a form that does not show the link (an
    # import) leaves it as it is.
    if "organisation" in data or not values["is_external"]:
        values["organisation"] = (data.get("organisation") or None) if values["is_external"] \
            else None
    return values


def field_problems(values: dict) -> dict[str, Message]:
    """Problems with cleaned values that need no database to see."""
    problems = {}
    for name, limit in TEXT_LIMITS.items():
        found = text_problem(values.get(name) or "", limit, multiline=name == "notes")
        if found is not None:
            problems[name] = found
    if not values["name"] and "name" not in problems:
        problems["name"] = message(_C, QT_TRANSLATE_NOOP("Staff", "The name is required."))
    if values["nip"]:
        nip_problem = problem(values["nip"])
        if nip_problem:
            problems["nip"] = nip_problem
        elif values["gender"] and values["gender"] != gender_of(values["nip"]):
            problems["gender"] = message(_C, QT_TRANSLATE_NOOP(
                "Staff", "The gender does not match digit 15 of the NIP."))
    if "email" not in problems and email_problem(values["email"]) is not None:
        problems["email"] = email_problem(values["email"])
    if "phone" not in problems and phone_problem(values["phone"]) is not None:
        problems["phone"] = phone_problem(values["phone"])
    return problems


def email_problem(email: str) -> Message | None:
    """Why ``email`` is no e-mail address (a person's, an organisation's); None if it is
    one or is empty."""
    if email and not _EMAIL.match(email):
        return message(_C, QT_TRANSLATE_NOOP(
            "Staff", "“{email}” is not an e-mail address."), email=email)
    return None


def phone_problem(phone: str) -> Message | None:
    if phone and not _PHONE.match(phone):
        return message(_C, QT_TRANSLATE_NOOP(
            "Staff", "A phone number has 6 to 20 digits, optionally starting with +."))
    return None


def nip_owner(nip: str, except_id: int | None = None) -> Person | None:
    query = Person.select().where(Person.nip == nip)
    if except_id is not None:
        query = query.where(Person.id != except_id)
    return query.first()


def duplicate_nip_message(owner: Person) -> Message:
    return message(_C, QT_TRANSLATE_NOOP("Staff", "{name} already has this NIP."),
                   name=owner.full_name)


def problems(data: dict, person_id: int | None = None) -> dict[str, Message]:
    """Every problem with ``data``, the NIP's owner included (the form checks as you type)."""
    values = clean(data)
    found = field_problems(values)
    if values["nip"] and "nip" not in found:
        owner = nip_owner(values["nip"], person_id)
        if owner is not None:
            found["nip"] = duplicate_nip_message(owner)
    if values.get("organisation") and Organisation.get_or_none(
            Organisation.id == values["organisation"]) is None:
        found["organisation"] = message(_C, QT_TRANSLATE_NOOP(
            "Staff", "The organisation chosen is no longer in the network; choose again."))
    return found


def validate(data: dict, person_id: int | None = None) -> dict:
    """Return cleaned values, or raise :class:`ValidationError` naming every bad field."""
    found = problems(data, person_id)
    if found:
        raise ValidationError(found)
    values = clean(data)
    if values["nip"] and not values["gender"]:
        values["gender"] = gender_of(values["nip"])
    if values.get("organisation"):
        # Certificates, letters and speaker lists print the institution text; following
        # the organisation's name keeps every paper saying what the network says.
        values["institution"] = Organisation.get_by_id(values["organisation"]).name
    return values


def save_person(data: dict, person_id: int | None = None, loaded=UNCHECKED) -> Person:
    """Create a person, or update the one with ``person_id``, after validating every field.
    ``loaded``: the stamp the form loaded (see models/sharing/stamps.py)."""
    with db.atomic():
        values = validate(data, person_id)
        if person_id is None:
            return Person.create(**values, **fresh())
        save_if_unchanged(Person, person_id, loaded, {**values, "updated_at": now()})
        return Person.get_by_id(person_id)


def set_active(person_ids, active: bool) -> int:
    """Mark people active or inactive (retired, moved away); nothing is deleted."""
    with db.atomic():
        return (Person.update(active=active, updated_at=now(), **fresh())
                .where(Person.id.in_(list(person_ids))).execute())


def person_values(person: Person) -> dict:
    return {f: getattr(person, f) for f in FIELDS}


@dataclass(slots=True)
class StaffRow:
    """One line of the staff table, with a lower-case haystack for search-as-you-type."""

    id: int
    full_name: str
    nip: str
    position: str
    rank: str
    unit: str
    institution: str
    is_external: bool
    active: bool
    sort_name: str
    haystack: str


_ROWS_SQL = ("SELECT id, front_title, name, back_title, nip, position, rank, unit, institution,"
             " is_external, active FROM person")


def load_rows(first: int | None = None) -> list[StaffRow]:
    """Every person as a table row sorted by name, or only the ``first`` few.

    A plain cursor: Peewee's row conversion takes several times longer for 20,000 rows.
    The window shows the first rows at once and loads the rest in the background.
    """
    rows = []
    if first is None:
        cursor = db.execute_sql(_ROWS_SQL)
    else:
        cursor = db.execute_sql(f"{_ROWS_SQL} ORDER BY {nocase('name')} LIMIT {marks(1)}",
                                (first,))
    for (pid, front, name, back, nip, position, rank, unit, institution, external,
         active) in cursor:
        shown_nip = grouped(nip) if nip else ""
        rows.append(StaffRow(
            pid, join_name(front, name, back), shown_nip, position, rank, unit, institution,
            bool(external), bool(active), name.casefold(),
            search_key(" ".join((front, name, back, nip or "", shown_nip, position, unit,
                                 institution))),
        ))
    if first is None:
        rows.sort(key=lambda r: r.sort_name)
    return rows


ACTIVE_ONLY, INACTIVE_ONLY, ANY_STATUS = "active", "inactive", "any"
INTERNAL_ONLY, EXTERNAL_ONLY, ANYONE = "internal", "external", "anyone"


def filter_rows(rows: list[StaffRow], text: str = "", status: str = ACTIVE_ONLY,
                kind: str = ANYONE) -> list[StaffRow]:
    """The rows whose name, NIP, unit or position contain every word of ``text``.

    One tight pass per condition: this runs on every keystroke over up to 20,000 rows.
    """
    want_active = {ACTIVE_ONLY: True, INACTIVE_ONLY: False}.get(status)
    want_external = {INTERNAL_ONLY: False, EXTERNAL_ONLY: True}.get(kind)
    if want_active is not None:
        rows = [r for r in rows if r.active is want_active]
    if want_external is not None:
        rows = [r for r in rows if r.is_external is want_external]
    for word in search_key(text).split():  # "Zulkarnaen" finds "Zulkarnaén"
        rows = [r for r in rows if word in r.haystack]
    return rows


_PICK_FIELDS = (Person.id, Person.front_title, Person.name, Person.back_title,
                Person.is_external, Person.unit, Person.institution)


def people_to_pick(include=()) -> list[tuple]:
    """(id, front title, name, back title, external, unit, institution) of every active
    person, and of those in ``include`` even if inactive (already chosen), by name."""
    query = (Person.select(*_PICK_FIELDS)
             .where(Person.active | Person.id.in_([i for i in include if i]))
             .order_by(nocase_field(Person.name), Person.id))
    # A plain cursor: Peewee's conversion of each row doubles the time for many people.
    return list(db.execute_sql(*query.sql()))


def person_to_pick(person_id: int) -> tuple:
    """One person as :func:`people_to_pick` gives them."""
    return Person.select(*_PICK_FIELDS).where(Person.id == person_id).tuples().get()


def any_active(person_ids) -> bool:
    return Person.select().where(Person.id.in_(list(person_ids)), Person.active).exists()


def people_by_name(person_ids) -> list[Person]:
    """The people ``person_ids`` names, by name (for an export)."""
    wanted = set(person_ids)
    return [p for p in Person.select().order_by(Person.name) if p.id in wanted]


def everyone_by_name() -> list[Person]:
    return list(Person.select().order_by(Person.name))


def known_values(field: str) -> list[str]:
    """The values a text field already holds somewhere (units, positions, …), sorted, to
    offer as the office types."""
    column = getattr(Person, field)
    return [v for (v,) in Person.select(column).where(column != "").distinct()
            .order_by(column).tuples()]
