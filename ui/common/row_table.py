"""A table model over a Python list of rows: what SiBina's lists and grids have in common.

Lists of up to 20,000 rows are filtered and sorted in Python and the model reset, with no
QSortFilterProxyModel, which is far too slow over that many Python rows
(benchmarks/bench_staff_search.py). This base answers the view's questions about the
table's shape (rows, columns, headings) and leaves ``data()`` to the subclass, which reads
its prepared row straight from the list: nothing is added to the work done per cell.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_HORIZONTAL = Qt.Orientation.Horizontal
_DESCENDING = Qt.SortOrder.DescendingOrder


class RowTableModel(QAbstractTableModel):
    """One table row per item of ``_rows``, one column per heading of ``_headers``.

    A subclass fills ``_headers`` (translated in its own class, where the strings live) and
    gives its rows to :meth:`show_rows`, or sets ``_rows`` inside its own model reset.

    Sorting, for a subclass that sorts: ``sort_keys`` maps a column to the key that orders
    it; ``default_key`` orders the rows when no column is chosen (column -1, or one without
    a key), always ascending; without it they stay in the order they came in. :meth:`sort`
    remembers the column and calls :meth:`_apply`, which a subclass that filters overrides
    to filter again and order the matches with :meth:`sorted_rows`.
    """

    def __init__(self, parent=None, headers: Sequence[str] = (),
                 sort_keys: dict[int, Callable] | None = None,
                 default_key: Callable | None = None,
                 sort_column: int = -1):
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = list(headers)
        self.sort_keys: dict[int, Callable] = dict(sort_keys or {})
        self.default_key = default_key
        self._sort: tuple[int, Qt.SortOrder] = (sort_column, Qt.SortOrder.AscendingOrder)

    # rows
    def show_rows(self, rows: list) -> None:
        """Show these rows (the list is kept, not copied)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        """The rows in table order (the model's own list: read, do not change)."""
        return self._rows

    # sorting
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply()

    def _apply(self) -> None:
        """Show the rows in the chosen order."""
        self.show_rows(self.sorted_rows(self._rows))

    def sorted_rows(self, rows: list) -> list:
        """A new list of ``rows`` in the chosen order; ``rows`` itself is left as it is
        (it may be the whole list that a filter or the next sort starts from)."""
        column, order = self._sort
        key = self.sort_keys.get(column)
        if key is not None:
            return sorted(rows, key=key, reverse=order == _DESCENDING)
        if self.default_key is not None:
            return sorted(rows, key=self.default_key)
        return list(rows)

    # Qt model interface
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == _HORIZONTAL and role == _DISPLAY:
            return self._headers[section]
        return None
