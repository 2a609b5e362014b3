"""The scanned signed sheets (or other evidence) kept with a session."""

import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.attendance import attachments
from models.events.tables import EventSession
from ui.common import formats
from ui.common.widgets import confirm, error_text, show_error
from ui.i18n import fill


class AttachmentsDialog(QDialog):
    def __init__(self, parent: QWidget | None, session_id: int):
        super().__init__(parent)
        self.session_id = session_id
        session = EventSession.get_by_id(session_id)
        self.setWindowTitle(self.tr("Scanned sheets"))
        self.resize(620, 320)
        heading = QLabel(f"<b>{escape(session.event.title)}</b><br>{escape(session.topic)} — "
                         f"{formats.day_and_date(session.date)}, "
                         f"{formats.clock(session.start_time)}")
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Description"),
                                              self.tr("Added")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 200)
        self.table.doubleClicked.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("&Attach file…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.add_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        rows = attachments.attachments(self.session_id)
        self.ids = [row[0] for row in rows]
        self.table.setRowCount(len(rows))
        for r, (_id, name, description, added) in enumerate(rows):
            for c, text in enumerate((name, description, formats.date_and_time(added))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(self.ids.index(select_id) if select_id in self.ids else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows else None

    def choose_file(self) -> None:
        settings = QSettings()
        folder = settings.value("attachments/folder", str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scanned sheet"), folder,
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if not name:
            return
        settings.setValue("attachments/folder", str(Path(name).parent))
        description, ok = QInputDialog.getText(
            self, self.tr("Attach scanned sheet"),
            self.tr("Description (optional), e.g. signed sign-in sheet:"))
        if ok:
            self.add_file(Path(name), description)

    def add_file(self, path: Path, description: str = "") -> bool:
        try:
            made = attachments.attach(self.session_id, path, description)
        except Exception as exc:  # noqa: BLE001 — unreadable file or refused type: say so
            show_error(self, self.tr("Attach scanned sheet"), error_text(exc))
            return False
        self.reload(made.id)
        return True

    def open_selected(self, *_) -> Path | None:
        """A copy goes to a temporary folder and opens in the PDF or image viewer."""
        attachment_id = self.selected_id()
        if attachment_id is None:
            return None
        try:
            folder = Path(tempfile.mkdtemp(prefix="sibina-"))
            copy = attachments.export_copy(attachment_id, folder)
        except OSError as exc:
            show_error(self, self.tr("Open"), error_text(exc))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            show_error(self, self.tr("Open"), fill(self.tr(
                "No program to show this file was found. A copy is at %1."), str(copy)))
        return copy

    def remove_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        name = self.table.item(self.table.currentRow(), 0).text()
        question = fill(self.tr(
            "Remove %1 from this session? The database keeps no other copy."), name)
        if confirm(self, self.tr("Remove"), question, self.tr("Remove")):
            attachments.remove(attachment_id)
            self.reload()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
