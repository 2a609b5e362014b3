"""Schema version 14: who last changed a record kept in a form, and when.

With several PCs on one server two clerks may edit the same person, event or setting at
once. A form remembers the stamp it loaded and saves only if it still stands (see
models/stamps.py), so the second save is asked about instead of silently overwriting the
first. Rows from before carry no stamp (NULL): the first save through a form gives one.
"""

from peewee import CharField, DateTimeField

STAMPED = ("person", "event", "event_session", "questionnaire", "outside_certificate",
           "setting")


def up(migrator, db):
    migrator.migrate(*(operation for table in STAMPED for operation in (
        migrator.add_column(table, "changed_at", DateTimeField(null=True)),
        migrator.add_column(table, "changed_by", CharField(null=True)))))
