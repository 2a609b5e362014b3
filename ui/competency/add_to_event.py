"""Registering a training needs list for an event: choose the event, then the people are
registered as participants in one go, those already there skipped and counted."""

import peewee
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout

from models.competency.plan import add_to_event
from models.messages import SiBinaError
from ui.common import formats
from ui.common.pickers.event_picker import EventPicker
from ui.common.widgets import button_box, error_text, show_error, show_info
from ui.i18n import fill

# An event still to come or under way: a finished one takes no more participants.
OPEN_STATUSES = ("planned", "running")


class AddToEventDialog(QDialog):
    def __init__(self, parent, person_ids: list[int], theme: str):
        super().__init__(parent)
        self.person_ids = person_ids
        self.setWindowTitle(self.tr("Add to event"))
        self.setMinimumWidth(520)
        self.picker = EventPicker(statuses=OPEN_STATUSES)
        self.picker.reload()
        said = QLabel(fill(self.tr("%Ln staff member(s) of the training needs in %1 will be "
                                   "registered as participants.", "", len(person_ids)), theme))
        said.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Event:"), self.picker)
        self.buttons = button_box(self.tr("Register"))
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def register(self) -> None:
        event_id = self.picker.event_id()
        if event_id is None:
            show_error(self, self.windowTitle(), self.tr("Choose an event first: there is no "
                                                         "planned or running event."))
            return
        try:
            added, skipped = add_to_event(event_id, self.person_ids)
        except (SiBinaError, peewee.DatabaseError) as exc:  # said; the transaction undone
            show_error(self, self.windowTitle(), error_text(exc))
            return
        show_info(self, self.windowTitle(), fill(
            self.tr("Registered for %1: %2; already there and skipped: %3."),
            self.picker.currentText(), self.tr("%Ln staff member(s)", "", added),
            formats.number(skipped)))
        self.accept()
