"""The user guide: every picture it names is taken from the real window, and it builds into
a PDF whose chapters the window can open (named destinations)."""

import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.append(str(PACKAGING))  # last: its build.py shadows nothing

import guide  # noqa: E402
import guide_screens  # noqa: E402
import guide_text  # noqa: E402

from reports.pdf_base import missing_glyphs  # noqa: E402
from ui.main_window import PAGES  # noqa: E402


def every_text() -> str:
    blocks = [*guide_text.INTRODUCTION] + [b for c in guide_text.CHAPTERS for b in c.blocks]
    words = [guide_text.TITLE, guide_text.SUBTITLE] + [c.title for c in guide_text.CHAPTERS]
    for block in blocks:
        if isinstance(block, str):
            words.append(block)
        elif isinstance(block, guide_text.Steps):
            words += block.items
        else:
            words.append(block.text if isinstance(block, guide_text.Note) else block.caption)
    return "\n".join(words)


def test_every_picture_the_guide_names_is_one_the_program_takes():
    names = guide_text.shot_names()
    assert names and set(names) <= set(guide_screens.SHOTS)
    assert len(names) == len(set(names))


def test_every_tab_has_a_chapter_and_the_setup_and_backup_have_theirs():
    keys = [chapter.key for chapter in guide_text.CHAPTERS]
    assert set(keys) == {name for name, _, _ in PAGES} | {"setup", "backup"}
    assert keys[0] == "setup" and keys[-1] == "backup"


def test_the_guide_prints_every_character_of_its_text():
    assert missing_glyphs(every_text()) == set()


def test_screenshots_are_taken_and_the_guide_builds_with_its_chapters(qapp, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the demo database
    shots = tmp_path / "shots"
    guide_screens.take(shots, guide_text.shot_names())
    for name in guide_text.shot_names():
        image = QImage(str(shots / f"{name}.png"))
        assert not image.isNull(), name
    window = QImage(str(shots / "pegawai.png"))
    assert (window.width(), window.height()) == guide_screens.SCREEN

    pdf = guide.build(tmp_path / "out", shots)

    assert pdf == tmp_path / "out" / "panduan-pengguna.pdf"
    reader = PdfReader(pdf)
    assert len(guide_text.CHAPTERS) + 2 <= len(reader.pages) <= 40
    text = [page.extract_text() for page in reader.pages]
    assert guide_text.TITLE in text[0]
    destinations = {str(name).lstrip("/"): reader.get_destination_page_number(dest)
                    for name, dest in reader.named_destinations.items()}
    assert set(destinations) == {chapter.key for chapter in guide_text.CHAPTERS}
    for number, chapter in enumerate(guide_text.CHAPTERS, start=1):
        page = text[destinations[chapter.key]]
        assert f"Bab {number}" in page and chapter.title in page, chapter.title
    assert [item.title for item in reader.outline] == [
        f"Bab {number} {chapter.title}" for number, chapter in
        enumerate(guide_text.CHAPTERS, start=1)]
    assert "Impor dari SIMPEG" in "".join(text)
    assert "Ekspor berkas kunci" in "".join(text)


def test_a_missing_screenshot_is_named_and_no_guide_is_written(tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    with pytest.raises(FileNotFoundError, match="pengaturan"):
        guide.build(tmp_path / "out", shots)
    assert not (tmp_path / "out" / "panduan-pengguna.pdf").exists()
