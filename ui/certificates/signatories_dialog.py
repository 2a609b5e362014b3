"""The signatories of certificates: name, position, NIP and the picture of the signature."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.certificates import signatories
from models.certificates.tables import Signatory
from models.messages import ValidationError
from models.staff.nip import grouped
from ui.common.files.image_field import ImageField
from ui.common.form import CheckedForm
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill

ID = Qt.ItemDataRole.UserRole


class SignatoryDialog(QDialog):
    """One signatory, new or edited."""

    def __init__(self, parent: QWidget | None, signatory: Signatory | None = None):
        super().__init__(parent)
        self.signatory = signatory
        self.setWindowTitle(self.tr("Signatory"))
        self.setMinimumWidth(520)
        self.form = CheckedForm()
        self.name = self.form.add("name", self.tr("Name with titles"), QLineEdit())
        self.title = self.form.add("title", self.tr("Position"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. Kepala Dinas Perpustakaan dan Kearsipan"))
        self.nip = self.form.add("nip", self.tr("NIP"), QLineEdit())
        self.signature = ImageField(signatory.signature_id or 0 if signatory else 0)
        self.form.addRow(self.tr("Signature"), self.signature)
        if signatory is not None:
            self.name.setText(signatory.name)
            self.title.setText(signatory.title)
            self.nip.setText(grouped(signatory.nip) if signatory.nip else "")
        for widget in (self.name, self.title, self.nip):
            widget.textEdited.connect(self._edited)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form.problems)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        return {"name": self.name.text(), "title": self.title.text(), "nip": self.nip.text()}

    def _edited(self, *_) -> None:
        self.form.touched.update(name for name in ("name", "title", "nip")
                                 if getattr(self, name).text())
        self.form.show_problems(signatories.problems(self.values()))

    def save(self) -> None:
        values = self.values()
        if self.form.show_problems(signatories.problems(values), everything=True):
            return
        if self.signatory is not None and not self._changes_agreed(values):
            return
        values["signature"] = self.signature.choice()
        try:
            self.signatory = signatories.save(values,
                                              self.signatory.id if self.signatory else None)
        except ValidationError as exc:
            self.form.show_problems(exc.problems, everything=True)
            return
        except OSError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.accept()


    def _changes_agreed(self, values: dict) -> bool:
        """Certificates printed again show their signatory as the list says now."""
        signed = signatories.signed_count(self.signatory.id)
        same = (" ".join(values["name"].split()) == self.signatory.name
                and " ".join(values["title"].split()) == self.signatory.title
                and self.signature.new_path is None
                and self.signature.file_id == (self.signatory.signature_id or 0))
        if not signed or same:
            return True
        return confirm(self, self.windowTitle(), fill(self.tr(
            "%1 signed %n certificate(s). Printed again, they will show the name, position "
            "and signature as you change them here. For a new head of office, add a new "
            "signatory and deactivate this one instead. Save the change anyway?", "", signed),
                                                      self.signatory.name),
            self.tr("Save anyway"))


class SignatoriesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signatories"))
        self.resize(820, 380)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Position"),
                                              self.tr("NIP"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 300, 170)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        add = QPushButton(self.tr("&Add…"))
        add.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (add, self.edit_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.fill()

    def fill(self, select_id: int | None = None) -> None:
        rows = signatories.listing()
        self.table.setRowCount(len(rows))
        for row, s in enumerate(rows):
            cells = (s.name, s.title, grouped(s.nip) if s.nip else "",
                     self.tr("Active") if s.active else self.tr("Inactive"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.item(row, 0).setData(ID, s.id)
            if s.id == select_id:
                self.table.selectRow(row)
        self._enable()

    def selected(self) -> Signatory | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return signatories.get(self.table.item(items[0].row(), 0).data(ID))

    def _enable(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.active_button.setEnabled(chosen is not None)
        self.active_button.setText(self.tr("&Deactivate") if chosen is None or chosen.active
                                   else self.tr("&Activate"))

    def add(self) -> None:
        self._edit(None)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._edit(chosen)

    def _edit(self, signatory: Signatory | None) -> None:
        dialog = SignatoryDialog(self, signatory)
        if dialog.exec():
            self.fill(dialog.signatory.id)
        dialog.deleteLater()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            signatories.set_active(chosen.id, not chosen.active)
            self.fill(chosen.id)
