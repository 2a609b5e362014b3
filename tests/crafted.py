"""Crafted files for the tests that check SiBina refuses what it must not trust.

Each is built in the test's own folder, small on disk and quick to make, even when it
declares something enormous.
"""

import io
import struct
import zlib
from pathlib import Path


def picture(path: Path, size=(60, 40), kind="PNG") -> Path:
    from PIL import Image

    Image.new("RGB", size, (200, 30, 30)).save(path, kind)
    return path


def pdf(path: Path, pages: int = 1, size=(595, 842)) -> Path:
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=size)
    for number in range(pages):
        sheet.drawString(72, 72, f"Daftar hadir, halaman {number + 1}")
        sheet.showPage()
    sheet.save()
    return path


def truncated_jpeg(path: Path) -> Path:
    """A real photograph-like JPEG cut off halfway, as from a copy that did not finish."""
    from PIL import Image

    noise = Image.effect_noise((400, 300), 80).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=90)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def huge_png(path: Path, width=20000, height=20000) -> Path:
    """A PNG whose header declares ``width × height`` pixels, with a tiny body: decoding
    it would take gigabytes, reading its header takes nothing."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * 1000)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
                     + chunk(b"IEND", b""))
    return path
