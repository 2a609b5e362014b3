"""What every printed document shares: bundled fonts, styles, page numbers, signature block.

ReportLab's built-in Helvetica has no glyphs beyond Latin-1; every document uses the bundled
Noto Sans so names print as typed.
"""

from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

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


def escape(text: str) -> str:
    """Text from the database inside a Paragraph: markup characters stay characters."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NumberedCanvas(pdf_canvas.Canvas):
    """Writes ``Halaman 1 dari 5`` on every page once the page count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):  # noqa: N802 — ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.grey)
            self.drawRightString(self._pagesize[0] - 15 * mm, 10 * mm,
                                 f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()


def signature_block(place_and_date: str, role: str, name: str, nip: str,
                    width: float) -> Table:
    """The date line, the role, room to sign, the name underlined and the NIP, on the right."""
    style = styles()["body"]
    # An empty Paragraph has no height: the room to sign is a Spacer of its own.
    lines = [Paragraph(place_and_date, style), Paragraph(role, style), gap(18),
             Paragraph(f"<u><b>{escape(name) or '.' * 40}</b></u>", style)]
    if nip:
        lines.append(Paragraph(f"NIP. {escape(nip)}", style))
    block = Table([[line] for line in lines], colWidths=[width * 0.42], hAlign="RIGHT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return block


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)
