"""Demo amounts: the honorarium of the speakers, moderators and committee of the latest
finished event with a speaker and a committee, and its participants' transport, so the
lists of receipts show real figures."""

from models.attendance.roles import people_in_roles
from models.events.tables import Event, EventSession, Registration
from models.letters.payments import payees, set_amounts

# Round figures in the range a city's standard cost list (standar biaya) allows.
HONORARIUM = {"narasumber": 1_500_000, "moderator": 700_000, "fasilitator": 750_000,
              "panitia": 400_000}
TRANSPORT = 150_000


def add_payments(_ctx) -> dict:
    with_speaker = EventSession.select(EventSession.event).where(
        EventSession.speaker.is_null(False))
    with_committee = Registration.select(Registration.event).where(
        Registration.role == "panitia", ~Registration.cancelled)
    event = (Event.select()
             .where(Event.status == "finished", Event.id.in_(with_speaker),
                    Event.id.in_(with_committee))
             .order_by(Event.end_date.desc(), Event.id).first())
    if event is None:
        return {"payments": 0}
    crew = {person.id: HONORARIUM[roles[0]]
            for person, roles in people_in_roles(event.id, tuple(HONORARIUM))}
    set_amounts(event.id, "honorarium", crew)
    transport = {person.id: TRANSPORT for person, _roles in payees(event.id, "transport")}
    set_amounts(event.id, "transport", transport)
    return {"payments": len(crew) + len(transport)}
