"""The library's monthly service figures: a 12-month × metric grid for one year.

Typed like a spreadsheet: a digit starts editing, Enter saves and goes down to the next
month, Tab goes right. Numbers are shown and read the Indonesian way (``12.345``,
``12,5``). The list of metrics is edited beside the grid; a file of figures imports with
a preview of every row.
"""

import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models.evaluation import service_stats as stats
from models.messages import SiBinaError
from ui import i18n
from ui.common import formats
from ui.common.entry_grid import EntryGridView
from ui.common.files.import_preview import ImportPreviewDialog
from ui.common.widgets import ERROR_LABEL_STYLE, error_text, show_error
from ui.i18n import fill
from ui.tasks import TaskRunner

_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EDITABLE = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
             | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)
_INACTIVE_INK = QColor("#777777")
_MIN_COLUMN = 120  # "1.234.567,5" and half of "Pemanfaatan koleksi digital"


class StatsGridModel(QAbstractTableModel):
    """Rows are the months, columns the metrics; a typed figure is saved at once."""

    problem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = stats.YearGrid(0, [], [[] for _ in stats.MONTHS])
        self.last_refused = False

    def load(self, year: int) -> None:
        self.beginResetModel()
        self.grid = stats.grid(year)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 12

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.grid.metrics)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                return formats.month_name(section + 1)
            metric = self.grid.metrics[section]
            return metric.name if metric.active else fill(self.tr("%1 (inactive)"), metric.name)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.grid.metrics[section].name
        return None

    def flags(self, index):
        return _EDITABLE

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = self.grid.values[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return formats.number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not self.grid.metrics[
                index.column()].active:
            return _INACTIVE_INK
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        row, column = index.row(), index.column()
        metric = self.grid.metrics[column]
        key = (metric.id, self.grid.year, row + 1)
        try:
            number = _read_typed(text)
            if number == self.grid.values[row][column] and key not in self.grid.not_counted:
                self.last_refused = False
                return False
            stats.set_value(metric.id, self.grid.year, row + 1, number, written=text)
        except SiBinaError as exc:
            self.last_refused = True
            # Named, as Enter may have taken the cursor on before the message is read.
            self.problem.emit(fill(self.tr("%1, %2: %3"), metric.name,
                                   formats.month_name(row + 1, self.grid.year),
                                   i18n.text(exc.msg)))
            return False
        self.last_refused = False
        self.grid.values[row][column] = number
        self.grid.not_counted.pop(key, None)
        self.dataChanged.emit(index, index)
        return True

    def clear(self, indexes) -> None:
        for index in indexes:
            key = (self.grid.metrics[index.column()].id, self.grid.year, index.row() + 1)
            if (self.grid.values[index.row()][index.column()] is not None
                    or key in self.grid.not_counted):
                stats.set_value(*key, None)
                self.grid.values[index.row()][index.column()] = None
                self.grid.not_counted.pop(key, None)
                self.dataChanged.emit(index, index)

    def not_counted_text(self) -> str:
        """Which stored figures an older version let in and no month counts, or ""."""
        names = {m.id: m.name for m in self.grid.metrics}
        cells = [fill(self.tr("%1, %2"), names[metric], formats.month_name(month, year))
                 for metric, year, month in sorted(
                     self.grid.not_counted, key=lambda k: (k[2], list(names).index(k[0])))]
        if not cells:
            return ""
        return fill(self.tr("Not counted, as no month can have them: %1. Type the figure "
                            "again or clear it with Delete."), "; ".join(cells))


def _read_typed(text: str) -> float | None:
    """What the user typed, in their locale first (English "1,234" is a thousand), then as
    the office writes figures; whether it may be stored is the model's to say."""
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    if ok:
        return number
    return stats.parse_value(text)


class StatsGridView(EntryGridView):
    """Enter saves and goes down to the next month; Delete clears the chosen cells."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width among the metrics, down to a width a figure and a two-line
        name fit in; past that the grid scrolls sideways."""
        model = self.model()
        count = model.columnCount() if model else 0
        if not count:
            return
        width = max(_MIN_COLUMN, self.viewport().width() // count)
        for column in range(count):
            self.setColumnWidth(column, width)
        # The header's own size hint counts one line; a long metric name wraps onto more
        # ("Pemanfaatan koleksi digital"), up to three before the tooltip must tell.
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        lines = max(metrics.boundingRect(QRect(0, 0, width - 10, 1000),
                                         int(Qt.TextFlag.TextWordWrap),
                                         str(model.headerData(c, Qt.Orientation.Horizontal))
                                         ).height() // metrics.lineSpacing()
                    for c in range(count))
        header.setFixedHeight(min(max(lines, 1), 3) * metrics.lineSpacing() + 12)


class ServiceStatsDialog(QDialog):
    def __init__(self, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Service statistics"))
        self.resize(1000, 560)
        stats.ensure_default_metrics()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(year or datetime.date.today().year)
        year_caption = QLabel(self.tr("&Year:"))
        year_caption.setBuddy(self.year)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr(
            "A CSV or Excel file with a Bulan column (2026-03, Maret 2026) or Tahun and "
            "Bulan columns, and one column per metric, headed with its name"))
        self.import_button.clicked.connect(self.choose_import_file)
        hint = QLabel(self.tr("Type a figure: Enter goes down to the next month, Tab to the "
                              "next metric, Delete clears."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)

        self.model = StatsGridModel(self)
        self.table = StatsGridView()
        self.table.setModel(self.model)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.metric_list = QListWidget()
        self.metric_list.setFixedWidth(260)
        self.metric_list.setWordWrap(True)  # a long name wraps rather than scrolls away
        self.metric_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.metric_list.currentRowChanged.connect(lambda *_: self._update_metric_buttons())
        self.metric_buttons = {}
        metric_column = QVBoxLayout()
        metric_column.addWidget(QLabel(self.tr("Metrics (the columns):")))
        metric_column.addWidget(self.metric_list, 1)
        # Lambdas: clicked() would hand its "checked" flag to the optional name.
        for key, text, slot in (("add", self.tr("Add…"), lambda: self.add_metric()),
                                ("rename", self.tr("Rename…"), lambda: self.rename_metric()),
                                ("up", self.tr("Move up"), lambda: self.move_metric(-1)),
                                ("down", self.tr("Move down"), lambda: self.move_metric(1)),
                                ("active", self.tr("Deactivate"), self.toggle_metric)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            metric_column.addWidget(button)
            self.metric_buttons[key] = button

        top = QHBoxLayout()
        top.addWidget(year_caption)
        top.addWidget(self.year)
        top.addWidget(hint, 1)
        top.addWidget(self.import_button)
        grid_column = QVBoxLayout()
        grid_column.addLayout(top)
        grid_column.addWidget(self.table, 1)
        grid_column.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(grid_column, 1)
        body.addLayout(metric_column)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.year.valueChanged.connect(self.reload)
        self.model.problem.connect(self._refused)
        self.model.dataChanged.connect(lambda *_: self._show_not_counted())
        self.table.clear_asked.connect(self.clear_chosen)
        self.reload()
        self.table.setFocus()

    def reload(self, *_, select: int | None = None) -> None:
        """Read the year's grid and the metric list again; the cursor stays put (the
        metric ``select`` is chosen in the list instead of the one that was)."""
        cell = self.table.currentIndex()
        self.model.load(self.year.value())
        self.table.fit_columns()
        if self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(
                max(cell.row(), 0), min(max(cell.column(), 0), self.model.columnCount() - 1)))
        chosen = select if select is not None else self.chosen_metric()
        self.metric_list.clear()
        for metric in stats.metrics(include_inactive=True):
            text = metric.name if metric.active else fill(self.tr("%1 (inactive)"), metric.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, metric.id)
            item.setToolTip(metric.name)
            if not metric.active:
                item.setForeground(_INACTIVE_INK)
            self.metric_list.addItem(item)
            if metric.id == chosen:
                self.metric_list.setCurrentItem(item)
        if self.metric_list.currentItem() is None and self.metric_list.count():
            self.metric_list.setCurrentRow(0)
        self._update_metric_buttons()
        self._show_not_counted()

    def _refused(self, reason: str) -> None:
        self.status.setStyleSheet(ERROR_LABEL_STYLE)
        self.status.setText(fill(self.tr("Not saved: %1"), reason))

    def _show_not_counted(self) -> None:
        """Say what the grid holds that does not count, or nothing."""
        warning = self.model.not_counted_text()
        self.status.setStyleSheet(ERROR_LABEL_STYLE if warning else "")
        self.status.setText(warning)

    def clear_chosen(self) -> None:
        chosen = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        self.model.clear([i for i in chosen if i.isValid()])

    # the metric list
    def chosen_metric(self) -> int | None:
        item = self.metric_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen_active(self) -> bool:
        metric_id = self.chosen_metric()
        return any(m.id == metric_id for m in stats.metrics())

    def _update_metric_buttons(self) -> None:
        chosen = self.chosen_metric() is not None
        row, count = self.metric_list.currentRow(), self.metric_list.count()
        for key in ("rename", "active"):
            self.metric_buttons[key].setEnabled(chosen)
        self.metric_buttons["up"].setEnabled(chosen and row > 0)
        self.metric_buttons["down"].setEnabled(chosen and row < count - 1)
        self.metric_buttons["active"].setText(
            self.tr("Deactivate") if not chosen or self._chosen_active()
            else self.tr("Activate"))

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name of the metric:"), text=text)
        return name if ok else None

    def _metric_change(self, change) -> None:
        """Run a change to the metric list (it may return the metric to choose after);
        a refusal is said, not raised."""
        chosen = None
        try:
            chosen = change()
        except SiBinaError as exc:
            show_error(self, self.tr("Metrics"), error_text(exc))
        self.reload(select=chosen)

    def add_metric(self, name: str | None = None) -> None:
        """Add a metric named ``name``, or asked for (None)."""
        if name is None:
            name = self._ask_name(self.tr("Add a metric"))
        if name is not None:
            self._metric_change(lambda: stats.add_metric(name).id)

    def rename_metric(self, name: str | None = None) -> None:
        metric_id = self.chosen_metric()
        if metric_id is None:
            return
        if name is None:
            current = next(m.name for m in stats.metrics(include_inactive=True)
                           if m.id == metric_id)
            name = self._ask_name(self.tr("Rename the metric"), current)
        if name is not None:
            self._metric_change(lambda: stats.rename_metric(metric_id, name))

    def move_metric(self, step: int) -> None:
        metric_id = self.chosen_metric()
        if metric_id is not None:
            self._metric_change(lambda: stats.move_metric(metric_id, step))

    def toggle_metric(self) -> None:
        """Deactivate: its column goes (its figures stay, for the years that have them)."""
        metric_id = self.chosen_metric()
        if metric_id is not None:
            active = self._chosen_active()
            self._metric_change(lambda: stats.set_metric_active(metric_id, not active))

    # importing
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import service statistics"), str(Path.home()),
            self.tr("CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        TaskRunner.run(self, fill(self.tr("Reading %1…"), Path(path).name),
                       lambda progress: stats.read_import(path, progress),
                       self._preview_read, self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("Import service statistics"), error_text(exc))

    def _preview_read(self, preview: stats.ImportPreview) -> None:
        status = {stats.OK: self.tr("import"), stats.UNCHANGED: self.tr("unchanged"),
                  stats.REJECTED: self.tr("rejected")}
        rows = []
        for r in preview.rows:
            period = formats.month_name(r.month, r.year) if r.year else r.period
            reason = i18n.text(r.reason) if r.reason else ""
            rows.append(([str(r.row), status[r.status], period, str(len(r.values) or ""),
                          r.column, reason], r.status == stats.REJECTED,
                         fill(self.tr("Row %1, column %2: %3"), str(r.row), r.column, reason)
                         if reason else ""))
        good = preview.count(stats.OK)
        summary = fill(self.tr("%1: %2 to import, %3 unchanged, %4 rejected."), preview.path.name,
                       str(good), str(preview.count(stats.UNCHANGED)),
                       str(preview.count(stats.REJECTED)))
        summary += " " + fill(self.tr("Metrics read: %1."), ", ".join(preview.metric_columns))
        if preview.replaced:
            summary += " " + self.tr("%n figure(s) already stored will be replaced.", "",
                                     preview.replaced)
        if preview.ignored_columns:
            summary += " " + fill(self.tr("Columns matching no metric, not used: %1."),
                                  ", ".join(preview.ignored_columns))
        dialog = ImportPreviewDialog(
            self, self.tr("Import service statistics"), summary,
            [self.tr("Row"), self.tr("Status"), self.tr("Month"), self.tr("Figures"),
             self.tr("Column"), self.tr("Reason")], rows,
            self.tr("Import %n row(s)", "", good), good > 0)
        if dialog.exec():
            TaskRunner.run(self, self.tr("Importing service statistics…"),
                           lambda progress: stats.apply_import(preview, progress),
                           self._imported, self._failed)

    def _imported(self, result: stats.ImportResult) -> None:
        self.reload()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Imported: %n figure(s) stored.", "", result.written))


