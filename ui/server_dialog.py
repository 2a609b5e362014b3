"""File ▸ Database server…: point this PC at the office's PostgreSQL server, or back at
its own file. What is saved is opened at the next start (see ui/server_start.py)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from models.sharing.server_check import DEFAULT_PORT, check_server
from ui import i18n, server_setting
from ui.common.widgets import ERROR_LABEL_STYLE, button_box
from ui.server_setting import ServerSetting


class ServerDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database server"))
        self.setMinimumWidth(520)
        about = QLabel(self.tr(
            "When several PCs of the office work on the same data, it is kept on one "
            "PostgreSQL server. Type what the administrator set up there. The password is "
            "kept by Windows, not by SiBina. The change takes effect when SiBina starts "
            "again."))
        about.setWordWrap(True)
        current = server_setting.saved() or ServerSetting("")
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or the server PC's name"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port or DEFAULT_PORT)
        self.database = QLineEdit(current.database)
        self.user = QLineEdit(current.user)
        self.password = QLineEdit(server_setting.password_of(current) or ""
                                  if current.host else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Server (name or address)"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = button_box(self.tr("Save"))
        self.test_button = self.buttons.addButton(self.tr("&Test connection"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button = self.buttons.addButton(self.tr("Use this PC's &file"),
                                                  QDialogButtonBox.ButtonRole.ResetRole)
        self.file_button.setEnabled(server_setting.saved() is not None)
        self.test_button.clicked.connect(self.test_connection)
        self.file_button.clicked.connect(self.use_file)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addStretch()
        layout.addWidget(self.buttons)

    def typed(self) -> ServerSetting | None:
        """What is typed, or None with the first empty field named below the form."""
        fields = ((self.host, self.tr("Type the server's name or address.")),
                  (self.database, self.tr("Type the database's name.")),
                  (self.user, self.tr("Type the user's name.")))
        for field, problem in fields:
            if not field.text().strip():
                self._say(problem, ok=False)
                field.setFocus()
                return None
        return ServerSetting(self.host.text().strip(), self.port.value(),
                             self.database.text().strip(), self.user.text().strip())

    def test_connection(self) -> None:
        if (server := self.typed()) is None:
            return
        self._say(self.tr("Connecting…"), ok=True)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            answer = check_server(server.uri(), self.password.text() or None)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(i18n.text(answer.says), answer.ok)

    def save(self) -> None:
        from keyring.errors import KeyringError

        if (server := self.typed()) is None:
            return
        try:
            server_setting.save(server, self.password.text())
        except KeyringError as exc:
            self._say(i18n.fill(self.tr(
                "Windows could not keep the password (%1); nothing was saved."), str(exc)),
                ok=False)
            return
        self.accept()

    def use_file(self) -> None:
        server_setting.use_file()
        self.accept()

    def _say(self, text: str, ok: bool) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet("" if ok else ERROR_LABEL_STYLE)
        self.answer.repaint()  # shown before a connection attempt holds the window
