"""The amounts paid around an event, typed per person: the honorarium of speakers,
moderators and committee, the participants' transport and uang saku. The lists of
receipts (daftar penerimaan) print exactly these."""

import re

from models.attendance.roles import CREW, people_in_roles
from models.letters.tables import EventPayment
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message

PAYMENT_KINDS = {
    "honorarium": QT_TRANSLATE_NOOP("Letters", "Honorarium"),
    "transport": QT_TRANSLATE_NOOP("Letters", "Transport"),
    "uang_saku": QT_TRANSLATE_NOOP("Letters", "Pocket money (uang saku)"),
}
# Whole rupiah; more than this for one person at one event is a typing slip.
MAX_AMOUNT = 1_000_000_000


def payee_roles(kind: str) -> tuple[str, ...]:
    """Who is paid ``kind``: speakers and committee an honorarium, participants the rest."""
    return CREW if kind == "honorarium" else ("peserta",)


def payees(event_id: int, kind: str) -> list:
    """(person, roles) of everyone registered in the roles paid ``kind``, strongest role
    first, as the sign-in sheets list them."""
    if kind not in PAYMENT_KINDS:
        raise ValueError(kind)
    return people_in_roles(event_id, payee_roles(kind))


def amounts(event_id: int, kind: str) -> dict[int, int]:
    """Person id → the amount of ``kind`` typed for them at the event."""
    return dict(EventPayment.select(EventPayment.person, EventPayment.amount)
                .where(EventPayment.event == event_id, EventPayment.kind == kind).tuples())


def set_amounts(event_id: int, kind: str, typed: dict[int, int | None]) -> None:
    """Store the amounts of ``kind`` (person id → rupiah; 0 or None removes it) together,
    or none: raises :class:`SiBinaError` naming the person whose amount cannot be."""
    from models.db import db
    from models.staff.tables import Person

    allowed = {person.id: person for person, _roles in payees(event_id, kind)}
    for person_id, amount in typed.items():
        if person_id not in allowed:
            name = Person.get_by_id(person_id).full_name
            raise SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
                "Letters", "{name} is not registered in a role paid this at the event."),
                name=name))
        if amount is not None and not 0 <= amount <= MAX_AMOUNT:
            raise SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
                "Letters", "The amount for {name} must be between 0 and {limit} rupiah."),
                name=allowed[person_id].name, limit=f"{MAX_AMOUNT:,}".replace(",", ".")))
    with db.atomic():
        for person_id, amount in typed.items():
            where = ((EventPayment.event == event_id) & (EventPayment.person == person_id)
                     & (EventPayment.kind == kind))
            if not amount:
                EventPayment.delete().where(where).execute()
            elif EventPayment.update(amount=amount).where(where).execute() == 0:
                EventPayment.create(event=event_id, person=person_id, kind=kind,
                                    amount=amount)


_AMOUNT = re.compile(r"^(\d+|\d{1,3}([.,]\d{3})+)$")


def parse_amount(text: str) -> int | None:
    """Whole rupiah as a clerk types them: ``1250000``, ``1.250.000``, ``Rp 1.250.000``,
    ``1.250.000,00``; 0 for nothing; None when it is no amount (``1,5``, ``satu juta``)."""
    text = re.sub(r"^rp\.?", "", text.strip().replace(" ", ""), flags=re.IGNORECASE)
    text = re.sub(r",00?$", "", text) if "." in text or len(text) > 4 else text
    if not text:
        return 0
    return int(re.sub(r"[.,]", "", text)) if _AMOUNT.match(text) else None
