"""What to do when a list is empty, said over the list itself with the buttons to do it."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """A sentence and a button per action, centred over ``view``'s empty area; shown with
    :meth:`show_when`. A blank white list told a new office nothing of where to start."""

    def __init__(self, view: QAbstractItemView, actions: list[QAction]):
        super().__init__(view.viewport())
        self.view = view
        self.text = QLabel()
        self.text.setObjectName("emptyStateText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: list[QPushButton] = []
        for action in actions:
            # without the action's Alt+letter, which stays the toolbar's
            words = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&&")
            button = QPushButton(action.icon(), words)
            button.setAutoDefault(False)  # in a dialog, Enter is not taken for this button
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addLayout(buttons)
        column.addStretch(2)
        view.viewport().installEventFilter(self)
        self.hide()

    def show_when(self, empty: bool, text: str = "") -> None:
        """Say ``text`` over the list while it is ``empty``."""
        self.text.setText(text)
        for button in self.buttons:
            button.setVisible(bool(text))
        self._fit()
        self.setVisible(empty and bool(text))

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        area = self.view.viewport().rect()
        # a fixed width, so the wrapped sentence is given the height its lines need
        width = max(200, min(520, area.width() - 40))
        height = self.text.heightForWidth(width)  # -1 while there is no text
        self.text.setFixedSize(width, max(height, self.text.sizeHint().height()))
        self.setGeometry(area)
