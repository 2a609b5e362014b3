from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField

from models.base import BaseModel, now
from models.engine import NocaseIndex
from models.network.tables import Organisation

GENDER_MALE = "M"
GENDER_FEMALE = "F"


class Person(BaseModel):
    """Staff of the library (internal) or an outside speaker, guest or librarian (external)."""

    nip = CharField(max_length=18, null=True, unique=True)
    front_title = CharField(default="")
    name = CharField()
    back_title = CharField(default="")
    gender = CharField(max_length=1, default="")
    employment = CharField(default="")  # see vocab.EMPLOYMENT: PNS, PPPK, NON_ASN
    rank = CharField(default="")  # pangkat/golongan, e.g. "Penata Muda, III/a"
    position = CharField(default="")  # jabatan
    functional_level = CharField(default="")  # jenjang jabatan fungsional pustakawan
    unit = CharField(default="", index=True)
    institution = CharField(default="")
    # An outside person is a contact of the organisation they work for (Jejaring).
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL",
                                   backref="contacts")
    region = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    notes = TextField(default="")
    is_external = BooleanField(default=False, index=True)
    active = BooleanField(default=True, index=True)
    checkin_code = CharField(null=True, unique=True)  # printed on the name tag
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)

    @property
    def full_name(self) -> str:
        """The name as printed: front title, name, back titles joined."""
        return join_name(self.front_title, self.name, self.back_title)


# The staff list opens on its first page in name order; without this index the database
# sorts every person to find it.
Person.add_index(NocaseIndex("person_name_nocase", "person", "name"))


def join_name(front: str, name: str, back: str) -> str:
    text = " ".join(part for part in (front.strip(), name.strip()) if part)
    back = back.strip()
    return f"{text}, {back}" if back else text
