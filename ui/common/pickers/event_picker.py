"""Choosing an event on the Attendance and Evaluations tabs: running ones first, then the
latest; type a few letters of the title to find one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from models.events.planning import picker_rows
from ui.common import formats


class EventPicker(QComboBox):
    def __init__(self, parent=None, statuses: tuple[str, ...] | None = None):
        """``statuses`` keeps only events in those statuses (None: every event)."""
        super().__init__(parent)
        self.statuses = statuses
        self.setEditable(True)
        # Long titles must not widen the window: the list shows them, the field scrolls.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("Type to find an event…  (Ctrl+F)"))
        self.lineEdit().editingFinished.connect(self._restore_text)
        self.currentIndexChanged.connect(lambda *_: self.lineEdit().setCursorPosition(0))

    def reload(self, keep: int | None = None) -> None:
        """Fill the list again, keeping ``keep`` chosen when it is still there; the change
        signal comes only when the chosen event is another than before."""
        rows = picker_rows(self.statuses)
        before = self.currentData()
        self.blockSignals(True)
        self.clear()
        for event_id, title, start, end, status in rows:
            # The title first: a narrow box showed only the dates of every event.
            text = f"{title} — {formats.date_range(start, end)}"
            if status == "cancelled":
                text += " " + self.tr("(cancelled)")
            self.addItem(text, event_id)
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.lineEdit().setCursorPosition(0)
        self.blockSignals(False)
        if self.currentData() != before:
            self.currentIndexChanged.emit(self.currentIndex())

    def event_id(self) -> int | None:
        return self.currentData()

    def _restore_text(self) -> None:
        """Typed text that matched no event: show the chosen event's title again."""
        if self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
            self.lineEdit().setCursorPosition(0)
