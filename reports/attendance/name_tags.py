"""Name tags: ten to an A4 sheet with cut marks, each with a QR code of the check-in code
and a coloured band naming the wearer's role (PESERTA, NARASUMBER, MODERATOR, PANITIA,
FASILITATOR): everyone registered gets one, speakers and committee first.

The QR is drawn as one path of rectangles (no image), so a sheet of 500 tags stays small
and quick; the code is also printed under it for typing by hand.
"""

from pathlib import Path

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from models import settings
from models.attendance import checkin
from models.attendance.roles import RANKED, people_in_roles
from models.events.tables import Event
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from reports import glyphs, indonesian
from reports.attendance.sign_in_sheet import ordered
from reports.pdf_base import BOLD, REGULAR, register_fonts
from reports.spreadsheet import replacing

TAG_W, TAG_H = 90 * mm, 55 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
LEFT = (A4[0] - COLUMNS * TAG_W) / 2
BOTTOM = (A4[1] - ROWS * TAG_H) / 2
QR_SIZE = 24 * mm
NAME_SIZES = (18, 17, 16, 15, 14, 13, 12, 11)  # a long name shrinks in steps, then wraps
BAND_H = 8 * mm
# One colour a role, dark enough for white words and told apart when printed in colour.
BANDS = {"peserta": colors.Color(0.10, 0.33, 0.62), "narasumber": colors.Color(0.68, 0.10, 0.14),
         "moderator": colors.Color(0.08, 0.45, 0.26), "panitia": colors.Color(0.75, 0.36, 0.0),
         "fasilitator": colors.Color(0.42, 0.22, 0.58)}


def draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of ``text`` with its lower-left corner at (x, y)."""
    # mask fixed: segno's automatic choice encodes the code eight times (STACK-NOTES)
    code = segno.make_qr(text, error="m", mask=0)
    matrix = code.matrix
    module = size / (len(matrix) + 2)  # a quiet zone of one module each side
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - module * (row_index + 2)
        start = None
        for col, dark in enumerate(list(row) + [0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + module * (start + 1), top, module * (col - start), module)
                start = None
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)


def fit_name(name: str, width: float) -> tuple[int, list[str]]:
    """The largest size at which the name fits one line; else two lines at the floor."""
    for size in NAME_SIZES:
        if stringWidth(name, BOLD, size) <= width:
            return size, [name]
    floor = NAME_SIZES[-1]
    lines = simpleSplit(name, BOLD, floor, width)
    if len(lines) > 2:  # keep two lines; the rest of a very long name is cut with an ellipsis
        lines = lines[:2]
        while stringWidth(lines[1] + "…", BOLD, floor) > width and len(lines[1]) > 1:
            lines[1] = lines[1][:-1]
        lines[1] += "…"
    return floor, lines


def _cut_marks(canvas) -> None:
    canvas.setStrokeColor(colors.grey)
    canvas.setLineWidth(0.3)
    xs = [LEFT + TAG_W * c for c in range(COLUMNS + 1)]
    ys = [BOTTOM + TAG_H * r for r in range(ROWS + 1)]
    for x in xs:  # short ticks outside the block, where the cutter lines up
        canvas.line(x, BOTTOM - 6 * mm, x, BOTTOM - 2 * mm)
        canvas.line(x, ys[-1] + 2 * mm, x, ys[-1] + 6 * mm)
    for y in ys:
        canvas.line(LEFT - 6 * mm, y, LEFT - 2 * mm, y)
        canvas.line(xs[-1] + 2 * mm, y, xs[-1] + 6 * mm, y)
    canvas.setDash(1, 3)
    for x in xs:
        canvas.line(x, BOTTOM, x, ys[-1])
    for y in ys:
        canvas.line(LEFT, y, xs[-1], y)
    canvas.setDash()


def _band(canvas, x: float, y: float, role: str) -> None:
    """The role across the foot of the tag, in white on the role's colour."""
    canvas.setFillColor(BANDS.get(role, colors.black))
    canvas.rect(x, y, TAG_W, BAND_H, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(x + TAG_W / 2, y + (BAND_H - 12 * 0.7) / 2,
                             indonesian.ROLE_NAMES.get(role, role).upper())
    canvas.setFillColor(colors.black)


def _tag(canvas, x: float, y: float, person, code: str, event_title: str, office: str,
         role: str = "peserta"):
    _band(canvas, x, y, role)
    y += BAND_H  # what follows stands above the band
    pad = 3 * mm
    text_w = TAG_W - QR_SIZE - 3 * pad
    top_y = y + TAG_H - BAND_H  # the tag's top edge
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 7)
    for i, line in enumerate(simpleSplit(office.upper(), REGULAR, 7, TAG_W - 2 * pad)[:1]):
        canvas.drawString(x + pad, top_y - pad - 6 - i * 8, line)
    canvas.setFont(BOLD, 7.5)
    for i, line in enumerate(simpleSplit(event_title, BOLD, 7.5, TAG_W - 2 * pad)[:2]):
        canvas.drawString(x + pad, top_y - pad - 15 - i * 9, line)
    size, lines = fit_name(person.name, text_w)
    canvas.setFont(BOLD, size)
    top = y + (TAG_H - BAND_H) / 2 - 1 * mm
    for i, line in enumerate(lines):
        canvas.drawString(x + pad, top - i * (size + 2), line)
    canvas.setFont(REGULAR, 8.5)
    below = top - len(lines) * (size + 2) - 2
    for i, line in enumerate(simpleSplit(person.institution or "", REGULAR, 8.5, text_w)[:2]):
        canvas.drawString(x + pad, below - i * 10, line)
    if person.participant_no:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(x + pad, y + pad, f"No. {person.participant_no}")
    qr_x, qr_y = x + TAG_W - pad - QR_SIZE, y + pad + 3 * mm
    draw_qr(canvas, code, qr_x, qr_y, QR_SIZE)
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(qr_x + QR_SIZE / 2, y + pad, code)


def write_name_tags(event_id: int, path: Path, order: str = "name",
                    missing_ok: bool = False) -> int:
    """A tag for everyone registered, once, banded with their strongest role; speakers,
    moderators, facilitators and committee first, then the participants in ``order``.
    Returns how many were printed. A name the fonts cannot print whole is refused unless
    ``missing_ok`` (see reports.glyphs)."""
    register_fonts()
    event = Event.get_by_id(event_id)
    found = people_in_roles(event_id)
    role_of = {person.id: roles[0] for person, roles in found}
    people = sorted(ordered([person for person, _roles in found], order),
                    key=lambda p: RANKED.index(role_of[p.id]))
    if not people:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "This event has no participants yet.")))
    glyphs.check([(event.title, [event.title]),
                  *((p.name, [p.name, p.institution or ""]) for p in people)],
                 f"Tanda pengenal {event.title}", missing_ok, (REGULAR, BOLD))
    codes = checkin.ensure_codes([p.id for p in people])
    office = settings.get("office_name")
    with replacing(path) as temp:
        canvas = Canvas(str(temp), pagesize=A4)
        canvas.setTitle(f"Tanda Pengenal — {event.title}")
        for start in range(0, len(people), PER_PAGE):
            _cut_marks(canvas)
            for slot, person in enumerate(people[start:start + PER_PAGE]):
                column, row = slot % COLUMNS, slot // COLUMNS
                x = LEFT + column * TAG_W
                y = BOTTOM + (ROWS - 1 - row) * TAG_H
                _tag(canvas, x, y, person, codes[person.id], event.title, office,
                     role_of[person.id])
            canvas.showPage()
        canvas.save()
    return len(people)
