"""Schema version 5: a revoked certificate can be replaced by a new one.

A person held one certificate per event and role (a unique index), so a revoked one could
only be printed again under its revoked number. The index becomes an ordinary one; the
rule "one certificate in force per person, role and event" is kept by the code that
issues them.
"""


def up(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS certificate_event_id_person_id_role")
    db.execute_sql("CREATE INDEX IF NOT EXISTS certificate_event_id_person_id_role "
                   "ON certificate (event_id, person_id, role)")
