"""Putting a file on a USB stick: verified, and nothing half-written under its name."""

import errno
import shutil
from pathlib import Path

import pytest

from models.export import _failed, copy_verified
from models.messages import SiBinaError
from models.progress import Progress
from tests.read_only_mount import run_on_read_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def report_file(tmp_path):
    source = tmp_path / "laporan.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20_000)  # ~5 MB, several chunks
    return source


def test_a_copy_is_read_back_and_named_only_when_whole(report_file, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    steps = []
    made = copy_verified(report_file, stick / "Rekap JP 2026.pdf",
                         Progress(lambda done, total: steps.append(done)))
    assert made.read_bytes() == report_file.read_bytes()
    assert [p.name for p in stick.iterdir()] == ["Rekap JP 2026.pdf"]
    assert steps[-1] == report_file.stat().st_size and len(steps) > 1


def test_a_stick_pulled_out_midway_leaves_nothing_under_the_name(report_file, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()

    def pulled(done, total):
        if done > total // 2 and stick.exists():
            shutil.rmtree(stick)

    with pytest.raises(SiBinaError) as err:
        copy_verified(report_file, stick / "laporan.pdf", Progress(pulled))
    assert "is no longer there" in str(err.value)
    assert not (stick / "laporan.pdf").exists()


def test_a_write_protected_stick_is_named_as_such(report_file, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    said = run_on_read_only(stick, (
        "from models.export import copy_verified\n"
        "from models.messages import SiBinaError\n"
        "try:\n"
        f"    copy_verified({str(report_file)!r}, {str(stick / 'laporan.pdf')!r})\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"))
    assert "is write-protected. Nothing was saved." in said
    assert list(stick.iterdir()) == []


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "the USB stick is full"),
    (errno.EROFS, "is write-protected"),
    (errno.ENODEV, "is no longer there"),
])
def test_each_failure_is_said_in_the_office_s_words(code, words):
    assert words in str(_failed(Path("E:/laporan.pdf"), OSError(code, "x")))


def test_another_failure_gives_its_reason_in_translatable_words(report_file, tmp_path):
    from models import os_errors

    with pytest.raises(SiBinaError) as err:
        copy_verified(report_file, tmp_path / ("Rekap JP " * 40 + ".pdf"))
    assert err.value.msg.params["detail"] == os_errors.NAME_TOO_LONG
    assert str(err.value).endswith(" could not be written (the name is too long). Nothing was "
                                   "saved under that name.")
