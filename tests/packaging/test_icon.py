"""The committed icon files: every size Windows asks for, each the mark (navy, corners clear)."""

import struct
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parent.parent.parent
ICO = ROOT / "packaging" / "windows" / "sibina.ico"
PNG = ROOT / "resources" / "icons" / "sibina.png"


def directory(data: bytes) -> list[tuple[int, int]]:
    """(width, bits per pixel) of each entry, as Windows reads the icon's directory."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        width, _height, _colours, _, _planes, bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i)
        assert offset + size <= len(data)
        entries.append((width or 256, bits))
    return entries


def assert_is_the_mark(image: QImage) -> None:
    side = image.width()
    assert image.height() == side
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner
    navy = image.pixelColor(side // 2, side // 16 + 1)
    assert navy.alpha() == 255 and navy.blue() > navy.red()


def test_the_ico_holds_every_size_from_16_to_256(qapp):
    entries = directory(ICO.read_bytes())
    assert [w for w, _ in entries] == [16, 20, 24, 32, 40, 48, 64, 128, 256]
    assert {bits for _, bits in entries} == {32}
    reader = QImageReader(str(ICO))
    images = []
    for _ in entries:
        images.append(reader.read())
        reader.jumpToNextImage()
    assert [i.width() for i in images] == [w for w, _ in entries]
    for image in images:
        assert_is_the_mark(image)


def test_the_window_icon_is_the_same_mark(qapp):
    image = QImage(str(PNG))
    assert image.width() == 256
    assert_is_the_mark(image)
