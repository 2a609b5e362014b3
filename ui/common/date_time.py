"""The one date box and the one time box of every form: typed the way the office writes
(``14/12/2026``, ``08.00``), left with Tab, and read back in words beside the date."""

import datetime

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QTimeEdit, QWidget

from ui.common import formats

DATE_FORMAT = "dd/MM/yyyy"  # as dates are written by hand and on office forms
# What else people type between day, month and year, or hours and minutes.
_DATE_SEPARATORS, _TIME_SEPARATORS = "-. ", ":,"


def _retyped(event: QKeyEvent, separators: str, separator: str) -> QKeyEvent:
    """The key as the box understands it: ``14-12`` as ``14/12``, ``8:00`` as ``8.00``."""
    if event.text() and event.text() in separators:
        return QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), separator)
    return event


class _Typed:
    """Typing as written: other separators read as the box's own, and a separator typed
    after two digits filled a section (and the box moved on by itself) is not taken as
    leaving the next section empty."""

    separator = "/"
    others = ""
    _moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event = _retyped(event, self.others, self.separator)
        if event.text() == self.separator and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSectionIndex() != before

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        # Tab leaves the box, as in every other field, instead of stepping to the month.
        return QWidget.focusNextPrevChild(self, next_)


class DateEdit(_Typed, QDateEdit):
    """``dd/MM/yyyy`` with a calendar; ``spelled`` is a label saying the date in words
    (``Senin, 14 Desember 2026``) for the form to place beside it."""

    others = _DATE_SEPARATORS

    def __init__(self, value: datetime.date | QDate | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.spelled = QLabel()
        self.spelled.setEnabled(False)  # greyed: an aside
        self.dateChanged.connect(self._spell)
        if isinstance(value, datetime.date):
            value = QDate(value.year, value.month, value.day)
        if value is not None:
            self.setDate(value)
        self._spell()

    def _spell(self, *_) -> None:
        self.spelled.setText(formats.day_and_date(self.date().toPython()))



class TimeEdit(_Typed, QTimeEdit):
    """``08.00`` (``08:00`` in English), as every list shows times."""

    def __init__(self, value: datetime.time | QTime | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(formats.clock_format())
        self.separator = "." if "." in self.displayFormat() else ":"
        self.others = (_TIME_SEPARATORS + ".").replace(self.separator, "")
        if isinstance(value, datetime.time):
            value = QTime(value.hour, value.minute)
        if value is not None:
            self.setTime(value)



