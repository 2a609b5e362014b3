"""The attendance grid's view: keys for fast paper entry, a right-click menu, column widths."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from models.vocab import ATTENDANCE_STATUSES
from ui.attendance.grid_model import LETTERS, STATUS_OF_KEY
from ui.i18n import vocab

_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_COMMAND_KEYS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)
_WIDTHS = (40, 220, 170, 150)  # No., name, NIP (grouped fits), unit (its tooltip has all)
_SESSION_WIDTH = 52  # "20 Mar" in bold, for the current session
_WIDTHS_AFTER = (66, 66, 72, 160)  # %, JP, check-in, note; "recorded by" stretches


class AttendanceGridView(QTableView):
    """H/T/I/S/A (either case) and Delete on the grid ask for that status (None: clear)."""

    status_typed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        # Bold in the header means the current session only, not "has a selected cell".
        self.horizontalHeader().setHighlightSections(False)
        self.installEventFilter(self)
        self._add_status_menu()

    def _add_status_menu(self) -> None:
        """The same marks by right-click, for a mouse user; the key is shown beside each."""
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for code, label in [*ATTENDANCE_STATUSES.items(), (None, None)]:
            text = vocab(label) + "\t" + LETTERS[code] if code else self.tr("Clear\tDel")
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, c=code: self.status_typed.emit(c))
            self.addAction(action)

    def eventFilter(self, watched, event):  # noqa: N802
        if (watched is self and event.type() == QEvent.Type.KeyPress
                and not event.modifiers() & _COMMAND_KEYS):
            if event.key() in _CLEAR_KEYS:
                self.status_typed.emit(None)
                return True
            code = STATUS_OF_KEY.get(event.text().casefold())
            if code is not None:
                self.status_typed.emit(code)
                return True
        return super().eventFilter(watched, event)

    def layout_columns(self, sessions: int) -> None:
        widths = [*_WIDTHS, *[_SESSION_WIDTH] * sessions, *_WIDTHS_AFTER]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
