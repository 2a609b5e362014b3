"""Small widgets and helpers shared by the pages and dialogs."""

import sqlite3

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from models.messages import SiBinaError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def button_box(ok_text: str | None = None, changes_data: bool = True) -> QDialogButtonBox:
    """OK/Cancel with texts from SiBina's own translation (Qt ships no Indonesian).

    Every form's OK stores what it shows, so a role that may only read (Pimpinan) can open
    the form and read it but not save it (ui/users/role_gate.py)."""
    from models.users.roles import CHANGE
    from ui.users import role_gate

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text or translate("Widgets", "OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Widgets", "Cancel"))
    if changes_data and not role_gate.allowed(CHANGE):
        role_gate.keep_disabled(ok)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str,
            cancel_text: str | None = None) -> bool:
    """Ask before doing ``yes_text``; Enter and Escape both answer Cancel (or
    ``cancel_text``), since the things asked about (delete, replace, discard, cancel an
    event) cannot be undone. Every question of ui/ is asked here or by :func:`choose`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(cancel_text or translate("Widgets", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def choose(parent: QWidget | None, title: str, text: str, detail: str,
           choices: list[tuple[str, object]]) -> object:
    """Ask which of ``choices`` (button text, answer) to take, none of which destroys
    anything: Enter takes the first, Escape (or closing the box) the last."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(detail)
    buttons = [(box.addButton(label, QMessageBox.ButtonRole.ActionRole), answer)
               for label, answer in choices]
    box.setDefaultButton(buttons[0][0])
    box.setEscapeButton(buttons[-1][0])
    box.exec()
    return next((answer for button, answer in buttons if button is box.clickedButton()),
                choices[-1][1])


def choose_or_cancel(parent: QWidget | None, title: str, text: str,
                     choices: list[str], detail: str = "") -> int | None:
    """Ask which of ``choices`` to do (their index), or None for Cancel, which Enter and
    Escape answer, as :func:`confirm` does: each choice changes something."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(detail)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in choices]
    cancel = box.addButton(translate("Widgets", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else None


def _tell(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
          offers=()) -> None:
    box = QMessageBox(icon, title, text, parent=parent)
    chosen = {box.addButton(label, QMessageBox.ButtonRole.ActionRole): act
              for label, act in offers}
    box.setDefaultButton(box.addButton(translate("Widgets", "OK"),
                                       QMessageBox.ButtonRole.AcceptRole))
    box.exec()
    act = chosen.get(box.clickedButton())
    if act is not None:
        act()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    _tell(QMessageBox.Icon.Warning, parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str, offers=()) -> None:
    """``offers``: (button text, what it does) beside OK — Open and Print once a file is
    saved."""
    _tell(QMessageBox.Icon.Information, parent, title, text, offers)


def error_text(exc: BaseException) -> str:
    """What the office reads about an error: its own words, never a traceback."""
    from ui.i18n import fill, text

    if isinstance(exc, SiBinaError):
        return text(exc.msg)
    if isinstance(exc, peewee.OperationalError) and "lock" in str(exc):
        return translate("Widgets", "The database is busy with another SiBina window or "
                                    "command; nothing was changed. Try again in a moment.")
    if isinstance(exc, OSError):
        from models.messages import Message
        from models.os_errors import describe

        where = f"{exc.filename}: " if exc.filename else ""
        detail = describe(exc)
        reason = where + (text(detail) if isinstance(detail, Message) else detail)
        return fill(translate("Widgets", "The file could not be used: %1"), reason)
    if isinstance(exc, (peewee.DatabaseError, sqlite3.Error)):
        from models.messages import Message
        from models.os_errors import describe

        detail = describe(exc)
        if isinstance(detail, Message):  # a full disk, a read-only file: not "unexpected"
            return fill(translate("Widgets", "The change could not be saved: %1. Nothing "
                                             "was changed."), text(detail))
    return fill(translate("Widgets", "Unexpected error: %1"), str(exc))


ERROR_STYLE = "border: 1px solid #c0392b;"
WARNING_LABEL_STYLE = "color: #a15c00;"  # said, not refused: amber rather than red
ERROR_LABEL_STYLE = "color: #c0392b;"
