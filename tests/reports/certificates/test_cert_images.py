"""A picture prepared once looks, in every file, as ReportLab's own drawImage draws it."""

import pypdfium2
from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas

from reports.certificates.images import CachedImage


def picture(path):
    """A signature-like PNG: strokes on a transparent ground."""
    image = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(10, 100), (100, 20), (200, 100), (290, 30)],
                               fill=(20, 20, 120, 255), width=9)
    image.save(path)
    return str(path)


def rendered(path):
    document = pypdfium2.PdfDocument(str(path))
    pixels = document[0].render(scale=1).to_pil().convert("RGB").tobytes()
    document.close()
    return pixels


def page(path, draw):
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.setFillColorRGB(1, 0.9, 0.6)
    c.rect(0, 0, 400, 300, fill=1, stroke=0)  # a coloured ground shows the transparency
    draw(c)
    c.showPage()
    c.save()


def test_cached_pictures_match_draw_image_in_every_file(tmp_path):
    png = picture(tmp_path / "ttd.png")
    page(tmp_path / "plain.pdf", lambda c: c.drawImage(png, 50, 80, 300, 120, mask="auto",
                                                       preserveAspectRatio=True, anchor="c"))
    cached = CachedImage(png)
    for name in ("one.pdf", "two.pdf"):  # the same prepared picture, two documents
        page(tmp_path / name, lambda c: cached.draw(c, 50, 80, 300, 120))
    plain = rendered(tmp_path / "plain.pdf")
    assert rendered(tmp_path / "one.pdf") == plain
    assert rendered(tmp_path / "two.pdf") == plain
    assert len(set(plain)) > 2  # something was drawn
