"""Where a backup or an export goes: the folder used last time, the USB sticks with their
names and free space, the Documents folder, then the PC's other drives; or any folder.
With a suggested file name, the name (and the file type, when there are several) is edited
below the places."""

import os
import re
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QStandardPaths, QStorageInfo, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.files.storage import is_removable
from ui.i18n import fill

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


def writable_folder(path: Path) -> bool:
    return os.path.isdir(path) and os.access(path, os.W_OK)


def is_enabled(item: QListWidgetItem | None) -> bool:
    return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def suffix_of(file_type: str) -> str:
    """``PDF files (*.pdf)`` → ``.pdf``: the types are written as file dialogs show them."""
    found = re.search(r"\(\*(\.[^\s)]+)", file_type)
    return found.group(1).lower() if found else ""


class DriveChooser(QDialog):
    """Choose a drive (a USB stick first) or a folder; ``chosen`` holds the folder.

    Preselected, in this order: the folder used last time when it is on a USB stick that is
    plugged in, the first USB stick, the folder used last time, the Documents (or home)
    folder. Never a read-only drive, and never the system drive's bare root."""

    def __init__(self, parent: QWidget | None, title: str, remember_key: str,
                 suggested: str | None = None, file_types: list[str] | tuple = ()):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 360)
        self.remember_key = remember_key
        self.chosen: Path | None = None
        self.target: Path | None = None  # the folder and the file name, when one is asked
        hint = QLabel(self.tr("Choose the USB stick (or another drive) to save to, or another "
                              "folder."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.nothing_found = QLabel(self.tr(
            "No drive here can be saved to. Choose “Another folder…” to save somewhere "
            "else."))
        self.nothing_found.setWordWrap(True)
        preselected = self._fill()
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        other = QPushButton(self.tr("Another &folder…"))
        other.clicked.connect(self.choose_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save here"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.nothing_found)
        self.name: QLineEdit | None = None
        self.file_type: QComboBox | None = None
        self.suffixes = [suffix_of(t) for t in file_types]
        if suggested is not None:
            layout.addLayout(self._name_fields(suggested, list(file_types)))
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show_whether_savable)
        self.list.setCurrentRow(preselected)
        self._show_whether_savable()
        self.nothing_found.setVisible(preselected < 0)

    def _name_fields(self, suggested: str, file_types: list[str]) -> QFormLayout:
        form = QFormLayout()
        self.name = QLineEdit(suggested)
        self.name.textChanged.connect(self._show_whether_savable)
        form.addRow(self.tr("File &name:"), self.name)
        if len(file_types) > 1:
            self.file_type = QComboBox()
            self.file_type.addItems(file_types)
            suffix = Path(suggested).suffix.lower()
            if suffix in self.suffixes:
                self.file_type.setCurrentIndex(self.suffixes.index(suffix))
            self.file_type.currentIndexChanged.connect(self._retype)
            form.addRow(self.tr("File &type:"), self.file_type)
        return form

    def _retype(self, index: int) -> None:
        """The name follows the type chosen: staff.xlsx becomes staff.csv."""
        name = self.name.text().strip()
        if Path(name).suffix.lower() in self.suffixes:
            name = name[:-len(Path(name).suffix)]
        self.name.setText(name + self.suffixes[index])

    def file_name(self) -> str:
        """The name typed, ending in the chosen type's suffix."""
        name = self.name.text().strip()
        if not name.removesuffix(Path(name).suffix):  # "" or ".pdf": nothing to call it
            return ""
        index = self.file_type.currentIndex() if self.file_type is not None else 0
        wanted = self.suffixes[index] if self.suffixes else ""
        if wanted and Path(name).suffix.lower() not in self.suffixes:
            name += wanted
        return name

    def _fill(self) -> int:
        """List the places to save to; return the row to preselect (-1: none can be)."""
        drives = volumes()  # removable ones first
        roots = {root for root, *_ in drives}
        last = self._last_used()
        documents = self._documents()
        if documents is not None and documents[0] in (last, *roots):
            documents = None
        last_row = documents_row = -1
        usb_roots: list[Path] = []
        usb_rows: list[int] = []
        if last is not None and last not in roots:
            last_row = self._add(fill(self.tr("Last used: %1"), str(last))
                                 + self._free_space_of(last), last)
        for root, name, free, read_only, removable in drives:
            if not removable and documents is not None and documents_row < 0:
                documents_row = self._add(documents[1] + self._free_space_of(documents[0]),
                                          documents[0])
            row = self._add(self._drive_text(root, name, free, read_only, removable), root,
                            enabled=not read_only)
            if read_only:
                continue
            if root == last:
                last_row = row
            if removable:
                usb_roots.append(root)
                usb_rows.append(row)
        if documents is not None and documents_row < 0:
            documents_row = self._add(documents[1] + self._free_space_of(documents[0]),
                                      documents[0])
        if usb_rows:
            last_on_usb = last is not None and any(last.is_relative_to(r) for r in usb_roots)
            return last_row if last_on_usb and last_row >= 0 else usb_rows[0]
        for row in (last_row, documents_row):
            if row >= 0:
                return row
        return next((row for row in range(self.list.count())
                     if is_enabled(self.list.item(row))), -1)

    def _add(self, text: str, path: Path, enabled: bool = True) -> int:
        item = QListWidgetItem(text)
        item.setData(PATH, str(path))
        if not enabled:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)
        return self.list.count() - 1

    def _drive_text(self, root: Path, name: str, free: int, read_only: bool,
                    removable: bool) -> str:
        text = name if Path(name) == root else f"{name}  —  {root}"
        text += "  ·  " + self._free_space(free)
        if removable:
            text = self.tr("USB stick") + ": " + text
        if read_only:
            text += "  ·  " + self.tr("read-only")
        return text

    def _free_space(self, free: int) -> str:
        return fill(self.tr("%1 free"), QLocale().formattedDataSize(free))

    def _free_space_of(self, folder: Path) -> str:
        volume = QStorageInfo(str(folder))
        return "  ·  " + self._free_space(volume.bytesAvailable()) if volume.isValid() else ""

    def _last_used(self) -> Path | None:
        """The folder saved to last time, when it is still there and writable; not the
        system drive's bare root (an older version preselected it, and remembered it)."""
        text = QSettings().value(self.remember_key, "")
        if not text:
            return None
        folder = Path(str(text))
        if not folder.is_absolute() or folder == Path(QStorageInfo.root().rootPath()):
            return None
        return folder if writable_folder(folder) else None

    def _documents(self) -> tuple[Path, str] | None:
        """The user's Documents folder (or else home folder) and its row's text."""
        for location, text in (
                (QStandardPaths.StandardLocation.DocumentsLocation, self.tr("Documents: %1")),
                (QStandardPaths.StandardLocation.HomeLocation, self.tr("Home folder: %1"))):
            found = QStandardPaths.writableLocation(location)
            if found and writable_folder(Path(found)):
                return Path(found), fill(text, str(Path(found)))
        return None

    def _named(self) -> bool:
        return self.name is None or bool(self.file_name())

    def _show_whether_savable(self, *_) -> None:
        self.save_button.setEnabled(is_enabled(self.list.currentItem()) and self._named())

    def choose_folder(self) -> None:
        if not self._named():
            self.name.setFocus()
            return
        start = QSettings().value(self.remember_key, str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), start)
        if folder:
            self._chose(Path(folder))

    def accept(self) -> None:
        """Save to the current row, if it can be saved to (never a greyed-out one)."""
        item = self.list.currentItem()
        if not is_enabled(item) or not self._named():
            return
        self._chose(Path(item.data(PATH)))

    def _chose(self, folder: Path) -> None:
        self.chosen = folder
        if self.name is not None:
            self.target = folder / self.file_name()
        QSettings().setValue(self.remember_key, str(folder))
        super().accept()
