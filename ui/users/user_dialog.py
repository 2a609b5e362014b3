"""A new user: the first administrator when SiBina starts with none, or one more added in
the Users dialog."""

import peewee
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from models.messages import SiBinaError, ValidationError
from models.users import accounts, roles
from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE, button_box, error_text
from ui.i18n import role_name
from ui.users.login_dialog import password_field


class UserDialog(QDialog):
    def __init__(self, parent=None, first_administrator: bool = False):
        super().__init__(parent)
        self.user = None
        self.setWindowTitle(self.tr("Create the administrator") if first_administrator
                            else self.tr("New user"))
        self.fields = {"login": QLineEdit(), "full_name": QLineEdit(), "nip": QLineEdit(),
                       "role": QComboBox(), "password": password_field()}
        for code in roles.ROLES:
            self.fields["role"].addItem(role_name(code), code)
        self.again = password_field()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.problem.setWordWrap(True)
        self.labels = {"login": self.tr("&Login name:"), "full_name": self.tr("&Full name:"),
                       "nip": self.tr("&NIP (optional):"), "role": self.tr("&Role:"),
                       "password": self.tr("&Password:")}
        form = QFormLayout()
        for key, widget in self.fields.items():
            if not (first_administrator and key == "role"):
                form.addRow(self.labels[key], widget)
        form.addRow(self.tr("Password &again:"), self.again)
        layout = QVBoxLayout(self)
        if first_administrator:
            intro = QLabel(self.tr(
                "Nobody can log in yet. Create the administrator: the user who sets SiBina "
                "up and adds the others. Keep the password safe."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.fields["role"].setCurrentIndex(self.fields["role"].findData(
                roles.ADMINISTRATOR))
        else:
            self.fields["role"].setCurrentIndex(self.fields["role"].findData(roles.OPERATOR))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = button_box(self.tr("Create"), changes_data=False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def accept(self):
        for widget in (*self.fields.values(), self.again):
            widget.setStyleSheet("")
        if self.fields["password"].text() != self.again.text():
            self._show("password", self.tr("The two passwords differ: type them again."))
            self.again.clear()
            return
        try:
            self.user = accounts.create_user(
                self.fields["login"].text(), self.fields["full_name"].text(),
                self.fields["password"].text(), self.fields["role"].currentData(),
                nip=self.fields["nip"].text())
        except ValidationError as refused:
            key, problem = next(iter(refused.problems.items()))
            self._show(key, i18n.text(problem))
            return
        except (SiBinaError, OSError, peewee.DatabaseError) as exc:
            self.problem.setText(error_text(exc))
            return
        super().accept()

    def _show(self, key: str, text: str) -> None:
        label = self.labels[key].replace("&", "").rstrip(":")
        self.problem.setText(f"{label}: {text}")
        self.fields[key].setStyleSheet(ERROR_STYLE)
        self.fields[key].setFocus()
