"""The competency map as a table: a row per person, a column per theme and the total.

A theme without JP shows a bold 0 on an amber ground, its tooltip and accessible text
saying so in words: the gap is seen without telling colours apart, and heard by a screen
reader."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.competency.staff_map import CompetencyMap
from ui.common import formats
from ui.common.row_table import RowTableModel
from ui.i18n import fill

_DISPLAY = Qt.ItemDataRole.DisplayRole
_GAP = QColor("#fde68a")
_NAME, _UNIT, FIRST_THEME = 0, 1, 2


class CompetencyMapModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__(parent, default_key=None)
        self.found: CompetencyMap | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, found: CompetencyMap) -> None:
        self.found = found
        themes = [name for _id, name in found.themes]
        extra = [self.tr("No theme")] if found.has_other else []
        self._headers = [self.tr("Name"), self.tr("Unit"), *themes, *extra, self.tr("Total JP")]
        self.sort_keys = {_NAME: lambda r: r.name.casefold(),
                          _UNIT: lambda r: (r.unit.casefold(), r.name.casefold())}
        for column in range(FIRST_THEME, len(self._headers)):
            self.sort_keys[column] = lambda r, c=column: (self.value(r, c), r.name.casefold())
        self.beginResetModel()
        self._rows = self.sorted_rows(found.rows)
        self.endResetModel()

    def value(self, row, column: int) -> float:
        """The JP in a figure column (a theme, no theme, the total)."""
        themes = len(self.found.themes)
        if column < FIRST_THEME + themes:
            return row.jp[column - FIRST_THEME]
        if self.found.has_other and column == FIRST_THEME + themes:
            return row.other
        return row.total

    def is_gap(self, index: QModelIndex) -> bool:
        """A theme's cell with no JP (not the total, not "no theme")."""
        column = index.column()
        return (FIRST_THEME <= column < FIRST_THEME + len(self.found.themes)
                and not self.value(self._rows[index.row()], column))

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]  # a long theme's whole name
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            if column == _NAME:
                return row.name
            if column == _UNIT:
                return row.unit
            return formats.jp(self.value(row, column))
        if column < FIRST_THEME:  # a long unit is cut: whole in its tooltip
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.name if column == _NAME else row.unit
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        gap = self.is_gap(index)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and gap:
            return fill(self.tr("No JP in %1 in the last %2 years"),
                        self._headers[column], str(self.found.years))
        if role == Qt.ItemDataRole.BackgroundRole and gap:
            return QBrush(_GAP)
        if role == Qt.ItemDataRole.FontRole and gap:
            return self._bold
        return None
