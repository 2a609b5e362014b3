from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from models.base import BaseModel, now
from models.engine import NocaseIndex
from models.files.stored import StoredFile


class Organisation(BaseModel):
    """A body the office works with: Perpusnas, a library, an association, a university…"""

    name = CharField()
    kind = CharField(default="other")  # see vocab.ORGANISATION_KINDS
    region = CharField(default="")
    address = TextField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    website = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


# "IPI Kepri" and "ipi kepri" are one body: two clerks typing it at once must not make two.
Organisation.add_index(NocaseIndex("organisation_name_nocase", "organisation", "name",
                                   unique=True))


class Cooperation(BaseModel):
    """A signed agreement with an organisation: an MoU or a PKS."""

    organisation = ForeignKeyField(Organisation, backref="cooperations", on_delete="CASCADE")
    kind = CharField(default="mou")  # see vocab.COOPERATION_KINDS
    number = CharField(default="")
    title = CharField()
    signed_on = DateField(null=True)
    valid_until = DateField(null=True)
    notes = TextField(default="")
    updated_at = DateTimeField(default=now)


class CooperationDocument(BaseModel):
    """The signed agreement's scan (or any paper kept with it), as a stored file."""

    cooperation = ForeignKeyField(Cooperation, backref="documents", on_delete="CASCADE")
    file = ForeignKeyField(StoredFile, on_delete="RESTRICT")
    added_at = DateTimeField(default=now)

    class Meta:
        table_name = "cooperation_document"
