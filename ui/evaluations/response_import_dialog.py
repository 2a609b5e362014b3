"""Import evaluation responses from a form tool's CSV: columns, then a preview, then import.

The columns come pre-matched (as remembered for the form, or guessed from the headings);
the office corrects them once and SiBina remembers them on import. The preview counts the
rows that fit and lists every problem with its row, column and reason; Import brings in the
rows that fit, all in one transaction, and the rejected rows stay listed.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import rating_scales, response_columns, response_import
from models.evaluation.questionnaires import SPEAKER
from models.evaluation.responses import event_speakers
from models.evaluation.tables import Questionnaire
from ui import i18n
from ui.common.row_table import RowTableModel
from ui.common.widgets import ERROR_LABEL_STYLE, error_text, show_error, show_info
from ui.evaluations.rating_values import RatingValues
from ui.i18n import fill
from ui.tasks import TaskRunner

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_REJECTED_COLOUR = QColor("#fdecea")
_NOTE_COLOUR = QColor("#fff8e1")
IGNORE = None


class PreviewModel(RowTableModel):
    """One line per problem of a rejected row (row, column, reason), one per row that fits
    (with its note, such as a NIP nobody has)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # _rows: (row, status, respondent, column, reason text, rejected)
        self._headers = [self.tr("Row"), self.tr("Status"), self.tr("Respondent"),
                        self.tr("Column"), self.tr("Reason")]
        self.status_text = {response_import.OK: self.tr("fits"),
                            response_import.REJECTED: self.tr("rejected"),
                            response_import.ALREADY: self.tr("already imported")}
        self.anonymous = self.tr("anonymous")

    def set_rows(self, rows) -> None:
        lines = []
        for row in rows:
            who = row.respondent or self.anonymous
            if row.person_id is None and row.respondent and not row.problems:
                who = f"{self.anonymous} ({row.respondent})"  # named, but no participant
            status = self.status_text[row.status]
            if row.problems:
                lines += [(row.row, status, who, column, i18n.text(reason), True)
                          for column, reason in row.problems]
            else:
                lines.append((row.row, status, who, "",
                              i18n.text(row.note) if row.note else "", False))
        self.show_rows(lines)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self._rows[index.row()]
        if role == _BACKGROUND:
            if line[5]:
                return _REJECTED_COLOUR
            return _NOTE_COLOUR if line[4] else None
        if role == _DISPLAY or role == _TOOLTIP:
            return line[index.column()]
        return None


class ResponseImportDialog(QDialog):
    def __init__(self, parent, event_id: int, questionnaire_id: int, path: str):
        super().__init__(parent)
        self.event_id = event_id
        self.questionnaire = Questionnaire.get_by_id(questionnaire_id)
        self.speaker_form = self.questionnaire.kind == SPEAKER
        self.path = path
        self.table = None  # the file as read
        self.preview = None
        self.imported = False
        self.setWindowTitle(fill(self.tr("Import responses — %1 — %2"), self.questionnaire.name,
                                 Path(path).name))
        self.resize(1000, 640)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("← Columns"))
        self.back_button.clicked.connect(self.show_columns)
        self.next_button = QPushButton(self.tr("Check the rows →"))
        self.next_button.clicked.connect(self.check_rows)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(self.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.show_columns()
        self.next_button.setEnabled(False)

    # --- page 1: which column holds what ----------------------------------------------------

    def _columns_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(fill(self.tr(
            "Match each column of the file to a question of “%1”, to the respondent's NIP or "
            "name (a NIP finds the person; a row naming no one is anonymous), or ignore it. "
            "SiBina remembers the choice for this form."), self.questionnaire.name))
        intro.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Holds")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping_table.setColumnWidth(0, 360)
        self.mapping_table.setColumnWidth(1, 190)
        self.speaker_for_all = QComboBox()
        self.speaker_for_all.addItem(self.tr("— a column names the speaker —"), None)
        for pid, name in event_speakers(self.event_id):
            self.speaker_for_all.addItem(name, pid)
        self.speaker_for_all.currentIndexChanged.connect(self._mapping_changed)
        self.mapping_problems = QLabel()
        self.mapping_problems.setWordWrap(True)
        self.mapping_problems.setStyleSheet(ERROR_LABEL_STYLE)
        self.rating_values = RatingValues()
        self.ratings_caption = QLabel(self.tr(
            "The answers to the rating questions and their &values (suggested for the usual "
            "scales; SiBina remembers them for this form):"))
        self.ratings_caption.setWordWrap(True)
        self.ratings_caption.setBuddy(self.rating_values)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.ratings_caption)
        layout.addWidget(self.rating_values, 1)
        if self.speaker_form:
            row = QHBoxLayout()
            caption = QLabel(self.tr("Every row is about the &speaker:"))
            caption.setBuddy(self.speaker_for_all)
            row.addWidget(caption)
            row.addWidget(self.speaker_for_all, 1)
            layout.addLayout(row)
        layout.addWidget(self.mapping_problems)
        return page

    def start(self) -> None:
        TaskRunner.run(self.parent(), fill(self.tr("Reading %1…"), self.path),
                       lambda progress: response_import.read_table(self.path, progress),
                       self.show_table, self._failed)

    def show_table(self, table) -> None:
        self.table = table
        mapping = response_columns.mapping_for(table.headers, self.questionnaire.id)
        targets = self._targets()
        self.mapping_table.setRowCount(len(table.headers))
        for line, heading in enumerate(table.headers):
            self.mapping_table.setCellWidget(line, 0, self._cell(heading))
            self.mapping_table.setCellWidget(
                line, 1, self._cell(" · ".join(table.samples(line)), grey=True))
            combo = QComboBox()
            for text, target in targets:
                combo.addItem(text, target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(heading))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(line, 2, combo)
        self.mapping_table.resizeRowsToContents()
        self._mapping_changed()

    def _cell(self, text: str, grey: bool = False) -> QLabel:
        label = QLabel(text)
        label.setToolTip(text)
        label.setContentsMargins(4, 0, 4, 0)
        if grey:
            label.setStyleSheet("color: #5f6368;")
        return label

    def _targets(self) -> list[tuple[str, object]]:
        targets = [(self.tr("— ignore —"), IGNORE),
                   (self.tr("Respondent's NIP"), response_columns.NIP),
                   (self.tr("Respondent's name"), response_columns.NAME)]
        if self.speaker_form:
            targets.append((self.tr("Speaker"), response_columns.SPEAKER))
        return targets + [(text, qid) for qid, text in
                          response_import.question_labels(self.questionnaire.id)]

    def mapping(self) -> dict:
        if self.table is None:
            return {}
        return {heading: self.mapping_table.cellWidget(line, 2).currentData()
                for line, heading in enumerate(self.table.headers)}

    def set_target(self, heading: str, target) -> None:
        """Choose what a column holds (the combo of that column)."""
        line = self.table.headers.index(heading)
        combo = self.mapping_table.cellWidget(line, 2)
        combo.setCurrentIndex(combo.findData(target))

    def _fixed_speaker(self):
        return self.speaker_for_all.currentData() if self.speaker_form else None

    def _mapping_changed(self, *_) -> None:
        if self.table is None:
            return
        problems = response_columns.mapping_problems(self.mapping(), self.questionnaire.id,
                                                    self._fixed_speaker() is not None)
        self.mapping_problems.setText("\n".join(i18n.text(p) for p in problems))
        self.mapping_problems.setVisible(bool(problems))
        self.next_button.setEnabled(not problems)
        texts = response_import.rating_texts(self.table, self.mapping(), self.questionnaire.id)
        self.rating_values.set_values(rating_scales.ratings_for(texts, self.questionnaire.id))
        self.ratings_caption.setVisible(bool(texts))
        self.rating_values.setVisible(bool(texts))

    def show_columns(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back_button.hide()
        self.import_button.hide()
        self.next_button.show()
        self.next_button.setDefault(True)

    # --- page 2: what importing would do ---------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.only_rejected = QCheckBox(self.tr("Show only rejected rows and rows with a "
                                               "note"))
        self.only_rejected.toggled.connect(self._refill)
        self.model = PreviewModel(self)
        self.rows_view = QTableView()
        self.rows_view.setModel(self.model)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_view.verticalHeader().hide()
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 80, 220, 260)):
            self.rows_view.setColumnWidth(column, width)
        self.detail = QLabel()  # the whole reason of the line under the cursor
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_view.selectionModel().currentRowChanged.connect(self._show_detail)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addWidget(self.earlier)
        layout.addWidget(self.only_rejected)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.detail)
        return page

    def check_rows(self) -> None:
        mapping, speaker_id = self.mapping(), self._fixed_speaker()
        ratings = self.rating_values.values()
        TaskRunner.run(self, self.tr("Checking the rows…"),
                       lambda progress: response_import.read_preview(
                           self.table, self.event_id, self.questionnaire.id, mapping,
                           speaker_id, progress, ratings),
                       self.show_preview, self._failed)

    def show_preview(self, preview) -> None:
        self.preview = preview
        self.summary.setText(self._summary(preview))
        if preview.rejected:
            self.explanation.setText(fill(self.tr(
                "Import brings in the %1 rows that fit, all in one go; the rejected rows are "
                "not imported. To import nothing, close this window. Rejected rows stay "
                "listed: correct them in the file and import a file holding only those rows."),
                                          str(preview.ok)))
        else:
            self.explanation.setText(self.tr("Every row fits; Import brings them all in, in "
                                             "one go."))
        self.earlier.setText(self.tr(
            "%n row(s) of this file were already imported (from this file or an earlier "
            "download of it) and are skipped.", "", preview.already))
        self.earlier.setVisible(bool(preview.already))
        self.import_button.setText(self.tr("Import %n row(s)", "", preview.ok))
        self.import_button.setEnabled(preview.ok > 0)
        self.only_rejected.setChecked(any(r.status == response_import.REJECTED or r.note
                                          for r in preview.rows))
        self._refill()
        self.pages.setCurrentIndex(1)
        self.next_button.hide()
        self.back_button.show()
        self.import_button.show()
        self.import_button.setDefault(True)

    def _summary(self, preview) -> str:
        parts = [self.tr("%n row(s) fit", "", preview.ok) + ",",
                 self.tr("%n rejected", "", preview.rejected) + ".",
                 self.tr("%n anonymous (naming no participant of this event).", "",
                         preview.anonymous)]
        if preview.already:
            parts.append(self.tr("%n already imported before.", "", preview.already))
        return " ".join(parts)

    def _refill(self, *_) -> None:
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.only_rejected.isChecked():
            rows = [r for r in rows if r.status == response_import.REJECTED or r.note]
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.rows_view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.detail.clear()

    def _show_detail(self, current, _previous=None) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row, _status, _who, column, reason, rejected = self.model.row_at(current.row())
        if not reason:
            self.detail.clear()
        elif column:
            self.detail.setText(fill(self.tr("Row %1, column %2: %3"), str(row), column, reason))
        else:
            self.detail.setText(fill(self.tr("Row %1: %2"), str(row), reason))

    # --- importing ---------------------------------------------------------------------------

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        TaskRunner.run(self, self.tr("Importing responses…"),
                       lambda progress: response_import.apply(self.preview, progress),
                       self._imported, self._failed, self._cancelled)

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.summary.setText(self.tr("Import cancelled: nothing was imported."))

    def _imported(self, result) -> None:
        self.imported = True
        text = " ".join((self.tr("%n response(s) imported", "", result.imported),
                         self.tr("(%n anonymous);", "", result.anonymous),
                         self.tr("%n row(s) rejected.", "", result.rejected)))
        if result.already:
            text += " " + self.tr("%n row(s) already imported before were skipped.", "",
                                  result.already)
        if result.rejected:
            text += " " + self.tr("The rejected rows stay listed below.")
        self.summary.setText(text)
        self.explanation.clear()
        self.import_button.setEnabled(False)
        self.back_button.setEnabled(False)
        show_info(self, self.tr("Import responses"), text)

    def _failed(self, exc) -> None:
        show_error(self, self.tr("Import responses"), error_text(exc))
        if self.import_button.isVisible():
            self.import_button.setEnabled(self.preview is not None and not self.imported)
            self.back_button.setEnabled(True)
        else:
            self.mapping_problems.setText(error_text(exc))
            self.mapping_problems.show()
