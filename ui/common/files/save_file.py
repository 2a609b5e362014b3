"""The one way SiBina saves a file the office asked for.

Where: the drive chooser (a USB stick first, else the folder used last), with the
suggested name and the caller's file types. Before replacing a file of that name it asks,
and Enter keeps the file. Writing (:func:`models.files.export.write_verified`) makes the file on
the PC, copies it to a temporary name beside the target, reads it back and only then
gives it its name, so a stick pulled out or full never leaves half a file under it.

One remembered folder for every kind of file: the office saves reports, sheets and
backups to the same stick, and the next save should offer the place of the last.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from models.progress import Progress
from ui.common.widgets import confirm, error_text, show_error, show_info
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
    from ui.common.files.drive_chooser import DriveChooser

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
    from ui.common.files.drive_chooser import DriveChooser

    last_folder()
    chooser = DriveChooser(parent, title, FOLDER_KEY)
    folder = chooser.chosen if chooser.exec() else None
    chooser.deleteLater()
    return folder


def write_and_tell(parent: QWidget | None, title: str, target: Path,
                   write: Callable[[Path, Progress, bool], object], busy: str,
                   said: Callable[[object], str]) -> None:
    """Write ``target`` the checked way, away from the window's thread (``busy`` on the
    progress dialog), then tell it: ``said(what write returned)`` and :func:`tell_saved`.
    ``write(made, progress, missing_ok)`` makes the file at ``made``, refusing characters
    its fonts lack unless ``missing_ok``: the office is asked first whether to print
    anyway (ui.common.glyph_question)."""
    from models.files.export import write_verified
    from ui.common.glyph_question import run_checked

    run_checked(parent, busy,
                lambda progress, missing_ok: write_verified(
                    target, lambda made: write(made, progress, missing_ok), progress),
                lambda result: tell_saved(parent, title, said(result), target),
                lambda exc: show_error(parent, title, error_text(exc)))


def tell_saved(parent: QWidget | None, title: str, said: str, path: Path) -> None:
    """Where it went, that it was read back and checked (and that the USB stick may come
    out), with Open — and for a PDF Print — beside OK: the office saves a paper to print
    it, and no longer has to find the file on the stick to do so."""
    from models.files.storage import is_removable

    folder = path if path.is_dir() else path.parent
    checked = (translate("SaveFile", "Read back and checked; the USB stick is safe to "
                                     "remove.") if is_removable(folder)
               else translate("SaveFile", "Read back and checked."))
    offers = [(translate("SaveFile", "&Open"),
               lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))]
    if path.suffix.lower() == ".pdf":
        offers.append((translate("SaveFile", "&Print…"), lambda: print_pdf(parent, path, title)))
    show_info(parent, title, f"{said} {checked}", offers)


def print_pdf(parent: QWidget | None, path: Path, title: str) -> bool:
    """The system's print dialog for a saved PDF, printed as the preview prints."""
    from ui.common.files.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(parent, path, title)
    try:
        return dialog.print_all()
    finally:
        dialog.done(0)
        dialog.deleteLater()


def may_replace(parent: QWidget | None, title: str, target: Path) -> bool:
    """True when nothing is at ``target``, or the office says to replace it. Cancel is
    the default: a hurried Enter keeps the file that is there."""
    if not target.exists():
        return True
    return confirm(parent, title, fill(translate(
        "SaveFile", "%1 is there already. Replace it?"), str(target)),
        translate("SaveFile", "Replace"), translate("SaveFile", "Cancel"))
