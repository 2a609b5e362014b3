"""Backing up and restoring from the window: to a USB stick with one click, automatically on
exit, and the reminder when the last backup to a stick is old."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from models import backup, settings
from models.db import database_file, db
from models.messages import SiBinaError
from ui.common.widgets import confirm, error_text, show_error, show_info
from ui.i18n import fill
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


class BackupTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def days(self, count: int) -> str:
        return self.tr("The last backup to a USB stick was %n day(s) ago.", "", count)




def back_up(parent: QWidget, folder: Path | None = None) -> None:
    """Write a checked backup where the office chooses (a USB stick first)."""
    from ui.common.files.save_file import ask_folder

    title = translate("Backup", "Back up")
    if folder is None:
        # The folder only: a backup is named by its time and never replaces another.
        folder = ask_folder(parent, title)
    if folder is None:
        return

    def done(path: Path) -> None:
        if backup.note_backup(path):
            show_info(parent, title, fill(translate(
                "Backup", "The backup %1 is written and checked. The USB stick is safe to "
                          "remove."), str(path)))
        else:
            show_info(parent, title, fill(translate(
                "Backup", "The backup %1 is written and checked."), str(path)))
        _refresh_reminder(parent)

    TaskRunner.run(parent, translate("Backup", "Writing the backup…"),
                   lambda progress: backup.write_backup(folder, progress), done,
                   lambda exc: show_error(parent, title, error_text(exc)),
                   lambda: show_info(parent, title, translate(
                       "Backup", "Cancelled: no backup was written.")))


def safety_folder() -> Path:
    """Where a restore keeps the data from before: beside the database file, or on a
    server in this PC's data folder, where its automatic backups would go."""
    if database_file() is None:
        from ui.cli.entry import data_folder

        return data_folder() / backup.AUTO_FOLDER
    return database_file().parent / backup.AUTO_FOLDER


def _refresh_reminder(widget: QWidget) -> None:
    window = widget.window()
    if hasattr(window, "show_backup_reminder"):
        window.show_backup_reminder()


def restore_from(parent: QWidget, path: Path | None = None, on_restored=None) -> None:
    """Check a backup, ask, back the current data up, replace it; then ``on_restored``."""
    title = translate("Backup", "Restore a backup")
    if path is None:
        from ui.common.files.save_file import last_folder

        start = last_folder() or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            parent, title, start, translate("Backup", "SiBina backups (*.sqlite)"))
        if not name:
            return
        path = Path(name)
    try:
        backup.check_backup(path)
    except (SiBinaError, OSError) as exc:
        show_error(parent, title, error_text(exc) + "\n\n" + translate(
            "Backup", "Nothing was changed."))
        return
    question = (translate("Backup", "Replace all of SiBina's data with the backup %1? The "
                                    "current data is backed up first, into %2.")
                if database_file() is not None else translate(
                    "Backup", "Replace all of SiBina's data on the server, for every PC, with "
                              "the backup %1? The current data is backed up first, into %2."))
    if not confirm(parent, title, fill(question, path.name, str(safety_folder())),
                   translate("Backup", "Restore")):
        return
    folder = safety_folder()

    def done(safety: Path) -> None:
        show_info(parent, title, fill(translate(
            "Backup", "Restored %1. The data from before is kept in %2."), path.name, str(safety)))
        if on_restored is not None:
            on_restored()

    TaskRunner.run(parent, translate("Backup", "Restoring…"),
                   lambda progress: backup.restore(path, folder, progress), done,
                   lambda exc: show_error(parent, title, error_text(exc)))


def automatic_backup() -> Path | None:
    """On exit: at most one a day beside the database; a failure never stops the exit."""
    from models.engine import on_server

    if db.obj is None or on_server():  # closed already (tests tear down so), or a server
        return None
    try:
        return backup.automatic_backup(database_file().parent, settings.get("backup_keep"))
    except (SiBinaError, OSError):
        return None


def reminder_text() -> str:
    """What the status bar says when the last backup to a USB stick is over a week old."""
    from models.db import is_empty

    if is_empty():
        return ""
    days = backup.days_since_removable_backup()
    if days is not None and days < backup.REMIND_AFTER.days:
        return ""
    text = (translate("Backup", "No backup has been made to a USB stick yet.") if days is None
            else BackupTexts().days(days))
    return text + " " + translate("Backup", "File > Back up… (Ctrl+B)")
