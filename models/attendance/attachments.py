"""Evidence kept with a session: the scanned signed sign-in sheet (PDF or image).

The file's bytes live in the database (a backup carries them); opening one writes a copy
to a folder the caller chooses, under the original name.
"""

from pathlib import Path

from models.attendance.tables import SessionAttachment
from models.db import db
from models.files.stored import StoredFile, delete_if_unused, store
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.text_rules import TITLE_MAX, named_problem


def attach(session_id: int, path, description: str = "") -> SessionAttachment:
    path = Path(path)
    wrong = named_problem(message("Attachments", QT_TRANSLATE_NOOP(
        "Attachments", "The description")), description.strip(), TITLE_MAX)
    if wrong is not None:
        raise SiBinaError(wrong)
    with db.atomic():
        stored = store(path)  # the one check of kind, size and content (models.files.checks)
        return SessionAttachment.create(session=session_id, file=stored,
                                        description=description.strip())


def attachments(session_id: int) -> list[tuple[int, str, str, object]]:
    """(id, file name, description, added at) per attachment, oldest first."""
    return list(SessionAttachment
                .select(SessionAttachment.id, StoredFile.name, SessionAttachment.description,
                        SessionAttachment.added_at)
                .join(StoredFile)
                .where(SessionAttachment.session == session_id)
                .order_by(SessionAttachment.added_at, SessionAttachment.id)
                .tuples())


def export_copy(attachment_id: int, folder) -> Path:
    """Write the attachment to ``folder`` (for opening in the PDF or image viewer)."""
    attachment = SessionAttachment.get_by_id(attachment_id)
    stored = StoredFile.get_by_id(attachment.file_id)
    target = Path(folder) / f"{attachment_id}-{Path(stored.name).name}"
    target.write_bytes(bytes(stored.data))
    return target


def remove(attachment_id: int) -> None:
    with db.atomic():
        attachment = SessionAttachment.get_by_id(attachment_id)
        file_id = attachment.file_id
        attachment.delete_instance()
        delete_if_unused(file_id)
