"""Documentation photos the office attaches to the event report (its *lampiran*).

They come in through the one door every picture does (:func:`models.files.stored.store`:
decoded whole, within the pixel cap), so a disguised or damaged file is refused naming it
when it is chosen, not when the report is printed.
"""

from pathlib import Path

from models.events.tables import EventPhoto
from models.files.checks import PICTURES, checked_bytes, refused
from models.files.stored import StoredFile, delete_if_unused, store
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.text_rules import TITLE_MAX, text_problem


def check_photo(path) -> None:
    """Refuse, naming the file, what is not a PNG or JPEG photo SiBina can draw."""
    path = Path(path)
    if path.suffix.lower() not in PICTURES:
        raise refused(path, message("Events", QT_TRANSLATE_NOOP(
            "Events", "a documentation photo is a PNG or JPEG picture.")))
    checked_bytes(path)


def caption_problem(caption: str) -> Message | None:
    return text_problem(caption.strip(), TITLE_MAX)


def photos(event_id: int) -> list[tuple[int, str, str]]:
    """(photo id, file name, caption) of the event's photos, in their printed order."""
    return list(EventPhoto.select(EventPhoto.id, StoredFile.name, EventPhoto.caption)
                .join(StoredFile)
                .where(EventPhoto.event == event_id)
                .order_by(EventPhoto.position, EventPhoto.id).tuples())


def replace_photos(event_id: int, chosen: list[tuple[int | Path | str, str]]) -> None:
    """The event's photos become ``chosen`` — (a kept photo's id or a new file's path,
    caption) in order. Call inside the transaction saving the event: a refused file then
    leaves the event as it was."""
    for _key, caption in chosen:
        if (problem := caption_problem(caption)) is not None:
            raise SiBinaError(problem)
    kept = {key for key, _caption in chosen if isinstance(key, int)}
    for photo in EventPhoto.select().where(EventPhoto.event == event_id):
        if photo.id not in kept:
            file_id = photo.file_id
            photo.delete_instance()
            delete_if_unused(file_id)
    for position, (key, caption) in enumerate(chosen):
        if isinstance(key, int):
            EventPhoto.update(caption=caption.strip(), position=position).where(
                EventPhoto.id == key, EventPhoto.event == event_id).execute()
        else:
            check_photo(key)
            EventPhoto.create(event=event_id, file=store(key), caption=caption.strip(),
                              position=position)


def photo_bytes(event_id: int) -> list[tuple[str, str, bytes]]:
    """(file name, caption, bytes) of each photo, for the report."""
    rows = (EventPhoto.select(EventPhoto, StoredFile).join(StoredFile)
            .where(EventPhoto.event == event_id).order_by(EventPhoto.position, EventPhoto.id))
    return [(row.file.name, row.caption, bytes(row.file.data)) for row in rows]
