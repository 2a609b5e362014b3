"""The Attendance tab (Kehadiran): one event's participants × sessions, marked by keyboard.

Built for typing in a paper sign-in sheet after the session: arrows move, H/T/I/S/A set
the status and go down one row, Delete clears, and a selection of many cells takes one
letter at once. Every change, however many cells, is one undo step (Ctrl+Z).
"""

import datetime
from functools import partial

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.attendance import checkin
from models.sharing import actor
from models.vocab import ATTENDANCE_STATUSES
from ui.attendance import actions as attendance_actions
from ui.attendance.grid_model import FIRST_SESSION, AttendanceGridModel
from ui.attendance.grid_view import AttendanceGridView
from ui.attendance.undo import MarkingHistory
from ui.common import formats
from ui.common.page_tools import add_find_shortcut, page_action
from ui.common.pickers.event_picker import EventPicker
from ui.common.widgets import error_text, show_error
from ui.i18n import fill, vocab

RECORDER_KEY = "attendance/recorded_by"


def default_recorder() -> str:
    return actor.current().name


class AttendancePage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock = datetime.datetime.now  # the door's time and the grid's today; tests set it
        self.model = AttendanceGridModel(self)
        self.model.today = lambda: self.clock().date()
        self.undo_stack = MarkingHistory(self)
        self.event_id: int | None = None
        self._stale = True  # data may have changed elsewhere: reload when next shown

        self.event_picker = EventPicker()
        self.session_picker = QComboBox()  # its width follows the layout, not the topics
        self.session_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_picker.setMinimumContentsLength(16)
        self.recorder = QLineEdit(str(QSettings().value(RECORDER_KEY, "") or default_recorder()))
        self.recorder.setMaximumWidth(180)
        self.recorder.setToolTip(self.tr("Saved with every mark you set"))
        if actor.current().user_id is not None:  # a login says who is working, for certain
            self.recorder.setText(actor.current().name)
            self.recorder.setReadOnly(True)
            self.recorder.setToolTip(self.tr("Saved with every mark you set: the user "
                                             "logged in"))

        self.table = AttendanceGridView()
        self.table.setModel(self.model)
        self.table.status_typed.connect(self.apply_status)
        self.summary = QLabel()
        self.hint = QLabel()  # a passing word about the last action
        self.hint.setStyleSheet("color: #555;")

        # A child of the page from the start, so it is deleted before the page's actions:
        # deleting an action first made a toolbar that had overflowed crash (StaffPage
        # shows the same when deleted unshown in a narrow window).
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        status = {code: vocab(label) for code, label in ATTENDANCE_STATUSES.items()}
        self.remaining_action = act(fill(self.tr("Mark remaining as %1"), status["alpa"]),
                                    self.mark_remaining_absent, "Ctrl+Shift+A",
                                    icon="account-remove-outline")
        self.everyone_action = act(fill(self.tr("Mark all as %1"), status["hadir"]),
                                   self.mark_everyone_present, "Ctrl+Shift+H", icon="check-all")
        self.everyone_action.setToolTip(fill(self.tr(
            "Everyone in this session becomes %1, except those marked %2, %3 or %4 (%5)"),
            status["hadir"], status["terlambat"], status["izin"], status["sakit"],
            self.everyone_action.shortcut().toString()))
        self.undo_action = act(self.tr("&Undo"), self.undo_stack.undo, "Ctrl+Z", icon="undo")
        self.redo_action = act(self.tr("&Redo"), self.undo_stack.redo, ["Ctrl+Y", "Ctrl+Shift+Z"],
                               icon="redo")
        # Undo and redo by their arrows alone (their words in the tooltip): with every
        # action's words beside its icon, the tab's toolbar was wider than a 1024 px screen.
        for action in (self.undo_action, self.redo_action):
            self.toolbar.widgetForAction(action).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar.addSeparator()
        self.checkin_action = act(self.tr("Chec&k-in…"), self.check_in, "Ctrl+K",
                                  icon="barcode-scan")
        self.sheet_action = act(self.tr("&Sign-in sheet…"), self.print_sheet, "Ctrl+P",
                                icon="clipboard-list")
        self.tags_action = act(self.tr("&Name tags…"), self.print_tags, "Ctrl+Shift+P",
                               icon="badge-account")
        self.attachments_action = act(self.tr("Scanned s&heets…"), self.attachments, "Ctrl+L",
                                      icon="file-document-multiple")
        self.eligibility_action = act(self.tr("&Eligibility…"), self.eligibility, "Ctrl+E",
                                      icon="account-check")
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        add_find_shortcut(self, self.event_picker.lineEdit())

        pickers = QHBoxLayout()
        for label, widget, stretch in ((self.tr("&Event:"), self.event_picker, 3),
                                       (self.tr("Se&ssion:"), self.session_picker, 2),
                                       (self.tr("Recorded &by:"), self.recorder, 0)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            pickers.addWidget(caption)
            pickers.addWidget(widget, stretch)
        status_line = QHBoxLayout()
        status_line.addWidget(self.summary, 1)
        status_line.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(pickers)
        layout.addWidget(self.table, 1)
        layout.addLayout(status_line)

        self.event_picker.currentIndexChanged.connect(self._event_chosen)
        self.session_picker.currentIndexChanged.connect(self._session_chosen)
        self.recorder.textEdited.connect(
            lambda text: QSettings().setValue(RECORDER_KEY, text.strip()))
        self.table.selectionModel().currentChanged.connect(self._cell_changed)
        self.model.note_edited.connect(self.save_note)
        self.undo_stack.changed.connect(self._marks_changed)
        self.undo_stack.undoTextChanged.connect(self._show_undo_text)
        self.undo_stack.failed.connect(
            lambda exc: show_error(self, self.tr("Attendance"), error_text(exc)))
        self._update_actions()

    # choosing what is shown
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:  # another tab may have added events, sessions or participants
            self.refresh()

    def refresh(self) -> bool:
        """Read the events and the grid again (another tab or PC changed them), keeping the
        event, the session and the cell; not while a note is being typed in a cell."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            return False
        shown = self.event_id
        self.reload_events()
        if self.event_id == shown:  # else the new choice has just been read
            self.reload_grid()
        return True

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self._stale = True

    def reload_events(self) -> None:
        """Every event, running ones first, then the latest first; the choice is kept."""
        self.event_picker.reload(self.event_id)

    def set_event(self, event_id: int) -> None:
        """Show an event's grid, read afresh (the Events tab jumps here with this)."""
        if self._stale or self.event_picker.findData(event_id) < 0:
            self.reload_events()  # events may have been made or renamed meanwhile
        index = self.event_picker.findData(event_id)
        if index >= 0 and index == self.event_picker.currentIndex():
            self.reload_grid()
        else:
            self.event_picker.setCurrentIndex(index)

    def set_session(self, session_id: int | None) -> None:
        index = self.session_picker.findData(session_id)
        if index >= 0 and index == self.session_picker.currentIndex():
            self._session_chosen()  # the combo stays; the cursor still goes to the column
        self.session_picker.setCurrentIndex(index)

    def _event_chosen(self, *_) -> None:
        self.event_id = self.event_picker.currentData()
        self._stale = False
        self.undo_stack.clear()  # its steps belong to the grid that was shown
        self.model.load(self.event_id)
        self.table.layout_columns(len(self.model.grid.sessions))
        self.session_picker.blockSignals(True)
        self.session_picker.clear()
        for number, s in enumerate(self.model.grid.sessions, 1):
            self.session_picker.addItem(f"{number}. {formats.day_month(s.date, weekday=True)} "
                                 f"{formats.clock(s.start_time)} — {s.topic}", s.id)
        self.session_picker.blockSignals(False)
        self.hint.clear()
        self.set_session(self.model.current_session())  # the model chose where to go on
        self._update_actions()

    def reload_grid(self) -> None:
        """Read the shown event again, keeping the session and the cell in view."""
        if self.event_id is None:
            return
        self._stale = False
        session_id, cell = self.model.current_session(), self.table.currentIndex()
        self.model.load(self.event_id, session_id)
        self.table.layout_columns(len(self.model.grid.sessions))
        if cell.isValid() and cell.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(cell.row(), cell.column()))
        self._update_actions()

    def _session_chosen(self, *_) -> None:
        session_id = self.session_picker.currentData()
        if session_id is None:
            return
        self.model.set_current_session(session_id)
        self.session_picker.setToolTip(self.session_picker.currentText())  # a long topic
        column = self.model.session_column(session_id)
        cell = self.table.currentIndex()
        if cell.column() != column and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(max(cell.row(), 0), column))
        self._update_actions()

    def _cell_changed(self, cell, _previous) -> None:
        session_id = self.model.session_at(cell.column())
        if session_id is not None and session_id != self.session_picker.currentData():
            self.set_session(session_id)

    # marking
    def _chosen_cells(self) -> dict[int, list[int]]:
        """The people per session of the selected session cells (or of the current one)."""
        cells: dict[int, list[int]] = {}
        chosen = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        for index in chosen:
            session_id = self.model.session_at(index.column()) if index.isValid() else None
            if session_id is not None:
                cells.setdefault(session_id, []).append(self.model.person_id(index.row()))
        return cells

    def apply_status(self, code: str | None) -> bool:
        """Set (None: clear) the chosen cells; one cell goes on down to the next person."""
        cells = self._chosen_cells()
        if not cells:
            return False
        one = sum(len(people) for people in cells.values()) == 1
        if self.undo_stack.mark_cells(cells, code, self.recorded_by()) and one:
            cell = self.table.currentIndex()
            if cell.row() + 1 < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(cell.row() + 1, cell.column()))
        return True

    def mark_remaining_absent(self) -> None:
        session_id = self.model.current_session()
        if session_id is not None and not self.undo_stack.mark_remaining(
                session_id, "alpa", self.recorded_by()):
            self.hint.setText(self.tr("Everyone already has a status at this session."))

    def mark_everyone_present(self) -> None:
        session_id = self.model.current_session()
        if session_id is not None:
            self.undo_stack.mark_everyone(session_id, "hadir", self.recorded_by())

    def save_note(self, person_id: int, session_id: int, note: str) -> None:
        status = self.model.grid.marks[(person_id, session_id)].status
        self.undo_stack.write_note(session_id, person_id, status, note, self.recorded_by())

    def _marks_changed(self, keys) -> None:
        self.model.update_marks(keys)
        self._update_summary()

    def _show_undo_text(self, text: str) -> None:
        """What Ctrl+Z would undo now, so a slip of the finger is seen at once."""
        self.hint.setText(fill(self.tr("Ctrl+Z undoes: %1"), text) if text else "")

    def recorded_by(self) -> str:
        if actor.current().user_id is not None:
            return actor.current().name
        return self.recorder.text().strip() or default_recorder()

    # the rest of the toolbar
    def check_in(self) -> None:
        from ui.attendance.checkin_dialog import CheckinDialog

        # The door's session is today's, whichever column the typing in has reached.
        if self.event_id is None:
            return
        session_id = checkin.session_to_check_in(self.event_id, self.clock(),
                                                 settings.get("late_after_minutes"))
        if session_id is None:
            return
        door = CheckinDialog(self, session_id, self.recorded_by(), clock=self.clock)
        if not door.session_confirmed():
            door.deleteLater()
            return
        door.exec()
        # Undoing an earlier step now could wipe the check-ins just made.
        self.undo_stack.clear()
        self.reload_grid()

    def print_sheet(self) -> None:
        if self.event_id is not None:
            attendance_actions.print_sign_in_sheet(self, self.event_id,
                                                   self.model.current_session())

    def print_tags(self) -> None:
        if self.event_id is not None:
            attendance_actions.print_name_tags(self, self.event_id)

    def attachments(self) -> None:
        if self.model.current_session() is not None:
            attendance_actions.manage_attachments(self, self.model.current_session())

    def eligibility(self) -> None:
        if self.event_id is not None:
            attendance_actions.show_eligibility(self, self.event_id)

    def _update_actions(self) -> None:
        has_event = self.event_id is not None
        has_session = self.model.current_session() is not None
        for action in (self.remaining_action, self.everyone_action, self.checkin_action,
                       self.attachments_action):
            action.setEnabled(has_session)
        for action in (self.sheet_action, self.tags_action, self.eligibility_action):
            action.setEnabled(has_event)
        self._update_summary()

    def _update_summary(self) -> None:
        model = self.model
        if self.event_id is None:
            self.summary.setText(self.tr("No event yet: add one on the Events tab."))
            return
        if model.current_session() is None:
            self.summary.setText(self.tr("This event has no sessions yet: add them with "
                                         "Schedule… on the Events tab."))
            return
        counts = model.counts()
        number = model.session_column(model.current_session()) - FIRST_SESSION + 1
        parts = [self.tr("%n present", "", counts["hadir"]),
                 self.tr("%n late", "", counts["terlambat"]),
                 self.tr("%n excused", "", counts["izin"]),
                 self.tr("%n sick", "", counts["sakit"]),
                 self.tr("%n absent", "", counts["alpa"]),
                 self.tr("%n not recorded", "", counts[None])]
        self.summary.setText(fill(self.tr("Session %1 of %2: %3"), str(number),
                                  str(len(model.grid.sessions)), ", ".join(parts)))
