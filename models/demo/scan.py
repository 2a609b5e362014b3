"""A stand-in for a scanned, signed sign-in sheet: the demo's evidence attachment.

Written as PDF drawing operators by hand (models do not draw with ReportLab): a heading,
the grid of No | Nama | Tanda Tangan with the numbered cells alternating left and right,
and a pen stroke in each cell of those who came, over as many pages as the list needs.
"""

import random

PAGE_W, PAGE_H = 595, 842
ROWS_PER_PAGE = 22
ROW_H = 28
LEFT, RIGHT = 50, 545
NAME_X, SIGN_X = 80, 330


def scanned_sheet(heading: list[str], names: list[tuple[str, bool]], seed: int = 7) -> bytes:
    """``heading``: lines above the grid; ``names``: (name, came) in sheet order."""
    rng = random.Random(seed)
    pages = [names[i:i + ROWS_PER_PAGE] for i in range(0, len(names), ROWS_PER_PAGE)] or [[]]
    streams = [_page(heading, chunk, start, rng)
               for chunk, start in zip(pages, range(0, len(names) or 1, ROWS_PER_PAGE),
                                       strict=False)]
    return _document(streams)


def _page(heading: list[str], rows: list[tuple[str, bool]], start: int, rng) -> bytes:
    ops = []
    y = 790
    for index, line in enumerate(heading):
        size = 13 if index == 0 else 10
        ops.append(_text(line, (PAGE_W - _width(line, size)) / 2, y, size))
        y -= size + 6
    top = y - 10
    ops.append(b"0.6 w")
    ops.append(_text("No", LEFT + 6, top - 16, 9) + _text("Nama", NAME_X + 6, top - 16, 9)
               + _text("Tanda Tangan", SIGN_X + 60, top - 16, 9))
    bottom = top - 22 - ROW_H * len(rows)
    for x in (LEFT, NAME_X, SIGN_X, RIGHT):
        ops.append(f"{x} {top} m {x} {bottom} l S".encode())
    for row in range(len(rows) + 2):
        y = top if row == 0 else top - 22 - ROW_H * (row - 1)
        ops.append(f"{LEFT} {y} m {RIGHT} {y} l S".encode())
    for offset, (name, came) in enumerate(rows):
        number = start + offset + 1
        y = top - 22 - ROW_H * offset - 17
        ops.append(_text(str(number), LEFT + 8, y, 9) + _text(name[:40], NAME_X + 6, y, 9))
        # Numbered signature cells alternate left and right, as on the printed sheet.
        cell_x = SIGN_X + (8 if number % 2 else 110)
        ops.append(_text(f"{number}.", cell_x, y, 8))
        if came:
            ops.append(_stroke(cell_x + 18, y + 3, rng))
    return b"\n".join(ops)


def _stroke(x: float, y: float, rng) -> bytes:
    """A signature-like curve in dark blue ink."""
    points = [f"{x:.1f} {y:.1f} m"]
    for _ in range(3):
        x += rng.uniform(14, 24)
        points.append(f"{x - 10:.1f} {y + rng.uniform(6, 12):.1f} {x - 4:.1f} "
                      f"{y - rng.uniform(4, 9):.1f} {x:.1f} {y + rng.uniform(-2, 3):.1f} c")
    return ("q 0.1 0.15 0.45 RG 0.9 w " + " ".join(points) + " S Q").encode()


def _text(text: str, x: float, y: float, size: int) -> bytes:
    data = text.encode("cp1252", "replace")  # WinAnsiEncoding: é, ’ and – as printed
    data = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td (".encode() + data + b") Tj ET\n"


def _width(text: str, size: int) -> float:
    return len(text) * size * 0.5  # Helvetica's average: near enough to centre a line


def _document(streams: list[bytes]) -> bytes:
    count = len(streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    for index, stream in enumerate(streams):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                       f"/Contents {4 + 2 * index} 0 R /Resources << /Font << /F1 {font} "
                       f"0 R >> >> >>".encode())
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
                       + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)
