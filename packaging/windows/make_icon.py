"""Draw the SiBina mark and write it where the program and the installer take it from.

    uv run python packaging/windows/make_icon.py

An open book with a bookmark ribbon, in the colours of the office's certificates (navy
border, gold accent). Writes ``packaging/windows/sibina.ico`` (the program file, the
Start-menu entry and the installer) and ``resources/icons/sibina.png`` (the window).
Both are committed: the build does not draw them.
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent.parent
ICO = ROOT / "packaging" / "windows" / "sibina.ico"
PNG = ROOT / "resources" / "icons" / "sibina.png"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# Windows draws PNG entries from Vista on; small ones stay bitmaps, which every tool reads.
PNG_FROM = 128
NAVY, GOLD, PAGE, INK = "#1f3b5c", "#c9a449", "#fbf7ec", "#9aabbf"


def draw(size: int) -> QImage:
    """The mark at ``size`` pixels, drawn on a 256-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NAVY))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    painter.setBrush(QColor(PAGE))
    for side in (-1, 1):
        painter.drawPath(_page(side))
    if size >= 48:  # lines of text only where they are more than a blur
        pen = QPen(QColor(INK), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for side in (-1, 1):
            for y in (104, 126, 148):
                painter.drawLine(QPointF(128 + side * 30, y + 4), QPointF(128 + side * 70, y))
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(GOLD))
    painter.drawPath(_ribbon())
    painter.end()
    return image


def _page(side: int) -> QPainterPath:
    """One page of the open book, ``side`` -1 left, 1 right, curving up from the spine."""
    def x(offset: float) -> float:
        return 128 + side * offset

    path = QPainterPath(QPointF(x(5), 84))
    path.cubicTo(QPointF(x(26), 66), QPointF(x(58), 62), QPointF(x(92), 70))
    path.lineTo(QPointF(x(92), 178))
    path.cubicTo(QPointF(x(58), 170), QPointF(x(26), 174), QPointF(x(5), 192))
    path.closeSubpath()
    return path


def _ribbon() -> QPainterPath:
    """The bookmark, hanging from the spine below the book, its end cut in a V."""
    path = QPainterPath(QPointF(114, 120))
    for point in ((142, 120), (142, 230), (128, 214), (114, 230)):
        path.lineTo(QPointF(*point))
    path.closeSubpath()
    return path


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def bitmap_bytes(image: QImage) -> bytes:
    """An icon entry as Windows' own: a 32-bit DIB, rows bottom-up, then the AND mask."""
    size = image.width()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # B, G, R, A in memory
    rows = [bytes(image.constScanLine(y))[:size * 4] for y in range(size)]
    mask_row = (size + 31) // 32 * 4
    masks = []
    for row in rows:
        bits = bytearray(mask_row)
        for x in range(size):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        masks.append(bytes(bits))
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0,
                         size * size * 4 + mask_row * size, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + b"".join(reversed(masks))


def ico_bytes(images: list[QImage]) -> bytes:
    entries = [png_bytes(i) if i.width() >= PNG_FROM else bitmap_bytes(i) for i in images]
    offset = 6 + 16 * len(images)
    directory = b""
    for image, data in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(images)) + directory + b"".join(entries)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(["make_icon", "-platform", "offscreen"])
    ICO.write_bytes(ico_bytes([draw(size) for size in SIZES]))
    PNG.parent.mkdir(parents=True, exist_ok=True)
    PNG.write_bytes(png_bytes(draw(256)))
    print(f"{ICO.relative_to(ROOT)}: {', '.join(map(str, SIZES))} px; {PNG.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
