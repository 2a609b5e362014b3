"""A picture the office chooses (the logo, a signature): a thumbnail with Choose…/Remove."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.files import stored as stored_file
from ui.common.widgets import show_error
from ui.i18n import fill


class ImageField(QWidget):
    """A thumbnail with Choose…/Remove; the chosen file is stored only when Settings saves."""

    def __init__(self, file_id: int, parent=None):
        super().__init__(parent)
        self.file_id = file_id
        self.new_path: str | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(120, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: white;")
        choose = QPushButton(self.tr("Choose…"))
        remove = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self.choose)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        buttons = QVBoxLayout()  # beside the thumbnail: the row stays narrow in any language
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch()
        row.addLayout(buttons)
        row.addStretch()
        self.show_stored(file_id)

    def show_stored(self, file_id: int) -> None:
        """The stored image ``file_id`` (0: none), letting go of a file chosen here."""
        self.file_id, self.new_path = file_id, None
        data = stored_file.read(file_id)
        self._show(QImage.fromData(data) if data else QImage())

    def _show(self, image: QImage):
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("none"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def choose(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            show_error(self, self.tr("Choose an image"),
                       fill(self.tr("%1 is not an image SiBina can read (use PNG or JPEG)."), path))
            return False
        self.new_path = path
        self._show(image)
        return True

    def remove(self):
        self.new_path, self.file_id = None, 0
        self._show(QImage())

    def choice(self) -> int | str:
        """What to save: the path of a newly chosen image, or the stored file's id (0:
        none); models store a new image with what refers to it (models.files.stored)."""
        return self.new_path or self.file_id
