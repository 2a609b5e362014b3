"""The main window: one tab per part of the office's work."""

import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from models.users import roles
from ui.common.widgets import confirm, error_text, show_error, show_info
from ui.i18n import fill

# The tabs in order: attribute, module, class. A page is imported and built the first time
# its tab is shown (or it is asked for), so start-up pays only for the tab it opens on.
PAGES = (
    ("home_page", "ui.home.page", "HomePage"),
    ("staff_page", "ui.staff.page", "StaffPage"),
    ("events_page", "ui.events.page", "EventsPage"),
    ("attendance_page", "ui.attendance.page", "AttendancePage"),
    ("evaluations_page", "ui.evaluations.page", "EvaluationsPage"),
    ("certificates_page", "ui.certificates.page", "CertificatesPage"),
    ("reports_page", "ui.reports.page", "ReportsPage"),
    ("competency_page", "ui.competency.page", "CompetencyPage"),
    ("network_page", "ui.network.page", "NetworkPage"),
)


# The user guide (packaging/guide.py builds it): beside the fonts and translations, in the
# source tree as in the built program. Its chapters are named destinations: a tab's name
# above, "setup" and "backup" for the chapters no tab has.
GUIDE_FILE_NAME = "panduan-pengguna.pdf"
ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / GUIDE_FILE_NAME
GUIDE_BUILDER = ROOT / "packaging" / "guide.py"  # only in the source tree


def _build_guide(_progress) -> None:
    # Its own process: the screenshots need a window and a database of their own.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(GUIDE_BUILDER), "--out", str(GUIDE.parent)],
                   check=True, capture_output=True, env=env, timeout=300)


def _page_property(name: str) -> property:
    return property(lambda window: window.page(name))


class MainWindow(QMainWindow):
    # A backup was restored: the application opens a fresh window on the restored data.
    restored = Signal()
    # The user logged out: the application asks who is working next.
    logged_out = Signal()

    def __init__(self, database_path: Path, demo: bool = False):
        super().__init__()
        self.setWindowTitle(self.tr("SiBina — Librarian Development"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        labels = (self.tr("H&ome"), self.tr("&Staff"), self.tr("&Events"),
                  self.tr("&Attendance"), self.tr("E&valuations"), self.tr("Ce&rtificates"),
                  self.tr("&Reports"), self.tr("Co&mpetency"),
                  self.tr("&Network"))
        for label in labels:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, label)
        self.setCentralWidget(self.tabs)
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self._build_menu()
        # The file's name only, the folder in the tooltip: a whole path, the backup reminder
        # and the demo badge together were wider than a 1024 px screen and were cut.
        where = QLabel(fill(self.tr("Database: %1"), Path(database_path).name))
        where.setObjectName("databaseFile")
        where.setToolTip(str(database_path))
        self.statusBar().addWidget(where)
        self._say_if_read_only()
        from ui.users import window_menu

        window_menu.show_user(self)
        self.reminder = QLabel()
        self.reminder.setObjectName("backupReminder")
        self.reminder.setStyleSheet("color: #9a3412;")
        self.statusBar().addPermanentWidget(self.reminder)
        self.show_backup_reminder()
        if demo:
            badge = QLabel(self.tr("DEMO — example data, not the office's records"))
            badge.setStyleSheet("color: white; background: #b9770e; padding: 1px 8px;")
            self.statusBar().addPermanentWidget(badge)
        self._restore_geometry()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())
        from ui.change_watch import ChangeWatch

        self.change_watch = ChangeWatch(self)

    def _say_if_read_only(self) -> None:
        from models.db import read_only

        if not read_only():
            return
        self.setWindowTitle(fill(self.tr("%1 (read only)"), self.windowTitle()))
        badge = QLabel(self.tr("Read only: the database file cannot be written, so nothing "
                               "can be saved. Looking up, printing and backups work."))
        badge.setObjectName("readOnlyBadge")
        badge.setWordWrap(True)
        badge.setStyleSheet("color: white; background: #922b21; padding: 1px 8px;")
        self.statusBar().addPermanentWidget(badge)

    home_page = _page_property("home_page")
    staff_page = _page_property("staff_page")
    events_page = _page_property("events_page")
    attendance_page = _page_property("attendance_page")
    evaluations_page = _page_property("evaluations_page")
    certificates_page = _page_property("certificates_page")
    reports_page = _page_property("reports_page")
    competency_page = _page_property("competency_page")
    network_page = _page_property("network_page")

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (``"events_page"``), built the first time it is needed."""
        page = self._pages.get(name)
        if page is None:
            index, module, class_name = next(
                (i, module, cls) for i, (n, module, cls) in enumerate(PAGES) if n == name)
            page = getattr(import_module(module), class_name)()
            self._pages[name] = page
            self.tabs.widget(index).layout().addWidget(page)
            from ui.users import role_gate

            role_gate.apply_to_page(name, page)
            page.show()  # now, not queued: a page reads its data when shown
            if name == "events_page":
                page.show_attendance.connect(self.show_attendance)
            elif name == "home_page":
                from ui.home import links

                links.connect(self, page)
        return page

    def current_page(self) -> QWidget:
        return self.page(PAGES[self.tabs.currentIndex()][0])

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentIndex(next(i for i, page in enumerate(PAGES) if page[0] == name))

    def _tab_shown(self, index: int) -> None:
        if index >= 0:
            self.page(PAGES[index][0])
            self._focus_page()

    def show_attendance(self, event_id: int) -> None:
        self.show_page("attendance_page")
        self.attendance_page.set_event(event_id)
        self.attendance_page.table.setFocus()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._focus_page()

    def _focus_page(self, *_):
        """Put the keyboard where work starts (the staff search), not on the tab bar."""
        if PAGES[self.tabs.currentIndex()][0] == "staff_page":
            self.staff_page.search.setFocus()

    def _build_menu(self):
        from ui.users import role_gate, window_menu

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = file_menu.addAction(self.tr("&Settings…"), self.open_settings)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.themes_action = file_menu.addAction(self.tr("&Theme areas…"), self.edit_themes)
        self.server_action = file_menu.addAction(self.tr("&Database server…"),
                                                 self.choose_server)
        audit = file_menu.addAction(self.tr("&Audit log…"), self.open_audit_log)
        audit.setShortcut(QKeySequence("Ctrl+Shift+L"))
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up…"), self.back_up)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.restore_action = file_menu.addAction(self.tr("&Restore a backup…"),
                                                  self.restore_backup)
        file_menu.addSeparator()
        self.rights = [(self.settings_action, roles.SETTINGS), (self.themes_action, roles.CHANGE),
                       (self.server_action, roles.SETTINGS),
                       (self.backup_action, roles.BACKUP), (self.restore_action, roles.RESTORE),
                       *window_menu.add_user_actions(self, file_menu)]
        role_gate.apply_to_actions(self.rights)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("User &Guide"), self.open_guide)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_menu.addAction(self.tr("&About SiBina"), self.about)

    def open_audit_log(self) -> None:
        """Who changed what: a window of its own, left open beside the work."""
        from ui.audit.window import AuditLogDialog

        dialog = AuditLogDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_guide(self) -> None:
        """The guide in the PC's PDF viewer, at the chapter of the tab in view; from the
        source tree, built first when asked."""
        from ui.tasks import TaskRunner

        title = self.tr("User Guide")
        if GUIDE.exists():
            self._show_guide()
        elif not GUIDE_BUILDER.exists():  # the built program carries the guide, not its builder
            show_error(self, title, fill(self.tr(
                "The user guide is not there: it should be %1. Install SiBina again to get "
                "it back."), str(GUIDE)))
        elif confirm(self, title, fill(self.tr(
                "The user guide has not been built yet; it will be %1. Build it now? This "
                "takes about ten seconds."), str(GUIDE)), self.tr("&Build the guide")):
            TaskRunner.run(self, self.tr("Building the user guide…"), _build_guide,
                           lambda _: self._show_guide(),
                           lambda exc: show_error(self, title, error_text(exc)))

    def _show_guide(self) -> None:
        url = QUrl.fromLocalFile(str(GUIDE))
        url.setFragment(f"nameddest={PAGES[self.tabs.currentIndex()][0]}")
        # On Windows Qt hands a file address with a #fragment to the shell as a URL, which
        # a PC may refuse where it opens the plain file: then the guide opens at its start.
        if not (QDesktopServices.openUrl(url)
                or QDesktopServices.openUrl(QUrl.fromLocalFile(str(GUIDE)))):
            show_error(self, self.tr("User Guide"), fill(self.tr(
                "No program on this PC opens PDF files. The guide is %1."), str(GUIDE)))

    def edit_themes(self):
        from ui.events.themes_dialog import ThemesDialog

        dialog = ThemesDialog(self)
        if dialog.exec() and "events_page" in self._pages:  # otherwise it reads them when built
            self.events_page.reload()
        dialog.deleteLater()

    def open_settings(self):
        from ui.settings_dialog import SettingsDialog

        if self.may(roles.SETTINGS):
            SettingsDialog(self).exec()

    def choose_server(self):
        from ui.server_dialog import ServerDialog

        dialog = ServerDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def about(self):
        show_info(self, self.tr("About SiBina"), self.tr(
            "SiBina — Sistem Informasi Pembinaan Pustakawan.\n"
            "Staff development records of the library: staff, events, attendance, "
            "evaluations and their impact. Works offline."))

    def _restore_geometry(self):
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: maximised, on any screen; the size to come back to when the
            # office un-maximises is most of the screen.
            screen = self.screen().availableGeometry()
            self.resize(min(1200, screen.width() * 9 // 10),
                        min(760, screen.height() * 9 // 10))
            self.setWindowState(Qt.WindowState.WindowMaximized)
        self.tabs.setCurrentIndex(int(QSettings().value("window/tab", 0)))

    def closeEvent(self, event):  # noqa: N802
        from ui.backup_actions import automatic_backup

        QSettings().setValue("window/geometry", self.saveGeometry())
        QSettings().setValue("window/tab", self.tabs.currentIndex())
        if not self.restoring:
            automatic_backup()  # at most once a day, beside the database
        super().closeEvent(event)

    restoring = False

    def may(self, action) -> bool:
        """Whether the one logged in may, said when not: the home screen's buttons reach
        these too."""
        from ui.users import role_gate

        return role_gate.permitted(self, action)

    def back_up(self) -> None:
        from ui.backup_actions import back_up

        if self.may(roles.BACKUP):
            back_up(self)

    def restore_backup(self, path: Path | None = None) -> None:
        from ui.backup_actions import restore_from

        if not self.may(roles.RESTORE):
            return
        if "reports_page" in self._pages:  # typed words go into the data kept from before
            self._pages["reports_page"].save_notes()
        restore_from(self, path, self._restored)

    def _restored(self) -> None:
        from models.db import database_file, db, open_database

        if "reports_page" in self._pages:  # never written over what was restored
            self._pages["reports_page"].forget_notes()
        path = database_file()
        if path is not None:  # a server's schema is current; its rows were replaced in place
            db.close()
            open_database(path)  # an older backup is upgraded as any older file
        from ui.app import show_opening_notice

        show_opening_notice(self)
        self.restoring = True
        self.restored.emit()

    def show_backup_reminder(self) -> None:
        from ui.backup_actions import reminder_text

        text = reminder_text()
        self.reminder.setText(text)
        self.reminder.setToolTip(text)  # all of it, where a narrow window cuts the label
        self.reminder.setVisible(bool(text))
