"""What the window lets the one logged in do: the one place that applies a role to it.

Each tab's actions and buttons that change data are named here; a role without the right
(models/users/roles.py) finds them disabled, and they stay disabled when the tab would
enable them again (on a selection, say). What only reads or prints stays as it is.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication

from models.users import roles

# None while nobody is logged in (the login is off): everything allowed, as before users.
_role: str | None = None


def set_role(role: str | None) -> None:
    global _role
    _role = role
    _watch_dialogs(not allowed(roles.CHANGE))


def role() -> str | None:
    return _role


def allowed(action: str) -> bool:
    return _role is None or roles.allows(_role, action)


def permitted(parent, action: str) -> bool:
    """``allowed``, saying so when not: for the ways in that are not a disabled action (a
    button on the home screen, a link)."""
    if allowed(action):
        return True
    from PySide6.QtCore import QCoreApplication

    from ui.common.widgets import show_info
    from ui.i18n import fill, role_name

    show_info(parent, "SiBina", fill(QCoreApplication.translate(
        "RoleGate", "Your role (%1) does not allow this."), role_name(_role)))
    return False


# Per tab: the attributes (dotted: a panel's button) of what changes data.
CHANGING = {
    "staff_page": ("add_action", "deactivate_action", "import_action"),
    "events_page": ("new_action", "schedule_action", "participants_action",
                    "letters_action", "duplicate_action", "cancel_action", "delete_action"),
    "attendance_page": ("remaining_action", "everyone_action", "undo_action", "redo_action",
                        "checkin_action", "attachments_action"),
    "evaluations_page": ("templates_action", "service_action", "forms.attach_button",
                         "forms.detach_button", "forms.edit_button",
                         "responses.enter_button", "responses.import_button",
                         "responses.edit_button", "responses.delete_button",
                         "scores.import_button", "followups.add_button",
                         "followups.edit_button", "followups.delete_button"),
    "certificates_page": ("save_button", "separate_button", "preview_button",
                          "outside_button", "layouts_action", "signatories_action"),
    "home_page": (),
    "reports_page": (),
    "competency_page": ("add_button",),
    "network_page": ("organisations.add_action", "organisations.delete_action",
                     "offers.add_action", "offers.send_action", "offers.delete_action"),
}
# Tables typed into: read only.
TYPED_INTO = {"attendance_page": ("table",), "evaluations_page": ("scores.table",)}
# Panels whose keyboard shortcuts (Delete, Ctrl+Z) change data.
SHORTCUTS_IN = {"evaluations_page": ("responses", "followups", "scores")}
# Keys a view hands to its page as a signal: (view's signal, the page's slot that writes).
KEY_SIGNALS = {"attendance_page": (("table.status_typed", "apply_status"),),
               "evaluations_page": (("scores.table.clear_asked", "scores.clear_chosen"),)}
# Dialogs opened to read that can also change data (class name: their buttons); every
# form's Save is button_box's (ui/common/widgets.py).
DIALOG_PARTS = {"ResponseEntryDialog": ("save_button",), "RegisterDialog": ("revoke_button",),
                "OfferDialog": ("send",)}
# Beyond the daily work: an action of its own.
OWN_RIGHT = {"certificates_page": (("keys_action", roles.SIGNING_KEYS),)}


class _KeptDisabled(QObject):
    """Turns a widget off again whenever its page turns it on."""

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        return False


def keep_disabled(target) -> None:
    target.setEnabled(False)
    if isinstance(target, QAction):
        target.enabledChanged.connect(lambda on: on and target.setEnabled(False))
    else:
        keeper = _KeptDisabled(target)
        target.installEventFilter(keeper)


def _resolve(page, path: str):
    for name in path.split("."):
        page = getattr(page, name)
    return page


def apply_to_page(name: str, page) -> None:
    """Called as each tab is built."""
    if not allowed(roles.CHANGE):
        for path in CHANGING.get(name, ()):
            keep_disabled(_resolve(page, path))
        for path in TYPED_INTO.get(name, ()):
            _resolve(page, path).setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for path in SHORTCUTS_IN.get(name, ()):
            for shortcut in _resolve(page, path).findChildren(QShortcut):
                shortcut.setEnabled(False)
        for signal, slot in KEY_SIGNALS.get(name, ()):
            _resolve(page, signal).disconnect(_resolve(page, slot))
    for path, action in OWN_RIGHT.get(name, ()):
        if not allowed(action):
            keep_disabled(_resolve(page, path))


class _DialogWatch(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Show and type(watched).__name__ in DIALOG_PARTS:
            for path in DIALOG_PARTS[type(watched).__name__]:
                keep_disabled(_resolve(watched, path))
        return False


_watch = None


def _watch_dialogs(on: bool) -> None:
    global _watch
    app = QApplication.instance()
    if on and _watch is None and app is not None:
        _watch = _DialogWatch()
        app.installEventFilter(_watch)
    elif not on and _watch is not None:
        if app is not None:
            app.removeEventFilter(_watch)
        _watch = None


def apply_to_actions(tagged) -> None:
    """``tagged``: (action, models.users.roles action) pairs, such as the window's menu."""
    for target, action in tagged:
        if not allowed(action):
            keep_disabled(target)
