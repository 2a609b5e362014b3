from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """A tab whose part of SiBina has not been built yet: said plainly, nothing fake."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        label = QLabel(self.tr("%1 is not yet available in this version of SiBina.")
                       .replace("%1", title))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #666; font-size: 14px;")
        QVBoxLayout(self).addWidget(label)
