"""Opening the Events tab and filtering it by year with 2,000 events (target: within 100 ms).

    uv run python -m benchmarks.bench_events_tab [--runs R] [--db PATH]

On a stress database (20,000 people, 2,000 events, 20,000 sessions, 56,000 registrations;
made in a temporary folder unless ``--db`` names one made by ``benchmarks.stress``), each
run builds the Events tab and shows it (from the constructor until the table has been
painted), then chooses years in the year filter (from setCurrentIndex until the table has
been repainted), ending with "All years". One unmeasured opening comes first, so the
runs do not include Qt's first-use set-up (fonts, style), which the window pays at start
anyway; its time is printed apart.

Baselines in the same run: the query behind the list before this benchmark
(``models.events.planning.listing()``) alone; a plain QTableView over its rows (no filters, no
prepared rows), shown and painted; and filtering by year the SQL way, i.e.
``listing(year)`` and a model reset, repainted.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.stress import make_stress_db  # noqa: E402

RUNS = 7
TARGET_MS = 100
YEAR_CHOICES = (1, 2, 4, 7, 0)  # positions in the year combo: recent, older, All years
SIZE = (1200, 700)


class PlainModel(QAbstractTableModel):
    """The listing's rows as they come, as a tutorial would write it: the baseline."""

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def set_rows(self, rows):
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column() + 1])
        return None


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until_painted(app, counter: PaintCounter, before: int) -> None:
    app.processEvents()
    for _ in range(20):  # a paint may follow a layout pass
        if counter.paints != before:
            return
        app.processEvents()


def discard(app, widget) -> None:
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def open_events_tab(app):
    """The tab from its constructor until its table has been painted: (page, ms, counter)."""
    from ui.events.page import EventsPage

    counter = PaintCounter()
    start = time.perf_counter()
    page = EventsPage()
    page.table.viewport().installEventFilter(counter)
    page.resize(*SIZE)
    page.show()
    until_painted(app, counter, 0)
    return page, (time.perf_counter() - start) * 1000, counter


def choose_years(app, page, counter) -> tuple[list[float], list[int]]:
    times, years = [], []
    for position in YEAR_CHOICES:
        position = min(position, page.year.count() - 1)
        painted = counter.paints
        start = time.perf_counter()
        page.year.setCurrentIndex(position)
        until_painted(app, counter, painted)
        times.append((time.perf_counter() - start) * 1000)
        years.append(page.year.currentData())
    return times, years


def baseline_run(app, years) -> tuple[float, float, list[float]]:
    """listing() alone, a plain table over it shown, and listing(year) + reset per year."""
    from models.events import planning as events

    start = time.perf_counter()
    events.listing()
    query = (time.perf_counter() - start) * 1000
    counter = PaintCounter()
    start = time.perf_counter()
    model = PlainModel(events.listing())
    view = QTableView()
    view.setModel(model)
    view.viewport().installEventFilter(counter)
    view.resize(*SIZE)
    view.show()
    until_painted(app, counter, 0)
    shown = (time.perf_counter() - start) * 1000
    filters = []
    for year in years:
        painted = counter.paints
        start = time.perf_counter()
        model.set_rows(events.listing(year))
        until_painted(app, counter, painted)
        filters.append((time.perf_counter() - start) * 1000)
    discard(app, view)
    return query, shown, filters


def figures(times: list[float]) -> str:
    return f"median {statistics.median(times):6.1f} ms   max {max(times):6.1f} ms"


def measure(app, runs: int) -> int:
    from models.db import db

    events_count = db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]
    sessions = db.execute_sql("SELECT COUNT(*) FROM event_session").fetchone()[0]
    page, first, _ = open_events_tab(app)
    assert page.model.total() == events_count
    discard(app, page)
    opens, filters = [], []
    base_query, base_open, base_filter = [], [], []
    for _ in range(runs):
        page, took, counter = open_events_tab(app)
        opens.append(took)
        times, years = choose_years(app, page, counter)
        filters += times
        discard(app, page)
        query, shown, base_times = baseline_run(app, years)
        base_query.append(query)
        base_open.append(shown)
        base_filter += base_times

    print(f"{events_count} events, {sessions} sessions; {runs} runs, "
          f"years chosen each run: {', '.join(str(y or 'all') for y in years)}")
    print(f"first opening (Qt's first-use set-up) {first:6.1f} ms, not counted")
    print(f"SiBina: open the Events tab         {figures(opens)}")
    print(f"SiBina: choose a year               {figures(filters)}")
    print(f"baseline: listing() query alone     {figures(base_query)}")
    print(f"baseline: plain table on listing()  {figures(base_open)}")
    print(f"baseline: listing(year) + reset     {figures(base_filter)}")
    print(f"opening: {statistics.median(opens) / statistics.median(base_open):.2f} × the plain "
          f"table (medians)")
    verdict = "met" if max(opens) <= TARGET_MS and max(filters) <= TARGET_MS else "MISSED"
    print(f"target: opening and every year choice within {TARGET_MS} ms: {verdict}")
    return 0 if verdict == "met" else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_events_tab",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--db", type=Path, help="an existing stress database to use")
    args = parser.parse_args(argv)
    app = QApplication([])
    from models.db import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "stress.sqlite"
            make_stress_db(path, people=20000, events=2000, sessions=20000, progress=None)
        elif not path.exists():
            parser.error(f"{path} does not exist (make it with python -m benchmarks.stress)")
        database = open_database(path)
        try:
            return measure(app, args.runs)
        finally:
            database.close()


if __name__ == "__main__":
    sys.exit(main())
