"""Checking a picture or PDF fully before SiBina keeps it.

A file the office picks is decoded whole when it is stored, so that a damaged, disguised
or enormous one is refused at the door with a message naming it, instead of breaking every
report that later draws it. Each check runs in bounded time and memory: sizes are read
from the header before anything is decoded.
"""

import io
from pathlib import Path

from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message

_C = "StoredFile"

MAX_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_PAGES = 50
# A3 (297 × 420 mm) plus a scanner's margin, in points, either way round.
MAX_PAGE_SHORT, MAX_PAGE_LONG = 900.0, 1250.0
PICTURES = (".png", ".jpg", ".jpeg")
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}


def refused(path: Path, detail: Message) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "StoredFile", "{file} cannot be used: {detail}"), file=path.name, detail=detail))


def checked_bytes(path, max_pages: int = MAX_PAGES) -> bytes:
    """The bytes of the picture (PNG, JPEG) or PDF at ``path``, once it has been decoded
    whole and found within the limits; raises :class:`SiBinaError` naming the file."""
    from models.os_errors import describe

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size > MAX_BYTES:
            raise refused(path, message(_C, QT_TRANSLATE_NOOP(
                "StoredFile", "it is larger than {limit} MB."), limit=MAX_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as exc:
        raise refused(path, describe(exc)) from exc
    if suffix in PICTURES:
        check_picture(path, data)
    elif suffix == ".pdf":
        check_pdf(path, data, max_pages)
    else:
        raise refused(path, message(_C, QT_TRANSLATE_NOOP(
            "StoredFile", "only PNG, JPEG or PDF files are accepted.")))
    return data


def check_picture(path: Path, data: bytes) -> None:
    from PIL import Image

    not_picture = message(_C, QT_TRANSLATE_NOOP(
        "StoredFile", "it is not a PNG or JPEG picture SiBina can read."))
    too_large = message(_C, QT_TRANSLATE_NOOP(
        "StoredFile", "the picture has more than {limit} million pixels. Scan or save it "
                      "smaller."), limit=MAX_PIXELS // 1_000_000)
    try:
        picture = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:  # Pillow's own, far higher, cap
        raise refused(path, too_large) from exc
    except Exception as exc:  # Pillow raises its own kinds for what is not a picture
        raise refused(path, not_picture) from exc
    with picture:
        if picture.format not in _FORMATS.values():
            raise refused(path, not_picture)
        width, height = picture.size
        if width * height > MAX_PIXELS:  # before load(): a bomb declares its size honestly
            raise refused(path, too_large)
        try:
            picture.load()
        except Exception as exc:  # truncated or corrupt data shows only when decoded
            raise refused(path, message(_C, QT_TRANSLATE_NOOP(
                "StoredFile", "the picture is damaged or cut short ({detail})."),
                detail=str(exc) or type(exc).__name__)) from exc


def check_pdf(path: Path, data: bytes, max_pages: int) -> None:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except Exception as exc:  # pypdfium2 raises PdfiumError and others
        raise refused(path, message(_C, QT_TRANSLATE_NOOP(
            "StoredFile", "it is not a PDF SiBina can read."))) from exc
    try:
        pages = len(document)
        if pages == 0 or pages > max_pages:
            raise refused(path, message(_C, QT_TRANSLATE_NOOP(
                "StoredFile", "it has {count} pages; {low} to {limit} are accepted here."),
                count=pages, low=1, limit=max_pages))
        for index in range(pages):
            width, height = document.get_page_size(index)
            short, long = sorted((width, height))
            if short > MAX_PAGE_SHORT or long > MAX_PAGE_LONG:
                raise refused(path, message(_C, QT_TRANSLATE_NOOP(
                    "StoredFile", "page {page} is {width} × {height} cm; pages larger "
                                  "than A3 are not accepted."),
                    page=index + 1, width=round(width / 72 * 2.54),
                    height=round(height / 72 * 2.54)))
    finally:
        document.close()


def check_stored(name: str, data: bytes, max_pages: int = MAX_PAGES) -> None:
    """The same checks for a file already in the database (one stored before they existed):
    raises :class:`SiBinaError` naming it when it cannot be drawn."""
    path = Path(name)
    if path.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        check_pdf(path, data, max_pages)
    else:
        check_picture(path, data)
