"""The register of issued certificates: search, revoke with a reason, export to XLSX."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.certificates import issuing as certificates
from models.messages import SiBinaError
from models.vocab import ROLES
from ui import i18n
from ui.common import formats
from ui.common.widgets import error_text, show_error
from ui.i18n import fill

NUMBER, ISSUED, NAME, ROLE, EVENT, STATUS = range(6)
REVOKED_COLOUR = QColor("#fdecea")


class RegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register of certificates"))
        self.resize(1000, 600)
        self.event_id = event_id
        self.rows: list[certificates.RegisterRow] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, name, NIP or event…  "
                                               "(Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        # Typing refreshes once it pauses: each refresh reads and lays out the register,
        # about a second for 30,000 certificates.
        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(self.fill)
        self.search.textChanged.connect(self._typing.start)
        self.only_event = QCheckBox(self.tr("Only the event chosen on the tab"))
        self.only_event.setChecked(event_id is not None)
        self.only_event.setEnabled(event_id is not None)
        self.only_event.toggled.connect(self.fill)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Issued on"), self.tr("Name"), self.tr("Role"),
            self.tr("Event"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a certificate; the tooltip holds the rest
        for column, width in ((NUMBER, 220), (ISSUED, 105), (NAME, 210), (ROLE, 110),
                              (STATUS, 140)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(EVENT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        # No column sorted at first: the newest certificates first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._enable)
        self.count = QLabel()
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.ask_and_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.only_event)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for button in (self.revoke_button, self.export_button, close):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.search.setFocus()
        self.fill()

    def fill(self, *_) -> None:
        self._typing.stop()
        event = self.event_id if self.only_event.isChecked() else None
        self.rows = certificates.register(self.search.text(), event)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            status = self.tr("Valid")
            if r.revoked_at:
                status = fill(self.tr("Revoked %1"), formats.long_date(r.revoked_at))
            cells = (r.number, formats.long_date(r.issued_on), r.name,
                     i18n.vocab(ROLES.get(r.role, r.role)), r.event, status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if r.revoked_at:
                    item.setBackground(QBrush(REVOKED_COLOUR))
                    item.setToolTip(r.revoked_reason)
                self.table.setItem(row, column, item)
            self.table.item(row, NUMBER).setData(Qt.ItemDataRole.UserRole, r.number)
        self.table.setSortingEnabled(True)
        self.count.setText(self.tr("%n certificate(s)", "", len(self.rows)))
        self._enable()

    def selected_number(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.table.item(items[0].row(), NUMBER).data(Qt.ItemDataRole.UserRole)

    def _enable(self) -> None:
        number = self.selected_number()
        row = next((r for r in self.rows if r.number == number), None)
        self.revoke_button.setEnabled(row is not None and row.revoked_at is None)
        self.export_button.setEnabled(bool(self.rows))

    def revoke_selected(self, reason: str | None = None) -> bool:
        number = self.selected_number()
        if number is None:
            return False
        title = self.tr("Revoke a certificate")
        while reason is None or not reason.strip():
            question = fill(self.tr(
                "Why is certificate %1 revoked? Its QR code will then verify as revoked."), number)
            if reason is not None:
                question += "\n\n" + self.tr("A reason is needed.")
            reason, ok = QInputDialog.getText(self, title, question, text=reason or "")
            if not ok:
                return False
        try:
            certificates.revoke(number, reason)
        except SiBinaError as exc:
            show_error(self, title, error_text(exc))
            return False
        self.fill()
        return True

    def ask_and_export(self) -> None:
        from ui.common.files.save_file import ask_save_path

        path = ask_save_path(self, self.tr("Export the register"), "Register sertifikat.xlsx",
                             [self.tr("Excel workbooks (*.xlsx)")])
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        from models.files.export import write_verified
        from reports.certificates.register import write_register

        title = self.tr("Export the register")
        if self._typing.isActive():  # what the search says, not what was shown a moment ago
            self.fill()
        try:
            count = write_verified(path, lambda made: write_register(self.rows, made))
        except (SiBinaError, OSError) as exc:
            show_error(self, title, error_text(exc))
            return
        from ui.common.files.save_file import tell_saved

        tell_saved(self, title, fill(self.tr("%n certificate(s) written to %1.", "", count),
                                     str(path)), Path(path))
