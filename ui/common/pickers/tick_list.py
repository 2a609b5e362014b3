"""A list of people to tick: Space on the list ticks (or unticks) every selected row, as a
file manager's check boxes do."""

from PySide6.QtCore import QEvent, Qt


class SpaceTicksRows:
    """For a dialog whose ``table`` shows a ``model`` with ``toggle(rows)``: install the
    dialog as the table's event filter."""

    def eventFilter(self, watched, event):  # noqa: N802
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space):
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            if rows:
                self.model.toggle(rows)
            return True
        return super().eventFilter(watched, event)
