"""Schema version 10: what a real *laporan pelaksanaan kegiatan* says that the event lacked.

The report's chapters need the legal basis it was held under (*dasar pelaksanaan*), who it
was meant for (*sasaran*), how it was paid for (*pembiayaan*) and what got in the way
(*hambatan*); the documentation photos the office attaches are kept inside the database
like every other picture, so a backup carries them.
"""

from peewee import TextField


def up(migrator, db):
    migrator.migrate(*(migrator.add_column("event", name, TextField(default=""))
                       for name in ("legal_basis", "audience", "funding", "obstacles")))
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS event_photo ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,"
        " file_id INTEGER NOT NULL REFERENCES stored_file (id) ON DELETE RESTRICT,"
        " caption VARCHAR(255) NOT NULL,"
        " position INTEGER NOT NULL,"
        " added_at DATETIME NOT NULL)")
    for column in ("event_id", "file_id"):  # as Peewee indexes a foreign key
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS event_photo_{column} "
                       f"ON event_photo ({column})")
