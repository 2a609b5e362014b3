from peewee import (
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, now
from models.events.tables import Event, Theme
from models.network.tables import Organisation


class Opportunity(BaseModel):
    """A training, seminar or workshop an outside body offers, which the office heard of."""

    title = CharField()
    # The organiser: one of the network's organisations, or a name typed for a body the
    # office does not keep (organiser_name then holds it; with an organisation, its name).
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL",
                                   backref="opportunities")
    organiser_name = CharField(default="")
    theme = ForeignKeyField(Theme, null=True, on_delete="SET NULL", backref="+")
    start_date = DateField()
    end_date = DateField()
    mode = CharField(default="luring")  # luring / daring / hybrid
    place = CharField(default="")
    cost = IntegerField(null=True)  # rupiah a person; None: not known, 0: free
    deadline = DateField(null=True, index=True)  # registration closes at the end of it
    jp = FloatField(default=0)
    link = CharField(default="")
    notes = TextField(default="")
    # The outside event the office's staff were sent to, once they were.
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
