"""The sign-in sheet of a session with 500 participants (target: under 2 s).

    uv run python -m benchmarks.bench_sign_in_sheet

A fresh database with one event, one session and 500 participants (NIPs, positions and
units like the office's). Times ``write_sign_in_sheets`` to a PDF, median and max of a few
runs. Baseline in the same run: ReportLab alone laying out a 500-row table of plain
strings with a repeated header (no paragraphs, no fonts of ours), so the figure can be read
on a loaded machine.
"""

import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
PEOPLE = 500


def _fill() -> int:
    from models.db import db
    from models.events import participants
    from models.events import planning as events
    from models.staff.tables import Person

    day = datetime.date(2026, 3, 10)
    event = events.save_event({"title": "Bimbingan Teknis Katalogisasi RDA", "kind": "bimtek",
                               "start_date": day, "end_date": day, "venue": "Aula"})
    events.save_session(event.id, {"date": day, "start_time": datetime.time(8),
                                   "end_time": datetime.time(10), "topic": "Katalogisasi RDA",
                                   "room": "Aula", "jp": 2.5})
    rows = [{"name": f"Peserta Nomor {n:03d}", "front_title": "Dra." if n % 7 == 0 else "",
             "back_title": "S.IP., M.Hum." if n % 3 == 0 else "S.IP.",
             "nip": f"19800101{2005 + n % 15:04d}0{1 + n % 9}{1 + n % 2}{n:03d}",
             "position": "Pustakawan Ahli Muda", "unit": "Bidang Layanan Perpustakaan"}
            for n in range(1, PEOPLE + 1)]
    with db.atomic():
        for start in range(0, len(rows), 100):
            Person.insert_many(rows[start:start + 100]).execute()
    participants.add_people(event.id, [p for (p,) in Person.select(Person.id).tuples()])
    return event.id


def _baseline(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    rows = [["No", "Nama", "NIP", "Jabatan/Instansi", "Tanda Tangan"]]
    rows += [[str(n), f"Peserta Nomor {n:03d}, S.IP.", "19800101 200501 1 001",
              "Pustakawan Ahli Muda", f"{n}. ........."] for n in range(1, PEOPLE + 1)]
    SimpleDocTemplate(str(path), pagesize=A4).build([Table(rows, repeatRows=1)])


def _time(work) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    from models.db import db, open_database
    from reports.attendance.sign_in_sheet import write_sign_in_sheets

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        open_database(folder / "bench.sqlite")
        event_id = _fill()
        pages = []
        ours = _time(lambda: pages.append(write_sign_in_sheets(event_id, folder / "s.pdf")))
        baseline = _time(lambda: _baseline(folder / "b.pdf"))
        size = (folder / "s.pdf").stat().st_size
        db.close()
    print(f"{PEOPLE} participants, one session; {RUNS} runs; {pages[-1]} pages, "
          f"{size / 1024:.0f} KB")
    print(f"SiBina: sign-in sheet PDF          median {statistics.median(ours) * 1000:6.0f} ms"
          f"   max {max(ours) * 1000:6.0f} ms")
    print(f"baseline: plain ReportLab table    median "
          f"{statistics.median(baseline) * 1000:6.0f} ms   max {max(baseline) * 1000:6.0f} ms")
    verdict = "PASS" if max(ours) < 2 else "MISSED"
    print(f"target: under 2 s (max of the runs): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
