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


_MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
         ".pdf": "application/pdf", ".svg": "image/svg+xml"}


def store(path) -> StoredFile:
    """Keep a copy of the file at ``path`` inside the database."""
    from pathlib import Path

    path = Path(path)
    return StoredFile.create(name=path.name, data=path.read_bytes(),
                             mime=_MIME.get(path.suffix.lower(), "application/octet-stream"))


def read(file_id: int) -> bytes | None:
    row = StoredFile.get_or_none(StoredFile.id == file_id) if file_id else None
    return bytes(row.data) if row is not None else None
