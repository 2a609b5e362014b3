"""Build the user guide, "Panduan Pengguna SiBina": ``DIR/panduan-pengguna.pdf``.

    uv run python packaging/guide.py --out DIR

The words are in ``packaging/guide_text.py``; the screenshots are taken afresh from the
program (``packaging/guide_screens.py``), so the guide shows the screens as they are now.
Each chapter starts a page with a named destination (its key in ``guide_text``), which is
how the window's Bantuan ▸ Panduan Pengguna (F1) opens the chapter of the tab in view.
"""

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# SiBina's packages first, and this folder's modules by their own names, last (so its
# build.py shadows nothing): "packaging" is also a library every Python tool imports, so
# this folder is not made a package of that name.
sys.path.insert(0, str(HERE.parent))
sys.path.append(str(HERE))

import guide_text  # noqa: E402
from guide_text import Note, Shot, Steps  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase.pdfdoc import PDFDictionary  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

from reports.pdf_base import BOLD, REGULAR, escape, register_fonts  # noqa: E402
from ui.main_window import GUIDE_FILE_NAME  # noqa: E402

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
# A window of 1366 pixels fills the text width; dialogs are drawn a little larger than
# that scale, so their words are as easy to read as the window's.
WINDOW_SCALE = WIDTH / 1366
DIALOG_SCALE = WINDOW_SCALE * 1.25
SMALL_SCALE = WINDOW_SCALE * 1.8  # a menu
MAX_PICTURE_HEIGHT = 150 * mm


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5,
                          spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=26, leading=32,
                                spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=18,
                                   textColor=colors.HexColor("#555555")),
        "chapter": ParagraphStyle("chapter", parent=body, fontName=BOLD, fontSize=18,
                                  leading=23, spaceAfter=10,
                                  textColor=colors.HexColor("#1f3a5f")),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=13,
                                  leading=17, spaceBefore=6, spaceAfter=6),
        "caption": ParagraphStyle("caption", parent=body, fontSize=9, leading=12,
                                  alignment=TA_CENTER,
                                  textColor=colors.HexColor("#444444"), spaceAfter=10),
        "note": ParagraphStyle("note", parent=body, spaceAfter=0),
        "toc": ParagraphStyle("toc", parent=body, fontSize=11.5, leading=18),
    }


class ChapterHeading(Paragraph):
    """A chapter's title; the document marks its page with the chapter's key."""

    def __init__(self, text: str, style: ParagraphStyle, key: str):
        super().__init__(text, style)
        self.key = key


class GuideDocument(BaseDocTemplate):
    def __init__(self, path: str):
        super().__init__(path, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=guide_text.TITLE,
                         author="SiBina", subject=guide_text.SUBTITLE)
        frame = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN, id="text")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])

    def beforeDocument(self):  # noqa: N802 — ReportLab's name; each pass has a new canvas
        self.destinations = {}

    def afterFlowable(self, flowable):  # noqa: N802 — ReportLab's name
        if isinstance(flowable, ChapterHeading):
            text = flowable.getPlainText()
            self.canv.bookmarkPage(flowable.key)
            # ReportLab's bookmarks serve its outline only; the catalog's /Dests makes them
            # named destinations a viewer opens at (#nameddest=…). ReportLab has no public
            # way to list them there.
            self.destinations[flowable.key] = self.canv._bookmarkReference(flowable.key)
            self.canv._doc.Catalog.Dests = PDFDictionary(self.destinations)
            self.canv.addOutlineEntry(text, flowable.key, level=0)
            self.notify("TOCEntry", (0, text, self.page, flowable.key))


def footer(canvas, doc) -> None:
    if doc.page == 1:
        return
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(colors.grey)
    canvas.drawString(MARGIN, 10 * mm, guide_text.TITLE)
    canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Halaman {doc.page}")


def build(out: Path, shots: Path | None = None) -> Path:
    """Write ``out/panduan-pengguna.pdf``; the screenshots are taken first unless ``shots``
    already holds them."""
    out.mkdir(parents=True, exist_ok=True)
    if shots is None:
        import guide_screens

        with tempfile.TemporaryDirectory(prefix="sibina-guide-shots-") as temp:
            guide_screens.take(Path(temp), guide_text.shot_names())
            return build(out, Path(temp))
    missing = [name for name in guide_text.shot_names() if not (shots / f"{name}.png").exists()]
    if missing:
        raise FileNotFoundError(f"screenshots missing in {shots}: {', '.join(missing)}")
    path = out / GUIDE_FILE_NAME
    GuideDocument(str(path)).multiBuild(story(shots))
    return path


def story(shots: Path) -> list:
    style = styles()
    contents = TableOfContents(levelStyles=[style["toc"]], dotsMinLevel=0)
    flowables = [Spacer(1, 60 * mm), Paragraph(guide_text.TITLE, style["title"]),
                 Paragraph(guide_text.SUBTITLE, style["subtitle"]), Spacer(1, 12 * mm)]
    flowables += blocks(guide_text.INTRODUCTION, style, shots, 0)
    flowables += [PageBreak(), Paragraph("Daftar isi", style["heading"]), contents]
    for number, chapter in enumerate(guide_text.CHAPTERS, start=1):
        flowables += [PageBreak(), ChapterHeading(f"Bab {number} {escape(chapter.title)}",
                                                  style["chapter"], chapter.key)]
        flowables += blocks(chapter.blocks, style, shots, number)
    return flowables


def blocks(items, style, shots: Path, chapter: int) -> list:
    flowables, pictures = [], 0
    for item in items:
        if isinstance(item, Shot):
            pictures += 1
            caption = f"Gambar {chapter}.{pictures}  {escape(item.caption)}"
            flowables.append(KeepTogether([picture(shots / f"{item.name}.png"),
                                           Paragraph(caption, style["caption"])]))
        elif isinstance(item, Steps):
            flowables.append(ListFlowable(
                [ListItem(Paragraph(escape(step), style["body"]), leftIndent=16)
                 for step in item.items],
                bulletType="1", bulletFontName=REGULAR, bulletFontSize=10.5, leftIndent=16))
        elif isinstance(item, Note):
            flowables.append(note(Paragraph(f"<b>Penting.</b> {escape(item.text)}",
                                            style["note"])))
        else:
            flowables.append(Paragraph(escape(item), style["body"]))
    return flowables


def picture(path: Path) -> Image:
    image = Image(str(path))
    width, height = image.imageWidth, image.imageHeight
    scale = WINDOW_SCALE if width >= 1300 else DIALOG_SCALE if width >= 400 else SMALL_SCALE
    scale = min(scale, WIDTH / width, MAX_PICTURE_HEIGHT / height)
    picture = Image(str(path), width=width * scale, height=height * scale)
    picture.hAlign = "CENTER"
    return picture


def note(paragraph: Paragraph) -> Table:
    box = Table([[paragraph]], colWidths=[WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf3e1")),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#b9770e")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    box.spaceAfter = 8
    return box


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the guide to")
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
