"""Schema version 15: the amounts paid around an event, and papers recorded without a
number.

The honorarium of speakers and committee, the participants' transport and pocket money
(*uang saku*) are typed per person and event, one row each, so the lists of receipts
(daftar penerimaan) print what was typed. A list such as a sign-in sheet is recorded with
the event's papers too, but takes no letter number: its running number may now be empty
(several empty ones do not clash in the unique index, on either engine).
"""

from peewee import CharField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    class Frozen(Model):
        class Meta:
            database = db
            legacy_table_names = False  # as models.base: index names follow the table

    class Event(Frozen):
        class Meta:
            table_name = "event"

    class Person(Frozen):
        class Meta:
            table_name = "person"

    class EventPayment(Frozen):
        event = ForeignKeyField(Event, on_delete="CASCADE")
        person = ForeignKeyField(Person, on_delete="CASCADE")
        kind = CharField()
        amount = IntegerField()

        class Meta:
            table_name = "event_payment"
            indexes = ((("event", "person", "kind"), True),)

    db.create_tables([EventPayment], safe=True)
    migrator.migrate(migrator.drop_not_null("event_paper", "seq"))
