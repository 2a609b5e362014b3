"""Drawing one certificate page on a ReportLab canvas, from a layout and plain data.

Everything a batch shares (background or frame, logo, institution, the event's lines, the
signatories) is drawn once into a PDF form XObject and stamped on every page; only the
title (a speaker's may differ), the number, the name, the NIP, the role, a speaker's
material and the QR code are drawn per page. A thousand certificates then cost little more
than a thousand names.
"""

import functools
from dataclasses import dataclass, field

import segno
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth

from models.certificates.layout_geometry import qr_side
from models.certificates.layouts import Layout
from reports.pdf_base import FONT_DIR, register_fonts

FONT_FILES = {"serif": "NotoSerif-Regular.ttf", "serif-bold": "NotoSerif-Bold.ttf",
              "serif-italic": "NotoSerif-Italic.ttf", "sans": "NotoSans-Regular.ttf",
              "sans-bold": "NotoSans-Bold.ttf"}
FONT_NAMES = {"serif": "NotoSerif", "serif-bold": "NotoSerif-Bold",
              "serif-italic": "NotoSerif-Italic", "sans": "NotoSans", "sans-bold": "NotoSans-Bold"}
SIZE_STEP = 0.5  # points: how finely a long name shrinks
QUIET_ZONE = 4  # modules of white around the QR code, as scanners expect
SIGNATURE_ROOM = 20.0  # mm between a signatory's title and name


def register_certificate_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register_fonts()
    for key, file_name in FONT_FILES.items():
        name = FONT_NAMES[key]
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file_name)))
        face = pdfmetrics.getFont(name).face  # Noto Sans came from pdf_base already
        if not getattr(face, "_sibina_remembers", False):
            _remember_subsets(face)
            face._sibina_remembers = True


def _remember_subsets(face) -> None:
    """A font subset is a pure function of its glyphs; the files of a batch mostly use the
    same ones (the title, the role, the event), so each subset is built and compressed once,
    not once per file."""
    build, add = face.makeSubset, face.addSubsetObjects
    cached = functools.lru_cache(maxsize=128)(lambda glyphs: build(list(glyphs)))
    face.makeSubset = lambda subset: cached(tuple(subset))

    def add_objects(doc, fontname, subset):
        reference = add(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if stream is not None and stream.filters:
            stream.filters = [REMEMBERED_FLATE]
        return reference

    face.addSubsetObjects = add_objects


class _RememberedFlate(PDFStreamFilterZCompress):
    """ReportLab's Flate filter, remembering what it compressed (font subsets recur)."""

    @functools.lru_cache(maxsize=128)  # noqa: B019  one instance, kept for the process
    def encode(self, text):
        return super().encode(text)


REMEMBERED_FLATE = _RememberedFlate()


def font_of(spec: dict) -> str:
    return FONT_NAMES.get(spec.get("font", "sans"), FONT_NAMES["sans"])


@dataclass(frozen=True)
class SignatoryBlock:
    title: str
    name: str
    nip: str  # grouped, or ""
    signature: str | None = None  # the picture of the signature: a file's path


@dataclass(frozen=True)
class Shared:
    """What every certificate of one event, layout and signing shares."""

    event_text: str
    dates_place: str
    date_line: str
    signatories: tuple[SignatoryBlock, ...]
    # Files, not bytes: ReportLab takes a JPEG file as it is, where a picture in memory is
    # decoded and hashed again for every file of a batch (STACK-NOTES).
    logo: str | None = None
    background: str | None = None  # a JPEG covering the page
    event_id: int = 0
    # The back page's rows: (day and date, time, topic, speaker, JP) of each session.
    sessions: tuple = ()
    organiser: str = ""  # the office, or the office and the body it ran the event with
    office: str = ""  # the institution named at the top


@dataclass(frozen=True)
class Recipient:
    number: str
    name: str
    nip: str  # grouped, or ""
    role: str
    payload: str
    shared: Shared = field(compare=False, hash=False, default=None)
    jp_text: str = ""  # the JP line of the front, worded by the layout
    # The JP the person attended, stated on the back page when the front states the
    # event's (the layout's event_jp); None otherwise.
    attended_jp: float | None = None
    topic_text: str = ""  # a speaker's material, worded by the layout


def fit_text(text: str, spec: dict, width_pt: float) -> tuple[float, list[str]]:
    """The size and lines that keep ``text`` inside ``width_pt``: the layout's size, shrunk
    in small steps down to its floor; then wrapped (up to the layout's lines), shrinking
    further only if even that overflows."""
    font, size = font_of(spec), float(spec.get("size", 12))
    floor = min(float(spec.get("min_size") or size), size)
    max_lines = max(1, int(spec.get("lines", 1)))
    while size > floor and stringWidth(text, font, size) > width_pt:
        size = max(floor, size - SIZE_STEP)
    if stringWidth(text, font, size) <= width_pt:
        return size, [text]
    while True:
        lines = simpleSplit(text, font, size, width_pt)
        fits = len(lines) <= max_lines and all(
            stringWidth(line, font, size) <= width_pt for line in lines)
        if fits or size <= 4:
            return size, lines[:max_lines] if fits else _squeezed(text, font, size, width_pt)
        size -= SIZE_STEP


def _squeezed(text: str, font: str, size: float, width_pt: float) -> list[str]:
    """Last resort for a text no size fits (one endless word): cut it to the room."""
    line = text
    while line and stringWidth(line + "…", font, size) > width_pt:
        line = line[:-1]
    return [line + "…"]


class CertificatePainter:
    """Draws certificates of one layout on one canvas."""

    def __init__(self, canvas, layout: Layout, images: dict | None = None):
        register_certificate_fonts()
        self.canvas = canvas
        self.layout = layout
        self.images = images if images is not None else {}  # path -> CachedImage
        self.width, self.height = (v * mm for v in layout.page_size_mm)
        self._forms: dict = {}

    def _y(self, top_mm: float) -> float:
        return self.height - top_mm * mm

    # --- what a batch shares ----------------------------------------------------------

    def _shared_form(self, shared: Shared) -> str:
        key = id(shared)
        name = self._forms.get(key)
        if name is None:
            # Named for the canvas, not the painter: one file may hold several layouts.
            taken = self.canvas.__dict__.setdefault("_sibina_forms", [])
            name = f"shared{len(taken)}"
            taken.append(name)
            self.canvas.beginForm(name)
            self._draw_shared(shared)
            self.canvas.endForm()
            self._forms[key] = name
        return name

    def _draw_shared(self, shared: Shared) -> None:
        fields, texts = self.layout.fields, self.layout.texts
        if shared.background:
            self._picture(shared.background, 0, 0, self.width, self.height, False)
        elif self.layout.style.get("border"):
            self._frame()
        logo = fields["logo"]
        if shared.logo and logo.get("visible", True):
            size = logo["size"] * mm
            self._picture(shared.logo, logo["x"] * mm - size / 2, self._y(logo["y"]) - size,
                          size, size)
        self.text("institution", texts.get("institution", "").format(office=shared.office))
        self.text("given_to", texts.get("given_to", ""))
        self.text("event", texts.get("event", "{event}").format(event=shared.event_text,
                                                                organiser=shared.organiser))
        self.text("dates_place", shared.dates_place)
        self.text("date_line", shared.date_line)
        blocks = [(fields[f"signatory_{index}"], block)
                  for index, block in enumerate(shared.signatories[:2], 1)]
        # Two signatories side by side: names and NIPs on one line however their titles wrap.
        lines = max((len(self._title_lines(spec, block)) for spec, block in blocks), default=1)
        for spec, block in blocks:
            self._signatory(spec, block, lines)

    def _picture(self, path: str, x: float, y: float, width: float, height: float,
                 keep_shape: bool = True) -> None:
        from reports.certificates.images import CachedImage

        image = self.images.get(path)
        if image is None:
            image = self.images[path] = CachedImage(path)
        image.draw(self.canvas, x, y, width, height, keep_shape)

    def _frame(self) -> None:
        c = self.canvas
        colour = HexColor(self.layout.style.get("border_colour", "#1f3b5c"))
        accent = HexColor(self.layout.style.get("accent_colour", "#b08d3c"))
        c.setStrokeColor(colour)
        c.setLineWidth(3)
        c.rect(10 * mm, 10 * mm, self.width - 20 * mm, self.height - 20 * mm)
        c.setStrokeColor(accent)
        c.setLineWidth(0.8)
        c.rect(13 * mm, 13 * mm, self.width - 26 * mm, self.height - 26 * mm)
        size = 5 * mm  # small diamonds in the inner frame's corners
        for x, y in ((13 * mm, 13 * mm), (self.width - 13 * mm, 13 * mm),
                     (13 * mm, self.height - 13 * mm),
                     (self.width - 13 * mm, self.height - 13 * mm)):
            path = c.beginPath()
            path.moveTo(x, y - size / 2)
            path.lineTo(x + size / 2, y)
            path.lineTo(x, y + size / 2)
            path.lineTo(x - size / 2, y)
            path.close()
            c.setFillColor(accent)
            c.drawPath(path, fill=1, stroke=0)

    def _title_lines(self, spec: dict, block: SignatoryBlock) -> list[str]:
        return simpleSplit(block.title + ",", font_of(spec), float(spec.get("size", 11)),
                           float(spec.get("width", 90)) * mm)

    def _signatory(self, spec: dict, block: SignatoryBlock, lines: int = 1) -> None:
        if not spec.get("visible", True):
            return
        c, font, size = self.canvas, font_of(spec), float(spec.get("size", 11))
        width = float(spec.get("width", 90)) * mm
        leading = size * 1.25
        x, y = spec["x"] * mm, self._y(spec["y"]) - size
        c.setFillColor(HexColor(spec.get("colour", "#222222")))
        c.setFont(font, size)
        title = self._title_lines(spec, block)
        for line in title:
            c.drawCentredString(x, y, line)
            y -= leading
        y -= (lines - len(title)) * leading
        room = SIGNATURE_ROOM * mm
        if block.signature:
            self._picture(block.signature, x - width / 2, y - room + 2, width, room - 4)
        y -= room
        bold = font.replace("-Italic", "") + ("" if font.endswith("-Bold") else "-Bold")
        bold = bold if bold in FONT_NAMES.values() else FONT_NAMES["sans-bold"]
        name_size, [name] = size, [block.name or "." * 40]
        while name_size > 7 and stringWidth(name, bold, name_size) > width:
            name_size -= SIZE_STEP
        c.setFont(bold, name_size)
        c.drawCentredString(x, y, name)
        half = stringWidth(name, bold, name_size) / 2
        c.setLineWidth(0.6)
        c.setStrokeColor(HexColor(spec.get("colour", "#222222")))
        c.line(x - half, y - 2, x + half, y - 2)
        if block.nip:
            c.setFont(font, size)
            c.drawCentredString(x, y - leading, f"NIP. {block.nip}")

    # --- one certificate --------------------------------------------------------------

    def text(self, name: str, text: str) -> None:
        """A text field where the layout puts it, fitted to its width."""
        spec = self.layout.fields[name]
        if not text or not spec.get("visible", True):
            return
        c = self.canvas
        width = float(spec.get("width") or 250) * mm
        size, lines = fit_text(text, spec, width)
        leading = size * 1.15
        x, y = spec["x"] * mm, self._y(spec["y"]) + (len(lines) - 1) * leading / 2
        c.setFillColor(HexColor(spec.get("colour", "#222222")))
        c.setFont(font_of(spec), size)
        draw = {"left": c.drawString, "right": c.drawRightString}.get(
            spec.get("align", "center"), c.drawCentredString)
        for line in lines:
            draw(x, y, line)
            y -= leading

    def draw(self, who: Recipient) -> None:
        """One certificate: the batch's shared form, then what is this person's own."""
        c, texts = self.canvas, self.layout.texts
        c.doForm(self._shared_form(who.shared))
        # Per person: a speaker's certificate may carry the honour title.
        self.text("title", self.layout.title_for(who.role))
        self.text("number", texts.get("number", "{number}").format(number=who.number))
        self.text("name", who.name)
        if who.nip:
            self.text("nip", texts.get("nip", "NIP. {nip}").format(nip=who.nip))
        self.text("role", self.layout.role_wording(who.role))
        if who.role == "peserta" and who.jp_text:
            self.text("jp", who.jp_text)
        if who.role == "narasumber" and who.topic_text:
            self.text("topic", who.topic_text)
        self.qr(who.payload)
        c.showPage()

    def qr(self, payload: str) -> None:
        spec = self.layout.fields["qr"]
        if not payload or not spec.get("visible", True):
            return
        matrix = segno.make(payload, error="m", mask=4, micro=False).matrix
        count = len(matrix)
        side = qr_side(spec) * mm
        module = side / (count + 2 * QUIET_ZONE)
        left = spec["x"] * mm - side / 2
        top = self._y(spec["y"])
        c = self.canvas
        c.setFillColor(white)
        c.rect(left, top - side, side, side, stroke=0, fill=1)
        path = c.beginPath()
        for row, cells in enumerate(matrix):
            y = top - (row + QUIET_ZONE + 1) * module
            start = None
            for column, dark in enumerate([*cells, 0]):
                if dark and start is None:
                    start = column
                elif not dark and start is not None:
                    path.rect(left + (start + QUIET_ZONE) * module, y,
                              (column - start) * module, module)
                    start = None
        c.setFillColor(HexColor("#000000"))
        c.drawPath(path, stroke=0, fill=1)
