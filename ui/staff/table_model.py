"""The staff table: all people loaded once as plain rows, filtered and sorted in Python.

A QSortFilterProxyModel over 20,000 Python rows is far too slow (STACK-NOTES); filtering a
list of prepared rows and resetting the model stays within a keystroke's budget.
"""

from PySide6.QtCore import QModelIndex, Qt, Signal

from models.staff import staff_list as staff
from ui.common.row_table import RowTableModel
from ui.tasks import TaskRunner

FIRST_PAGE = 100  # rows shown at once while the whole list loads in the background
BATCH = 200  # rows the view gets at a time; it asks for more as the user scrolls

NAME, NIP, POSITION, RANK, UNIT, INSTITUTION, STATUS = range(7)

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ATTRIBUTES = ("full_name", "nip", "position", "rank", "unit", "institution")
_SORT_KEYS = {
    NAME: lambda r: r.sort_name,
    NIP: lambda r: (r.nip == "", r.nip),
    POSITION: lambda r: (r.position == "", r.position.casefold()),
    RANK: lambda r: (r.rank == "", r.rank.casefold()),
    UNIT: lambda r: (r.unit == "", r.unit.casefold()),
    INSTITUTION: lambda r: (r.institution == "", r.institution.casefold()),
    STATUS: lambda r: (not r.active, r.is_external),
}


class StaffTableModel(RowTableModel):
    loaded = Signal()  # the whole list is in
    load_failed = Signal(object)  # the exception, for the page to show

    def __init__(self, parent=None):
        super().__init__(parent, sort_keys=_SORT_KEYS, sort_column=NAME)
        self.complete = False
        self._generation = 0  # a background load older than the last reload is dropped
        self._all: list[staff.StaffRow] = []
        self._rows: list[staff.StaffRow] = []  # every match, sorted
        self._shown = 0  # how many of them the view has fetched
        self._filter = ("", staff.ACTIVE_ONLY, staff.ANYONE)
        self._headers = [self.tr("Name"), self.tr("NIP"), self.tr("Position"),
                         self.tr("Rank"), self.tr("Unit"), self.tr("Institution"),
                         self.tr("Status")]
        self._internal, self._external = self.tr("Internal"), self.tr("External")
        self._inactive = self.tr("inactive")

    # loading, filtering, sorting
    def reload(self, in_background: bool = False) -> None:
        """Load every person; in the background, show the first page meanwhile."""
        self._generation += 1
        if not in_background:
            self._loaded(staff.load_rows())
            return
        self.complete = False
        self._all = staff.load_rows(FIRST_PAGE)
        self._apply()
        generation = self._generation

        def loaded(rows):
            if generation == self._generation:  # nothing newer was loaded meanwhile
                self._loaded(rows)

        TaskRunner.run_quietly(lambda _progress: staff.load_rows(), loaded, self.load_failed.emit)

    def _loaded(self, rows: list[staff.StaffRow]) -> None:
        self._generation += 1
        self._all = rows
        self.complete = True
        self._apply()
        self.loaded.emit()

    def set_filter(self, text: str, status: str, kind: str) -> None:
        old_text, old_status, old_kind = self._filter
        self._filter = (text, status, kind)
        narrowing = self.complete and (status, kind) == (old_status, old_kind) and all(
            any(old in new for new in text.casefold().split())
            for old in old_text.casefold().split())
        self._apply(narrowing and bool(old_text.strip()))

    def _apply(self, narrowing: bool = False) -> None:
        self.beginResetModel()
        # Typing on narrows the shown rows: filtering them again is enough.
        source = self._rows if narrowing else self._all
        rows = staff.filter_rows(source, *self._filter)
        if self._sort != (NAME, Qt.SortOrder.AscendingOrder):  # else loaded in that order
            # A new list: with no filter set, filter_rows hands back the whole list, which
            # sorted in place stayed in that order when the name order came back.
            rows = self.sorted_rows(rows)
        self._rows = rows
        # The view is given the matches a batch at a time (fetchMore), so a keystroke
        # costs the same whether it matches 20 people or 20,000.
        self._shown = min(len(rows), BATCH)
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, person_id: int) -> int:
        """The row of a person among the matches, fetched into the view if need be."""
        row = next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)
        if row >= self._shown:
            self._show_up_to(row + 1)
        return row

    def matched_count(self) -> int:
        return len(self._rows)

    def matched_ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        self._show_up_to(self._shown + BATCH)

    def _show_up_to(self, count: int) -> None:
        count = min(count, len(self._rows))
        if count > self._shown:
            self.beginInsertRows(_ROOT, self._shown, count - 1)
            self._shown = count
            self.endInsertRows()

    def total(self) -> int:
        return len(self._all)

    # Qt model interface
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown  # fetched so far, not every match

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY or role == _TOOLTIP:
            if column != STATUS:
                return getattr(row, _ATTRIBUTES[column])
            kind = self._external if row.is_external else self._internal
            return kind if row.active else f"{kind}, {self._inactive}"
        if role == _FOREGROUND and not row.active:
            return Qt.GlobalColor.gray
        return None
