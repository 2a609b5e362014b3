"""Import staff: a preview of every row with its status, then the good rows in one go."""

from pathlib import Path

from PySide6.QtCore import Qt
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
from reports.staff.rejects import write_rejects
from ui import i18n
from ui.common.widgets import error_text, show_error, show_info
from ui.i18n import fill
from ui.staff.import_preview_model import PreviewModel, changes_text
from ui.tasks import TaskRunner


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
        # SIMPEG often writes names in capitals; the office writes them in normal case.
        self.normal_case = QCheckBox(self.tr("Names in capitals in normal case"))
        self.normal_case.setChecked(True)
        self.normal_case.toggled.connect(self.start)
        self.model = PreviewModel(self)
        self.model.ticked.connect(self._count_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((40, 140, 200, 150, 240, 90)):
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
        buttons.addWidget(self.normal_case)
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

    def start(self, *_):
        normal = self.normal_case.isChecked()
        # Cancelling the first reading closes the window; cancelling a reading again (the
        # name case changed) keeps the preview there is.
        cancelled = self.reject if self.preview is None else None
        TaskRunner.run(self.parent(), fill(self.tr("Reading %1…"), self.path),
                       lambda progress: staff_import.read_preview(self.path, progress, normal),
                       self.show_preview, self._failed, cancelled)

    def _failed(self, exc):
        show_error(self, self.tr("Import staff"), error_text(exc))
        self.summary.setText(error_text(exc))

    def _show_detail(self, current, _previous=None):
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.detail.clear()
        elif row.status == staff_import.REJECTED:
            self.detail.setText(fill(self.tr("Row %1, column %2: %3"), str(row.row), row.column,
                                     i18n.text(row.reason)))
        else:
            said = [self.model.reason_text(row), changes_text(row, "\n")]
            self.detail.setText(fill(self.tr("Row %1: %2"), str(row.row),
                                     "\n".join(t for t in said if t)))

    def show_preview(self, preview):
        self.preview = preview
        text = fill(self.tr("%1 new, %2 updates, %3 unchanged, %4 rejected."), str(preview.new),
                    str(preview.updated), str(preview.unchanged), str(preview.rejected))
        if preview.weakening:
            text += " " + self.tr("%n row(s) would replace values with less (fewer titles, "
                                  "an empty or shorter value): tick those to apply them "
                                  "too.", "", preview.weakening)
        if preview.skipped:
            text += " " + self.tr("%n row(s) are not people (numbering, signature) and are "
                                  "skipped.", "", preview.skipped)
        if preview.ignored_columns:
            text += " " + fill(self.tr("Columns not used: %1."), ", ".join(preview.ignored_columns))
        if preview.unheaded_columns:
            text += " " + fill(self.tr("Columns without a heading, not used: %1."),
                               ", ".join(preview.unheaded_columns))
        self.summary.setText(text)
        self._count_rows()
        self.rejects_button.setEnabled(preview.rejected > 0)
        self._refill()

    def _count_rows(self):
        """The button says how many rows go in: new, updates and the ticked ones."""
        good = sum(1 for r in self.preview.rows if r.status in (staff_import.NEW,
                                                                staff_import.UPDATE)
                   or (r.status == staff_import.WEAKENS and r.apply_anyway))
        self.import_button.setText(self.tr("Import %n row(s)", "", good))
        self.import_button.setEnabled(good > 0 and not self.imported)

    def _refill(self, *_):
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.only_rejected.isChecked():
            rows = [r for r in rows if r.status == staff_import.REJECTED]
        self.model.show_rows(rows)
        first_to_see = next((i for i, r in enumerate(rows) if r.status in (
            staff_import.REJECTED, staff_import.WEAKENS)), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(first_to_see, 0))

    def run_import(self):
        self.import_button.setEnabled(False)
        TaskRunner.run(self, self.tr("Importing staff…"),
                       lambda progress: staff_import.apply(self.preview, progress),
                       self._imported, self._failed,
                       lambda: self.import_button.setEnabled(True))

    def _imported(self, result):
        """Done: say so, and keep the rejected rows listed so they can still be saved."""
        self.imported = True
        self.normal_case.setEnabled(False)  # reading again now would compare with the import
        text = fill(self.tr("Imported %1, updated %2, rejected %3."), str(result.imported),
                    str(result.updated), str(result.rejected))
        if result.held:
            text += " " + self.tr("%n row(s) that would replace values with less were left "
                                  "out; the records keep their values.", "", result.held)
        if result.rejected:
            text += " " + self.tr("The rejected rows stay listed: save them to fix and "
                                  "import again.")
            self.only_rejected.setChecked(True)
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        show_info(self, self.tr("Import staff"), text)

    def save_rejects(self):
        from ui.common.files.save_file import ask_save_path

        suggested = Path(self.path).stem + "-" + self.tr("rejected") + ".csv"
        path = ask_save_path(self, self.tr("Save rejected rows"), suggested,
                             self.tr("CSV (*.csv);;Excel workbook (*.xlsx)").split(";;"))
        if path is not None:
            self.write_rejects(str(path))

    def write_rejects(self, path: str) -> None:
        from models.files.export import write_verified

        try:
            write_verified(path, lambda made: write_rejects(self.preview, made,
                                                            render=i18n.text))
        except (OSError, SiBinaError) as exc:
            show_error(self, self.tr("Save rejected rows"), error_text(exc))
            return
        show_info(self, self.tr("Save rejected rows"),
                  fill(self.tr("%n rejected row(s) saved to %1.", "", self.preview.rejected), path))
