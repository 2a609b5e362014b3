"""The network directory (Jejaring): organisations, their contacts and the events held with
them. Cooperation agreements are kept in :mod:`models.network.cooperations`.

An organisation's contacts are the outside people SiBina already keeps (speakers, guests),
linked to it; deleting an organisation unlinks them and never deletes a person.
"""

import datetime
from dataclasses import dataclass

from peewee import fn

from models.base import now
from models.db import db
from models.engine import nocase_field, on_server
from models.events.tables import Event, EventSession
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, ValidationError, message
from models.network.tables import Cooperation, Organisation
from models.staff.staff_list import email_problem, phone_problem
from models.staff.tables import Person
from models.text_rules import LONG_MAX, SHORT_MAX, TITLE_MAX, field_problems
from models.vocab import ORGANISATION_KINDS

_C = "Network"

FIELDS = ["name", "kind", "region", "address", "phone", "email", "website", "notes"]
TEXT_LIMITS = {"name": TITLE_MAX, "region": SHORT_MAX, "address": LONG_MAX,
               "phone": SHORT_MAX, "email": SHORT_MAX, "website": TITLE_MAX,
               "notes": LONG_MAX}
_MULTILINE = {"address", "notes"}


def _says(text: str, **params) -> Message:
    return message(_C, text, **params)


def clean(values: dict) -> dict:
    data = {f: str(values.get(f) or "").strip() for f in FIELDS}
    data["name"] = " ".join(data["name"].split())
    data["kind"] = data["kind"] or "other"
    return data


def problems(values: dict, organisation_id: int | None = None) -> dict[str, Message]:
    """What is wrong with an organisation's values, field by field (the form checks as the
    clerk types; :func:`save_organisation` refuses the same)."""
    data = clean(values)
    found = field_problems(data, TEXT_LIMITS, _MULTILINE)
    if not data["name"] and "name" not in found:
        found["name"] = _says(QT_TRANSLATE_NOOP("Network", "The name is required."))
    if data["kind"] not in ORGANISATION_KINDS:
        found["kind"] = _says(QT_TRANSLATE_NOOP("Network", "Choose the kind of organisation."))
    if "email" not in found and email_problem(data["email"]) is not None:
        found["email"] = email_problem(data["email"])
    if "phone" not in found and phone_problem(data["phone"]) is not None:
        found["phone"] = phone_problem(data["phone"])
    if "name" not in found:
        same = named(data["name"])
        if same is not None and same.id != organisation_id:
            found["name"] = _says(QT_TRANSLATE_NOOP(
                "Network", "“{name}” is already in the network."), name=same.name)
    return found


def named(name: str) -> Organisation | None:
    """The organisation called ``name``, whatever its case ("IPI Kepri", "ipi kepri")."""
    wanted = name.lower() if on_server() else name
    return (Organisation.select()
            .where(nocase_field(Organisation.name) == wanted).first())


def save_organisation(values: dict, organisation_id: int | None = None) -> Organisation:
    """Create or change an organisation after checking every field. A new name is carried
    to its contacts' institution and its events' organiser, which papers print."""
    with db.atomic():
        found = problems(values, organisation_id)
        if found:
            raise ValidationError(found)
        data = clean(values)
        if organisation_id is None:
            return Organisation.create(**data)
        Organisation.update(**data, updated_at=now()).where(
            Organisation.id == organisation_id).execute()
        (Person.update(institution=data["name"], updated_at=now())
         .where(Person.organisation == organisation_id).execute())
        (Event.update(organiser_name=data["name"])
         .where(Event.organisation == organisation_id).execute())
        return Organisation.get_by_id(organisation_id)


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    region: str
    phone: str
    email: str
    contacts: int
    cooperations: int


def search(text: str = "", kind: str = "") -> list[OrganisationRow]:
    """Organisations whose name or region holds every word of ``text`` (whatever its case),
    of ``kind`` when given, by name."""
    contacts = (Person.select(fn.COUNT(Person.id))
                .where(Person.organisation == Organisation.id))
    agreements = (Cooperation.select(fn.COUNT(Cooperation.id))
                  .where(Cooperation.organisation == Organisation.id))
    query = Organisation.select(Organisation.id, Organisation.name, Organisation.kind,
                                Organisation.region, Organisation.phone, Organisation.email,
                                contacts.alias("contacts"), agreements.alias("agreements"))
    for word in text.lower().split():
        query = query.where(fn.LOWER(Organisation.name).contains(word)
                            | fn.LOWER(Organisation.region).contains(word))
    if kind:
        query = query.where(Organisation.kind == kind)
    query = query.order_by(nocase_field(Organisation.name), Organisation.id)
    return [OrganisationRow(*row) for row in query.tuples()]


def organisation_choices() -> list[tuple[int, str]]:
    """(id, name) of every organisation by name, for the pickers of a form."""
    return list(Organisation.select(Organisation.id, Organisation.name)
                .order_by(nocase_field(Organisation.name)).tuples())


# --- contacts -------------------------------------------------------------------------------


def contacts(organisation_id: int) -> list[Person]:
    return list(Person.select().where(Person.organisation == organisation_id)
                .order_by(nocase_field(Person.name)))


def link_contact(organisation_id: int, person_id: int) -> None:
    """Make an outside person a contact of the organisation; their institution follows its
    name (see :func:`models.staff.staff_list.validate`)."""
    person = Person.get_by_id(person_id)
    if not person.is_external:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Network", "{name} is on the office's staff; only outside people are an "
                       "organisation's contacts."), name=person.full_name))
    with db.atomic():
        organisation = Organisation.get_by_id(organisation_id)
        (Person.update(organisation=organisation_id, institution=organisation.name,
                       updated_at=now()).where(Person.id == person_id).execute())


def unlink_contact(person_id: int) -> None:
    """The person stays in SiBina, with the institution text they had."""
    Person.update(organisation=None, updated_at=now()).where(Person.id == person_id).execute()


# --- the events held with an organisation ---------------------------------------------------

ORGANISER, SPEAKER = "organiser", "speaker"


@dataclass(frozen=True, slots=True)
class HeldEvent:
    event_id: int
    title: str
    start: datetime.date
    end: datetime.date
    how: str  # ORGANISER, or SPEAKER: one of its contacts spoke or moderated
    who: str  # the contacts who spoke or moderated, by name


def history(organisation_id: int) -> list[HeldEvent]:
    """The events the organisation organised, and those where one of its contacts spoke or
    moderated a session, the latest first."""
    found: dict[int, HeldEvent] = {}
    for event_id, title, start, end in (
            Event.select(Event.id, Event.title, Event.start_date, Event.end_date)
            .where(Event.organisation == organisation_id).tuples()):
        found[event_id] = HeldEvent(event_id, title, start, end, ORGANISER, "")
    people = {p.id: p.full_name for p in contacts(organisation_id)}
    spoke: dict[int, set[str]] = {}
    if people:
        ids = list(people)
        rows = (EventSession.select(EventSession.event, EventSession.speaker,
                                    EventSession.moderator)
                .where(EventSession.speaker.in_(ids) | EventSession.moderator.in_(ids))
                .tuples())
        for event_id, speaker, moderator in rows:
            names = spoke.setdefault(event_id, set())
            names.update(people[p] for p in (speaker, moderator) if p in people)
    if spoke:
        for event_id, title, start, end in (
                Event.select(Event.id, Event.title, Event.start_date, Event.end_date)
                .where(Event.id.in_(list(spoke))).tuples()):
            how = ORGANISER if event_id in found else SPEAKER
            found[event_id] = HeldEvent(event_id, title, start, end, how,
                                        ", ".join(sorted(spoke[event_id])))
    return sorted(found.values(), key=lambda e: (e.start, e.event_id), reverse=True)


# --- deleting -------------------------------------------------------------------------------


def before_deleting(organisation_id: int) -> Message | None:
    """What the office must agree to before the organisation goes: its cooperation records
    (and their documents) go with it. None when nothing but the name goes."""
    count = Cooperation.select().where(Cooperation.organisation == organisation_id).count()
    if not count:
        return None
    return _says(QT_TRANSLATE_NOOP(
        "Network", "{name} has {count} cooperation record(s) (MoU/PKS) with their documents; "
                   "they are deleted with it. Its contacts and events stay in SiBina."),
        name=Organisation.get_by_id(organisation_id).name, count=count)


def delete_organisation(organisation_id: int) -> None:
    """Delete the organisation and its cooperation records in one transaction; its contacts,
    events and training offers keep their texts and lose only the link."""
    from models.network.cooperations import delete_cooperation

    with db.atomic():
        for (cooperation_id,) in (Cooperation.select(Cooperation.id)
                                  .where(Cooperation.organisation == organisation_id).tuples()):
            delete_cooperation(cooperation_id)
        # Said here, not left to ON DELETE: a file whose foreign keys were off still unlinks.
        Person.update(organisation=None).where(Person.organisation == organisation_id).execute()
        Event.update(organisation=None).where(Event.organisation == organisation_id).execute()
        from models.opportunities.tables import Opportunity

        (Opportunity.update(organisation=None)
         .where(Opportunity.organisation == organisation_id).execute())
        Organisation.delete_by_id(organisation_id)
