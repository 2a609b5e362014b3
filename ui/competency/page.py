"""The Kompetensi tab: the competency map (staff × themes, JP over the last N years) with
its filters and export, and below it the training needs of one theme, which the clerk
registers for an event."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.competency.staff_map import competency_map, needs_in, years_setting
from models.events.participants import filter_choices
from models.events.themes import choices as theme_choices
from ui.common import formats
from ui.competency.map_model import CompetencyMapModel
from ui.i18n import fill


class CompetencyPage(QWidget):
    def __init__(self, parent=None, today=datetime.date.today):
        super().__init__(parent)
        self.today = today
        self.need_rows = []  # the training needs list shown
        self.unit = QComboBox()
        self.level = QComboBox()
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(years_setting())
        self.years.setSuffix(" " + self.tr("years"))
        export = QPushButton(self.tr("E&xport to Excel…"))
        export.clicked.connect(lambda: self.export())
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Unit:"), self.unit),
                             (self.tr("Functional &level:"), self.level),
                             (self.tr("&JP of the last:"), self.years)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is not self.years else 0)
        filters.addWidget(export)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CompetencyMapModel(self)
        self.table = _table_view(self.model)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self._needs_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loading = False
        for box in (self.unit, self.level):
            box.currentIndexChanged.connect(lambda *_: self.reload())
        self.years.valueChanged.connect(lambda *_: self.reload())

    def _needs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Training needs"))
        self.theme = QComboBox()
        self.below = QDoubleSpinBox()
        self.below.setRange(0, 200)
        self.below.setDecimals(1)
        self.below.setSuffix(" JP")
        # 0: nobody with any JP at all in the theme; more: those below that many.
        self.below.setSpecialValueText(self.tr("no JP at all"))
        self.add_button = QPushButton(self.tr("A&dd to event…"))
        self.add_button.clicked.connect(lambda: self.add_to_event())
        row = QHBoxLayout()
        for text, widget in ((self.tr("&Theme:"), self.theme),
                             (self.tr("Fe&wer than:"), self.below)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.theme else 0)
        row.addWidget(self.add_button)
        self.needs_count = QLabel()
        self.needs = QTableWidget(0, 4)
        self.needs.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Unit"),
                                              self.tr("Functional level"), self.tr("JP")])
        self.needs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needs.verticalHeader().hide()
        self.needs.setWordWrap(False)
        one_line(self.needs)
        header = self.needs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.needs_count)
        layout.addWidget(self.needs, 1)
        self.theme.currentIndexChanged.connect(lambda *_: self.show_needs())
        self.below.valueChanged.connect(lambda *_: self.show_needs())
        return box

    # --- loading ----------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._fill_choices()
        self.reload()  # attendance recorded on another tab shows on coming back

    def _fill_choices(self) -> None:
        self._loading = True
        choices = filter_choices()
        for box, everyone, values in (
                (self.unit, self.tr("All units"), choices["unit"]),
                (self.level, self.tr("Any functional level"), choices["functional_level"])):
            chosen = box.currentData()
            box.clear()
            box.addItem(everyone, "")
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        chosen = self.theme.currentData()
        self.theme.clear()
        for theme_id, name in theme_choices():
            self.theme.addItem(name, theme_id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))
        self._loading = False

    def reload(self) -> None:
        if self._loading:
            return
        found = competency_map(self.today(), self.years.value(), self.unit.currentData() or None,
                               self.level.currentData() or None)
        self.model.load(found)
        _fit_columns(self.table, self.model.columnCount())
        self.summary.setText(fill(self.tr("%1 · JP from %2 to %3 · a bold 0 on amber: no JP "
                                          "in that theme"),
                                  self.tr("%Ln staff member(s)", "", len(found.rows)),
                                  formats.long_date(found.since),
                                  formats.long_date(found.until)))
        self.show_needs()

    def show_needs(self) -> None:
        found, theme = self.model.found, self.theme.currentData()
        if self._loading or found is None or theme is None:
            return
        self.need_rows = needs_in(found, theme, self.below.value() or None)
        self.needs.setRowCount(len(self.need_rows))
        for number, row in enumerate(self.need_rows):
            for column, text in enumerate((row.name, row.unit, row.functional_level,
                                           formats.jp(row.jp))):
                self.needs.setItem(number, column, QTableWidgetItem(text))
        for column in (1, 2, 3):
            self.needs.resizeColumnToContents(column)
        self.needs_count.setText(fill(self.tr("%Ln staff member(s) in %1", "", len(self.need_rows)),
                                      self.theme.currentText()))
        self.add_button.setEnabled(bool(self.need_rows))

    # --- acting -----------------------------------------------------------------------

    def chosen_people(self) -> list[int]:
        """The selected rows of the needs list, or all of it when none is selected."""
        rows = sorted({index.row() for index in self.needs.selectionModel().selectedRows()})
        return [self.need_rows[r].person_id for r in rows or range(len(self.need_rows))]

    def add_to_event(self) -> None:
        from ui.competency.add_to_event import AddToEventDialog

        people = self.chosen_people()
        if people:
            dialog = AddToEventDialog(self, people, self.theme.currentText())
            dialog.exec()
            dialog.deleteLater()

    def export(self, folder=None) -> None:
        from reports.competency.papers import competency_map_report
        from ui.reports.saving import save_made

        today, years = self.today(), self.years.value()
        unit, level = self.unit.currentData() or "", self.level.currentData() or ""
        save_made(self, lambda: competency_map_report(today, years, unit, level), "xlsx",
                  folder)


def _table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    one_line(view)
    header = view.horizontalHeader()
    # Theme names are long: their headings wrap over four lines rather than being cut.
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setMinimumHeight(4 * view.fontMetrics().lineSpacing() + 8)
    # On a narrow window the themes scroll sideways rather than shrink past their words.
    header.setMinimumSectionSize(8 * view.fontMetrics().averageCharWidth())
    return view


def one_line(view) -> None:
    """Rows a line high: a long unit is cut (whole in its tooltip), not wrapped over two."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)


def _fit_columns(view: QTableView, count: int) -> None:
    """The name as wide as the longest (within reason), the unit a fixed share, the
    themes sharing the rest, the total as wide as its figures."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnToContents(0)
    view.setColumnWidth(0, min(view.columnWidth(0), 210))
    view.setColumnWidth(1, 120)
    for column in range(2, count - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(count - 1, QHeaderView.ResizeMode.ResizeToContents)
