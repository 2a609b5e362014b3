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
    from models.db import is_empty
    from models.files.storage import is_unsafe_location
    from ui import crash

    crash.install_window_hook()
    set_window_icon(app)
    from ui.server_start import open_chosen

    try:
        if (path := open_chosen(args)) is None:
            return cli.EXIT_ERROR
        if args.demo and is_empty():
            from models.demo.fill import fill_demo

            fill_demo()
    except (SiBinaError, OSError) as exc:
        show_error(None, "SiBina", error_text(exc))
        return cli.EXIT_ERROR
    from ui.main_window import MainWindow

    windows = []

    def open_window():
        """A fresh window on the data (again after a restore: every page reads anew)."""
        window = MainWindow(path, demo=args.demo)
        window.restored.connect(lambda: replace(window))
        window.show()
        windows[:] = [window]
        return window

    def replace(old):
        open_window()  # first: closing the last window would end the application
        old.close()
        old.deleteLater()

    window = open_window()
    if not args.demo and not os.environ.get("SIBINA_BENCH_STARTUP"):
        from ui.setup_wizard import needs_setup, run_setup

        if needs_setup():
            run_setup(window)
    if os.environ.get("SIBINA_BENCH_STARTUP"):  # benchmarks/bench_startup.py
        _report_startup(app, window)
    if not isinstance(path, str) and is_unsafe_location(path):  # a str is a server's URI
        show_error(window, "SiBina", cli.unsafe_location_warning(path))
    show_opening_notice(window)
    code = app.exec()
    windows[0].deleteLater()  # destroyed here, while the application object still exists
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


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
