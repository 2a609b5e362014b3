from peewee import BooleanField, CharField, DateTimeField, IntegerField

from models.base import BaseModel, now


class AppUser(BaseModel):
    """Someone who logs in to SiBina: not a member of staff (a Person) but an account."""

    # Kept case-folded: "Rina" and "rina" are one login on both engines, whose own
    # comparisons of case differ (SQLite's NOCASE folds ASCII only).
    login = CharField(unique=True)
    full_name = CharField()
    nip = CharField(default="")
    role = CharField()  # models.users.roles.ROLES
    password_hash = CharField()  # models.users.passwords: algorithm, parameters, salt, hash
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)
    changed_at = DateTimeField(default=now)

    class Meta:
        table_name = "app_user"

    @property
    def shown_name(self) -> str:
        return self.full_name or self.login
