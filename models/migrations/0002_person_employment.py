"""Schema version 2: a person's employment status (PNS, PPPK, non-ASN); a name index.

The yearly JP target binds civil servants, so recaps must know who is one. Existing people
with a NIP are civil servants (PNS); the others are left blank for the office to fill in.
The staff list opens on its first page in name order, which the index serves directly.
"""

from peewee import CharField


def up(migrator, db):
    migrator.migrate(migrator.add_column("person", "employment", CharField(default="")))
    db.execute_sql("UPDATE person SET employment = 'PNS' WHERE nip IS NOT NULL AND nip <> ''")
    db.execute_sql("CREATE INDEX IF NOT EXISTS person_name_nocase "
                   "ON person (name COLLATE NOCASE)")
