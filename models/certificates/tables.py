from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, now
from models.events.tables import Event
from models.files.stored import StoredFile
from models.staff.tables import Person


class Signatory(BaseModel):
    name = CharField()
    title = CharField(default="")  # e.g. "Kepala Dinas Perpustakaan dan Kearsipan"
    nip = CharField(max_length=18, default="")
    signature = ForeignKeyField(StoredFile, null=True, on_delete="SET NULL")
    active = BooleanField(default=True)


class CertificateLayout(BaseModel):
    name = CharField(unique=True)
    orientation = CharField(default="landscape")
    background = ForeignKeyField(StoredFile, null=True, on_delete="SET NULL")
    fields = TextField(default="{}")  # JSON: field -> position, font, size, colour, alignment
    role_wording = TextField(default="{}")  # JSON: role -> "sebagai PESERTA"
    back_page = BooleanField(default=False)
    is_default = BooleanField(default=False)

    class Meta:
        table_name = "certificate_layout"


class Certificate(BaseModel):
    number = CharField(unique=True)
    year = IntegerField()
    seq = IntegerField()
    event = ForeignKeyField(Event, on_delete="RESTRICT")
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    role = CharField()
    issued_on = DateField()
    layout = ForeignKeyField(CertificateLayout, null=True, on_delete="SET NULL")
    signatory = ForeignKeyField(Signatory, null=True, on_delete="SET NULL", backref="+")
    second_signatory = ForeignKeyField(Signatory, null=True, on_delete="SET NULL", backref="+")
    payload = TextField(default="")  # the signed QR payload
    manual_inclusion = TextField(default="")  # why someone not eligible was included
    revoked_at = DateTimeField(null=True)
    revoked_reason = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            # Not unique: a revoked certificate stays in the register beside its
            # replacement (migration 0005); one in force per person and role is the rule.
            (("event", "person", "role"), False),
            (("year", "seq"), True),
        )


class OutsideCertificate(BaseModel):
    """The certificate an outside body gave a participant of its event: the office records
    it (and its JP counts) instead of issuing its own."""

    event = ForeignKeyField(Event, on_delete="CASCADE", backref="+")
    person = ForeignKeyField(Person, on_delete="RESTRICT", backref="+")
    number = CharField()
    issuer = CharField()
    issued_on = DateField()
    jp = FloatField()
    scan = ForeignKeyField(StoredFile, null=True, on_delete="SET NULL", backref="+")
    updated_at = DateTimeField(default=now)
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)

    class Meta:
        table_name = "outside_certificate"
        indexes = ((("event", "person"), True),)


class SigningKey(BaseModel):
    """A public key that QR codes are verified with: one of this office's own (its private
    half never enters the database: see models/certificates/key_store.py) or another
    office's, imported so that office's certificates verify here."""

    key_id = CharField(unique=True)  # carried in every payload it signs
    public_key = CharField()  # raw 32 bytes, base64url
    office = CharField(default="")  # the other office's name; "" for this office's keys
    own = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    retired_at = DateTimeField(null=True)  # an own key replaced by a newer one
    compromised_from = DateField(null=True)  # what it signed from this day on is forged

    class Meta:
        table_name = "signing_key"
