"""Users (administrators only): who may log in, with which role, and in what state."""

import datetime

import peewee
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.messages import SiBinaError
from models.users import accounts, roles
from ui import i18n
from ui.common import formats
from ui.common.widgets import confirm, error_text, show_error
from ui.i18n import fill, role_name
from ui.users.password_dialog import PasswordDialog
from ui.users.user_dialog import UserDialog


class UsersDialog(QDialog):
    def __init__(self, parent=None, clock=datetime.datetime.now):
        super().__init__(parent)
        self.clock = clock
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Login name"), self.tr("Full name"),
                                              self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.role = QComboBox()
        for code in roles.ROLES:
            self.role.addItem(role_name(code), code)
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("&Add…"), self.add)
        buttons.addWidget(QLabel(self.tr("R&ole:")))
        buttons.itemAt(buttons.count() - 1).widget().setBuddy(self.role)
        buttons.addWidget(self.role)
        self.role_button = self._button(buttons, self.tr("&Change role"), self.change_role)
        self.reset_button = self._button(buttons, self.tr("&New password…"), self.reset)
        self.unlock_button = self._button(buttons, self.tr("&Unlock"), self.unlock)
        self.active_button = self._button(buttons, self.tr("&Deactivate…"), self.toggle_active)
        buttons.addStretch(1)
        self._button(buttons, self.tr("Close"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def reload(self, keep: int | None = None) -> None:
        self.users = accounts.list_users()
        now = self.clock()
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            if not user.active:
                state = self.tr("Deactivated")
            elif user.locked_until is not None and user.locked_until > now:
                state = fill(self.tr("Locked until %1"), formats.clock(user.locked_until.time()))
            else:
                state = self.tr("Active")
            for column, text in enumerate((user.login, user.full_name, role_name(user.role),
                                           state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if user.id == keep:
                self.table.selectRow(row)
        self._selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selected(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.reset_button, self.unlock_button,
                       self.active_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role))
            self.active_button.setText(self.tr("&Deactivate…") if user.active
                                       else self.tr("Re&activate"))

    def _do(self, work) -> None:
        user = self.selected()
        try:
            work(user)
        except SiBinaError as refused:
            show_error(self, self.tr("Users"), i18n.text(refused.msg))
        except (OSError, peewee.DatabaseError) as exc:
            show_error(self, self.tr("Users"), error_text(exc))
        self.reload(keep=user.id if user else None)

    def add(self) -> None:
        dialog = UserDialog(self)
        if dialog.exec():
            self.reload(keep=dialog.user.id)
        dialog.deleteLater()

    def change_role(self) -> None:
        self._do(lambda user: accounts.set_role(user.id, self.role.currentData()))

    def reset(self) -> None:
        if (user := self.selected()) is not None:
            dialog = PasswordDialog(self, user.id, own=False)
            dialog.exec()
            dialog.deleteLater()
            self.reload(keep=user.id)

    def unlock(self) -> None:
        self._do(lambda user: accounts.unlock(user.id))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            self._do(lambda user: accounts.reactivate(user.id))
        elif confirm(self, self.tr("Users"), fill(self.tr(
                "Deactivate %1? They can no longer log in; what they recorded keeps their "
                "name."), user.login), self.tr("&Deactivate")):
            self._do(lambda user: accounts.deactivate(user.id))
