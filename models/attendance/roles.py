"""Who holds which role at an event, for the papers that list more than the participants:
the sign-in sheet of the committee and speakers, the name tags, the report's committee."""

from models.attendance.marking import GridPerson
from models.events.tables import Registration
from models.staff.tables import Person

# The role a tag and a list show for someone holding several, strongest first: a speaker
# who also sits in the audience is greeted as the speaker.
RANKED = ("narasumber", "moderator", "fasilitator", "panitia", "peserta")
CREW = ("narasumber", "moderator", "fasilitator", "panitia")


def people_in_roles(event_id: int, roles=RANKED) -> list[tuple[GridPerson, list[str]]]:
    """Each person registered (not cancelled) in any of ``roles``, once, with their roles
    strongest first; ordered by their strongest role, then participant number and name."""
    from models.staff.tables import join_name

    rows = (Registration
            .select(Person.id, Registration.role, Registration.participant_no,
                    Person.front_title, Person.name, Person.back_title, Person.nip,
                    Person.position, Person.unit, Person.institution, Person.is_external)
            .join(Person)
            .where(Registration.event == event_id, Registration.role.in_(list(roles)),
                   ~Registration.cancelled)
            .tuples())
    people: dict[int, GridPerson] = {}
    held: dict[int, list[str]] = {}
    for (pid, role, number, front, name, back, nip, position, unit, institution,
         external) in rows:
        person = people.setdefault(pid, GridPerson(
            pid, None, join_name(front, name, back), name.casefold(), nip or "", position,
            institution if external or not unit else unit))
        if role == "peserta":
            person.participant_no = number
        held.setdefault(pid, []).append(role)
    found = [(people[pid], sorted(roles_of, key=RANKED.index)) for pid, roles_of in held.items()]
    found.sort(key=lambda item: (RANKED.index(item[1][0]), item[0].participant_no is None,
                                 item[0].participant_no or 0, item[0].sort_name))
    return found
