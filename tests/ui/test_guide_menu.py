"""Bantuan > Panduan Pengguna (F1): the guide opens at the chapter of the tab in view; a
guide that is not there is said where it should be, or, in the source tree, built."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence

from ui import i18n, main_window
from ui.main_window import MainWindow


class Viewer(QObject):
    """The PC's PDF viewer, as Qt hands it a file: what it was asked to open."""

    def __init__(self):
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def viewer():
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "open")
    yield viewer
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def indonesian(qapp):
    i18n.install(qapp, "id")


def guide_action(window):
    help_menu = window.menuBar().actions()[-1].menu()
    return next(a for a in help_menu.actions() if a.shortcut() == QKeySequence("F1"))


def test_f1_opens_the_guide_at_the_chapter_of_the_tab_in_view(qtbot, database, tmp_path,
                                                              monkeypatch, viewer, indonesian):
    guide = tmp_path / "resources" / "panduan-pengguna.pdf"
    guide.parent.mkdir()
    guide.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(main_window, "GUIDE", guide)
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    action = guide_action(window)
    assert window.menuBar().actions()[-1].text() == "Ban&tuan"
    assert action.text().replace("&", "") == "Panduan Pengguna"

    window.show_page("events_page")
    action.trigger()
    window.show_page("certificates_page")
    action.trigger()

    assert [url.toLocalFile() for url in viewer.opened] == [str(guide)] * 2
    assert [url.fragment() for url in viewer.opened] == ["nameddest=events_page",
                                                         "nameddest=certificates_page"]


def test_a_missing_guide_in_the_built_program_is_said_where_it_should_be(
        qtbot, database, tmp_path, monkeypatch, viewer, indonesian, message_boxes):
    guide = tmp_path / "_internal" / "resources" / "panduan-pengguna.pdf"
    monkeypatch.setattr(main_window, "GUIDE", guide)
    monkeypatch.setattr(main_window, "GUIDE_BUILDER", tmp_path / "no-builder" / "guide.py")
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)

    guide_action(window).trigger()

    assert len(message_boxes) == 1 and str(guide) in message_boxes[0]
    assert "Panduan pengguna tidak ada" in message_boxes[0]
    assert viewer.opened == []


def test_a_guide_not_built_yet_is_built_when_asked_and_opened(
        qtbot, database, tmp_path, monkeypatch, viewer, indonesian, message_boxes):
    guide = tmp_path / "resources" / "panduan-pengguna.pdf"
    monkeypatch.setattr(main_window, "GUIDE", guide)
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the builder's demo database and pictures
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show_page("attendance_page")

    guide_action(window).trigger()  # the message box is answered "Buat panduan"

    assert "belum dibuat" in message_boxes[0] and str(guide) in message_boxes[0]
    assert len(PdfReader(guide).pages) > 8
    assert [url.fragment() for url in viewer.opened] == ["nameddest=attendance_page"]
