"""What an import would do, row by row, before anything is written: one dialog for the
test scores and the service figures."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

INK = QColor("#1f1f1f")  # dark on the light fill, in a dark desktop theme too
REJECTED_COLOUR = QColor("#fdecea")


class ImportPreviewDialog(QDialog):
    """What an import would do, row by row, before anything is written; rejected rows
    are tinted and say their column and reason, and the row under the cursor is told in
    full below the table. Accepted means: import the good rows.

    ``rows``: per file row, its cells as shown, whether it is rejected, and the full
    sentence about it (empty for a good row).
    """

    def __init__(self, parent: QWidget | None, title: str, summary: str, headers: list[str],
                 rows: list[tuple[list[str], bool, str]], import_text: str, can_import: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 520)
        text = QLabel(summary)
        text.setWordWrap(True)
        self.details = [detail for _cells, _rejected, detail in rows]
        self.detail = QLabel()  # the whole reason of the row under the cursor
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, (cells, rejected, _detail) in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                if rejected:
                    item.setBackground(REJECTED_COLOUR)
                    item.setForeground(INK)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()  # a few dozen rows: cheap
        for column in range(len(headers) - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.table.currentCellChanged.connect(
            lambda row, *_: self.detail.setText(self.details[row] if row >= 0 else ""))
        first_rejected = next((i for i, (_c, rejected, _d) in enumerate(rows) if rejected), 0)
        if rows:
            self.table.setCurrentCell(first_rejected, 0)
        self.import_button = QPushButton(import_text)
        self.import_button.setEnabled(can_import)
        self.import_button.setDefault(can_import)
        self.import_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
