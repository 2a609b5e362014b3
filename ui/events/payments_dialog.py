"""Amounts… in the Letters window: the honorarium of each speaker, moderator and committee
member, or each participant's transport or uang saku, typed in a list and stored
together, for the lists of receipts."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.attendance.roles import RANKED
from models.letters.payments import PAYMENT_KINDS, amounts, parse_amount, payees, set_amounts
from models.messages import SiBinaError
from ui.common import formats
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill

translate = QCoreApplication.translate
AMOUNT = 2  # the column typed in


class PaymentsDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int, kind: str = "honorarium"):
        super().__init__(parent)
        self.event_id = event_id
        self.setWindowTitle(self.tr("Amounts paid"))
        self.resize(640, 520)
        self.setMaximumSize(1000, 700)
        self.kind = QComboBox()
        for key, label in PAYMENT_KINDS.items():
            self.kind.addItem(translate("Letters", label), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        form = QFormLayout()
        form.addRow(self.tr("&Paid as"), self.kind)
        note = QLabel(self.tr("Whole rupiah, e.g. 1.250.000; empty or 0 for none. Speakers, "
                              "moderators and committee receive an honorarium, participants "
                              "transport and uang saku."))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Amount (Rp)")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AMOUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.shown_kind = self.kind.currentData()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load()
        self.table.setFocus()

    def _load(self) -> None:
        typed = amounts(self.event_id, self.shown_kind)
        people = payees(self.event_id, self.shown_kind)
        self.ids = [person.id for person, _roles in people]
        self.table.setRowCount(len(people))
        for row, (person, roles) in enumerate(people):
            for column, text in enumerate((person.name, self._roles(roles))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            amount = typed.get(person.id)
            item = QTableWidgetItem(formats.number(amount, 0) if amount else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, AMOUNT, item)
        self.loaded = self._typed_texts()
        self.empty.setText("" if people else self.tr(
            "No one is registered in a role paid this: register them under Participants."))
        if people:
            self.table.setCurrentCell(0, AMOUNT)

    @staticmethod
    def _roles(roles: list[str]) -> str:
        from models.vocab import ROLES
        from ui import i18n

        return ", ".join(i18n.vocab(ROLES[r]) if r in ROLES else r
                         for r in sorted(roles, key=RANKED.index))

    def _typed_texts(self) -> list[str]:
        return [self.table.item(row, AMOUNT).text() for row in range(self.table.rowCount())]

    def _kind_changed(self, *_) -> None:
        if self._typed_texts() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Leave the amounts typed without saving?"),
                self.tr("Leave them")):
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self.shown_kind))
            self.kind.blockSignals(False)
            return
        self.shown_kind = self.kind.currentData()
        self._load()

    def typed(self) -> dict[int, int] | None:
        """Person id → amount; None (after saying which row is wrong) when one is not an
        amount."""
        found = {}
        for row, person_id in enumerate(self.ids):
            text = self.table.item(row, AMOUNT).text()
            amount = parse_amount(text)
            if amount is None:
                self.table.setCurrentCell(row, AMOUNT)
                show_error(self, self.windowTitle(), fill(self.tr(
                    "Row %1 (%2): \"%3\" is not an amount in rupiah. Type whole rupiah, "
                    "e.g. 1.250.000."), str(row + 1), self.table.item(row, 0).text(), text))
                return None
            found[person_id] = amount
        return found

    def save(self) -> bool:
        found = self.typed()
        if found is None:
            return False
        try:
            set_amounts(self.event_id, self.shown_kind, found)
        except SiBinaError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return False
        self.accept()
        return True
