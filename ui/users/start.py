"""Who is working, asked when SiBina starts (and after a log-out) where a login is required:
first the administrator, when there is no user yet, then the login."""

from models.users import accounts, login, roles
from ui.users import role_gate


def log_in(parent=None, name: str = "") -> bool:
    """True once someone is logged in, or when this database asks nobody; False when the
    office quit instead."""
    from ui.users.login_dialog import LoginDialog
    from ui.users.user_dialog import UserDialog

    login.log_out()
    role_gate.set_role(None)
    if not login.login_required():
        return True
    if not accounts.any_user():
        first = UserDialog(parent, first_administrator=True)
        created = first.exec()
        name = first.user.login if created else name
        first.deleteLater()
        if not created:
            return False
    dialog = LoginDialog(parent, name or "")
    accepted = dialog.exec()
    user = dialog.user
    dialog.deleteLater()
    if not accepted:
        return False
    role_gate.set_role(user.role)
    return True


def window_for(path, demo: bool):
    """The window the role works in: the door's for Check-in, SiBina's for the rest."""
    if role_gate.role() == roles.CHECKIN:
        from ui.users.door_window import DoorWindow

        return DoorWindow()
    from ui.main_window import MainWindow

    return MainWindow(path, demo=demo)
