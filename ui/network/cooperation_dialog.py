"""One cooperation agreement (MoU or PKS) with an organisation, and the documents kept with
it: added from a file (checked as every stored file is), opened in the PC's viewer,
removed. Nothing is stored until Save, in one transaction with the agreement."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.messages import SiBinaError, ValidationError
from models.network import cooperations
from models.network.tables import Cooperation
from ui.common.date_time import DateEdit
from ui.common.form import CheckedForm
from ui.common.widgets import button_box, error_text, show_error
from ui.i18n import fill
from ui.i18n import vocab as vocab_text

FILE_ROLE = Qt.ItemDataRole.UserRole  # a stored file's id, or the path of one to add


class CooperationDialog(QDialog):
    def __init__(self, parent: QWidget | None, organisation_id: int,
                 cooperation_id: int | None = None):
        super().__init__(parent)
        self.organisation_id, self.cooperation_id = organisation_id, cooperation_id
        self.dropped: list[int] = []
        self.setWindowTitle(self.tr("Agreement"))
        self.resize(640, 520)
        form = self.form = CheckedForm()
        self.kind = form.add("kind", self.tr("Kind"), QComboBox())
        for code, label in vocab.COOPERATION_KINDS.items():
            self.kind.addItem(vocab_text(label), code)
        self.number = form.add("number", self.tr("Number"), QLineEdit())
        self.title = form.add("title", self.tr("Title"), QLineEdit())
        self.signed = DateEdit(QDate.currentDate())
        form.add("signed_on", self.tr("Signed on"), self.signed, self.signed.spelled)
        self.until = DateEdit(QDate.currentDate().addYears(3))
        self.ends = QCheckBox(self.tr("Ends"))
        self.ends.setChecked(True)
        self.ends.toggled.connect(self.until.setEnabled)
        form.add("valid_until", self.tr("Valid until"), self.until, self.ends)
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.documents = QListWidget()
        self.documents.itemDoubleClicked.connect(lambda *_: self.open_document())
        line = QHBoxLayout()
        for label, slot in ((self.tr("Add &document…"), self.add_document),
                            (self.tr("&Open document"), self.open_document),
                            (self.tr("&Remove document"), self.remove_document)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            line.addWidget(button)
        line.addStretch(1)
        form.addRow(self.tr("Documents"), self.documents)
        form.addRow("", line)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        if cooperation_id is not None:
            self._load(Cooperation.get_by_id(cooperation_id))
        self.title.setFocus()

    def _load(self, cooperation: Cooperation) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(cooperation.kind)))
        self.number.setText(cooperation.number)
        self.title.setText(cooperation.title)
        if cooperation.signed_on:
            self.signed.setDate(cooperation.signed_on)
        self.ends.setChecked(cooperation.valid_until is not None)
        if cooperation.valid_until:
            self.until.setDate(cooperation.valid_until)
        self.notes.setPlainText(cooperation.notes)
        for document in cooperations.documents(cooperation.id):
            item = QListWidgetItem(document.name)
            item.setData(FILE_ROLE, document.file_id)
            self.documents.addItem(item)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "number": self.number.text(),
                "title": self.title.text(), "signed_on": self.signed.date().toPython(),
                "valid_until": self.until.date().toPython() if self.ends.isChecked() else None,
                "notes": self.notes.toPlainText()}

    def add_document(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose the document"), str(Path.home()),
                self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            item = QListWidgetItem(Path(path).name)
            item.setData(FILE_ROLE, str(path))
            self.documents.addItem(item)

    def open_document(self) -> None:
        item = self.documents.currentItem()
        if item is None:
            return
        chosen = item.data(FILE_ROLE)
        try:
            copy = (Path(chosen) if isinstance(chosen, str) else cooperations.export_document(
                chosen, tempfile.mkdtemp(prefix="sibina-")))
        except OSError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            show_error(self, self.windowTitle(), fill(self.tr(
                "No program to show this file was found. A copy is at %1."), str(copy)))

    def remove_document(self) -> None:
        row = self.documents.currentRow()
        if row < 0:
            return
        chosen = self.documents.takeItem(row).data(FILE_ROLE)
        if isinstance(chosen, int):
            self.dropped.append(chosen)

    def save(self) -> None:
        added = [self.documents.item(i).data(FILE_ROLE) for i in range(self.documents.count())]
        try:
            cooperations.save_cooperation(
                self.organisation_id, self.values(), self.cooperation_id,
                add_files=[Path(a) for a in added if isinstance(a, str)],
                drop_files=self.dropped)
        except ValidationError as err:
            self.form.touched.update(err.problems)
            self.form.show_problems(err.problems, everything=True)
            self.form.fields[next(iter(err.problems))].setFocus()
            return
        except SiBinaError as exc:  # a document the checks refuse, named
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
