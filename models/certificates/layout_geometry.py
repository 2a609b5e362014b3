"""Where a certificate layout's fields sit on the page, and which of them overlap.

A field's box is the room its text or picture may take, in millimetres from the page's
top-left corner, judged as the drawing does: a text on one line at its size, or wrapped
onto its lines at its smallest size (a long name shrinks first, then wraps), centred on
its baseline; a picture its size square below its top; a signatory's block its title,
the room for the signature, the name and the NIP.
"""

from models.certificates.layouts import (
    PICTURE_FIELDS,
    QR_MIN_MM,
    TEXT_FIELDS,
    Layout,
    field_label,
)
from models.messages import QT_TRANSLATE_NOOP, Message, message

PT = 25.4 / 72  # mm
ASCENT, DESCENT = 0.75, 0.25  # of the font size, as Noto draws capitals and descenders
LEADING = 1.15  # as the drawing sets lines
SIGNATORY_HEIGHT = 40.0  # mm: title, the signature's room, name and NIP
# Fields that never print together share their place: the JP is a participant's, the
# material a speaker's.
APART = {frozenset(("jp", "topic"))}

Box = tuple[float, float, float, float]  # left, top, right, bottom


def qr_side(spec: dict) -> float:
    """The QR code's printed side in mm: never below the smallest that still decodes, so a
    layout saved before that rule prints a readable code too."""
    return max(float(spec.get("size", 0)), QR_MIN_MM)


def field_box(name: str, spec: dict) -> Box:
    x, y = float(spec["x"]), float(spec["y"])
    if name in PICTURE_FIELDS:
        side = qr_side(spec) if name == "qr" else float(spec.get("size", 0))
        return x - side / 2, y, x + side / 2, y + side
    width = float(spec.get("width") or 0)
    if name not in TEXT_FIELDS:  # a signatory's block, centred on x
        return x - width / 2, y, x + width / 2, y + SIGNATORY_HEIGHT
    size = float(spec.get("size", 12)) * PT
    top, bottom = y - ASCENT * size, y + DESCENT * size
    lines = max(1, int(spec.get("lines", 1)))
    if lines > 1:
        small = min(float(spec.get("min_size") or spec.get("size", 12)),
                    float(spec.get("size", 12))) * PT
        spread = (lines - 1) * small * LEADING / 2
        top = min(top, y - spread - ASCENT * small)
        bottom = max(bottom, y + spread + DESCENT * small)
    left = {"left": x, "right": x - width}.get(spec.get("align", "center"), x - width / 2)
    return left, top, left + width, bottom


def overlaps(layout: Layout) -> list[Message]:
    """A warning for each two visible fields whose room overlaps: one would print over the
    other. A text's room is its whole width, so a short text may well fit; the office
    judges on the preview, and may save."""
    shown = [name for name, spec in layout.fields.items() if spec.get("visible", True)]
    boxes = {name: field_box(name, layout.fields[name]) for name in shown}
    found = []
    for index, first in enumerate(shown):
        for second in shown[index + 1:]:
            if frozenset((first, second)) in APART:
                continue
            a, b = boxes[first], boxes[second]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                found.append(message("Layouts", QT_TRANSLATE_NOOP(
                    "Layouts", "{first} overlaps {second}: one would print over the "
                               "other."), first=field_label(first), second=field_label(second)))
    return found
