"""Search-as-you-type in the staff table with 20,000 people.

    uv run python -m benchmarks.bench_staff_search

Times each keystroke from the text change to the table repainted, for SiBina's table model
(rows filtered in Python, the view fed a batch at a time) and, in the same run, for the
baseline a Qt tutorial would suggest: a QSortFilterProxyModel with a fixed-string filter
over a plain model of the same rows. Target: every keystroke within 50 ms.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.stress import make_stress_db  # noqa: E402

TYPED = ["s", "si", "sit", "siti", "siti ", "siti a", "siti am", "siti a", "siti ", "siti",
         "sit", "si", "s", "", "1", "19", "198", "1985", "19850", "", "b", "bi", "bid",
         "bida", "bidan", "bidang", "bidang l", "bidang la", "bidang lay"]


class PlainModel(QAbstractTableModel):
    """Every row at once, as a tutorial would write it: the baseline's source."""

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def measure(app, table, set_text) -> list[float]:
    """Each keystroke: from setting the text until the table's viewport has been painted."""
    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    times = []
    for text in TYPED:
        painted = counter.paints
        start = time.perf_counter()
        set_text(text)
        app.processEvents()
        for _ in range(20):  # a paint may follow a layout pass; none if nothing changed
            if counter.paints != painted:
                break
            app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    table.viewport().removeEventFilter(counter)
    return times


def report(name, times):
    print(f"{name:<34} median {statistics.median(times):7.1f} ms   "
          f"max {max(times):7.1f} ms   ({len(times)} keystrokes)")


def main() -> int:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.sqlite"
        make_stress_db(path, people=people, progress=None)
        from models.db import open_database

        open_database(path)
        from ui.staff.page import StaffPage

        start = time.perf_counter()
        page = StaffPage()
        page.resize(1200, 700)
        page.show()
        app.processEvents()
        shown = time.perf_counter()
        while not page.model.complete:  # the rest of the list loads in the background
            app.processEvents()
            time.sleep(0.005)
        print(f"staff tab shown in {(shown - start) * 1000:.0f} ms, all "
              f"{page.model.total()} people in after {(time.perf_counter() - start) * 1000:.0f} ms")
        ours = measure(app, page.table, page.search.setText)

        proxy = QSortFilterProxyModel()
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)  # any column, as the staff search does
        source = PlainModel([(r.full_name, r.nip, r.position, r.unit)
                             for r in page.model._all])
        proxy.setSourceModel(source)
        baseline_view = QTableView()
        baseline_view.setModel(proxy)
        baseline_view.resize(1200, 700)
        baseline_view.show()
        baseline = measure(app, baseline_view, proxy.setFilterFixedString)

    report("SiBina (Python filter, batched view)", ours)
    report("baseline QSortFilterProxyModel", baseline)
    verdict = "met" if max(ours) <= 50 else "MISSED"
    print(f"target: every keystroke within 50 ms: {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
