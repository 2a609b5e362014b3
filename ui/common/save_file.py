"""The one way SiBina saves a file the office asked for.

Where: the drive chooser (a USB stick first, else the folder used last), with the
suggested name and the caller's file types. Before replacing a file of that name it asks,
and Enter keeps the file. Writing (:func:`models.files.export.write_verified`) makes the file on
the PC, copies it to a temporary name beside the target, reads it back and only then
gives it its name, so a stick pulled out or full never leaves half a file under it.

One remembered folder for every kind of file: the office saves reports, sheets and
backups to the same stick, and the next save should offer the place of the last.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from ui.common.widgets import confirm
from ui.i18n import fill

translate = QCoreApplication.translate

FOLDER_KEY = "save/folder"
# Where each kind of file was remembered before there was one place; the newest version
# reads the first it finds once, so the office's last folder is still offered.
_EARLIER_KEYS = ("reports/folder", "print/folder", "certificates/folder",
                 "staff/export_folder", "backup/folder")


def last_folder() -> str:
    settings = QSettings()
    if not settings.contains(FOLDER_KEY):
        for key in _EARLIER_KEYS:
            if settings.value(key, ""):
                settings.setValue(FOLDER_KEY, settings.value(key))
                break
    return str(settings.value(FOLDER_KEY, "") or "")


def ask_save_path(parent: QWidget | None, title: str, suggested: str,
                  file_types: list[str]) -> Path | None:
    """Where to save a file: a folder and a name (``suggested`` to start with), one of
    ``file_types`` (``"PDF files (*.pdf)"``, …). None when the office cancels, also at the
    question whether to replace a file of that name."""
    from ui.common.drive_chooser import DriveChooser

    last_folder()
    chooser = DriveChooser(parent, title, FOLDER_KEY, suggested, file_types)
    target = chooser.target if chooser.exec() else None
    chooser.deleteLater()
    if target is None or not may_replace(parent, title, target):
        return None
    return target


def ask_pdf_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    return ask_save_path(parent, title, suggested,
                         [translate("SaveFile", "PDF files (*.pdf)")])


def safe_file_name(text: str) -> str:
    """A title usable as a file name on Windows: no \\ / : * ? " < > |, no trailing dots."""
    from reports.file_names import safe_name

    return safe_name(text)


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder to save in, for files SiBina names itself (backups, one file a person)."""
    from ui.common.drive_chooser import DriveChooser

    last_folder()
    chooser = DriveChooser(parent, title, FOLDER_KEY)
    folder = chooser.chosen if chooser.exec() else None
    chooser.deleteLater()
    return folder


def may_replace(parent: QWidget | None, title: str, target: Path) -> bool:
    """True when nothing is at ``target``, or the office says to replace it. Cancel is
    the default: a hurried Enter keeps the file that is there."""
    if not target.exists():
        return True
    return confirm(parent, title, fill(translate(
        "SaveFile", "%1 is there already. Replace it?"), str(target)),
        translate("SaveFile", "Replace"), translate("SaveFile", "Cancel"))
