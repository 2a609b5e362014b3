"""A new password: one's own (the present one asked first), or set by an administrator for
a user who forgot theirs."""

import peewee
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout

from models.messages import SiBinaError, ValidationError
from models.users import accounts
from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, button_box, error_text
from ui.users.login_dialog import password_field


class PasswordDialog(QDialog):
    def __init__(self, parent, user_id: int, own: bool):
        super().__init__(parent)
        self.user_id, self.own = user_id, own
        self.setWindowTitle(self.tr("Change my password") if own else self.tr("New password"))
        self.old, self.new, self.again = password_field(), password_field(), password_field()
        form = QFormLayout()
        if own:
            form.addRow(self.tr("&Present password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("New password &again:"), self.again)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = button_box(self.tr("Save"), changes_data=False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self):
        if self.new.text() != self.again.text():
            self.problem.setText(self.tr("The two new passwords differ: type them again."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            if self.own:
                accounts.change_password(self.user_id, self.old.text(), self.new.text())
            else:
                accounts.reset_password(self.user_id, self.new.text())
        except ValidationError as refused:
            self.problem.setText(i18n.text(next(iter(refused.problems.values()))))
            return
        except (SiBinaError, OSError, peewee.DatabaseError) as exc:
            self.problem.setText(error_text(exc))
            return
        super().accept()
