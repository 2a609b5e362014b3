"""A database that cannot be written: the window says "read only", and a save that fails
is said in the office's words."""

from models.db import db, open_database
from models.staff import staff_list as staff
from tests.read_only_mount import run_on_read_only, run_on_small_disk

WINDOW = (
    "import os\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from pathlib import Path\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "from models.db import open_database\n"
    "from models.staff import staff_list as staff\n"
    "from ui import i18n\n"
    "from ui.common.widgets import error_text\n"
    "from ui.main_window import MainWindow\n"
    "app = QApplication([])\n"
    "i18n.install(app, 'id')\n"
    "path = Path({path!r})\n"
    "open_database(path)\n"
    "window = MainWindow(path)\n"
    "print(window.windowTitle())\n"
    "print(any('hanya-baca' in w.text().lower() for w in window.statusBar()"
    ".findChildren(QLabel)))\n"
    "{then}"
    "try:\n"
    "    staff.save_person({{'name': 'Budi Santoso ' * 10}})\n"
    "except Exception as exc:\n"
    "    print(error_text(exc))\n"
)


def test_the_window_says_read_only_and_a_save_says_why_it_failed(tmp_path):
    data = tmp_path / "data"
    open_database(data / "sibina.sqlite")
    staff.save_person({"name": "Siti Aminah"})
    db.close()
    db.initialize(None)
    fits = "window.show()\nprint(window.minimumSizeHint().width() <= 1024)\n"
    said = run_on_read_only(data, WINDOW.format(path=str(data / "sibina.sqlite"), then=fits))
    title, badge, fits_1024, error = said.splitlines()
    assert fits_1024 == "True"
    assert title == "SiBina — Pembinaan Pustakawan (hanya-baca)"
    assert badge == "True"
    assert "berkas basis data hanya-baca" in error
    assert "Unexpected" not in error and "tak terduga" not in error.lower()


def test_a_save_on_a_full_disk_says_the_disk_is_full(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    fill = ("handle = os.open(path.parent / 'isi', os.O_WRONLY | os.O_CREAT)\n"
            "try:\n"
            "    while True:\n"
            "        os.write(handle, bytes(4096))\n"
            "except OSError:\n"
            "    os.close(handle)\n")
    said = run_on_small_disk(disk, 2048, WINDOW.format(path=str(disk / "sibina.sqlite"),
                                                       then=fill))
    title, badge, error = said.splitlines()
    assert title == "SiBina — Pembinaan Pustakawan" and badge == "False"
    assert "disk penuh" in error
    assert "rollback" not in error
