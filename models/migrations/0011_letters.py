"""Schema version 11: the register of letters and papers made, and the office's own letter
templates.

Each numbered paper is a row (its year and running number unique, so two clerks saving at
once never share a number); a replaced template is a stored file, so backups carry it. The
tables are declared here as Peewee models frozen at this version, which Peewee creates the
same way on every engine.
"""

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
)


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

    class StoredFile(Frozen):
        class Meta:
            table_name = "stored_file"

    class EventPaper(Frozen):
        event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
        kind = CharField()
        number = CharField()
        year = IntegerField()
        seq = IntegerField()
        date = DateField()
        subject = CharField(default="")
        person = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        made_at = DateTimeField()

        class Meta:
            table_name = "event_paper"
            indexes = ((("year", "seq"), True),)

    class LetterTemplate(Frozen):
        kind = CharField(unique=True)
        file = ForeignKeyField(StoredFile, on_delete="RESTRICT")

        class Meta:
            table_name = "letter_template"

    db.create_tables([EventPaper, LetterTemplate], safe=True)
