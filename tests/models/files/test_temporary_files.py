"""What a backup or export killed midway left on a stick is cleared by the next one; what
is not SiBina's, or may still be written by another SiBina, stays."""

import datetime as dt
import os
import time

import pytest

from models import backup
from models.files.export import copy_verified
from models.files.temporary import TEMP_SUFFIX, temporary_name

WHEN = dt.datetime(2026, 12, 5, 9, 30)
TWO_DAYS = 2 * 24 * 3600


def _leave(path, age_seconds: float, text="separuh"):
    path.write_text(text)
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def _crafted(stick):
    """SiBina's own leftovers, and look-alikes that are not SiBina's or not stale."""
    stale = [
        _leave(temporary_name(stick / "SiBina-cadangan-2026-12-01-0900.sqlite"), TWO_DAYS),
        _leave(stick / f"SiBina-cadangan-2026-12-01-0900.sqlite{TEMP_SUFFIX}-journal",
               TWO_DAYS),
        _leave(temporary_name(stick / "Rekap JP 2026.xlsx"), TWO_DAYS),
        # what SiBina before this version left: hidden, under the backup's name
        _leave(stick / ".SiBina-cadangan-2026-11-30-1700.sqlite.tmp", TWO_DAYS),
    ]
    kept = [
        _leave(temporary_name(stick / "Daftar hadir.pdf"), 60),  # another SiBina, now
        _leave(stick / "catatan.sibina-sementara.txt", TWO_DAYS),
        _leave(stick / "film.mp4.part", TWO_DAYS),  # a browser's unfinished download
        _leave(stick / ".laporan.tmp", TWO_DAYS),
        _leave(stick / "SiBina-cadangan-2026-11-29-1700.sqlite", TWO_DAYS),  # a backup
    ]
    folder = stick / f"arsip{TEMP_SUFFIX}"
    folder.mkdir()
    kept.append(folder)
    return stale, kept


@pytest.mark.sqlite_only  # a backup copies the database file (a server's: still to come)
def test_the_next_backup_clears_sibina_s_stale_temporary_files_only(database, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    stale, kept = _crafted(stick)
    made = backup.write_backup(stick, when=WHEN)
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    assert made.exists()


def test_the_next_export_clears_them_too(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    stale, kept = _crafted(stick)
    source = tmp_path / "laporan.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    copy_verified(source, stick / "laporan.pdf")
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []


@pytest.mark.parametrize("name", ["SiBina-cadangan-2026-12-05-0930.sqlite", "Rekap.xlsx"])
def test_a_temporary_name_says_what_it_is_and_is_not_hidden(tmp_path, name):
    temp = temporary_name(tmp_path / name)
    assert temp.parent == tmp_path
    assert temp.name == f"{name}{TEMP_SUFFIX}" and not temp.name.startswith(".")


def test_a_report_written_in_place_uses_the_same_recognisable_name(tmp_path):
    from reports.spreadsheet import replacing

    with replacing(tmp_path / "Rekap.xlsx") as temp:
        assert temp.parent == tmp_path and temp.name.endswith(TEMP_SUFFIX)
        assert temp.name.startswith("Rekap.xlsx.")
