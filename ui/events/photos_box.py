"""The documentation photos of an event, chosen on its Report tab and saved with it."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.events import photos as event_photos
from models.messages import SiBinaError
from ui.common.widgets import error_text, show_error

KEY = Qt.ItemDataRole.UserRole


class PhotosBox(QWidget):
    """The photos in their printed order, each caption edited in place (F2 or a double
    click). A new file is checked when chosen, so a refused one is named at once; it is
    stored only when the event is saved."""

    def __init__(self, event_id: int | None = None, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setToolTip(self.tr("Each photo's caption prints under it; double-click or "
                                     "press F2 to change it"))
        add = QPushButton(self.tr("Add &photos…"))
        add.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove photo"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_stored(event_id)

    def show_stored(self, event_id: int | None) -> None:
        """The event's photos as saved (none for a new event)."""
        self.list.clear()
        for photo_id, _name, caption in event_photos.photos(event_id) if event_id else []:
            self._add(photo_id, caption)
        self.loaded = self.chosen()

    def _add(self, key, caption: str) -> None:
        item = QListWidgetItem(caption)
        item.setData(KEY, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def choose(self) -> None:
        settings = QSettings()
        folder = settings.value("photos/folder", str(Path.home()))
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documentation photos"),
                                                folder, self.tr("Photos (*.jpg *.jpeg *.png)"))
        if names:
            settings.setValue("photos/folder", str(Path(names[0]).parent))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> int:
        """Add the photos that pass the check; a refused one is named. Returns how many."""
        added = 0
        for path in paths:
            try:
                event_photos.check_photo(path)
            except SiBinaError as exc:
                show_error(self, self.tr("Add documentation photos"), error_text(exc))
                continue
            self._add(str(path), path.stem)
            added += 1
        return added

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def chosen(self) -> list[tuple[int | Path, str]]:
        """(a kept photo's id or a new file's path, caption), in order."""
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(KEY)
            found.append((key if isinstance(key, int) else Path(key), item.text().strip()))
        return found
