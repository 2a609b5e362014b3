"""Issuing N certificates into one merged PDF, against a bare ReportLab baseline.

    uv run python -m benchmarks.certificates [--count N] [--separate]

Builds a temporary database with one event of N participants who all attended, a layout
with an A4 background picture (JPEG, 200 dpi), the office logo and a signature picture,
then times what the Certificates tab does: read who qualifies, issue (numbers, signed
payloads, one transaction) and write one merged PDF. Prints

    certificates=N seconds=S bytes=B peak_rss_mb=M

then the baseline's figures from the same run: a bare ReportLab script drawing the same
elements the fast way (the background in a form XObject drawn once per page, TTF text,
the QR code as one filled path with a fixed mask). With ``--separate`` it also writes one
file per certificate and prints that line too. Each measurement runs in its own process,
so each peak memory is its own.
"""

import argparse
import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DAY = datetime.date(2026, 3, 10)


def _pictures(folder: Path) -> dict[str, Path]:
    """A busy background (a JPEG that does not compress to nothing), a logo, a signature."""
    from PIL import Image, ImageDraw

    width, height = 2339, 1654  # A4 landscape at 200 dpi
    background = Image.new("RGB", (width, height), (252, 248, 238))
    draw = ImageDraw.Draw(background)
    for step in range(0, width + height, 14):
        draw.line([(step, 0), (step - height, height)], fill=(236, 226, 200), width=3)
    draw.rectangle([60, 60, width - 60, height - 60], outline=(31, 59, 92), width=18)
    paths = {"background": folder / "latar.jpg", "logo": folder / "logo.png",
             "signature": folder / "ttd.png"}
    background.save(paths["background"], quality=90)
    logo = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse([20, 20, 380, 380], fill=(31, 59, 92, 255))
    logo.save(paths["logo"])
    signature = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line([(20, 200), (200, 40), (380, 200), (580, 60)],
                                   fill=(20, 20, 120, 255), width=8)
    signature.save(paths["signature"])
    return paths


def _fill(count: int, pictures: dict[str, Path]) -> int:
    from models import settings
    from models.attendance import marking
    from models.certificates import layouts as cert_layouts
    from models.certificates.tables import Signatory
    from models.db import db
    from models.events import participants
    from models.events import planning as events
    from models.files import stored as stored_file
    from models.staff.tables import Person

    settings.save({"office_code": "DISPUSIP-TPI", "logo": stored_file.store(
        pictures["logo"]).id, "head_name": "Drs. H. Raja Kamaruddin, M.Si."})
    event = events.save_event({"title": "Bimbingan Teknis Katalogisasi RDA", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY, "venue": "Aula"})
    session = events.save_session(event.id, {"date": DAY, "start_time": datetime.time(8),
                                             "end_time": datetime.time(16), "topic": "RDA",
                                             "room": "Aula", "jp": 8})
    rows = [{"name": f"Peserta Nomor {n:04d}", "front_title": "Dra." if n % 7 == 0 else "",
             "back_title": "S.IP., M.Hum." if n % 3 == 0 else "S.IP.",
             "nip": f"19800101{2005 + n % 15:04d}0{1 + n % 9}{1 + n % 2}{n % 1000:03d}"}
            for n in range(1, count + 1)]
    with db.atomic():
        for start in range(0, len(rows), 100):
            Person.insert_many(rows[start:start + 100]).execute()
    people = [p for (p,) in Person.select(Person.id).tuples()]
    participants.add_people(event.id, people)
    marking.set_marks(session.id, people, "hadir")
    layout = cert_layouts.Layout(name="Dengan latar", background_id=stored_file.store(
        pictures["background"]).id)
    layout.style["border"] = False
    cert_layouts.save(layout, make_default=True)
    Signatory.create(name="Drs. H. Raja Kamaruddin, M.Si.", nip="197409082003011005",
                     title="Kepala Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang",
                     signature=stored_file.store(pictures["signature"]).id)
    return event.id


def _ours(count: int, folder: Path, separate: bool) -> dict:
    from models.certificates import issuing as certificates
    from models.db import open_database
    from reports.certificates.printing import write_merged, write_separate

    open_database(folder / "bench.sqlite")
    event_id = _fill(count, _pictures(folder))
    out = folder / "sertifikat.pdf"
    start = time.perf_counter()
    chosen = [certificates.Choice(c.person_id, c.role)
              for c in certificates.candidates(event_id) if c.qualifies]
    made = certificates.issue(event_id, chosen, DAY,
                              signatory_ids=(certificates.signatories()[0].id,))
    ids = [c.id for c in made]
    if separate:
        (folder / "per-orang").mkdir()
        files = write_separate(ids, folder / "per-orang")
        size = sum(f.stat().st_size for f in files)
    else:
        write_merged(ids, out)
        size = out.stat().st_size
    seconds = time.perf_counter() - start
    one = folder / "satu.pdf"
    write_merged(ids[:1], one)
    return {"certificates": len(made), "seconds": seconds, "bytes": size,
            "first_bytes": one.stat().st_size}


def _baseline(count: int, folder: Path) -> dict:
    """ReportLab alone, the fast way, with the same elements and payload lengths."""
    import segno
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from reports.pdf_base import FONT_DIR

    pictures = _pictures(folder)
    for name, file in (("Serif", "NotoSerif-Regular.ttf"), ("SerifBold", "NotoSerif-Bold.ttf"),
                       ("Sans", "NotoSans-Regular.ttf"), ("SansBold", "NotoSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    out = folder / "baseline.pdf"
    width, height = 297 * mm, 210 * mm
    start = time.perf_counter()
    c = canvas.Canvas(str(out), pagesize=(width, height))
    c.beginForm("page")
    c.drawImage(str(pictures["background"]), 0, 0, width, height)
    c.drawImage(str(pictures["logo"]), width / 2 - 12 * mm, height - 41 * mm, 24 * mm, 24 * mm,
                mask="auto")
    c.setFont("SerifBold", 38)
    c.drawCentredString(width / 2, height - 56 * mm, "SERTIFIKAT")
    c.setFont("Sans", 11)
    c.drawCentredString(width / 2, height - 134 * mm, "yang diselenggarakan pada 10 Maret "
                                                      "2026 di Aula, Tanjungpinang")
    c.drawImage(str(pictures["signature"]), 186 * mm, 30 * mm, 90 * mm, 16 * mm, mask="auto")
    c.drawCentredString(231 * mm, 25 * mm, "Drs. H. Raja Kamaruddin, M.Si.")
    c.endForm()
    for n in range(1, count + 1):
        c.doForm("page")
        c.setFillColor(HexColor("#222222"))
        c.setFont("Sans", 11)
        c.drawCentredString(width / 2, height - 64 * mm, f"Nomor: {n:03d}/SERT/DISPUSIP-TPI/III/"
                                                         "2026")
        c.setFont("SerifBold", 26)
        c.drawCentredString(width / 2, height - 93 * mm, f"Peserta Nomor {n:04d}, S.IP.")
        c.setFont("Sans", 11)
        c.drawCentredString(width / 2, height - 101.5 * mm, "NIP. 19800101 200501 1 001")
        c.setFont("SansBold", 14)
        c.drawCentredString(width / 2, height - 112 * mm, "sebagai PESERTA")
        payload = "SB1." + f"{n:08d}" * 23 + "." + "x" * 86  # a real payload's length
        matrix = segno.make(payload, error="m", mask=4, micro=False).matrix
        side = 30 * mm
        module = side / (len(matrix) + 8)
        left, top = width / 2 - side / 2, height - 153 * mm
        c.setFillColor(white)
        c.rect(left, top - side, side, side, stroke=0, fill=1)
        path = c.beginPath()
        for row, cells in enumerate(matrix):
            run = None
            for column, dark in enumerate([*cells, 0]):
                if dark and run is None:
                    run = column
                elif not dark and run is not None:
                    path.rect(left + (run + 4) * module, top - (row + 5) * module,
                              (column - run) * module, module)
                    run = None
        c.setFillColor(HexColor("#000000"))
        c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()
    return {"certificates": count, "seconds": time.perf_counter() - start,
            "bytes": out.stat().st_size}


def _child(kind: str, count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        if kind == "baseline":
            figures = _baseline(count, Path(folder))
        else:
            figures = _ours(count, Path(folder), separate=kind == "separate")
    # The largest of this process and the drawing processes it started (separate files).
    figures["peak_rss_mb"] = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    print(json.dumps(figures))


def _run(kind: str, count: int) -> dict:
    done = subprocess.run([sys.executable, "-m", "benchmarks.certificates", "--child", kind,
                           "--count", str(count)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _line(figures: dict) -> str:
    return (f"certificates={figures['certificates']} seconds={figures['seconds']:.2f} "
            f"bytes={figures['bytes']} peak_rss_mb={figures['peak_rss_mb']:.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.certificates")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--separate", action="store_true")
    parser.add_argument("--child", choices=("merged", "separate", "baseline"))
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.count)
        return 0
    ours, base = _run("merged", args.count), _run("baseline", args.count)
    print(_line(ours))
    print("baseline: " + _line(base))
    ratio = ours["seconds"] / base["seconds"]
    growth = (ours["bytes"] - ours["first_bytes"]) / max(1, args.count - 1) / 1024
    print(f"time {ratio:.2f}x the baseline (target 1.25x); "
          f"{growth:.1f} KB per certificate beyond the first (target 10); "
          f"peak {ours['peak_rss_mb']:.0f} MB (target 300)")
    verdicts = [ratio <= 1.25, growth <= 10, ours["peak_rss_mb"] < 300]
    if args.separate:
        apart = _run("separate", args.count)
        print("separate files: " + _line(apart))
        print(f"separate files take {apart['seconds'] / ours['seconds']:.2f}x the merged file "
              f"(target 1.5x)")
        verdicts.append(apart["seconds"] <= 1.5 * ours["seconds"])
    print("targets: " + ("met" if all(verdicts) else "MISSED"))
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
