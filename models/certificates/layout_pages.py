"""A certificate layout's page: the background the office gives it, and its fields moved
between landscape and portrait."""

import copy

from models.certificates.layouts import A4_LONG, A4_SHORT, DEFAULT_FIELDS
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message

BACKGROUND_DPI = 200


def store_background(path) -> int:
    """Keep a certificate background: a picture, or the first page of a PDF drawn as one,
    saved as a JPEG the size of the page at 200 dpi (a JPEG goes into every PDF as it is,
    where a PNG would be decoded again for each file). Returns the stored file's id."""
    import io
    from pathlib import Path

    from PIL import Image

    from models.files.checks import checked_bytes
    from models.files.stored import StoredFile, check_name

    path = Path(path)
    check_name(path)
    data = checked_bytes(path, max_pages=1)  # a background is one page, fully readable
    try:
        if path.suffix.lower() == ".pdf":
            import pypdfium2

            document = pypdfium2.PdfDocument(data)
            try:
                picture = document[0].render(scale=BACKGROUND_DPI / 72).to_pil()
            finally:
                document.close()
        else:
            picture = Image.open(io.BytesIO(data))
            picture.load()
    except Exception as exc:  # PIL and pypdfium2 each raise their own kinds
        raise SiBinaError(message("Layouts", QT_TRANSLATE_NOOP(
            "Layouts", "{file} cannot be used as a background: it is not a picture (PNG, "
                       "JPEG) or a PDF SiBina can read."), file=path.name)) from exc
    if picture.mode in ("RGBA", "LA", "P"):  # transparent parts become white paper
        paper = Image.new("RGB", picture.size, "white")
        paper.paste(picture.convert("RGBA"), mask=picture.convert("RGBA").split()[-1])
        picture = paper
    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, "JPEG", quality=88, optimize=True)
    return StoredFile.create(name=path.stem + ".jpg", mime="image/jpeg",
                             data=buffer.getvalue()).id


def portrait_fields() -> dict:
    """The default fields moved onto an A4 portrait page."""
    return to_portrait(copy.deepcopy(DEFAULT_FIELDS))


def to_portrait(fields: dict) -> dict:
    """Fields of a landscape layout moved onto a portrait page, keeping their look."""
    fields = copy.deepcopy(fields)
    across, down = A4_SHORT / A4_LONG, A4_LONG / A4_SHORT
    fields["name"]["lines"] = max(3, fields["name"].get("lines", 2))  # a narrower line
    for spec in fields.values():
        spec["x"] = round(spec["x"] * across, 1)
        spec["y"] = round(20 + (spec["y"] - 10) * down * 0.92, 1)
        if "width" in spec:
            spec["width"] = round(spec["width"] * across, 1)
    return fields


def to_landscape(fields: dict) -> dict:
    """The reverse of :func:`to_portrait`."""
    fields = copy.deepcopy(fields)
    across, down = A4_LONG / A4_SHORT, A4_SHORT / A4_LONG
    for spec in fields.values():
        spec["x"] = round(spec["x"] * across, 1)
        spec["y"] = round(10 + (spec["y"] - 20) * down / 0.92, 1)
        if "width" in spec:
            spec["width"] = round(spec["width"] * across, 1)
    return fields
