from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from models.base import BaseModel, now
from models.events.tables import EventSession
from models.files.stored import StoredFile
from models.staff.tables import Person


class Attendance(BaseModel):
    """One person's presence at one session (Hadir, Terlambat, Izin, Sakit, Alpa)."""

    session = ForeignKeyField(EventSession, backref="attendance", on_delete="CASCADE")
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    status = CharField()  # see vocab.ATTENDANCE_STATUSES
    checkin_time = DateTimeField(null=True)
    note = TextField(default="")
    recorded_by = CharField(default="")
    recorded_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("session", "person"), True),)


class SessionAttachment(BaseModel):
    """Evidence kept with a session, such as the scanned signed sign-in sheet."""

    session = ForeignKeyField(EventSession, backref="attachments", on_delete="CASCADE")
    file = ForeignKeyField(StoredFile, on_delete="RESTRICT")
    description = CharField(default="")
    added_at = DateTimeField(default=now)

    class Meta:
        table_name = "session_attachment"
