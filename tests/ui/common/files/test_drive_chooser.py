"""Choosing where a backup or a report goes: a USB stick first, the folder used last time,
never a read-only drive, never the bare system drive."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

import ui.common.files.drive_chooser
from ui.common.files.drive_chooser import DriveChooser

GB = 1024 ** 3
KEY = "backup/folder"


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A home of the test's own, with a Documents folder in it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    return home / "Documents"


@pytest.fixture
def drives(tmp_path, monkeypatch):
    """Stands in for the PC's drives: folders in the test's folder, listed as the OS would."""
    listed = []
    monkeypatch.setattr(ui.common.files.drive_chooser, "volumes", lambda: list(listed))

    def drive(name: str, root: str | None = None, read_only=False, removable=False) -> Path:
        folder = tmp_path / "drives" / (root or name)
        folder.mkdir(parents=True)
        listed.append((folder, name, 8 * GB, read_only, removable))
        listed.sort(key=lambda v: (not v[4], str(v[0])))
        return folder

    return drive


def open_chooser(qtbot) -> DriveChooser:
    dialog = DriveChooser(None, "Back up", KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def texts(dialog: DriveChooser) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def current_text(dialog: DriveChooser) -> str:
    return dialog.list.currentItem().text()


def row_of(dialog: DriveChooser, start: str) -> int:
    [row] = [row for row, text in enumerate(texts(dialog)) if text.startswith(start)]
    return row


def double_click(qtbot, dialog: DriveChooser, row: int) -> None:
    """As a mouse does it: Qt's test double-click lacks the first click, so give it first."""
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_read_only_drive_listed_first_is_never_chosen(qtbot, documents, drives):
    drives("OLD STICK", read_only=True, removable=True)
    data = drives("Data")
    dialog = open_chooser(qtbot)

    assert texts(dialog)[0].startswith("USB stick: OLD STICK  —  ")
    assert texts(dialog)[0].endswith("  ·  read-only")
    assert current_text(dialog).startswith(f"Documents: {documents}")
    assert dialog.save_button.isEnabled()

    double_click(qtbot, dialog, 0)
    assert current_text(dialog).startswith("Documents: ")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.chosen is None

    dialog.list.setCurrentRow(0)  # however it got there, it cannot be saved to
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.chosen is None

    double_click(qtbot, dialog, row_of(dialog, "Data  —  "))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == data


def test_without_a_usb_stick_the_folder_used_last_is_offered_first(qtbot, tmp_path, documents,
                                                                   drives):
    drives("/", root="system")
    used = tmp_path / "Backups SiBina"
    used.mkdir()
    QSettings().setValue(KEY, str(used))
    dialog = open_chooser(qtbot)

    assert texts(dialog)[0].startswith(f"Last used: {used}  ·  ")
    assert dialog.list.currentRow() == 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == used


def test_a_usb_stick_is_preselected_before_the_folder_used_last(qtbot, tmp_path, documents,
                                                                drives):
    drives("Data")
    stick = drives("KINGSTON", removable=True)
    used = tmp_path / "Backups SiBina"
    used.mkdir()
    QSettings().setValue(KEY, str(used))
    dialog = open_chooser(qtbot)

    assert texts(dialog)[0].startswith(f"Last used: {used}")
    assert current_text(dialog).startswith(f"USB stick: KINGSTON  —  {stick}  ·  ")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.chosen == stick


def test_the_folder_used_last_on_the_usb_stick_is_preselected(qtbot, documents, drives):
    stick = drives("KINGSTON", removable=True)
    used = stick / "Cadangan"
    used.mkdir()
    QSettings().setValue(KEY, str(used))
    dialog = open_chooser(qtbot)

    assert current_text(dialog).startswith(f"Last used: {used}")


@pytest.mark.parametrize("remembered", ["gone", "system root"])
def test_no_usable_last_folder_preselects_documents_not_a_drive_root(
        qtbot, tmp_path, documents, drives, remembered):
    drives("/", root="system")
    drives("Data")
    QSettings().setValue(KEY, str(tmp_path / "gone") if remembered == "gone" else "/")
    dialog = open_chooser(qtbot)

    assert not any(text.startswith("Last used") for text in texts(dialog))
    assert current_text(dialog).startswith(f"Documents: {documents}  ·  ")


def test_a_saved_to_row_is_offered_as_last_used_next_time(qtbot, documents, drives):
    data = drives("Data")
    dialog = open_chooser(qtbot)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # on the preselected Documents row
    assert dialog.chosen == documents
    assert QSettings().value(KEY) == str(documents)

    again = open_chooser(qtbot)
    assert texts(again)[0].startswith(f"Last used: {documents}")
    assert not any(text.startswith("Documents") for text in texts(again))
    assert again.list.currentRow() == 0

    double_click(qtbot, again, row_of(again, "Data  —  "))
    third = open_chooser(qtbot)
    assert current_text(third).startswith(f"Data  —  {data}")


def test_a_drive_named_by_its_path_shows_the_path_once(qtbot, tmp_path, documents, drives):
    root = tmp_path / "drives" / "system"
    drives(str(root), root="system")
    drives("Data")
    dialog = open_chooser(qtbot)

    [shown] = [text for text in texts(dialog) if str(root) in text]
    assert shown.startswith(f"{root}  ·  ")
    assert shown.endswith(" free")
    assert "—" not in shown
    assert any(text.startswith(f"Data  —  {tmp_path / 'drives' / 'Data'}  ·  ")
               for text in texts(dialog))


@pytest.mark.parametrize("listed", ["nothing", "read-only only"])
def test_with_nowhere_to_save_the_dialog_says_so(qtbot, tmp_path, monkeypatch, drives,
                                                 listed):
    monkeypatch.setenv("HOME", str(tmp_path / "no home"))  # no Documents, no home folder
    if listed == "read-only only":
        drives("CDROM", read_only=True)
    dialog = open_chooser(qtbot)

    assert not dialog.save_button.isEnabled()
    assert dialog.nothing_found.isVisible()
    assert "Another folder…" in dialog.nothing_found.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.chosen is None


def test_with_a_place_to_save_there_is_no_warning(qtbot, documents, drives):
    drives("Data")
    dialog = open_chooser(qtbot)
    assert dialog.save_button.isEnabled()
    assert not dialog.nothing_found.isVisible()


def test_without_documents_the_first_writable_drive_is_preselected(qtbot, tmp_path,
                                                                    monkeypatch, drives):
    monkeypatch.setenv("HOME", str(tmp_path / "no home"))
    drives("CDROM", read_only=True)
    data = drives("Data")
    dialog = open_chooser(qtbot)

    assert dialog.list.currentRow() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == data
