"""The laptop at the door (role Check-in): today's sessions and the check-in window, nothing
else of SiBina."""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.home import agenda
from models.sharing import actor
from ui.common import formats
from ui.i18n import fill


class DoorWindow(QWidget):
    logged_out = Signal()
    restored = Signal()  # never: a check-in user restores nothing (the window's signal set)

    def __init__(self, clock=datetime.datetime.now):
        super().__init__()
        self.clock = clock
        self.setWindowTitle(self.tr("SiBina — Check-in"))
        self.sessions = QListWidget()
        self.sessions.itemActivated.connect(lambda _item: self.open_check_in())
        self.empty = QLabel(self.tr("No session is held today."))
        self.open_button = QPushButton(self.tr("&Open check-in"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_check_in)
        logout = QPushButton(self.tr("&Log out"))
        logout.clicked.connect(self.logged_out.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(fill(self.tr("Logged in: %1"), actor.current().name)), 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(logout)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Today's &sessions:")))
        layout.itemAt(0).widget().setBuddy(self.sessions)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        """Today's sessions, read again whenever the window comes back to the front."""
        self.sessions.clear()
        for session in agenda.sessions_today(self.clock().date()):
            text = " · ".join(part for part in (
                formats.time_range(session.start, session.end), session.title,
                session.topic) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, session.session_id)
            self.sessions.addItem(item)
        has_any = self.sessions.count() > 0
        self.empty.setVisible(not has_any)
        self.open_button.setEnabled(has_any)
        if has_any:
            self.sessions.setCurrentRow(0)
            self.sessions.setFocus()

    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            self.reload()

    def open_check_in(self) -> None:
        from ui.attendance.checkin_dialog import CheckinDialog

        item = self.sessions.currentItem()
        if item is None:
            return
        door = CheckinDialog(self, item.data(Qt.ItemDataRole.UserRole), actor.current().name,
                             clock=self.clock)
        if door.session_confirmed():
            door.exec()
        door.deleteLater()
