"""The window's part in users: the menu entries and who is logged in, in the status bar."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from models.sharing import actor
from models.users import roles
from ui.i18n import fill, role_name
from ui.users import role_gate

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def add_user_actions(window, menu) -> list:
    """Users… (for an administrator), and for whoever is logged in: change the password,
    log out. Returns the entries that need a right, with the right."""
    window.users_action = menu.addAction(translate("UserMenu", "&Users…"),
                                         lambda: open_users(window))
    if actor.current().user_id is None:  # nobody logs in on this PC: nothing to change
        return [(window.users_action, roles.USERS)]
    menu.addAction(translate("UserMenu", "Change my &password…"),
                   lambda: change_password(window))
    window.logout_action = menu.addAction(translate("UserMenu", "&Log out"),
                                          window.logged_out.emit)
    return [(window.users_action, roles.USERS)]


def show_user(window) -> None:
    if actor.current().user_id is None:
        return
    label = QLabel(fill(translate("UserMenu", "Logged in: %1 (%2)"), actor.current().name,
                        role_name(role_gate.role())))
    label.setObjectName("loggedIn")
    window.statusBar().addWidget(label)


def open_users(window) -> None:
    from ui.users.users_dialog import UsersDialog

    if role_gate.allowed(roles.USERS):
        dialog = UsersDialog(window)
        dialog.exec()
        dialog.deleteLater()


def change_password(window) -> None:
    from ui.users.password_dialog import PasswordDialog

    dialog = PasswordDialog(window, actor.current().user_id, own=True)
    dialog.exec()
    dialog.deleteLater()
