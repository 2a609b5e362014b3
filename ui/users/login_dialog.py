"""Logging in: the login name and password, Enter to log in, Escape to quit."""

import datetime

import peewee
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.messages import SiBinaError
from models.users import accounts
from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, button_box, error_text


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    def __init__(self, parent=None, login: str = "", clock=datetime.datetime.now):
        super().__init__(parent)
        self.clock = clock  # the lock-out counts minutes: tests set the time
        self.user = None
        self.setWindowTitle(self.tr("SiBina — Log in"))
        self.login = QLineEdit(login)
        self.password = password_field()
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setStyleSheet(ERROR_LABEL_STYLE)
        self.refusal.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Login name:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = button_box(self.tr("Log in"), changes_data=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Log in to work with SiBina.")))
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if login else self.login).setFocus()

    def accept(self):
        try:
            self.user = accounts.authenticate(self.login.text(), self.password.text(),
                                              self.clock())
        except SiBinaError as refused:
            self._refused(i18n.text(refused.msg))
            return
        except (OSError, peewee.DatabaseError) as exc:
            self._refused(error_text(exc))
            return
        super().accept()

    def _refused(self, text: str) -> None:
        self.refusal.setText(text)
        self.password.clear()
        self.password.setFocus()
