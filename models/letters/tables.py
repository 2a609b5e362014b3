from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from models.base import BaseModel, now
from models.events.tables import Event
from models.files.stored import StoredFile
from models.staff.tables import Person


class EventPaper(BaseModel):
    """A numbered paper the office made: the letter-number register.

    The row outlives its event and person (SET NULL) and keeps the subject as it was, so a
    number once given is never given again nor lost from the register.
    """

    event = ForeignKeyField(Event, null=True, on_delete="SET NULL", backref="papers")
    kind = CharField()  # models.letters.kinds.KINDS
    number = CharField()
    year = IntegerField()
    seq = IntegerField(null=True)  # None: a list, which takes no number
    date = DateField()
    subject = CharField(default="")  # the event's title when the paper was made
    person = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    made_at = DateTimeField(default=now)

    class Meta:
        table_name = "event_paper"
        indexes = ((("year", "seq"), True),)


class LetterTemplate(BaseModel):
    """The office's own .docx for a kind of letter, in place of the shipped one."""

    kind = CharField(unique=True)
    file = ForeignKeyField(StoredFile, on_delete="RESTRICT")

    class Meta:
        table_name = "letter_template"


class EventPayment(BaseModel):
    """What one person is paid at one event, in whole rupiah: an honorarium (speakers,
    moderators, committee), transport or uang saku (participants)."""

    event = ForeignKeyField(Event, on_delete="CASCADE", backref="+")
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="+")
    kind = CharField()  # models.letters.payments.PAYMENT_KINDS
    amount = IntegerField()

    class Meta:
        table_name = "event_payment"
        indexes = ((("event", "person", "kind"), True),)
