"""Importing the staff list from SIMPEG's Excel file: 20,000 rows into an empty database.

    uv run python -m benchmarks.bench_staff_import [--rows N] [--runs R]

Builds an XLSX like the personnel office's (No, NIP as text, name with titles, gender,
status, rank, position, unit, phone, e-mail …) with valid, unique NIPs in a temporary
folder, then times, into a fresh temporary database:

- the baseline: openpyxl alone iterating the same file (read-only, values only), the floor
  any XLSX import stands on;
- ``read_preview`` (reading, checking and sorting every row) and ``apply`` (writing);
- the same file imported a second time, when every row is found unchanged.

Target: preview + apply of 20,000 new rows under 10 s in total. The best of R runs is shown.
"""

import argparse
import datetime
import random
import re
import tempfile
import time
import zipfile
from pathlib import Path

from models.db import db, open_database
from models.staff.tables import Person
from reports.spreadsheet import declare_size

SEED = 20261125
FIRST = ["Siti", "Nur", "Dewi", "Rina", "Sri", "Ahmad", "Muhammad", "Budi", "Rahmat", "Andi",
         "Agus", "Fitri", "Indah", "Yusuf", "Hendra", "Wahyu", "Ratna", "Dian", "Eko", "Tri"]
LAST = ["Aminah", "Santoso", "Hidayat", "Lestari", "Wijaya", "Marlina", "Saputra", "Fauzi",
        "Kurniawan", "Rahayu", "Syahputra", "Handayani", "Pratama", "Siregar", "Nasution"]
FRONT = ["", "", "", "", "Dra.", "Drs.", "H.", "Hj.", "Dr.", "Ir."]
BACK = ["", "", "S.IP.", "S.Sos.", "S.Kom.", "A.Md.", "S.IP., M.Hum.", "M.Si.", "S.E."]
RANKS = ["Pengatur, II/c", "Penata Muda, III/a", "Penata Muda Tingkat I, III/b",
         "Penata, III/c", "Penata Tingkat I, III/d", "Pembina, IV/a"]
UNITS = ["Layanan Anak", "Layanan Umum", "Pengolahan", "Otomasi", "Deposit", "Sekretariat"]
LEVELS = ["Pustakawan Ahli Pertama", "Pustakawan Ahli Muda", "Pustakawan Terampil", ""]
HEADERS = ["No", "NIP", "Nama", "Jenis Kelamin", "Status Kepegawaian", "Pangkat/Golongan",
           "Jabatan", "Jenjang Jabatan", "Unit Kerja", "Instansi", "No HP", "Email",
           "Keterangan"]


def unique_nips(rng: random.Random, count: int) -> list[str]:
    """Valid NIPs built from their structure: birth date, appointment, gender, sequence."""
    nips: set[str] = set()
    while len(nips) < count:
        birth = datetime.date(1965, 1, 1) + datetime.timedelta(days=rng.randint(0, 12000))
        year = min(birth.year + rng.randint(22, 30), 2025)
        gender = rng.choice("12")
        nips.add(f"{birth:%Y%m%d}{year:04d}{rng.randint(1, 12):02d}{gender}"
                 f"{rng.randint(1, 999):03d}")
    return sorted(nips)


def build_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(SEED)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pegawai")
    declare_size(sheet, f"A1:M{rows + 1}")  # as Excel writes it
    sheet.append(HEADERS)
    for number, nip in enumerate(unique_nips(rng, rows), start=1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        front, back = rng.choice(FRONT), rng.choice(BACK)
        name = " ".join(p for p in (front, first, last) if p) + (f", {back}" if back else "")
        sheet.append([
            number, nip, name, "L" if nip[14] == "1" else "P", rng.choice(["PNS", "PPPK"]),
            rng.choice(RANKS), "Pustakawan", rng.choice(LEVELS), rng.choice(UNITS),
            "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang",
            f"08{rng.randint(11, 59)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"{first}.{last}{number}@perpus.go.id".lower(), None,
        ])
    book.save(path)


_INLINE = re.compile(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>')
_EMPTY_INLINE = re.compile(r'<c r="[A-Z]+[0-9]+" t="inlineStr" />')
_MAIN = "http://schemas.openxmlformats.org"


def as_excel_writes_it(source: Path, target: Path) -> None:
    """Rewrite openpyxl's inline strings as the shared-string table Excel (and so SIMPEG's
    file) uses; openpyxl reads a shared string much faster than an inline one."""
    strings: dict[str, int] = {}

    def shared(match: re.Match) -> str:
        index = strings.setdefault(match.group(2), len(strings))
        return f'<c r="{match.group(1)}" t="s"><v>{index}</v></c>'

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                           zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item).decode("utf-8")
            if item.filename == "xl/worksheets/sheet1.xml":
                data = _INLINE.sub(shared, _EMPTY_INLINE.sub("", data))
            elif item.filename == "[Content_Types].xml":
                data = data.replace("</Types>", (
                    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" />'
                    "</Types>"))
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", (
                    f'<Relationship Type="{_MAIN}/officeDocument/2006/relationships/'
                    'sharedStrings" Target="sharedStrings.xml" Id="rIdStrings" />'
                    "</Relationships>"))
            new.writestr(item, data)
        items = "".join(f"<si>{text}</si>" for text in strings)
        new.writestr("xl/sharedStrings.xml", (
            f'<sst xmlns="{_MAIN}/spreadsheetml/2006/main" uniqueCount="{len(strings)}">'
            f"{items}</sst>"))


def openpyxl_only(path: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    for _ in book.worksheets[0].iter_rows(values_only=True):
        pass
    book.close()
    return time.perf_counter() - start


def import_once(path: Path) -> tuple[float, float, object]:
    from models.staff import importer as staff_import

    start = time.perf_counter()
    preview = staff_import.read_preview(path)
    read = time.perf_counter() - start
    start = time.perf_counter()
    result = staff_import.apply(preview)
    return read, time.perf_counter() - start, result


def run(path: Path, rows: int) -> dict:
    figures = {"baseline": openpyxl_only(path)}
    database = open_database(path.with_name(f"sibina-{time.monotonic_ns()}.sqlite"))
    try:
        figures["read"], figures["apply"], first = import_once(path)
        assert first.imported == rows and first.rejected == 0, first
        figures["read2"], figures["apply2"], second = import_once(path)
        assert second.unchanged == rows, second
        assert Person.select().count() == rows
    finally:
        database.close()
        db.initialize(None)
    return figures


def report(title: str, runs: list[dict], rows: int) -> None:
    best = {key: min(r[key] for r in runs) for key in runs[0]}
    total = best["read"] + best["apply"]
    print(title)
    print(f"  {'openpyxl alone (baseline)':32} {best['baseline']:6.2f} s")
    print(f"  {'read_preview, all new':32} {best['read']:6.2f} s "
          f"({best['read'] / best['baseline']:.2f} × baseline)")
    print(f"  {'apply, all new':32} {best['apply']:6.2f} s")
    print(f"  {'total, all new':32} {total:6.2f} s  {rows / total:,.0f} rows/s  "
          f"target < 10 s: {'met' if total < 10 else 'MISSED'}")
    print(f"  {'read_preview + apply, all unchanged':32} {best['read2']:6.2f} s "
          f"+ {best['apply2']:.2f} s = {best['read2'] + best['apply2']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sibina-bench-") as tmp:
        inline, excel = Path(tmp) / "openpyxl.xlsx", Path(tmp) / "excel.xlsx"
        start = time.perf_counter()
        build_file(inline, args.rows)
        as_excel_writes_it(inline, excel)
        print(f"built {args.rows:,} rows ({excel.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - start:.2f} s; best of {args.runs} runs")
        for title, path in (("File as Excel writes it (shared strings):", excel),
                            ("File as openpyxl writes it (inline strings, like SiBina's "
                             "own export):", inline)):
            report(title, [run(path, args.rows) for _ in range(args.runs)], args.rows)


if __name__ == "__main__":
    main()
