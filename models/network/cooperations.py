"""Cooperation agreements (MoU, PKS) with the network's organisations, and the documents
kept with them as stored files (checked at the one door every stored file comes through,
:func:`models.files.stored.store`, and carried by every backup)."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from models.base import now
from models.db import db
from models.files import stored as stored_file
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.network.tables import Cooperation, CooperationDocument
from models.text_rules import LONG_MAX, SHORT_MAX, TITLE_MAX, field_problems
from models.vocab import COOPERATION_KINDS

FIELDS = ["kind", "number", "title", "signed_on", "valid_until", "notes"]
TEXT_LIMITS = {"number": SHORT_MAX, "title": TITLE_MAX, "notes": LONG_MAX}


def _says(text: str, **params) -> Message:
    return message("Network", text, **params)


def problems(values: dict) -> dict[str, Message]:
    found = field_problems(values, TEXT_LIMITS, {"notes"})
    if not str(values.get("title") or "").strip() and "title" not in found:
        found["title"] = _says(QT_TRANSLATE_NOOP(
            "Network", "Say what the agreement is about (its title)."))
    if values.get("kind") not in COOPERATION_KINDS:
        found["kind"] = _says(QT_TRANSLATE_NOOP("Network", "Choose MoU or PKS."))
    signed, until = values.get("signed_on"), values.get("valid_until")
    if signed is not None and until is not None and until < signed:
        found["valid_until"] = _says(QT_TRANSLATE_NOOP(
            "Network", "The agreement cannot end ({until}) before it was signed ({signed})."),
            until=until, signed=signed)
    return found


def save_cooperation(organisation_id: int, values: dict, cooperation_id: int | None = None,
                     add_files=(), drop_files=()) -> Cooperation:
    """Create or change an agreement with its documents in one transaction: ``add_files``
    (paths) are stored, ``drop_files`` (stored file ids) removed; a file refused by the
    checks leaves everything as it was."""
    found = problems(values)
    if found:
        raise ValidationError(found)
    data = {f: values.get(f) for f in FIELDS}
    for name in TEXT_LIMITS:
        data[name] = str(data[name] or "").strip()
    with db.atomic():
        if cooperation_id is None:
            cooperation = Cooperation.create(organisation=organisation_id, **data)
        else:
            (Cooperation.update(**data, updated_at=now())
             .where(Cooperation.id == cooperation_id).execute())
            cooperation = Cooperation.get_by_id(cooperation_id)
        for path in add_files:
            CooperationDocument.create(cooperation=cooperation, file=stored_file.store(path))
        for file_id in drop_files:
            (CooperationDocument.delete()
             .where(CooperationDocument.cooperation == cooperation.id,
                    CooperationDocument.file == file_id).execute())
            stored_file.delete_if_unused(file_id)
    return cooperation


def delete_cooperation(cooperation_id: int) -> None:
    with db.atomic():
        files = [d.file_id for d in CooperationDocument.select()
                 .where(CooperationDocument.cooperation == cooperation_id)]
        CooperationDocument.delete().where(
            CooperationDocument.cooperation == cooperation_id).execute()
        Cooperation.delete_by_id(cooperation_id)
        for file_id in files:
            stored_file.delete_if_unused(file_id)


@dataclass(frozen=True, slots=True)
class Document:
    file_id: int
    name: str


def documents(cooperation_id: int) -> list[Document]:
    rows = (CooperationDocument.select(stored_file.StoredFile.id, stored_file.StoredFile.name)
            .join(stored_file.StoredFile)
            .where(CooperationDocument.cooperation == cooperation_id)
            .order_by(CooperationDocument.id).tuples())
    return [Document(*row) for row in rows]


def agreements(organisation_id: int) -> list[Cooperation]:
    return list(Cooperation.select().where(Cooperation.organisation == organisation_id)
                .order_by(Cooperation.signed_on.desc(nulls="LAST"), Cooperation.id))


def in_force(cooperation: Cooperation, today: datetime.date) -> bool:
    """Signed and not past its end (an agreement without an end stays in force)."""
    return (cooperation.signed_on is None or cooperation.signed_on <= today) and (
        cooperation.valid_until is None or today <= cooperation.valid_until)


def export_document(file_id: int, folder) -> Path:
    """Write a kept document to ``folder`` to open it in the PC's viewer."""
    stored = stored_file.StoredFile.get_by_id(file_id)
    target = Path(folder) / f"{file_id}-{Path(stored.name).name}"
    target.write_bytes(bytes(stored.data))
    return target
