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


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Pegawai" sheetId="1" r:id="rId1"/></sheets>'
    '</workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    '"worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
               'openxmlformats.org/spreadsheetml/2006/main">')


def xlsx(path: Path, rows_xml=(), dimension: str = "", extra=None) -> Path:
    """A workbook written part by part, as a program other than Excel might: ``rows_xml``
    (an iterable of ``<row>`` strings, streamed) is the first sheet's data, ``dimension``
    the size it declares, and ``extra`` maps more part names to a (chunk, count) written
    repeatedly, so a part of a gigabyte costs a few megabytes on disk."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b"<sheetData>")
            for row in rows_xml:
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
        for name, (chunk, count) in (extra or {}).items():
            with archive.open(name, "w", force_zip64=True) as part:
                for _ in range(count):
                    part.write(chunk)
    return path


def text_row(number: int, *texts: str) -> str:
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
                    for i, text in enumerate(texts))
    return f'<row r="{number}">{cells}</row>'
