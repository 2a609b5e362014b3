"""The JP recap of a year on the stress database (targets: under 1 s to compute, under 3 s to
XLSX).

    uv run python -m benchmarks.bench_reports

The stress database: 20,000 people, 2,000 events, 20,000 sessions, 500,000 attendance
marks. Times ``recaps.jp_recap`` (the year's attended JP per person, against the target,
by unit) and writing it to an XLSX workbook, median of three runs each. Baseline in the
same run: the one SQL aggregate alone (``SUM(jp) GROUP BY person``), and openpyxl writing
the same rows with no formatting.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stress import make_stress_db

RUNS = 3


def _median(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    from openpyxl import Workbook

    from models.db import db, open_database
    from models.events.jp import in_year as jp_in_year
    from reports.recaps import recaps
    from reports.report_writer import write_report

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        make_stress_db(folder / "stress.sqlite", progress=None)
        open_database(folder / "stress.sqlite")
        # The year with the most attendance marks: the heaviest recap.
        year = db.execute_sql(
            "SELECT strftime('%Y', s.date) AS y FROM attendance a "
            "JOIN event_session s ON s.id = a.session_id GROUP BY y "
            "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
        year = int(year)
        made = recaps.jp_recap(year)
        compute = _median(lambda: recaps.jp_recap(year))
        to_xlsx = _median(lambda: write_report(recaps.jp_recap(year), folder / "jp.xlsx"))
        aggregate = _median(lambda: jp_in_year(year))

        def plain():
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            for row in made.tables[0].rows:
                sheet.append(row)
            book.save(folder / "plain.xlsx")

        bare = _median(plain)
        db.close()
    rows = len(made.tables[0].rows)
    print(f"JP recap {year} (the year with the most attendance marks): {rows} staff")
    print(f"compute   {compute:6.2f} s   target < 1 s   (baseline: the SQL aggregate "
          f"{aggregate:.2f} s)")
    print(f"to XLSX   {to_xlsx:6.2f} s   target < 3 s   (baseline: plain openpyxl rows "
          f"{bare:.2f} s)")
    met = compute < 1 and to_xlsx < 3
    print("targets: " + ("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
