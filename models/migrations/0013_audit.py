"""Schema version 13: the audit log, who changed which record when, and what changed.

The entries are written by triggers the database runs for every insert, update and delete,
whatever path the change took (a form, an import, raw SQL); they are made here and again
after every later upgrade, from the tables' columns as they then are (see
models/audit/triggers.py and models/db.py's migration runner).
"""

from peewee import CharField, DateTimeField, IntegerField, Model, TextField


def up(migrator, db):
    class AuditEntry(Model):
        at = DateTimeField(index=True)
        actor = CharField(default="")
        pc = CharField(default="")
        table_name = CharField()
        record = CharField()
        action = CharField()
        old = TextField(null=True)
        new = TextField(null=True)
        person_id = IntegerField(null=True, index=True)
        event_id = IntegerField(null=True, index=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "audit_entry"
            indexes = ((("table_name", "record"), False),)

    db.create_tables([AuditEntry], safe=True)
