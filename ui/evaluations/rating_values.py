"""The values of the answer texts of rating questions, in the response import.

Each distinct text the file's rating columns hold is listed with its value: remembered for
the form, else suggested for the common scales (``Setuju`` 4). The office changes any of
them; a text left without a value refuses its rows, naming it.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget

from models.evaluation.rating_scales import fold

NO_VALUE = None


class RatingValues(QTableWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Answer in the file"),
                                        self.tr("Value (1 lowest, 5 highest)")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, 260)
        self.texts: list[str] = []
        # what the office chose survives another choice of columns
        self.chosen: dict[str, int | None] = {}

    def set_values(self, values: dict[str, int | None]) -> None:
        """``values``: each text and its remembered or suggested value."""
        self.texts = list(values)
        self.setRowCount(len(self.texts))
        for line, text in enumerate(self.texts):
            label = QLabel(text)
            label.setContentsMargins(4, 0, 4, 0)
            self.setCellWidget(line, 0, label)
            combo = QComboBox()
            combo.addItem(self.tr("— no value: its rows are refused —"), NO_VALUE)
            for value in (5, 4, 3, 2, 1):
                combo.addItem(str(value), value)
            value = self.chosen.get(fold(text), values[text])
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(
                lambda _index, text=text, combo=combo: self._chose(text, combo))
            self.setCellWidget(line, 1, combo)
        self.resizeRowsToContents()

    def _chose(self, text: str, combo: QComboBox) -> None:
        self.chosen[fold(text)] = combo.currentData()
        self.changed.emit()

    def values(self) -> dict[str, int | None]:
        return {text: self.cellWidget(line, 1).currentData()
                for line, text in enumerate(self.texts)}

    def set_value(self, text: str, value: int | None) -> None:
        combo = self.cellWidget(self.texts.index(text), 1)
        combo.setCurrentIndex(combo.findData(value))
