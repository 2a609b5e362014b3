"""Start-up to a usable window, next to a bare PySide6 window with the same tabs.

    uv run python -m benchmarks.bench_startup [--people N]

Each start is a fresh process. The baseline is the same window built from plain
PySide6 (menus, tabs, the staff tab's toolbar, filters and an empty table), so the ratio
shows what SiBina's own code and its database cost at start. Times run from launch to
the moment the window has been shown and the event loop has run once ("usable": menus,
tabs and the first page of the staff table are there), and for SiBina also to the moment
every person is loaded, which happens in the background. The database is a stress
database with N people (default 20,000). Target: usable within 1.5 × the bare window.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

# The same window as SiBina's, built from plain PySide6 with nothing of SiBina imported: menu
# bar, five tabs, the staff tab's toolbar, search field, two filter combos and an empty
# table, the other tabs' labels, a status bar. What SiBina adds on top is its own code,
# the database (Peewee, schema, opening the file) and the first page of staff rows.
BARE_WINDOW = """
import time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QMainWindow, QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget)
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("SiBina")
menu = window.menuBar().addMenu("&Berkas")
menu.addAction("&Pengaturan…").setShortcut(QKeySequence("Ctrl+,"))
menu.addAction("&Keluar").setShortcut(QKeySequence("Ctrl+Q"))
window.menuBar().addMenu("&Bantuan").addAction("&Tentang SiBina")
tabs = QTabWidget()
tabs.setDocumentMode(True)
staff = QWidget()
toolbar = QToolBar()
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
for text in ("&Tambah", "&Ubah", "&Nonaktifkan", "&Impor…", "E&kspor…"):
    action = QAction(text, staff)
    toolbar.addAction(action)
filters = QHBoxLayout()
search = QLineEdit()
search.setClearButtonEnabled(True)
filters.addWidget(search, 1)
for items in (("Aktif", "Nonaktif", "Semua"), ("Internal dan eksternal", "Internal", "Eksternal")):
    combo = QComboBox()
    combo.addItems(items)
    filters.addWidget(combo)
filters.addWidget(QLabel("0 orang"))
table = QTableView()
table.setSortingEnabled(True)
table.verticalHeader().hide()
table.setAlternatingRowColors(True)
layout = QVBoxLayout(staff)
layout.addWidget(toolbar)
layout.addLayout(filters)
layout.addWidget(table)
tabs.addTab(staff, "&Pegawai")
for name in ("&Kegiatan", "K&ehadiran", "E&valuasi", "&Laporan"):
    label = QLabel(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    tabs.addTab(label, name)
window.setCentralWidget(tabs)
window.statusBar().addWidget(QLabel("Basis data"))
window.resize(1200, 760)
window.show()
def ready():
    print(f"ready {time.time():.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def timed(args, env) -> dict[str, float]:
    start = time.time()
    done = subprocess.run(args, env=env, check=True, capture_output=True, text=True)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        marks[name] = (float(stamp) - start) * 1000
    return marks


def line(name, values):
    print(f"{name:<38} median {statistics.median(values):6.0f} ms  "
          f"(min {min(values):.0f}, max {max(values):.0f})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    people = parser.parse_args().people
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SIBINA_BENCH_STARTUP": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on the office's PC: modules load from .pyc
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "stress.sqlite"
        subprocess.run([sys.executable, "-m", "benchmarks.stress", str(database),
                        "--people", str(people)], cwd=ROOT, check=True, capture_output=True)
        env["HOME"] = folder  # remembered window settings stay out of the user's own
        env["XDG_CONFIG_HOME"] = folder
        # Opened on the Staff tab, as left there: this measures the list of 20,000 people;
        # the home screen (the first tab of a new install) has benchmarks/bench_home.py.
        settings = Path(folder) / "SiBina" / "SiBina.conf"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text("[window]\ntab=1\n", encoding="utf-8")
        sibina_args = [sys.executable, str(ROOT / "main.py"), "--db", str(database)]
        bare_args = [sys.executable, "-c", BARE_WINDOW]
        timed(sibina_args, env)  # warm the file cache and the .pyc files for both
        timed(bare_args, env)
        usable, loaded, bare = [], [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            marks = timed(sibina_args, env)
            usable.append(marks["ready"])
            loaded.append(marks["loaded"])
            bare.append(timed(bare_args, env)["ready"])
    ratio = statistics.median(usable) / statistics.median(bare)
    line("bare PySide6 window, same widgets", bare)
    line(f"SiBina usable ({people} people)", usable)
    line("SiBina with every person loaded", loaded)
    verdict = "met" if ratio <= 1.5 else "MISSED"
    print(f"usable / bare = {ratio:.2f} (target at most 1.5): {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
