"""The last line of defence: an unexpected error is logged and explained, never a silent exit.

Everything the office types is committed as it is saved, so after such an error the data
is safe; the log in the data folder gives a developer the traceback.
"""

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.i18n import fill

log = logging.getLogger("sibina")


def log_file() -> Path:
    from ui.cli.entry import data_folder

    return data_folder() / "sibina.log"


def start_logging() -> None:
    """Send the log to sibina.log in the data folder (once; on the first error, so the
    handler's imports cost nothing at start-up)."""
    from logging.handlers import RotatingFileHandler

    if log.handlers:
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2,
                                      encoding="utf-8")
    except OSError:
        return  # a read-only profile must not stop the office from working
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def report(exc_type, exc, tb) -> str:
    """Log the traceback; return the one sentence the user reads."""
    start_logging()
    log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    return fill(QCoreApplication.translate(
        "Crash", "Unexpected error: %1. Your saved work is safe; the details were written "
                 "to %2."), f"{exc_type.__name__}: {exc}", str(log_file()))


def install_window_hook() -> None:
    """Show unexpected errors in a message box instead of letting Qt abort."""

    def hook(exc_type, exc, tb):
        import peewee

        from ui.common.widgets import error_text, show_error

        if isinstance(exc, peewee.OperationalError) and "lock" in str(exc):
            show_error(None, "SiBina", error_text(exc))  # expected now and then, not a bug
        else:
            show_error(None, "SiBina", report(exc_type, exc, tb))

    sys.excepthook = hook
