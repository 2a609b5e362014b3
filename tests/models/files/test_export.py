"""Putting a file on a USB stick: verified, and nothing half-written under its name."""

import errno
import shutil
from pathlib import Path

import pytest

from models.files.export import _failed, copy_verified
from models.messages import SiBinaError
from models.progress import Progress
from tests.read_only_mount import run_on_read_only

ROOT = Path(__file__).resolve().parents[3]


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
        "from models.files.export import copy_verified\n"
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


def test_a_file_is_made_on_the_pc_then_copied_and_checked(tmp_path):
    from models.files.export import write_verified

    stick = tmp_path / "usb"
    stick.mkdir()
    made_at = []

    def write(path):
        made_at.append(path)
        path.write_text("Daftar hadir", encoding="utf-8")
        return 3

    assert write_verified(stick / "Daftar hadir.pdf", write) == 3
    assert (stick / "Daftar hadir.pdf").read_text(encoding="utf-8") == "Daftar hadir"
    assert made_at[0].parent != stick and not made_at[0].exists()
    assert [p.name for p in stick.iterdir()] == ["Daftar hadir.pdf"]


def test_a_writer_that_fails_leaves_nothing_on_the_stick(tmp_path):
    from models.files.export import write_verified

    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "laporan.pdf").write_text("the earlier one", encoding="utf-8")

    def write(path):
        path.write_text("half", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        write_verified(stick / "laporan.pdf", write)
    assert (stick / "laporan.pdf").read_text(encoding="utf-8") == "the earlier one"
    assert [p.name for p in stick.iterdir()] == ["laporan.pdf"]


def test_files_made_in_a_folder_are_each_copied_and_checked(tmp_path):
    from models.files.export import write_verified_files

    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "Siti.pdf").write_text("old", encoding="utf-8")

    def write(folder):
        for name in ("Siti", "Budi"):
            (folder / f"{name}.pdf").write_text(f"Sertifikat {name}", encoding="utf-8")
        return 2

    assert write_verified_files(stick, write) == 2
    assert {p.name: p.read_text(encoding="utf-8") for p in stick.iterdir()} == {
        "Siti.pdf": "Sertifikat Siti", "Budi.pdf": "Sertifikat Budi"}
