"""What the Events tab does to a whole event: duplicate it, delete it, or cancel it.

Each function asks what it must and does the work through ``models.events.planning``; it returns
whether anything changed (``duplicate``: the new event's id, or None).
"""

import datetime
import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.events import planning as events
from models.events.tables import Event
from ui import i18n
from ui.common.date_time import DateEdit
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill

translate = QCoreApplication.translate


class EventActionTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def delete_question(self, registrations: int) -> str:
        return self.tr("Delete “%1”? Its schedule and %n registration(s) are deleted with it. "
                       "This cannot be undone.", "", registrations)


def next_edition_title(title: str, old_year: int, new_year: int) -> str:
    """"Bimtek DDC 2025" becomes "Bimtek DDC 2026"; a title without the year stays."""
    return re.sub(rf"\b{old_year}\b", str(new_year), title)


class DuplicateDialog(QDialog):
    """The new edition's title and first day; the schedule moves along with it."""

    def __init__(self, parent: QWidget | None, event: Event):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate event"))
        self.setMinimumWidth(480)
        start = event.start_date
        try:
            new_start = start.replace(year=start.year + 1)
        except ValueError:  # 29 February
            new_start = start + datetime.timedelta(days=365)
        explain = QLabel(fill(self.tr("The copy gets the details and the schedule of “%1”, moved "
                                 "to the new dates, and no participants (the speakers of "
                                 "the schedule are registered again)."), event.title))
        explain.setWordWrap(True)
        self.title = QLineEdit(next_edition_title(event.title, start.year, new_start.year))
        self.title.setCursorPosition(0)
        self.start = DateEdit(new_start)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        first_day = QHBoxLayout()
        first_day.addWidget(self.start)
        first_day.addWidget(self.start.spelled, 1)
        form.addRow(self.tr("First day"), first_day)
        self.buttons = button_box(self.tr("Duplicate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.start.setFocus()

    def accept(self) -> None:
        if not self.title.text().strip():
            show_error(self, self.windowTitle(), self.tr("The title is required."))
            self.title.setFocus()
            return
        super().accept()


def duplicate(parent: QWidget, event_id: int) -> int | None:
    dialog = DuplicateDialog(parent, Event.get_by_id(event_id))
    accepted = dialog.exec()
    title, start = dialog.title.text().strip(), dialog.start.date().toPython()
    dialog.deleteLater()
    if not accepted:
        return None
    try:
        copy = events.duplicate_event(event_id, start, title=title)
    except Exception as exc:  # noqa: BLE001 — shown in the office's words, nothing changed
        show_error(parent, translate("DuplicateDialog", "Duplicate event"), error_text(exc))
        return None
    return copy.id


def _ask_to_cancel(parent: QWidget, title: str, text: str) -> bool:
    """Its own buttons: "Cancel the event" beside a plain "Cancel" would confuse."""
    return confirm(parent, title, text, translate("EventActions", "Cancel the event"),
                   translate("EventActions", "Keep it as it is"))


def delete_or_cancel(parent: QWidget, event_id: int) -> bool:
    """Delete an event nothing was recorded for; otherwise say why and offer to cancel it."""
    event = Event.get_by_id(event_id)
    title = translate("EventActions", "Delete event")
    reason = events.why_not_deletable(event_id)
    if reason is not None:
        if event.status == "cancelled":
            show_error(parent, title, i18n.text(reason))
            return False
        if not _ask_to_cancel(parent, title, i18n.text(reason)):
            return False
        events.cancel_event(event_id)
        return True
    registrations = event.registrations.count()
    question = fill(EventActionTexts().delete_question(registrations), event.title)
    if not confirm(parent, title, question, translate("EventActions", "Delete")):
        return False
    try:
        events.delete_event(event_id)
    except Exception as exc:  # noqa: BLE001 — e.g. attendance recorded meanwhile
        show_error(parent, title, error_text(exc))
        return False
    return True


def cancel(parent: QWidget, event_id: int) -> bool:
    event = Event.get_by_id(event_id)
    if event.status == "cancelled":
        return False
    question = fill(translate("EventActions", "Cancel “%1”? It stays in the list marked Cancelled, "
                                         "with everything recorded for it."), event.title)
    if not _ask_to_cancel(parent, translate("EventActions", "Cancel event"), question):
        return False
    events.cancel_event(event_id)
    return True
