from peewee import CharField, DateTimeField, IntegerField, TextField

from models.base import BaseModel


class AuditEntry(BaseModel):
    """One change to one record, written by the database's triggers (models/audit/triggers.py)
    in the transaction of the change; the app only reads it."""

    at = DateTimeField(index=True)
    actor = CharField(default="")
    pc = CharField(default="")
    table_name = CharField()
    record = CharField()  # the record's key as text: a setting's key is a word
    action = CharField()  # insert, update, delete
    # The row before and after, as JSON objects of column → value (None for an insert's
    # before and a delete's after). The person and event it concerns, when it concerns one,
    # so the log is filtered by an index rather than by reading every entry's JSON.
    old = TextField(null=True)
    new = TextField(null=True)
    person_id = IntegerField(null=True, index=True)
    event_id = IntegerField(null=True, index=True)

    class Meta:
        table_name = "audit_entry"
        indexes = ((("table_name", "record"), False),)
