"""A full disk and a read-only database are said as such, and change nothing.

Real conditions, each made in the test's folder: a small disk (tmpfs) filled up, a folder
mounted read-only (see tests/read_only_mount.py).
"""

import sqlite3

from models.db import db, open_database
from models.staff import staff_list as staff
from tests.read_only_mount import run_on_read_only, run_on_small_disk

FILL = (
    "import os\n"
    "def fill(folder):\n"
    "    handle = os.open(folder / 'isi', os.O_WRONLY | os.O_CREAT)\n"
    "    try:\n"
    "        while True:\n"
    "            os.write(handle, bytes(4096))\n"
    "    except OSError:\n"
    "        os.close(handle)\n"
)


def test_a_save_on_a_full_disk_says_the_disk_is_full_and_keeps_the_data(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    said = run_on_small_disk(disk, 1024, (
        "from pathlib import Path\n"
        "from models.db import open_database\n"
        "from models.os_errors import describe\n"
        "from models.staff import staff_list as staff\n"
        "from models.staff.tables import Person\n"
        + FILL +
        f"disk = Path({str(disk)!r})\n"
        "open_database(disk / 'sibina.sqlite')\n"
        "staff.save_person({'name': 'Siti Aminah'})\n"
        "fill(disk)\n"
        "try:\n"
        "    for n in range(500):\n"
        "        staff.save_person({'name': 'Budi Santoso ' * 10 + str(n)})\n"
        "except Exception as exc:\n"
        "    detail = describe(exc)\n"
        "    print(detail if isinstance(detail, str) else detail.english())\n"
        "    print(str(exc))\n"
        "print(Person.select().where(Person.name == 'Siti Aminah').count())\n"))
    detail, _error, siti = said.splitlines()[-3:]
    assert detail == "the disk is full"
    assert siti == "1"


def test_a_backup_to_a_full_stick_says_the_stick_is_full(database, tmp_path):
    from tests.builders import certificate_course

    certificate_course()
    db.close()
    stick = tmp_path / "usb"
    stick.mkdir()
    said = run_on_small_disk(stick, 64, (
        "from pathlib import Path\n"
        "from models import backup\n"
        "from models.db import open_database\n"
        "from models.messages import SiBinaError\n"
        f"open_database({str(tmp_path / 'sibina.sqlite')!r})\n"
        "try:\n"
        f"    backup.write_backup(Path({str(stick)!r}))\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"
        f"print(sorted(p.name for p in Path({str(stick)!r}).iterdir()))\n"))
    assert "(the disk is full)" in said
    assert said.splitlines()[-1] == "[]"  # nothing half-written left on the stick


def _office_database(tmp_path):
    data = tmp_path / "data"
    open_database(data / "sibina.sqlite")
    staff.save_person({"name": "Siti Aminah"})
    db.close()
    db.initialize(None)
    return data


def test_a_read_only_database_opens_for_reading_and_backup_and_refuses_writes(tmp_path):
    data = _office_database(tmp_path)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    usb = tmp_path / "usb"
    said = run_on_read_only(data, (
        "from pathlib import Path\n"
        "from models import backup\n"
        "from models.db import open_database, read_only\n"
        "from models.messages import SiBinaError\n"
        "from models.os_errors import describe\n"
        "from models.staff import staff_list as staff\n"
        "from models.staff.tables import Person\n"
        f"open_database({str(data / 'sibina.sqlite')!r})\n"
        "print(read_only())\n"
        "print([p.name for p in Person.select()])\n"
        "try:\n"
        "    staff.save_person({'name': 'Budi'})\n"
        "except Exception as exc:\n"
        "    print(describe(exc).english())\n"
        f"made = backup.write_backup(Path({str(usb)!r}))\n"
        "print(made.name.startswith('SiBina-cadangan'))\n"
        "try:\n"
        f"    backup.restore(made, Path({str(usb)!r}))\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"))
    assert said.splitlines()[:4] == ["True", "['Siti Aminah']",
                                     "the database file is read-only", "True"]
    assert said.splitlines()[4].endswith("is read-only. Nothing was changed.")
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before
    copy = sqlite3.connect(next(usb.glob("SiBina-cadangan-*.sqlite")))
    assert copy.execute("SELECT name FROM person").fetchall() == [("Siti Aminah",)]
    copy.close()


def test_a_writable_database_is_not_read_only(database):
    from models.db import read_only

    assert read_only() is False


def test_a_read_only_database_that_needs_upgrading_is_refused_unchanged(tmp_path):
    import shutil

    from tests.builders import V1_DATABASE

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(V1_DATABASE, data / "sibina.sqlite")
    before = (data / "sibina.sqlite").read_bytes()
    said = run_on_read_only(data, (
        "from models.db import open_database\n"
        "from models.messages import SiBinaError\n"
        "try:\n"
        f"    open_database({str(data / 'sibina.sqlite')!r})\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"))
    assert "is read-only and needs upgrading" in said
    assert (data / "sibina.sqlite").read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["sibina.sqlite"]


def test_an_export_to_a_full_stick_says_it_does_not_fit(tmp_path):
    report = tmp_path / "laporan.pdf"
    report.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 2000)  # ~500 kB
    stick = tmp_path / "usb"
    stick.mkdir()
    said = run_on_small_disk(stick, 64, (
        "from pathlib import Path\n"
        "from models.files.export import copy_verified\n"
        "from models.messages import SiBinaError\n"
        "try:\n"
        f"    copy_verified({str(report)!r}, Path({str(stick / 'laporan.pdf')!r}))\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"
        f"print(sorted(p.name for p in Path({str(stick)!r}).iterdir()))\n"))
    assert "does not fit: the USB stick is full" in said
    assert said.splitlines()[-1] == "[]"


def test_a_backup_to_a_write_protected_stick_says_so(database, tmp_path):
    db.close()
    stick = tmp_path / "usb"
    stick.mkdir()
    said = run_on_read_only(stick, (
        "from pathlib import Path\n"
        "from models import backup\n"
        "from models.db import open_database\n"
        "from models.messages import SiBinaError\n"
        f"open_database({str(tmp_path / 'sibina.sqlite')!r})\n"
        "try:\n"
        f"    backup.write_backup(Path({str(stick)!r}))\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"))
    assert "(the disk or folder is write-protected)" in said
    assert list(stick.iterdir()) == []


def test_a_new_database_in_a_write_protected_folder_says_so(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    said = run_on_read_only(data, (
        "from models.db import open_database\n"
        "from models.os_errors import describe\n"
        "try:\n"
        f"    open_database({str(data / 'sibina.sqlite')!r})\n"
        "except OSError as exc:\n"
        "    print(describe(exc).english())\n"))
    assert said == "the disk or folder is write-protected\n"
    assert list(data.iterdir()) == []
