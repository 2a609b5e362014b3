"""Send staff to a training offer: choose them with the person picker (staff only), then
Send. The first sending makes the offer an outside event; the people chosen become its
participants (models.opportunities.offers.send_staff, one transaction)."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.events import participants
from models.opportunities import deadlines
from models.opportunities.tables import Opportunity
from models.staff.tables import Person
from ui.common import formats
from ui.common.pickers.person_picker import People, PersonPicker
from ui.common.widgets import WARNING_LABEL_STYLE, button_box, error_text, show_error
from ui.i18n import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class SendStaffDialog(QDialog):
    def __init__(self, parent: QWidget | None, offer_id: int, today=datetime.date.today):
        super().__init__(parent)
        self.offer = Opportunity.get_by_id(offer_id)
        self.sent: int | None = None
        self.setWindowTitle(self.tr("Send staff"))
        self.resize(620, 460)
        heading = QLabel(fill(self.tr("Who goes to “%1”? They are registered as participants "
                                      "of the event made from the offer; their JP counts "
                                      "once their attendance or certificate is recorded."),
                              self.offer.title))
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.picker = PersonPicker(self, People(self, staff_only=True))
        self.picker.new_button.hide()  # only staff are sent
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_chosen)
        self.picker.combo.lineEdit().returnPressed.connect(self.add_chosen)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_selected)
        self.chosen = QListWidget()
        already = (participants.registered_people(self.offer.event_id)
                   if self.offer.event_id else set())
        self.already = QLabel(self.tr("%n already sent.", "", len(already)))
        line = QHBoxLayout()
        line.addWidget(self.picker, 1)
        line.addWidget(add)
        line.addWidget(remove)
        self.buttons = button_box(self.tr("&Send"))
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        closed_on = deadlines.last_day(self.offer.deadline, self.offer.start_date)
        if deadlines.state(self.offer.deadline, self.offer.start_date, today()) == deadlines.CLOSED:
            # Sending is still allowed: the office also records those who already went.
            self.late = QLabel(fill(self.tr(
                "Registration closed on %1: send staff only if the organiser still accepts "
                "them, or to record those who already went."), formats.long_date(closed_on)))
            self.late.setWordWrap(True)
            self.late.setStyleSheet(WARNING_LABEL_STYLE)
            layout.addWidget(self.late)
        layout.addLayout(line)
        layout.addWidget(self.chosen)
        layout.addWidget(self.already)
        layout.addWidget(self.buttons)
        self.picker.setFocus()

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())]

    def add_person(self, person_id: int) -> None:
        if person_id in self.chosen_ids():
            return
        item = QListWidgetItem(Person.get_by_id(person_id).full_name)
        item.setData(ID_ROLE, person_id)
        self.chosen.addItem(item)

    def add_chosen(self) -> None:
        person_id = self.picker.person_id()
        if person_id is not None:
            self.add_person(person_id)
            self.picker.set_person_id(None)

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))

    def send(self) -> None:
        from models.opportunities import offers

        try:
            _event, self.sent = offers.send_staff(self.offer.id, self.chosen_ids())
        except Exception as exc:  # noqa: BLE001 - said to the office; nothing was registered
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
