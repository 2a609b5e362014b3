"""Search-as-you-type in the staff table with 20,000 people.

    uv run python -m benchmarks.bench_staff_search

Times each keystroke from the text change to the table repainted, for SiBina's table model
(rows filtered in Python, model reset) and, in the same run, for the baseline a Qt
tutorial would suggest: a QSortFilterProxyModel with a fixed-string filter over the same
rows. Target: every keystroke within 50 ms.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.stress import make_stress_db  # noqa: E402

TYPED = ["s", "si", "sit", "siti", "siti ", "siti a", "siti am", "siti a", "siti ", "siti",
         "sit", "si", "s", "", "1", "19", "198", "1985", "19850", "", "b", "bi", "bid",
         "bida", "bidan", "bidang", "bidang l", "bidang la", "bidang lay"]


def measure(app, table, set_text) -> list[float]:
    times = []
    for text in TYPED:
        start = time.perf_counter()
        set_text(text)
        app.processEvents()
        table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
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
        from ui.staff_page import StaffPage

        start = time.perf_counter()
        page = StaffPage()
        page.resize(1200, 700)
        page.show()
        app.processEvents()
        print(f"staff tab with {page.model.total()} people opened in "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        ours = measure(app, page.table, page.search.setText)

        proxy = QSortFilterProxyModel()
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setSourceModel(page.model)
        page.model.set_filter("", "any", "anyone")
        baseline_view = QTableView()
        baseline_view.setModel(proxy)
        baseline_view.resize(1200, 700)
        baseline_view.show()
        baseline = measure(app, baseline_view, proxy.setFilterFixedString)

    report("SiBina (filter rows, reset model)", ours)
    report("baseline QSortFilterProxyModel", baseline)
    verdict = "met" if max(ours) <= 50 else "MISSED"
    print(f"target: every keystroke within 50 ms: {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
