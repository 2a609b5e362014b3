"""Schema version 16: the professional network (Jejaring) and training offers.

Organisations the office works with (name unique whatever its case), their cooperation
agreements (MoU/PKS) with documents kept as stored files, and the training offers outside
bodies make (Peluang pelatihan). An outside person becomes a contact of an organisation,
and an event may name its organiser as one: both links are empty on existing rows, so
nothing the office typed changes. The tables are declared here frozen at this version.
"""

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def up(migrator, db):
    class Frozen(Model):
        class Meta:
            database = db
            legacy_table_names = False  # as models.base: index names follow the table

    class Event(Frozen):
        class Meta:
            table_name = "event"

    class Theme(Frozen):
        class Meta:
            table_name = "theme"

    class StoredFile(Frozen):
        class Meta:
            table_name = "stored_file"

    class Organisation(Frozen):
        name = CharField()
        kind = CharField(default="other")
        region = CharField(default="")
        address = TextField(default="")
        phone = CharField(default="")
        email = CharField(default="")
        website = CharField(default="")
        notes = TextField(default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            table_name = "organisation"

    class Cooperation(Frozen):
        organisation = ForeignKeyField(Organisation, on_delete="CASCADE")
        kind = CharField(default="mou")
        number = CharField(default="")
        title = CharField()
        signed_on = DateField(null=True)
        valid_until = DateField(null=True)
        notes = TextField(default="")
        updated_at = DateTimeField()

        class Meta:
            table_name = "cooperation"

    class CooperationDocument(Frozen):
        cooperation = ForeignKeyField(Cooperation, on_delete="CASCADE")
        file = ForeignKeyField(StoredFile, on_delete="RESTRICT")
        added_at = DateTimeField()

        class Meta:
            table_name = "cooperation_document"

    class Opportunity(Frozen):
        title = CharField()
        organisation = ForeignKeyField(Organisation, null=True, on_delete="SET NULL")
        organiser_name = CharField(default="")
        theme = ForeignKeyField(Theme, null=True, on_delete="SET NULL")
        start_date = DateField()
        end_date = DateField()
        mode = CharField(default="luring")
        place = CharField(default="")
        cost = IntegerField(null=True)
        deadline = DateField(null=True, index=True)
        jp = FloatField(default=0)
        link = CharField(default="")
        notes = TextField(default="")
        event = ForeignKeyField(Event, null=True, on_delete="SET NULL")
        created_at = DateTimeField()
        updated_at = DateTimeField()

        class Meta:
            table_name = "opportunity"

    db.create_tables([Organisation, Cooperation, CooperationDocument, Opportunity], safe=True)
    nocase = ("(lower(name))" if db.param != "?" else "(name COLLATE NOCASE)")
    db.execute_sql(f"CREATE UNIQUE INDEX IF NOT EXISTS organisation_name_nocase "
                   f"ON organisation {nocase}")
    for table in ("person", "event"):
        migrator.migrate(migrator.add_column(table, "organisation_id", ForeignKeyField(
            Organisation, null=True, on_delete="SET NULL", field=Organisation.id)))
