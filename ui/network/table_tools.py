"""A read-only, sortable table of rows with a hidden id, shared by the Jejaring views and
dialogs (their lists hold tens of rows, not thousands)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole
WIDEST = 180  # pixels a column takes at most: every column of a list fits 1024 px


class Item(QTableWidgetItem):
    """A cell sorting by ``key`` (a date, a number) while it shows its words."""

    def __init__(self, text: str, key=None):
        super().__init__(text)
        self.key = text.casefold() if key is None else key

    def __lt__(self, other):
        try:
            return self.key < other.key
        except TypeError:
            return str(self.key) < str(other.key)


def make_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # In the order the list comes in (its first column's) until the clerk clicks a heading.
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[int, list]]) -> None:
    """``rows``: (id, cells) where a cell is a text or (text, sort key)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for row, (row_id, cells) in enumerate(rows):
        for column, cell in enumerate(cells):
            text, key = cell if isinstance(cell, tuple) else (cell, None)
            item = Item(text, key)
            item.setData(ID_ROLE, row_id)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):  # a long name wraps, not pushing the rest out
        table.setColumnWidth(column, min(table.columnWidth(column), WIDEST))
    table.resizeRowsToContents()


def selected_id(table: QTableWidget) -> int | None:
    items = table.selectedItems()
    return items[0].data(ID_ROLE) if items else None


def select_id(table: QTableWidget, row_id: int) -> bool:
    for row in range(table.rowCount()):
        if table.item(row, 0).data(ID_ROLE) == row_id:
            table.selectRow(row)
            table.scrollToItem(table.item(row, 0))
            return True
    return False
