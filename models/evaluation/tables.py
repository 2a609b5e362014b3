from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, now
from models.events.tables import Event
from models.staff.tables import Person


class Questionnaire(BaseModel):
    """A questionnaire template; a copy made once responses exist keeps old answers valid."""

    name = CharField()
    kind = CharField(default="organisation")  # organisation / speaker
    version = IntegerField(default=1)
    copied_from = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="copies")
    archived = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)


class Question(BaseModel):
    questionnaire = ForeignKeyField(Questionnaire, backref="questions", on_delete="CASCADE")
    position = IntegerField(default=0)
    section = CharField(default="")
    text = TextField()
    qtype = CharField(default="rating")  # rating / yesno / choice / number / text
    choices = TextField(default="")  # one choice per line for qtype "choice"
    required = BooleanField(default=False)


class EventQuestionnaire(BaseModel):
    event = ForeignKeyField(Event, backref="questionnaires", on_delete="CASCADE")
    questionnaire = ForeignKeyField(Questionnaire, on_delete="RESTRICT")

    class Meta:
        table_name = "event_questionnaire"
        indexes = ((("event", "questionnaire"), True),)


class ImportMapping(BaseModel):
    """Which CSV column feeds which question, remembered per questionnaire."""

    questionnaire = ForeignKeyField(Questionnaire, on_delete="CASCADE", unique=True)
    mapping = TextField(default="{}")  # JSON: column header -> question id
    ratings = TextField(default="{}")  # JSON: answer text of a rating question -> 1..5

    class Meta:
        table_name = "import_mapping"


class Response(BaseModel):
    event = ForeignKeyField(Event, backref="responses", on_delete="CASCADE")
    questionnaire = ForeignKeyField(Questionnaire, on_delete="RESTRICT")
    person = ForeignKeyField(Person, null=True, on_delete="SET NULL")  # null: anonymous
    speaker = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    source = CharField(default="paper")  # paper / csv
    submitted_at = DateTimeField(default=now)
    # of the imported row (models.evaluation.response_import.fingerprint): to skip it when
    # the same export is imported again; None for forms typed in
    fingerprint = CharField(null=True)

    class Meta:
        indexes = ((("event", "questionnaire", "fingerprint"), True),)


class Answer(BaseModel):
    response = ForeignKeyField(Response, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(Question, on_delete="RESTRICT")
    number = FloatField(null=True)
    text = TextField(default="")

    class Meta:
        indexes = ((("response", "question"), True),)


class TestScore(BaseModel):
    event = ForeignKeyField(Event, on_delete="CASCADE")
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    kind = CharField()  # pre / post
    score = FloatField()

    class Meta:
        table_name = "test_score"
        indexes = ((("event", "person", "kind"), True),)


class FollowUp(BaseModel):
    event = ForeignKeyField(Event, on_delete="CASCADE")
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    date = DateField()
    applied = CharField(default="")  # yes / partly / no
    changes = TextField(default="")
    rated_by = CharField(default="participant")  # participant / supervisor
    rating = IntegerField(null=True)

    class Meta:
        table_name = "follow_up"


class ServiceMetric(BaseModel):
    """A monthly service figure the library tracks (visits, loans, new members, ...)."""

    name = CharField(unique=True)
    position = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        table_name = "service_metric"


class ServiceStat(BaseModel):
    metric = ForeignKeyField(ServiceMetric, on_delete="CASCADE")
    year = IntegerField()
    month = IntegerField()
    value = FloatField()

    class Meta:
        table_name = "service_stat"
        indexes = ((("metric", "year", "month"), True),)
