"""The list of theme areas: rename in place, add, remove, reorder; saved all at once."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.events import themes
from models.messages import SiBinaError
from ui.common.widgets import button_box, confirm, error_text, show_error

THEME_ID = Qt.ItemDataRole.UserRole


class ThemesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Theme areas"))
        self.resize(460, 420)
        hint = QLabel(self.tr("The themes events are filed under, in this order. F2 renames "
                              "the selected theme."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for theme_id, name, used in themes.listing():
            self._add_item(name, theme_id, used)
        self.list.setCurrentRow(0)

        buttons = QVBoxLayout()
        for text, slot, key in ((self.tr("&Add"), self.add, "Ctrl+N"),
                                (self.tr("&Remove"), self.remove, "Del"),
                                (self.tr("Move &up"), lambda: self.move(-1), "Ctrl+Up"),
                                (self.tr("Move do&wn"), lambda: self.move(1), "Ctrl+Down")):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setToolTip(QKeySequence(key).toString(
                QKeySequence.SequenceFormat.NativeText))
            QShortcut(QKeySequence(key), self.list, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.loaded = self.rows()

    def _add_item(self, name: str, theme_id: int | None, used: int = 0) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(THEME_ID, theme_id)
        if used:
            item.setToolTip(self.tr("Used by %n event(s)", "", used))
        self.list.addItem(item)
        return item

    def rows(self) -> list[tuple[int | None, str]]:
        return [(self.list.item(i).data(THEME_ID), self.list.item(i).text())
                for i in range(self.list.count())]

    def add(self) -> None:
        item = self._add_item(self.tr("New theme"), None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        if 0 <= row + step < self.list.count() and row >= 0:
            item = self.list.takeItem(row)
            self.list.insertItem(row + step, item)
            self.list.setCurrentRow(row + step)

    def save(self) -> None:
        try:
            themes.save_list(self.rows())
        except SiBinaError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self.rows() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to the list?"),
                self.tr("Discard")):
            return
        super().reject()
