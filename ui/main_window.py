"""The main window: one tab per part of the office's work."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from ui.attendance_page import AttendancePage
from ui.certificates_page import CertificatesPage
from ui.evaluations_page import EvaluationsPage
from ui.events_page import EventsPage
from ui.reports_page import ReportsPage
from ui.staff_page import StaffPage
from ui.widgets import show_info


class MainWindow(QMainWindow):
    # A backup was restored: the application opens a fresh window on the restored data.
    restored = Signal()

    def __init__(self, database_path: Path, demo: bool = False):
        super().__init__()
        self.setWindowTitle(self.tr("SiBina — Librarian Development"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.staff_page = StaffPage()
        self.tabs.addTab(self.staff_page, self.tr("&Staff"))
        self.events_page = EventsPage()
        self.tabs.addTab(self.events_page, self.tr("&Events"))
        self.attendance_page = AttendancePage()
        self.tabs.addTab(self.attendance_page, self.tr("&Attendance"))
        self.events_page.show_attendance.connect(self.show_attendance)
        self.evaluations_page = EvaluationsPage()
        self.tabs.addTab(self.evaluations_page, self.tr("E&valuations"))
        self.certificates_page = CertificatesPage()
        self.tabs.addTab(self.certificates_page, self.tr("Ce&rtificates"))
        self.reports_page = ReportsPage()
        self.tabs.addTab(self.reports_page, self.tr("&Reports"))
        self.setCentralWidget(self.tabs)
        for index in range(self.tabs.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        self._build_menu()
        where = QLabel(self.tr("Database: %1").replace("%1", str(database_path)))
        self.statusBar().addWidget(where)
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
        self.tabs.currentChanged.connect(self._focus_page)

    def show_attendance(self, event_id: int) -> None:
        self.tabs.setCurrentWidget(self.attendance_page)
        self.attendance_page.set_event(event_id)
        self.attendance_page.table.setFocus()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._focus_page()

    def _focus_page(self, *_):
        """Put the keyboard where work starts (the staff search), not on the tab bar."""
        if self.tabs.currentWidget() is self.staff_page:
            self.staff_page.search.setFocus()

    def _build_menu(self):
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = file_menu.addAction(self.tr("&Settings…"), self.open_settings)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        file_menu.addAction(self.tr("&Theme areas…"), self.edit_themes)
        file_menu.addSeparator()
        back_up = file_menu.addAction(self.tr("&Back up…"), self.back_up)
        back_up.setShortcut(QKeySequence("Ctrl+B"))
        file_menu.addAction(self.tr("&Restore a backup…"), self.restore_backup)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About SiBina"), self.about)

    def edit_themes(self):
        from ui.themes_dialog import ThemesDialog

        dialog = ThemesDialog(self)
        if dialog.exec():
            self.events_page.reload()
        dialog.deleteLater()

    def open_settings(self):
        from ui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def about(self):
        show_info(self, self.tr("About SiBina"), self.tr(
            "SiBina — Sistem Informasi Pembinaan Pustakawan.\n"
            "Staff development records of the library: staff, events, attendance, "
            "evaluations and their impact. Works offline."))

    def _restore_geometry(self):
        geometry = QSettings().value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: most of the screen, which on the office's 1366×768 laptop
            # means maximised (room for the title bar and the taskbar).
            screen = self.screen().availableGeometry()
            self.resize(min(1200, screen.width() * 9 // 10),
                        min(760, screen.height() * 9 // 10))
            if screen.width() <= 1366:
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

    def back_up(self) -> None:
        from ui.backup_actions import back_up

        back_up(self)

    def restore_backup(self, path: Path | None = None) -> None:
        from ui.backup_actions import restore_from

        restore_from(self, path, self._restored)

    def _restored(self) -> None:
        from models.db import db, open_database

        path = Path(db.obj.database)
        db.close()
        open_database(path)  # an older backup is upgraded as any older file
        self.restoring = True
        self.restored.emit()

    def show_backup_reminder(self) -> None:
        from ui.backup_actions import reminder_text

        text = reminder_text()
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))
