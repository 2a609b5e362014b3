"""The letterhead (*kop surat*) every paper the office signs opens with, as the Tata Naskah
Dinas lays it out: the logo, the government and the office in capitals, the address and
contacts, a thick rule over a thin one. Certificates have their own design and no kop."""

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from models import settings
from reports.pdf_base import BOLD, escape, gap, styles


class DoubleRule(Flowable):
    """The letterhead's closing rule: a thick line over a thin one (Tata Naskah Dinas)."""

    def __init__(self, thick: float = 2.2, thin: float = 0.7, between: float = 1.6):
        super().__init__()
        self.thick, self.thin, self.between = thick, thin, between

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.thick + self.between + self.thin

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thick)
        top = self.thick + self.between + self.thin
        c.line(0, top - self.thick / 2, self.width, top - self.thick / 2)
        c.setLineWidth(self.thin)
        c.line(0, self.thin / 2, self.width, self.thin / 2)


LOGO = 20 * mm


def contact_line(values: dict) -> str:
    """``Telepon … • Laman … • Pos-el …``, the kop's last line (PDF and Word letters)."""
    return " \u2022 ".join(f"{label} {values[key].strip()}" for key, label in (
        ("phone", "Telepon"), ("website", "Laman"), ("email", "Pos-el"))
        if values[key].strip())


def office_logo(values: dict) -> bytes | None:
    """The logo from Settings, checked, or None; a logo that cannot be drawn is said."""
    from models.files import stored as stored_file
    from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message

    try:
        return stored_file.drawable(values["logo"]) if values["logo"] else None
    except SiBinaError as exc:  # stored before pictures were checked at the door
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "The office logo cannot be drawn: {detail} Choose the logo again in "
                       "Settings."), detail=exc.msg)) from exc


def letterhead(width: float) -> list:
    """The kop every paper the office signs opens with: the logo on the left; centred the
    government (``PEMERINTAH KOTA TANJUNGPINANG``), the office's name in capitals, its
    address, telephone, website and e-mail; then the double rule. From Settings."""
    values = settings.get_all()
    st = styles()
    line = st["body"].clone("kop", alignment=TA_CENTER, fontSize=9, leading=11)
    lines = []
    if values["government"].strip():
        lines.append(Paragraph(escape(values["government"].upper()),
                               line.clone("kop-government", fontName=BOLD, fontSize=12,
                                          leading=15)))
    lines.append(Paragraph(escape(values["office_name"].upper()),
                           line.clone("kop-office", fontName=BOLD, fontSize=13, leading=16)))
    if values["address"].strip():
        lines.append(Paragraph(escape(values["address"]), line))
    if contacts := contact_line(values):
        lines.append(Paragraph(escape(contacts), line))
    logo = office_logo(values)
    # The text is centred on the page, not beside the logo: a column as wide as the
    # logo's balances it on the right.
    side = LOGO + 2 * mm
    picture = Image(io.BytesIO(logo), width=LOGO, height=LOGO, kind="proportional") \
        if logo else ""
    table = Table([[picture, lines, ""]], colWidths=[side, width - 2 * side, side])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [table, DoubleRule(), gap(4)]


