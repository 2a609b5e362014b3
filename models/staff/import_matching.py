"""Which stored person a row of a staff file is: the one with its NIP, else the one person
without a NIP who has its name and unit (spacing and capitals aside).

The preview matches when the file is read; :func:`importer.apply` matches again inside its
transaction, which SQLite opens with BEGIN IMMEDIATE: no other import or form writes
between that reading and the commit, so two imports of one file started together cannot
both add the same person. The staff file and the person record hold no birth date apart
from the NIP's, so people without a NIP are told apart by name and unit alone.
"""

from models.staff.tables import Person


def person_key(name: str, unit: str) -> tuple[str, str]:
    return " ".join(name.casefold().split()), " ".join(unit.casefold().split())


class StoredPeople:
    """The people the database holds now, by NIP and, for those without, by name + unit."""

    def __init__(self):
        self.owner_of_nip = dict(
            Person.select(Person.nip, Person.id).where(Person.nip.is_null(False)).tuples())
        self.without_nip: dict[tuple, list[int]] = {}
        for pid, name, unit in (Person.select(Person.id, Person.name, Person.unit)
                                .where(Person.nip.is_null()).tuples()):
            self.without_nip.setdefault(person_key(name, unit), []).append(pid)

    def person_of(self, values: dict) -> int | None:
        """The id of the person a row's cleaned ``values`` describe, or None: a new one.
        Of several people without a NIP sharing name and unit none is guessed."""
        if values["nip"]:
            return self.owner_of_nip.get(values["nip"])
        matches = self.without_nip.get(person_key(values["name"], values["unit"]), [])
        return matches[0] if len(matches) == 1 else None
