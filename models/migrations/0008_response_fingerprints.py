"""Schema version 8: a fingerprint of each imported form row.

A form tool's export holds every answer given so far, so the office downloads it again
and imports it again: without knowing which rows were already in, each import counted the
earlier answers once more (anonymous ones cannot be told apart by person). Responses typed
from paper keep no fingerprint. The rating scale remembers, per questionnaire, the value
the office gave each answer text of a rating question ("Setuju" = 4).
"""

from peewee import CharField, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("response", "fingerprint", CharField(null=True)),
        migrator.add_column("import_mapping", "ratings", TextField(default="{}")),
    )
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS "
                   "response_event_id_questionnaire_id_fingerprint "
                   "ON response (event_id, questionnaire_id, fingerprint)")
