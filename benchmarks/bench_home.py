"""Building the home screen (Beranda) on the stress database (target: under 200 ms).

    uv run python -m benchmarks.bench_home [--runs R] [--db PATH]

On a stress database (20,000 people, 2,000 events, 20,000 sessions, 56,000 registrations,
attendance and answers; made in a temporary folder unless ``--db`` names one made by
``benchmarks.stress``), each run times ``models.home.agenda.agenda(today)`` alone (the
model), then the page: from the HomePage constructor until it has been shown, filled and
painted. One unmeasured page comes first (Qt's first-use set-up, which the window pays at
start anyway).

Baseline in the same run: the Staff tab's list, ``models.staff.staff_list.load_rows()``,
which every start on the Staff tab used to pay.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.bench_events_tab import PaintCounter, discard, until_painted  # noqa: E402
from benchmarks.stress import make_stress_db  # noqa: E402

RUNS = 7
TARGET_MS = 200
SIZE = (1024, 700)


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def build_page(app, today: datetime.date) -> tuple[object, float]:
    from ui.home.page import HomePage

    counter = PaintCounter()
    start = time.perf_counter()
    page = HomePage(today=lambda: today)
    page.installEventFilter(counter)
    page.resize(*SIZE)
    page.show()  # the page fills itself when shown
    until_painted(app, counter, 0)
    return page, ms_since(start)


def figures(times: list[float]) -> str:
    return f"median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms"


def measure(app, runs: int, today: datetime.date) -> int:
    from models.home.agenda import agenda
    from models.staff.staff_list import load_rows

    page, first = build_page(app, today)
    discard(app, page)
    models, pages, baseline = [], [], []
    found = None
    for _ in range(runs):
        start = time.perf_counter()
        found = agenda(today)
        models.append(ms_since(start))
        page, took = build_page(app, today)
        pages.append(took)
        discard(app, page)
        start = time.perf_counter()
        load_rows()
        baseline.append(ms_since(start))
    print(f"today {today}: {len(found.sessions)} sessions today, {len(found.next_events)} next "
          f"events, {len(found.below_target)} below the JP target, "
          f"{len(found.certificates_due)} events with certificates due, "
          f"{len(found.evaluations_due)} evaluations due, {len(found.followups_due)} "
          f"follow-ups due; {runs} runs")
    print(f"first page (Qt's first-use set-up) {first:6.1f} ms, not counted")
    print(f"SiBina: agenda(today), the model    {figures(models)}")
    print(f"SiBina: home page built and painted {figures(pages)}")
    print(f"baseline: staff list load_rows()    {figures(baseline)}")
    verdict = "met" if max(pages) <= TARGET_MS else "MISSED"
    print(f"target: the page within {TARGET_MS} ms: {verdict}")
    return 0 if verdict == "met" else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_home",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--db", type=Path, help="an existing stress database to use")
    args = parser.parse_args(argv)
    app = QApplication([])
    from models.db import open_database

    today = datetime.date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "stress.sqlite"
            make_stress_db(path, today=today, progress=None)
        elif not path.exists():
            parser.error(f"{path} does not exist (make it with python -m benchmarks.stress)")
        database = open_database(path)
        try:
            return measure(app, args.runs, today)
        finally:
            database.close()


if __name__ == "__main__":
    sys.exit(main())
