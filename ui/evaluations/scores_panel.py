"""Pre-test and post-test scores of one event, typed in a grid or imported from a file.

Built for typing the marked test papers in: a digit starts editing the current score,
Enter saves it and goes down to the next person, Tab goes pre → post → next person's
pre. A value that is not a score (0–100) is refused with a word in the status line and
nothing is saved. Ctrl+Z puts back the score the last change replaced.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import scores
from models.messages import SiBinaError
from models.staff.nip import grouped
from ui import i18n
from ui.common import formats
from ui.common.entry_grid import EntryGridView
from ui.common.files.import_preview import ImportPreviewDialog
from ui.common.row_table import RowTableModel
from ui.common.widgets import ERROR_LABEL_STYLE, error_text, show_error
from ui.i18n import fill
from ui.tasks import TaskRunner

NUMBER, NAME, NIP, PRE, POST, GAIN, BAND = range(7)
KIND_OF_COLUMN = {PRE: scores.PRE, POST: scores.POST}
BAND_COLOURS = {scores.HIGH: QColor("#c6efce"), scores.MEDIUM: QColor("#ffe699"),
                scores.LOW: QColor("#f8c6c0")}
INK = QColor("#1f1f1f")  # dark on the light fills, in a dark desktop theme too
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_EDITABLE = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
             | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)
_PLAIN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_WIDTHS = {NUMBER: 44, NIP: 170, PRE: 80, POST: 80, GAIN: 70, BAND: 90}  # NIP grouped fits
_NAME_WIDTH = 250  # "Dra. Siti Aminah, S.IP., M.Hum." whole


class ScoresModel(RowTableModel):
    problem = Signal(str)  # a typed value was refused: the reason, in the user's language
    changed = Signal()  # a score was stored or cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.last_refused = False  # the last value typed was not saved
        self.history: list[tuple[int, str, float | None]] = []  # (person, kind, replaced)
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("NIP"), self.tr("Pre-test"),
                         self.tr("Post-test"), self.tr("Gain"), self.tr("Band")]
        self.band_text = {scores.HIGH: self.tr("High"), scores.MEDIUM: self.tr("Medium"),
                          scores.LOW: self.tr("Low")}

    def load(self, event_id: int | None) -> None:
        self.beginResetModel()
        self.event_id = event_id
        self._rows = scores.scores(event_id) if event_id is not None else []
        self.history.clear()
        self.endResetModel()

    def flags(self, index):
        return _EDITABLE if index.column() in KIND_OF_COLUMN else _PLAIN

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (NUMBER, PRE, POST, GAIN):
                return _RIGHT
            return _CENTRE if column == BAND else None
        if column == BAND and row.band is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return BAND_COLOURS[row.band]
            if role == Qt.ItemDataRole.ForegroundRole:
                return INK
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GAIN and row.pre is not None and row.pre >= scores.MAX_SCORE:
                return self.tr("No gain to measure: the pre-test was already 100.")
            if column == NAME:
                return row.name
        return None

    def _text(self, row: scores.ScoreRow, column: int) -> str:
        if column == NUMBER:
            return str(row.participant_no or "")
        if column == NAME:
            return row.name
        if column == NIP:
            return grouped(row.nip)
        if column in (PRE, POST):
            # every typed decimal: the cell's editor starts from this text, and a rounded
            # one would be saved back as a changed score
            return formats.number(row.pre if column == PRE else row.post, 6)
        if column == GAIN:
            undefined = row.pre is not None and row.post is not None and row.gain is None
            return "—" if undefined else formats.fixed(row.gain, 2, "")
        return self.band_text.get(row.band, "")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        """Save a typed score at once; refuse (and say why) anything but 0–100."""
        kind = KIND_OF_COLUMN.get(index.column())
        if role != Qt.ItemDataRole.EditRole or kind is None or self.event_id is None:
            return False
        text = str(value or "").strip()
        row = self._rows[index.row()]
        try:
            typed = scores.parse_score(text)
            if typed == getattr(row, kind):
                self.last_refused = False
                return False  # the same value again: nothing to save or undo
            replaced = scores.set_score(self.event_id, row.person_id, kind, typed)
        except SiBinaError as exc:
            self.last_refused = True
            self.problem.emit(i18n.text(exc.msg))
            return False
        self.last_refused = False
        self.history.append((row.person_id, kind, replaced))
        self._show(index.row(), kind, typed)
        return True

    def _show(self, position: int, kind: str, value: float | None) -> None:
        row = self._rows[position]
        setattr(row, kind, value)
        row.gain = scores.gain(row.pre, row.post)
        row.band = scores.band(row.gain)
        self.dataChanged.emit(self.index(position, PRE), self.index(position, BAND))
        self.changed.emit()

    def clear(self, indexes) -> int:
        """Clear the scores of these cells (one undo step each); returns how many."""
        cleared = 0
        for index in indexes:
            kind = KIND_OF_COLUMN.get(index.column())
            row = self._rows[index.row()]
            if kind is None or getattr(row, kind) is None:
                continue
            replaced = scores.clear_score(self.event_id, row.person_id, kind)
            self.history.append((row.person_id, kind, replaced))
            self._show(index.row(), kind, None)
            cleared += 1
        return cleared

    def undo(self) -> int | None:
        """Put back the score the last change replaced; returns the row it is on."""
        if not self.history:
            return None
        person_id, kind, replaced = self.history.pop()
        scores.set_score(self.event_id, person_id, kind, replaced)
        position = next(i for i, r in enumerate(self._rows) if r.person_id == person_id)
        self._show(position, kind, replaced)
        return position


class ScoresView(EntryGridView):
    """Enter saves and goes down; Tab goes pre → post → the next person's pre."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def layout_columns(self) -> None:
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        self._fit_name()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit_name()

    def _fit_name(self) -> None:
        """The name takes the room left, but never less than a long name needs: a narrow
        window scrolls sideways instead of cutting every name short."""
        rest = sum(self.columnWidth(c) for c in range(self.model().columnCount() if
                                                       self.model() else 0) if c != NAME)
        self.setColumnWidth(NAME, max(_NAME_WIDTH, self.viewport().width() - rest))

    def moveCursor(self, action, modifiers):  # noqa: N802
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and current.column() in KIND_OF_COLUMN:
            row, column = current.row(), current.column()
            if action == QAbstractItemView.CursorAction.MoveNext:
                if column == PRE:
                    return model.index(row, POST)
                return model.index(min(row + 1, model.rowCount() - 1),
                                   PRE if row + 1 < model.rowCount() else POST)
            if action == QAbstractItemView.CursorAction.MovePrevious:
                if column == POST:
                    return model.index(row, PRE)
                return model.index(max(row - 1, 0), POST if row else PRE)
        return super().moveCursor(action, modifiers)


class ScoresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.model = ScoresModel(self)
        self.table = ScoresView()
        self.table.setModel(self.model)
        self.table.layout_columns()
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr(
            "A CSV or Excel file with NIP, No. or Name, and Pre-test and Post-test columns"))
        self.import_button.clicked.connect(self.choose_import_file)
        hint = QLabel(self.tr("Type a score (0–100): Enter goes down, Tab to the next score, "
                              "Delete clears, Ctrl+Z undoes."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        self.average = QLabel()
        self.average.setWordWrap(True)
        self.average.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.average)
        layout.addWidget(self.status)
        self.model.problem.connect(self._refused)
        self.model.changed.connect(self._changed)
        self.table.clear_asked.connect(self.clear_chosen)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        """Show an event's participants and scores, read afresh (None: nothing)."""
        self.event_id = event_id
        self.model.load(event_id)
        self.import_button.setEnabled(event_id is not None)
        self.status.clear()
        self._update_average()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, PRE))

    def _refused(self, reason: str) -> None:
        self.status.setStyleSheet(ERROR_LABEL_STYLE)
        self.status.setText(fill(self.tr("Not saved: %1"), reason))

    def _changed(self) -> None:
        self.status.setStyleSheet("")
        self.status.clear()
        self._update_average()

    def clear_chosen(self) -> None:
        chosen = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        self.model.clear([i for i in chosen if i.isValid()])

    def undo(self) -> None:
        position = self.model.undo()
        if position is not None:
            self.table.setCurrentIndex(self.model.index(position, self.table.currentIndex()
                                                        .column()))
            self.status.setText(self.tr("The earlier score is back."))

    def _update_average(self) -> None:
        rows = self.model.rows()
        if self.event_id is None:
            self.average.setText(self.tr("Choose an event to see its test scores."))
            return
        if not rows:
            self.average.setText(self.tr("This event has no participants yet."))
            return
        gain = scores.summarise(rows)
        if gain.mean_gain is None:
            text = self.tr("Average gain: none yet; it needs a pre-test and a post-test score "
                           "of the same person.")
        else:
            text = fill(self.tr("Average gain: %1 (%2), over %n participant(s) with both scores.",
                                "", gain.n), formats.fixed(gain.mean_gain),
                        self.model.band_text[gain.band].lower())
        perfect = gain.ceiling
        missing = len(rows) - gain.n - gain.ceiling
        if perfect:
            text += " " + self.tr("%n with a pre-test of 100 left out (no gain to measure).",
                                  "", perfect)
        if missing:
            text += " " + self.tr("%n participant(s) without both scores yet.", "",
                                          missing)
        self.average.setText(text)

    # importing
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import test scores"), str(Path.home()),
            self.tr("CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Read the file, show what it would do, and import the good rows when asked."""
        event_id = self.event_id
        if event_id is None:
            return
        TaskRunner.run(self, fill(self.tr("Reading %1…"), Path(path).name),
                       lambda progress: scores.read_import(event_id, path, progress),
                       self._preview_read, self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("Import test scores"), error_text(exc))

    def _preview_read(self, preview: scores.ImportPreview) -> None:
        status = {scores.OK: self.tr("import"), scores.UNCHANGED: self.tr("unchanged"),
                  scores.REJECTED: self.tr("rejected")}
        rows = []
        for r in preview.rows:
            reason = i18n.text(r.reason) if r.reason else ""
            rows.append(([str(r.row), status[r.status], r.name, formats.number(r.pre),
                          formats.number(r.post), r.column, reason], r.status == scores.REJECTED,
                         fill(self.tr("Row %1, column %2: %3"), str(r.row), r.column, reason)
                         if reason else ""))
        good = preview.count(scores.OK)
        summary = fill(self.tr("%1: %2 to import, %3 unchanged, %4 rejected."), preview.path.name,
                       str(good), str(preview.count(scores.UNCHANGED)),
                       str(preview.count(scores.REJECTED)))
        if preview.replaced:
            summary += " " + self.tr("%n score(s) already stored will be replaced.", "",
                                     preview.replaced)
        if preview.ignored_columns:
            summary += " " + fill(self.tr("Columns not used: %1."),
                                  ", ".join(preview.ignored_columns))
        dialog = ImportPreviewDialog(
            self, self.tr("Import test scores"), summary,
            [self.tr("Row"), self.tr("Status"), self.tr("Participant"), self.tr("Pre-test"),
             self.tr("Post-test"), self.tr("Column"), self.tr("Reason")], rows,
            self.tr("Import %n row(s)", "", good), good > 0)
        if dialog.exec():
            TaskRunner.run(self, self.tr("Importing test scores…"),
                           lambda progress: scores.apply_import(preview, progress),
                           self._imported, self._failed)

    def _imported(self, result: scores.ImportResult) -> None:
        self.set_event(self.event_id)
        self.status.setText(self.tr("Imported: %n score(s) stored.", "", result.written))
