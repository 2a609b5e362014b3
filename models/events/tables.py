from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from models.base import BaseModel, now
from models.files.stored import StoredFile
from models.network.tables import Organisation
from models.staff.tables import Person


class Theme(BaseModel):
    """A theme area the office trains for (an editable list)."""

    name = CharField(unique=True)
    position = IntegerField(default=0)


class Event(BaseModel):
    title = CharField()
    kind = CharField(index=True)  # see vocab.EVENT_KINDS
    theme = ForeignKeyField(Theme, null=True, on_delete="SET NULL")
    organiser_external = BooleanField(default=False)
    organiser_name = CharField(default="")
    # The organiser as one of the network's organisations, when it is one (Jejaring).
    organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL",
                                   backref="events")
    # An outside body's event the office ran with it: the office's certificate then names both.
    co_organised = BooleanField(default=False)
    mode = CharField(default="luring")  # luring / daring / hybrid
    venue = CharField(default="")
    start_date = DateField(index=True)
    end_date = DateField()
    capacity = IntegerField(null=True)
    description = TextField(default="")
    objectives = TextField(default="")
    status = CharField(default="planned", index=True)
    # Whether its JP counts as competency development: None follows the kind's setting.
    counts_as_development = BooleanField(null=True)
    conclusions = TextField(default="")  # typed by the office for the event report
    recommendations = TextField(default="")
    # The event report's own chapters (schema 10): dasar pelaksanaan, sasaran, pembiayaan,
    # hambatan.
    legal_basis = TextField(default="")
    audience = TextField(default="")
    funding = TextField(default="")
    obstacles = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)


class EventSession(BaseModel):
    event = ForeignKeyField(Event, backref="sessions", on_delete="CASCADE")
    date = DateField()
    start_time = TimeField()
    end_time = TimeField()
    topic = CharField()
    room = CharField(default="")
    speaker = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    moderator = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    jp = FloatField(default=0)  # jam pelajaran: 45 minutes each
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)

    class Meta:
        table_name = "event_session"
        # (event, jp): the Events tab sums each event's JP from the index alone.
        indexes = ((("event", "date", "start_time"), False), (("event", "jp"), False))


class Registration(BaseModel):
    """A person's role on an event; one person may hold several roles."""

    event = ForeignKeyField(Event, backref="registrations", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="registrations", on_delete="RESTRICT")
    role = CharField(default="peserta")  # see vocab.ROLES
    cancelled = BooleanField(default=False)
    participant_no = IntegerField(null=True)
    registered_at = DateTimeField(default=now)

    class Meta:
        # (event, role, cancelled): the participant counts come from the index alone.
        indexes = ((("event", "person", "role"), True),
                   (("event", "role", "cancelled"), False))


class EventPhoto(BaseModel):
    """A documentation photo the office attaches to the event report (a lampiran)."""

    event = ForeignKeyField(Event, backref="photos", on_delete="CASCADE")
    file = ForeignKeyField(StoredFile, on_delete="RESTRICT")
    caption = CharField(default="")
    position = IntegerField(default=0)
    added_at = DateTimeField(default=now)

    class Meta:
        table_name = "event_photo"
