from peewee import BlobField, CharField, DateTimeField

from .base import BaseModel, now


class StoredFile(BaseModel):
    """A file kept inside the database (logo, signature, background, scanned sheet).

    Keeping the bytes in SQLite makes one backup file a complete copy of the office's data.
    """

    name = CharField()
    mime = CharField(default="application/octet-stream")
    data = BlobField()
    added_at = DateTimeField(default=now)

    class Meta:
        table_name = "stored_file"
