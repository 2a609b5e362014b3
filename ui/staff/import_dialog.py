"""Import staff: a preview of every row with its status, then the good rows in one go."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from models.messages import SiBinaError
from models.staff import importer as staff_import
from models.staff import nip as nip_rules
from models.staff.tables import join_name
from reports.staff.rejects import write_rejects
from ui import i18n
from ui.common.row_table import RowTableModel
from ui.common.widgets import error_text, show_error, show_info
from ui.i18n import fill
from ui.tasks import TaskRunner

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_REJECTED_COLOUR = QColor("#fdecea")


class PreviewModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Row"), self.tr("Status"), self.tr("Name"), self.tr("NIP"),
                        self.tr("Column"), self.tr("Reason")]
        self.status_text = {staff_import.NEW: self.tr("new"),
                            staff_import.UPDATE: self.tr("update"),
                            staff_import.UNCHANGED: self.tr("unchanged"),
                            staff_import.REJECTED: self.tr("rejected")}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        if role == _BACKGROUND and row.status == staff_import.REJECTED:
            return _REJECTED_COLOUR
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        column = index.column()
        if column == 0:
            return row.row
        if column == 1:
            return self.status_text[row.status]
        if column == 2:
            values = row.values
            return join_name(values.get("front_title", ""), values.get("name", ""),
                             values.get("back_title", ""))
        if column == 3:
            return nip_rules.grouped(row.values.get("nip") or "")
        if column == 4:
            return row.column
        return i18n.text(row.reason) if row.reason else ""


class ImportDialog(QDialog):
    def __init__(self, parent, path: str):
        super().__init__(parent)
        self.path = path
        self.preview = None
        self.imported = False
        self.setWindowTitle(fill(self.tr("Import staff — %1"), Path(path).name))
        self.resize(980, 600)
        self.summary = QLabel(fill(self.tr("Reading %1…"), path))
        self.summary.setWordWrap(True)
        self.detail = QLabel()  # the whole reason of the row under the cursor
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_rejected = QCheckBox(self.tr("Show only rejected rows"))
        self.only_rejected.toggled.connect(self._refill)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 80, 240, 170, 130)):
            self.table.setColumnWidth(column, width)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.rejects_button = QPushButton(self.tr("Save rejected rows…"))
        self.rejects_button.setEnabled(False)
        self.rejects_button.clicked.connect(self.save_rejects)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_rejected)
        buttons.addStretch()
        buttons.addWidget(self.rejects_button)
        buttons.addWidget(close)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def start(self):
        TaskRunner.run(self.parent(), fill(self.tr("Reading %1…"), self.path),
                       lambda progress: staff_import.read_preview(self.path, progress),
                       self.show_preview, self._failed, self.reject)

    def _failed(self, exc):
        show_error(self, self.tr("Import staff"), error_text(exc))
        self.summary.setText(error_text(exc))

    def _show_detail(self, current, _previous=None):
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.reason is None:
            self.detail.clear()
            return
        self.detail.setText(fill(self.tr("Row %1, column %2: %3"), str(row.row), row.column,
                                 i18n.text(row.reason)))

    def show_preview(self, preview):
        self.preview = preview
        good = preview.new + preview.updated
        text = fill(self.tr("%1 new, %2 updates, %3 unchanged, %4 rejected."), str(preview.new),
                    str(preview.updated), str(preview.unchanged), str(preview.rejected))
        if preview.ignored_columns:
            text += " " + fill(self.tr("Columns not used: %1."), ", ".join(preview.ignored_columns))
        self.summary.setText(text)
        self.import_button.setText(self.tr("Import %n row(s)", "", good))
        self.import_button.setEnabled(good > 0)
        self.rejects_button.setEnabled(preview.rejected > 0)
        self._refill()

    def _refill(self, *_):
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.only_rejected.isChecked():
            rows = [r for r in rows if r.status == staff_import.REJECTED]
        self.model.show_rows(rows)
        first_rejected = next((i for i, r in enumerate(rows)
                               if r.status == staff_import.REJECTED), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(first_rejected, 0))

    def run_import(self):
        self.import_button.setEnabled(False)
        TaskRunner.run(self, self.tr("Importing staff…"),
                       lambda progress: staff_import.apply(self.preview, progress),
                       self._imported, self._failed,
                       lambda: self.import_button.setEnabled(True))

    def _imported(self, result):
        """Done: say so, and keep the rejected rows listed so they can still be saved."""
        self.imported = True
        text = fill(self.tr("Imported %1, updated %2, rejected %3."), str(result.imported),
                    str(result.updated), str(result.rejected))
        if result.rejected:
            text += " " + self.tr("The rejected rows stay listed: save them to fix and "
                                  "import again.")
            self.only_rejected.setChecked(True)
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        show_info(self, self.tr("Import staff"), text)

    def save_rejects(self):
        from ui.common.save_file import ask_save_path

        suggested = Path(self.path).stem + "-" + self.tr("rejected") + ".csv"
        path = ask_save_path(self, self.tr("Save rejected rows"), suggested,
                             self.tr("CSV (*.csv);;Excel workbook (*.xlsx)").split(";;"))
        if path is not None:
            self.write_rejects(str(path))

    def write_rejects(self, path: str) -> None:
        from models.export import write_verified

        try:
            write_verified(path, lambda made: write_rejects(self.preview, made,
                                                            render=i18n.text))
        except (OSError, SiBinaError) as exc:
            show_error(self, self.tr("Save rejected rows"), error_text(exc))
            return
        show_info(self, self.tr("Save rejected rows"),
                  fill(self.tr("%n rejected row(s) saved to %1.", "", self.preview.rejected), path))
