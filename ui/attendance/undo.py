"""Undo and redo on the attendance grid: every change, however many cells, is one step."""

from collections.abc import Callable

import peewee
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.attendance import marking
from models.messages import SiBinaError
from models.vocab import ATTENDANCE_STATUSES
from ui.i18n import fill, vocab

# What can go wrong writing marks: the database busy with another window, a vanished row.
FAILURES = (peewee.DatabaseError, SiBinaError, ValueError)


class MarksCommand(QUndoCommand):
    """A change already made in the database: undo puts back what it replaced, redo puts
    the change back again. Made after the change, so a change that failed never reaches
    the stack."""

    def __init__(self, text: str, replaced: marking.Undo, history: "MarkingHistory"):
        super().__init__(text)
        self._replaced = replaced  # what undo writes back
        self._redo: marking.Undo = {}  # what redo writes back, known after an undo
        self._history = history
        self._pushed = False

    def redo(self):
        if not self._pushed:  # QUndoStack.push() calls redo(); the change is already made
            self._pushed = True
            return
        self._replaced = self._restore(self._redo)

    def undo(self):
        self._redo = self._restore(self._replaced)

    def _restore(self, state: marking.Undo) -> marking.Undo:
        try:
            replaced = marking.restore(state)
        except FAILURES as exc:  # one transaction: nothing was written
            self._history.lost(exc)
            return state
        self._history.changed.emit(list(state))
        return replaced


class MarkingHistory(QUndoStack):
    """The grid's undo stack. It makes each change itself (and names it for the Undo
    button), so it can tell the grid which marks to read again."""

    changed = Signal(list)  # the (person, session) pairs whose marks were written
    failed = Signal(object)  # the exception: nothing was written

    def change(self, text: str, make: Callable[[], marking.Undo]) -> bool:
        """Make a change as one undoable step; False if it failed or changed nothing."""
        try:
            replaced = make()
        except FAILURES as exc:
            self.failed.emit(exc)
            return False
        if not replaced:
            return False
        self.push(MarksCommand(text, replaced, self))
        self.changed.emit(list(replaced))
        return True

    def mark_cells(self, cells: dict[int, list[int]], status: str | None,
                   recorded_by: str) -> bool:
        """``status`` (None clears) for the people chosen per session."""
        count = sum(len(people) for people in cells.values())
        if status is None:
            text = self.tr("Clear %n mark(s)", "", count)
        else:
            text = fill(self.tr("Mark %n cell(s) as %1", "", count),
                        vocab(ATTENDANCE_STATUSES[status]))
        return self.change(text, lambda: marking.set_marks_many(cells, status, recorded_by))

    def mark_remaining(self, session_id: int, status: str, recorded_by: str) -> bool:
        return self.change(fill(self.tr("Mark remaining as %1"),
                                vocab(ATTENDANCE_STATUSES[status])),
                           lambda: marking.mark_unrecorded(session_id, status, recorded_by))

    def mark_everyone(self, session_id: int, status: str, recorded_by: str) -> bool:
        return self.change(fill(self.tr("Mark all as %1"), vocab(ATTENDANCE_STATUSES[status])),
                           lambda: marking.mark_everyone(session_id, status, recorded_by))

    def write_note(self, session_id: int, person_id: int, status: str, note: str,
                   recorded_by: str) -> bool:
        return self.change(self.tr("Edit note"), lambda: marking.set_marks(
            session_id, [person_id], status, recorded_by, note=note))

    def lost(self, exc: Exception) -> None:
        """An undo or redo failed while the stack's index moved on regardless; the steps
        left would now write the wrong states, so they are dropped (after Qt is done
        with the step in hand)."""
        self.failed.emit(exc)
        QTimer.singleShot(0, self.clear)
