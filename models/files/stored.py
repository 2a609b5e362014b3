from peewee import BlobField, CharField, DateTimeField

from models.base import BaseModel, now
from models.files.checks import MAX_PAGES, check_stored, checked_bytes
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.text_rules import FILE_NAME_MAX, named_problem


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


def store(path, max_pages: int = MAX_PAGES) -> StoredFile:
    """Keep a copy of the picture or PDF at ``path`` inside the database, once it has been
    decoded whole and found within the limits (:mod:`models.files.checks`): this is the one
    door every logo, signature, background and scan comes through."""
    from pathlib import Path

    path = Path(path)
    check_name(path)
    data = checked_bytes(path, max_pages)
    return StoredFile.create(name=path.name, data=data,
                             mime=_MIME.get(path.suffix.lower(), "application/octet-stream"))


def check_name(path) -> None:
    """Refuse a file whose name the text rule refuses: it is kept and shown with the file.
    A right-to-left mark makes "daftar\u202efdp.exe" read as "daftarexe.pdf" in a list."""
    from pathlib import Path

    wrong = named_problem(message("StoredFiles", QT_TRANSLATE_NOOP(
        "StoredFiles", "The file's name")), Path(path).name, FILE_NAME_MAX)
    if wrong is not None:
        raise SiBinaError(wrong)


def stored_id(choice) -> int:
    """The id of the file a form chose: a stored file's id as it is (0: none), or the path
    of a new file, stored now (call inside the transaction that refers to it, so a failed
    save stores nothing)."""
    if isinstance(choice, int):
        return choice
    return store(choice).id


def read(file_id: int) -> bytes | None:
    row = StoredFile.get_or_none(StoredFile.id == file_id) if file_id else None
    return bytes(row.data) if row is not None else None


def drawable(file_id: int) -> bytes | None:
    """The stored picture or PDF, checked as :func:`store` checks a new one, so that a
    report can say which picture is at fault instead of failing as it draws it."""
    row = StoredFile.get_or_none(StoredFile.id == file_id) if file_id else None
    if row is None:
        return None
    data = bytes(row.data)
    check_stored(row.name, data)
    return data


def delete_if_unused(file_id: int) -> bool:
    """Delete a stored file nothing refers to any more (a replaced logo or signature)."""
    from models.schema import ALL_MODELS  # every table, so a reference added later is seen too
    from models.settings import Setting, image_keys

    if not file_id:
        return False
    for model in ALL_MODELS:
        for field, target in model._meta.refs.items():
            if target is StoredFile and model.select().where(field == file_id).exists():
                return False
    if Setting.select().where(Setting.key.in_(image_keys()),
                              Setting.value == str(file_id)).exists():
        return False
    return StoredFile.delete_by_id(file_id) > 0
