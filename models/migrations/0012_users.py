"""Schema version 12: the users who log in, with their role, password hash and lock-out.

The table is declared here as a Peewee model frozen at this version, which Peewee creates
the same way on every engine.
"""

from peewee import BooleanField, CharField, DateTimeField, IntegerField, Model


def up(migrator, db):
    class AppUser(Model):
        login = CharField(unique=True)
        full_name = CharField()
        nip = CharField(default="")
        role = CharField()
        password_hash = CharField()
        failed_attempts = IntegerField(default=0)
        locked_until = DateTimeField(null=True)
        active = BooleanField(default=True)
        created_at = DateTimeField()
        changed_at = DateTimeField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "app_user"

    db.create_tables([AppUser], safe=True)
