"""Where a backup or an export goes: the USB sticks first, with their names and free space,
then the PC's other drives; or any folder."""

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.storage import is_removable

PATH = Qt.ItemDataRole.UserRole
# Not places to save to: the system's own pseudo file systems.
_SKIPPED_TYPES = {b"proc", b"sysfs", b"devtmpfs", b"devpts", b"cgroup", b"cgroup2", b"overlay",
                  b"squashfs", b"tmpfs", b"securityfs", b"pstore", b"bpf", b"tracefs",
                  b"debugfs", b"mqueue", b"hugetlbfs", b"configfs", b"fusectl", b"autofs"}


def volumes() -> list[tuple[Path, str, int, bool, bool]]:
    """(root, name, bytes free, read-only, removable) of each drive, removable ones first."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()):
            continue
        if bytes(volume.fileSystemType()) in _SKIPPED_TYPES:
            continue
        root = Path(volume.rootPath())
        name = volume.displayName() or volume.name() or str(root)
        found.append((root, name, volume.bytesAvailable(), volume.isReadOnly(),
                      is_removable(root)))
    found.sort(key=lambda v: (not v[4], str(v[0])))
    return found


class DriveChooser(QDialog):
    """Choose a drive (a USB stick first) or a folder; ``chosen`` holds the folder."""

    def __init__(self, parent: QWidget | None, title: str, remember_key: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 360)
        self.remember_key = remember_key
        self.chosen: Path | None = None
        hint = QLabel(self.tr("Choose the USB stick (or another drive) to save to, or another "
                              "folder."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        locale = QLocale()
        for root, name, free, read_only, removable in volumes():
            text = f"{name}  —  {root}  ·  " + self.tr("%1 free").replace(
                "%1", locale.formattedDataSize(free))
            if removable:
                text = self.tr("USB stick") + ": " + text
            if read_only:
                text += "  ·  " + self.tr("read-only")
            item = QListWidgetItem(text)
            item.setData(PATH, str(root))
            if read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        other = QPushButton(self.tr("Another &folder…"))
        other.clicked.connect(self.choose_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save here"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        start = QSettings().value(self.remember_key, str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), start)
        if folder:
            self.chosen = Path(folder)
            QSettings().setValue(self.remember_key, folder)
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if self.chosen is None and item is not None:
            self.chosen = Path(item.data(PATH))
        if self.chosen is not None:
            super().accept()
