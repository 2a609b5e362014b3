"""One training offer: who offers it (an organisation of the network or a name), its theme,
dates, mode and place, cost, registration deadline, JP, link and notes; Send staff… from
here too once it is saved."""

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.events import themes
from models.messages import ValidationError
from models.network.directory import organisation_choices
from models.opportunities import offers
from models.opportunities.tables import Opportunity
from ui.common.date_time import DateEdit
from ui.common.form import CheckedForm
from ui.common.widgets import button_box, confirm
from ui.i18n import vocab as vocab_text


class OfferDialog(QDialog):
    def __init__(self, parent: QWidget | None, offer_id: int | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.offer_id, self.saved_id = offer_id, None
        self.today = today or datetime.date.today()
        self.setWindowTitle(self.tr("Training offer") if offer_id
                            else self.tr("New training offer"))
        self.setMinimumWidth(600)
        form = self.form = CheckedForm()
        self.title = form.add("title", self.tr("Title"), QLineEdit())
        self.organisation = QComboBox()
        self.organisation.addItem(self.tr("(not in the network)"), None)
        for organisation_id, name in organisation_choices():
            self.organisation.addItem(name, organisation_id)
        self.organisation.setMaximumWidth(240)
        self.organiser = form.add("organiser_name", self.tr("Organiser"), QLineEdit(),
                                  self.organisation)
        self.theme = form.add("theme", self.tr("Theme"), QComboBox())
        self.theme.addItem("", None)
        for theme_id, name in themes.choices():
            self.theme.addItem(name, theme_id)
        start = QDate(self.today.year, self.today.month, self.today.day).addDays(30)
        self.start, self.end = DateEdit(start), DateEdit(start)
        form.add("start_date", self.tr("Start date"), self.start, self.start.spelled)
        form.add("end_date", self.tr("End date"), self.end, self.end.spelled)
        self.mode = form.add("mode", self.tr("Mode"), QComboBox())
        for code, label in vocab.MODES.items():
            self.mode.addItem(vocab_text(label), code)
        self.place = form.add("place", self.tr("Place or platform"), QLineEdit())
        self.cost = form.add("cost", self.tr("Cost a person (Rp)"), QSpinBox())
        self.cost.setRange(-1, 2_000_000_000)
        self.cost.setSpecialValueText(self.tr("not known"))
        self.cost.setSingleStep(50_000)
        self.cost.setValue(-1)
        self.deadline = DateEdit(start.addDays(-7))
        self.has_deadline = QCheckBox(self.tr("Has a deadline"))
        self.has_deadline.setChecked(True)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form.add("deadline", self.tr("Registration closes"), self.deadline, self.has_deadline)
        self.jp = form.add("jp", self.tr("JP"), QDoubleSpinBox())
        self.jp.setRange(0, offers.MAX_JP)
        self.jp.setDecimals(1)
        self.link = form.add("link", self.tr("Link"), QLineEdit())
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.sent = QLabel()
        self.send = QPushButton(self.tr("Send &staff…"))
        self.send.clicked.connect(self.send_staff)
        form.addRow(self.sent, self.send)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        if offer_id is not None:
            self._load(Opportunity.get_by_id(offer_id))
        self._show_sent()
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self._organisation_chosen()
        self.loaded = self.values()
        self.title.setFocus()

    def _load(self, offer: Opportunity) -> None:
        self.title.setText(offer.title)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(
            offer.organisation_id)))
        self.organiser.setText(offer.organiser_name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(offer.theme_id)))
        self.start.setDate(offer.start_date)
        self.end.setDate(offer.end_date)
        self.mode.setCurrentIndex(max(0, self.mode.findData(offer.mode)))
        self.place.setText(offer.place)
        self.cost.setValue(-1 if offer.cost is None else offer.cost)
        self.has_deadline.setChecked(offer.deadline is not None)
        if offer.deadline:
            self.deadline.setDate(offer.deadline)
        self.jp.setValue(offer.jp)
        self.link.setText(offer.link)
        self.notes.setPlainText(offer.notes)
        for edit in (self.title, self.organiser, self.place, self.link):
            edit.setCursorPosition(0)

    def _organisation_chosen(self, *_) -> None:
        chosen = self.organisation.currentData() is not None
        if chosen:
            self.organiser.setText(self.organisation.currentText())
        self.organiser.setEnabled(not chosen)

    def _show_sent(self) -> None:
        offer = Opportunity.get_or_none(Opportunity.id == self.offer_id) if self.offer_id \
            else None
        self.send.setEnabled(offer is not None)
        if offer is None:
            self.sent.setText(self.tr("Save the offer to send staff to it."))
            return
        row = next(r for r in offers.rows(self.today) if r.id == offer.id)
        self.sent.setText(self.tr("%n member(s) of staff sent.", "", row.sent))

    def values(self) -> dict:
        return {"title": self.title.text(), "organisation": self.organisation.currentData(),
                "organiser_name": self.organiser.text(), "theme": self.theme.currentData(),
                "start_date": self.start.date().toPython(),
                "end_date": self.end.date().toPython(), "mode": self.mode.currentData(),
                "place": self.place.text(),
                "cost": None if self.cost.value() < 0 else self.cost.value(),
                "deadline": (self.deadline.date().toPython() if self.has_deadline.isChecked()
                             else None),
                "jp": self.jp.value(), "link": self.link.text(),
                "notes": self.notes.toPlainText()}

    def save(self) -> bool:
        try:
            offer = offers.save_offer(self.values(), self.offer_id)
        except ValidationError as err:
            self.form.touched.update(err.problems)
            shown = self.form.show_problems(err.problems, everything=True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)
            self.form.fields[next(iter(err.problems))].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.saved_id = self.offer_id = offer.id
        self.loaded = self.values()
        self.accept()
        return True

    def send_staff(self) -> None:
        from ui.network.send_staff_dialog import SendStaffDialog

        if self.values() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Save the changes to the offer first?"),
                self.tr("Save")):
            return
        if self.values() != self.loaded:
            try:
                offers.save_offer(self.values(), self.offer_id)
            except ValidationError as err:
                self.form.show_problems(err.problems, everything=True)
                return
            self.loaded = self.values()
        dialog = SendStaffDialog(self, self.offer_id, lambda: self.today)
        dialog.exec()
        dialog.deleteLater()
        self._show_sent()

    def reject(self) -> None:
        if self.values() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this offer?"),
                self.tr("Discard")):
            return
        super().reject()

