"""Settings ▸ Login: whether this file asks who is working (a server always does)."""

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from models.users import accounts, login
from ui.common.widgets import confirm


class LoginSetting(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.required = QCheckBox(self.tr("&Require login on this PC"))
        self.required.setChecked(login.login_required())
        about = QLabel(self.tr(
            "Off: whoever is signed in to Windows works in SiBina, and their Windows name is "
            "recorded. On: everyone logs in with a SiBina user, whose role decides what they "
            "may do; an administrator manages the users (File ▸ Users)."))
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.required)
        layout.addWidget(about)
        layout.addStretch(1)

    def apply(self) -> bool:
        """Store the choice; turning the login on without an administrator offers to
        create one first. False when the office changed its mind (nothing stored)."""
        wanted = self.required.isChecked()
        if wanted == login.login_required():
            return True
        if wanted and not accounts.administrator_exists():
            from ui.users.user_dialog import UserDialog

            if not confirm(self, self.tr("Settings"), self.tr(
                    "The login needs an administrator, who manages the users. Create the "
                    "administrator now?"), self.tr("&Create the administrator")):
                return False
            dialog = UserDialog(self, first_administrator=True)
            created = dialog.exec()
            dialog.deleteLater()
            if not created:
                return False
        login.set_login_required(wanted)
        return True
