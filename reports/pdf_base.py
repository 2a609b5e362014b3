"""What every printed document shares: bundled fonts, styles, page numbers, the letterhead
(kop), the signature blocks, the rows kept with the signature.

ReportLab's built-in Helvetica has no glyphs beyond Latin-1; every document uses the bundled
Noto Sans so names print as typed.
"""

from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models import settings
from models.staff import nip as nip_rules

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR, BOLD = "NotoSans", "NotoSans-Bold"

# Images unencoded: smaller and much faster files (STACK-NOTES).
rl_config.useA85 = 0

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "NotoSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    _registered = True


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font cannot draw (they would print as boxes)."""
    register_fonts()
    widths = pdfmetrics.getFont(font).face.charWidths
    return {ch for ch in text if not ch.isspace() and ord(ch) not in widths}


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18,
                                alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=BOLD, fontSize=11,
                                   leading=14, alignment=TA_CENTER),
    }


# Characters of one value a table cell prints: a cell cannot go over a page, and no value
# typed today comes near (see models.text_rules); an old database may hold longer ones.
CELL_TEXT_MAX = 500


def shortened(text: str, limit: int = CELL_TEXT_MAX) -> str:
    """``text`` as a table cell prints it: a value too long for any page ends in "…"."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def escape(text: str, limit: int | None = CELL_TEXT_MAX) -> str:
    """Text from the database inside a Paragraph: markup characters stay characters, and a
    value too long for any page (an old database's) is :func:`shortened`. Paragraphs of
    running text, which split over pages, pass ``limit=None``."""
    text = text or ""
    if limit is not None:
        text = shortened(text, limit)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NumberedCanvas(pdf_canvas.Canvas):
    """Writes ``Halaman 1 dari 5`` on every page once the page count is known. A document
    of several parts (the sign-in sheets of several sessions) numbers each part on its
    own, as each is handed out on its own: see :class:`NewNumbering`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []
        self._part_starts = {0}

    def showPage(self):  # noqa: N802 — ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def start_part(self) -> None:
        self._part_starts.add(len(self._pages))

    def save(self):
        starts = sorted(self._part_starts | {len(self._pages)})
        for first, end in zip(starts, starts[1:], strict=False):
            for index in range(first, end):
                self.__dict__.update(self._pages[index])
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.grey)
                self.drawRightString(self._pagesize[0] - 15 * mm, 10 * mm,
                                     f"Halaman {index - first + 1} dari {end - first}")
                super().showPage()
        super().save()


class NewNumbering(Flowable):
    """Put first on a new page: the page numbers start again at 1 there."""

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.start_part()


@dataclass(slots=True)
class Officer:
    """Who signs a paper: by default the head of office from Settings."""

    role: str
    name: str
    nip: str
    rank: str = ""  # pangkat/golongan, printed between the name and the NIP

    @classmethod
    def from_settings(cls) -> "Officer":
        values = settings.get_all()
        return cls(values["head_title"] or "Penanggung Jawab", values["head_name"],
                   nip_rules.grouped(values["head_nip"]) if values["head_nip"] else "",
                   values["head_rank"])

    @classmethod
    def committee_chair(cls, event_id: int) -> "Officer":
        """The Ketua Panitia: the first person registered as Panitia of the event (a name
        line to fill in by hand when there is none)."""
        from models.events.tables import Registration

        first = (Registration.select().where(Registration.event == event_id,
                                             Registration.role == "panitia",
                                             ~Registration.cancelled)
                 .order_by(Registration.registered_at, Registration.id).first())
        if first is None:
            return cls("Ketua Panitia", "", "")
        person = first.person
        return cls("Ketua Panitia", person.full_name,
                   nip_rules.grouped(person.nip) if person.nip else "", person.rank)


def _signer_lines(first: str, officer: Officer, role: str | None = None) -> list:
    """A column of a signature: its first line, the role, room to sign, the name
    underlined, the pangkat/golongan and the NIP."""
    style = styles()["body"]
    # An empty Paragraph has no height: the room to sign is a Spacer of its own.
    lines = [Paragraph(first, style), Paragraph(role or f"{escape(officer.role)},", style),
             gap(18), Paragraph(f"<u><b>{escape(officer.name) or '.' * 40}</b></u>", style),
             Paragraph(escape(officer.rank), style) if officer.rank else None,
             Paragraph(f"NIP. {escape(officer.nip)}", style) if officer.nip else None]
    return lines


def _signature_table(columns: list[list], widths: list[float], align: str) -> Table:
    """Columns of lines side by side, line by line, so both names stand on one line."""
    rows = [[column[i] or "" for column in columns] for i in range(len(columns[0]))]
    rows = [row for row in rows if any(row)]
    block = Table(rows, colWidths=widths, hAlign=align)
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return block


def signature_block(place_and_date: str, role: str, name: str, nip: str,
                    width: float, rank: str = "") -> Table:
    """The date line, the role, room to sign, the name underlined, the pangkat/golongan
    and the NIP, on the right."""
    lines = _signer_lines(place_and_date, Officer(role, name, nip, rank), escape(role))
    return _signature_table([lines], [width * 0.42], "RIGHT")


def countersigned_block(place_and_date: str, head: Officer, signer: Officer,
                        width: float, left_first: str = "Mengetahui,") -> Table:
    """Two signatures side by side, as a paper made by a committee is signed: on the left
    "Mengetahui," and the head of office, on the right the date line and who made it (the
    Ketua Panitia). A receipt's left column opens otherwise (``left_first``)."""
    left = _signer_lines(left_first, head)
    right = _signer_lines(place_and_date, signer)
    return _signature_table([left, right], [width * 0.5, width * 0.42], "CENTER")


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def build_pdf(story: list, path, *, title: str, pagesize=None, margin: float = 15 * mm,
              bottom: float = 18 * mm, canvas=None) -> int:
    """Write ``story`` to ``path`` whole or not at all, pages numbered; returns the pages."""
    from reportlab.lib.pagesizes import A4

    from models import settings
    from reports.spreadsheet import replacing

    pages = []

    class Counting(canvas or NumberedCanvas):
        def save(self):
            pages.append(len(self._pages))
            super().save()

    size = pagesize or A4
    # No padding left and right: a table as wide as the page between the margins fits the
    # frame exactly, so nothing shifts it to centre it (it did, by 6 points, for the table
    # and not for the rows kept with the signature) and paragraphs start where tables do.
    frame = Frame(margin, bottom, size[0] - 2 * margin, size[1] - margin - bottom,
                  leftPadding=0, rightPadding=0, id="normal")
    with replacing(path) as temp:
        doc = BaseDocTemplate(str(temp), pagesize=size, leftMargin=margin,
                              rightMargin=margin, topMargin=margin, bottomMargin=bottom,
                              title=title, author=settings.get("office_name"),
                              pageTemplates=[PageTemplate("page", [frame])])
        doc.build(story, canvasmaker=Counting)
    return pages[0]


class ContinuedRows(Flowable):
    """The last rows of a table, kept apart to go over the page with what follows them:
    under the table as they are, or, when they open a new page, under the table's heading
    row again (``headed``), so a page never shows rows without their column names."""

    def __init__(self, bare: Table, headed: Table):
        super().__init__()
        self.bare, self.headed = bare, headed
        self.chosen = bare
        # Placed by the frame as the table above it is (a Flowable's default is LEFT, a
        # Table's CENTER): the same columns at the same x.
        self.hAlign = bare.hAlign

    def wrap(self, available_width, available_height):
        frame = getattr(self, "_frame", None)  # set by the frame that is placing it
        self.chosen = self.headed if frame is not None and frame._atTop else self.bare
        return self.chosen.wrap(available_width, available_height)

    def draw(self):
        self.chosen.drawOn(self.canv, 0, 0)

    def split(self, available_width, available_height):
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:
            # Taller than a whole page (an old database's overlong values in a narrow
            # column): they go over the page as any table's rows do, rather than nowhere.
            return self.headed.split(available_width, available_height)
        return []  # a few rows: they move whole
