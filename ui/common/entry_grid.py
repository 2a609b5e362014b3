"""A table typed into like a paper form: any key starts editing, Enter saves and goes down,
Delete or Backspace asks to clear the chosen cells (pre/post scores, service figures)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class EntryGridView(QTableView):
    """The model says in ``last_refused`` whether the value just typed was refused: then the
    cursor stays on the cell so it can be typed again."""

    clear_asked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().setDefaultSectionSize(24)

    def closeEditor(self, editor, hint):  # noqa: N802
        entered = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if entered
                            else hint)
        if entered and not self.model().last_refused:
            current = self.currentIndex()
            if current.row() + 1 < self.model().rowCount():
                self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in _CLEAR_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.clear_asked.emit()
            return
        super().keyPressEvent(event)
