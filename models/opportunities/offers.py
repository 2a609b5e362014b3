"""Training offers (Peluang pelatihan): what outside bodies offer and the office heard of,
with their registration deadlines, and the staff sent to them.

Sending staff makes the offer an outside event (organised by the body, not the office),
its JP spread over one session a day, and registers the chosen staff as its participants.
From then on the event is like any outside event: attendance or the outside certificate
recorded for each person is what they earn (:mod:`models.events.jp`), counted once.
"""

import datetime
import math

from peewee import JOIN, fn

from models.base import now
from models.certificates.outside import MAX_JP
from models.db import db
from models.events import participants
from models.events.planning import save_event, save_session
from models.events.tables import Event, Theme
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, ValidationError, message
from models.network.tables import Organisation
from models.opportunities.deadlines import (  # noqa: F401 - offers.<name> for the tab
    CLOSED,
    CLOSING_SOON,
    CLOSING_SOON_DAYS,
    LISTED,
    OPEN,
    OfferRow,
    closing_soon,
    last_day,
    state,
)
from models.opportunities.tables import Opportunity
from models.staff.tables import Person
from models.text_rules import LONG_MAX, TITLE_MAX, field_problems
from models.vocab import MODES

FIELDS = ["title", "organisation", "organiser_name", "theme", "start_date", "end_date",
          "mode", "place", "cost", "deadline", "jp", "link", "notes"]
TEXT_LIMITS = {"title": TITLE_MAX, "organiser_name": TITLE_MAX, "place": TITLE_MAX,
               "link": TITLE_MAX, "notes": LONG_MAX}
# A session a day of an offer the staff are sent to: the office hears the days, not the hours.
DAY_START, DAY_END = datetime.time(8), datetime.time(16)
# The kind of event an offer becomes: a training, counted towards the JP target by default.
EVENT_KIND = "pelatihan"


def _says(text: str, **params) -> Message:
    return message("Offers", text, **params)


def problems(values: dict) -> dict[str, Message]:
    found = field_problems(values, TEXT_LIMITS, {"notes"})
    if not str(values.get("title") or "").strip() and "title" not in found:
        found["title"] = _says(QT_TRANSLATE_NOOP("Offers", "The title is required."))
    if (not values.get("organisation") and not str(values.get("organiser_name") or "").strip()
            and "organiser_name" not in found):
        found["organiser_name"] = _says(QT_TRANSLATE_NOOP(
            "Offers", "Say who offers it: an organisation of the network or its name."))
    start, end = values.get("start_date"), values.get("end_date")
    if not isinstance(start, datetime.date):
        found["start_date"] = _says(QT_TRANSLATE_NOOP("Offers", "The start date is required."))
    elif not isinstance(end, datetime.date) or end < start:
        found["end_date"] = _says(QT_TRANSLATE_NOOP(
            "Offers", "The end date is required, on or after the start."))
    deadline = values.get("deadline")
    if isinstance(deadline, datetime.date) and isinstance(end, datetime.date) and deadline > end:
        found["deadline"] = _says(QT_TRANSLATE_NOOP(
            "Offers", "The registration deadline ({deadline}) is after the offer ends ({end})."),
            deadline=deadline, end=end)
    if values.get("mode", "luring") not in MODES:
        found["mode"] = _says(QT_TRANSLATE_NOOP("Offers", "Choose luring, daring or hybrid."))
    cost = values.get("cost")
    if cost is not None and (not isinstance(cost, int) or cost < 0):
        found["cost"] = _says(QT_TRANSLATE_NOOP(
            "Offers", "The cost is in rupiah, 0 or more (empty when not known)."))
    jp = values.get("jp", 0)
    if not isinstance(jp, int | float) or not 0 <= jp <= MAX_JP:
        found["jp"] = _says(QT_TRANSLATE_NOOP("Offers", "The JP is 0 to {most}."), most=MAX_JP)
    return found


def save_offer(values: dict, offer_id: int | None = None) -> Opportunity:
    """Create or change an offer after checking every field; with an organisation of the
    network, the organiser's name follows it (as an event's does)."""
    with db.atomic():
        found = problems(values)
        organisation = None
        if values.get("organisation") and not found:
            organisation = Organisation.get_or_none(Organisation.id == values["organisation"])
            if organisation is None:
                found["organiser_name"] = _says(QT_TRANSLATE_NOOP(
                    "Offers", "The organisation chosen is no longer in the network; choose "
                              "again."))
        if found:
            raise ValidationError(found)
        data = {f: values.get(f) for f in FIELDS}
        for name in TEXT_LIMITS:
            data[name] = str(data[name] or "").strip()
        data["organisation"] = organisation.id if organisation else None
        if organisation is not None:
            data["organiser_name"] = organisation.name
        data["mode"] = data["mode"] or "luring"
        data["jp"] = float(data["jp"] or 0)
        if offer_id is None:
            return Opportunity.create(**data)
        Opportunity.update(**data, updated_at=now()).where(Opportunity.id == offer_id).execute()
        return Opportunity.get_by_id(offer_id)


def delete_offer(offer_id: int) -> None:
    """The offer goes; an event staff were sent to stays, with their records."""
    Opportunity.delete_by_id(offer_id)


def rows(today: datetime.date, text: str = "") -> list[OfferRow]:
    """Every offer, the soonest to close first and the closed ones last, whose title,
    organiser or place holds every word of ``text`` (whatever its case)."""
    sent = participants.participant_count
    query = (Opportunity.select(Opportunity, Theme.name.alias("theme_name"))
             .join(Theme, JOIN.LEFT_OUTER, on=(Opportunity.theme == Theme.id)))
    for word in text.lower().split():
        query = query.where(fn.LOWER(Opportunity.title).contains(word)
                            | fn.LOWER(Opportunity.organiser_name).contains(word)
                            | fn.LOWER(Opportunity.place).contains(word))
    found = []
    for offer in query.objects():
        found.append(OfferRow(
            offer.id, offer.title, offer.organiser_name, offer.theme_name or "",
            offer.start_date, offer.end_date, offer.mode, offer.place, offer.cost,
            offer.deadline, offer.jp, offer.event_id,
            sent(offer.event_id) if offer.event_id else 0,
            state(offer.deadline, offer.start_date, today)))
    found.sort(key=lambda r: (LISTED[r.state], last_day(r.deadline, r.start), r.title))
    return found


# --- sending staff --------------------------------------------------------------------------


def daily_jp(total: float, days: int) -> list[float]:
    """``total`` JP over ``days`` sessions, in half JP, the rest on the last day: the
    sessions add up to the offer's JP exactly."""
    each = math.floor(total * 2 / days) / 2
    return [each] * (days - 1) + [total - each * (days - 1)]


def send_staff(offer_id: int, person_ids) -> tuple[Event, int]:
    """Register staff for the offer, in one transaction: the first time, the outside event
    is made from it (dates, theme, mode, place, its JP over one session a day); again, the
    people are added to that event. Returns the event and how many were newly registered."""
    person_ids = list(dict.fromkeys(person_ids))
    if not person_ids:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP("Offers", "Choose whom to send.")))
    outside = [p.full_name for p in Person.select().where(Person.id.in_(person_ids),
                                                          Person.is_external)]
    if outside:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Offers", "Only the office's staff are sent to an offer; {names} are outside "
                      "people."), names=", ".join(sorted(outside))))
    with db.atomic():
        offer = Opportunity.get_by_id(offer_id)
        event = (Event.get_or_none(Event.id == offer.event_id) if offer.event_id else None)
        if event is None:
            event = _make_event(offer)
            offer.event = event
            offer.updated_at = now()
            offer.save()
        added = participants.add_people(event.id, person_ids)
    return event, added


def _make_event(offer: Opportunity) -> Event:
    description = "\n\n".join(part for part in (offer.link, offer.notes) if part)
    event = save_event({
        "title": offer.title, "kind": EVENT_KIND, "theme": offer.theme_id,
        "organiser_external": True, "co_organised": False,
        "organiser_name": offer.organiser_name, "organisation": offer.organisation_id,
        "mode": offer.mode, "venue": offer.place, "start_date": offer.start_date,
        "end_date": offer.end_date, "description": description, "status": "planned"})
    days = (offer.end_date - offer.start_date).days + 1
    for number, jp in enumerate(daily_jp(offer.jp, days)):
        save_session(event.id, {
            "date": offer.start_date + datetime.timedelta(days=number),
            "start_time": DAY_START, "end_time": DAY_END, "topic": offer.title, "room": "",
            "speaker": None, "moderator": None, "jp": jp})
    return event
