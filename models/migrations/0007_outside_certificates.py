"""Schema version 7: events run by others give their own certificates, recorded here.

The office issued its own numbered certificates for a Perpusnas webinar and a provincial
training, signed by its own head. An event organised by an outside body now gives no
office certificate unless the office co-organised it (``co_organised``); each
participant's outside certificate (number, issuer, date, JP, an optional scan) is recorded
instead, and its JP is what the person earned there.
"""

from peewee import BooleanField


def up(migrator, db):
    migrator.migrate(migrator.add_column("event", "co_organised", BooleanField(default=False)))
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS outside_certificate ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
        " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
        " number VARCHAR(255) NOT NULL,"
        " issuer VARCHAR(255) NOT NULL,"
        " issued_on DATE NOT NULL,"
        " jp REAL NOT NULL,"
        " scan_id INTEGER REFERENCES stored_file (id) ON DELETE SET NULL,"
        " updated_at DATETIME NOT NULL)")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS outside_certificate_event_id_person_id "
                   "ON outside_certificate (event_id, person_id)")
    for column in ("event_id", "person_id", "scan_id"):  # as Peewee indexes a foreign key
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS outside_certificate_{column} "
                       f"ON outside_certificate ({column})")

