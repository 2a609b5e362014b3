"""Starting the window: open the database (filling the demo one), then show SiBina."""

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from models.messages import SiBinaError
from ui.cli import entry as cli
from ui.common.widgets import error_text, show_error, show_info

# Drawn by packaging/windows/make_icon.py, as the program file's and the Start menu's.
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "sibina.png"


def run_window(app: QApplication, args) -> int:
    from models.files.storage import is_unsafe_location
    from models.users.roles import SETTINGS
    from ui import crash
    from ui.users import role_gate

    crash.install_window_hook()
    set_window_icon(app)
    try:
        windows = start_windows(app, args)
    except (SiBinaError, OSError) as exc:
        show_error(None, "SiBina", error_text(exc))
        return cli.EXIT_ERROR
    if windows is None:  # the office quit at the login or at the unreachable server
        return cli.EXIT_OK
    window, path = windows.current, windows.path
    if (not args.demo and not os.environ.get("SIBINA_BENCH_STARTUP")
            and role_gate.allowed(SETTINGS)):
        from ui.setup_wizard import needs_setup, run_setup

        if needs_setup():
            run_setup(window)
    if os.environ.get("SIBINA_BENCH_STARTUP"):  # benchmarks/bench_startup.py
        _report_startup(app, window)
    if not isinstance(path, str) and is_unsafe_location(path):  # a str is a server's URI
        show_error(window, "SiBina", cli.unsafe_location_warning(path))
    show_opening_notice(window)
    code = app.exec()
    windows.current.deleteLater()  # destroyed here, while the application object exists
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def start_windows(app: QApplication, args) -> "Windows | None":
    """Open the database (filling the demo one), ask who is working where a login is
    required, and show the window their role works in; None when the office quit."""
    from models.db import is_empty
    from ui.server_start import open_chosen
    from ui.users import start

    if (path := open_chosen(args)) is None:
        return None
    if args.demo and is_empty():
        from models.demo.fill import fill_demo

        fill_demo()
    if not start.log_in(None, args.user or ""):
        return None
    windows = Windows(app, path, args.demo)
    windows.open()
    return windows


class Windows:
    """The one window shown, replaced after a restore and after a log-out."""

    def __init__(self, app: QApplication, path, demo: bool):
        self.app, self.path, self.demo = app, path, demo
        self.current = None

    def open(self):
        """A fresh window on the data (again after a restore: every page reads anew)."""
        from ui.users import start

        window = start.window_for(self.path, self.demo)
        # The restored data has its own users (or asks nobody): whoever works on it logs
        # in to it again, rather than carrying on with a role the backup may not give.
        window.restored.connect(lambda: self.log_out(window))
        window.logged_out.connect(lambda: self.log_out(window))
        window.show()
        self.current = window
        return window

    def replace(self, old) -> None:
        self.open()  # first: closing the last window would end the application
        old.close()
        old.deleteLater()

    def log_out(self, old) -> None:
        from ui.users import start

        # Hidden while the next person logs in; no window is shown then, which must not
        # end the application.
        self.app.setQuitOnLastWindowClosed(False)
        old.hide()
        logged_in = start.log_in(None)
        self.app.setQuitOnLastWindowClosed(True)
        if logged_in:
            self.replace(old)
        else:
            old.close()
            self.app.quit()


def set_window_icon(app: QApplication) -> None:
    """Every window and dialog shows the SiBina mark in its title bar and the taskbar."""
    app.setWindowIcon(QIcon(str(ICON)))


def show_opening_notice(window) -> None:
    """Said once, when an older file is upgraded (where its signing key went)."""
    from models.db import opening_notice
    from ui import i18n

    if (notice := opening_notice()) is not None:
        show_info(window, "SiBina", i18n.text(notice))


def _report_startup(app: QApplication, window) -> None:
    """Print when the window is usable (shown, first rows in) and when every row is in."""
    import time

    def ready():
        print(f"ready {time.time():.4f}", flush=True)
        if window.staff_page.model.complete:
            loaded()

    def loaded():
        print(f"loaded {time.time():.4f}", flush=True)
        app.quit()

    window.staff_page.model.loaded.connect(loaded)
    QTimer.singleShot(0, ready)
