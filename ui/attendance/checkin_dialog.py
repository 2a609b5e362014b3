"""Live check-in at the door: one big field for a scanned or typed code, one big answer.

A USB barcode scanner types like a keyboard and ends with Enter, so the field is cleared
and focused again the moment a code has been handled: the next person is already scanning.
Problems are shown in red with a beep, never in a message box that would wait for a click
while the queue scans on. The one question is whether to check in to a session that is not
open (another day's, or one over for longer than the grace period): asked when the window
opens, or at the first scan once the session has closed, and then not again.
"""

import datetime

import peewee
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.attendance import checkin
from models.events import participants
from models.events.tables import EventSession
from models.vocab import ATTENDANCE_STATUSES, PRESENT_STATUSES
from ui import i18n
from ui.common import formats
from ui.common.widgets import confirm, error_text
from ui.i18n import fill, vocab

RECENT = 10  # check-ins listed under the counter
LONGEST_CODE = 30  # characters of an unknown code shown; a misread barcode can be long
FIELD_POINTS = 28
HINT_POINTS = 18  # the empty field's hint is long: smaller, so it is read whole
RESULT_POINTS = (36, 32, 28, 24, 20, 18)  # a long name steps down until it fits
RESULT_LINES = 3

# Background and text per outcome: white on the dark colours, dark on the light ones.
IDLE_STYLE = ("#dfe6ea", "#263238")
OUTCOME_STYLES = {
    checkin.CHECKED_IN: ("#1b7f3b", "#ffffff"),
    checkin.LATE: ("#f2b705", "#2b1d00"),
    checkin.ALREADY: ("#34618c", "#ffffff"),
    checkin.UNKNOWN: ("#b3261e", "#ffffff"),
    checkin.NOT_REGISTERED: ("#b3261e", "#ffffff"),
    checkin.CLOSED: ("#b3261e", "#ffffff"),
}
FAILED = (checkin.UNKNOWN, checkin.NOT_REGISTERED, checkin.CLOSED)
RECORDED = (checkin.CHECKED_IN, checkin.LATE)


def _font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class FittedLabel(QLabel):
    """Big centred text that steps its font down until it fits the label.

    The answer fits the panel, never the panel the answer: the window keeps its shape from
    one person to the next, whatever the length of a name.
    """

    def __init__(self):
        super().__init__()
        self.setFont(_font(self, RESULT_POINTS[0], bold=True))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a misread code may hold "<"
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        box = self.contentsRect()
        if box.width() <= 0:
            return  # not laid out yet: the first resize fits it
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        font = QFont(self.font())
        for points in RESULT_POINTS:
            font.setPointSizeF(points)
            need = QFontMetrics(font).boundingRect(QRect(0, 0, box.width(), 100000), flags,
                                                   self.text())
            if need.width() <= box.width() and need.height() <= box.height():
                break
        if font != self.font():
            self.setFont(font)


class ResultPanel(QWidget):
    """The coloured box the answer sits in. It paints its own background: a style sheet
    would re-polish the panel and lay out the window again at every scan."""

    def __init__(self):
        super().__init__()
        self.background = QColor()
        self.colours: tuple[str, str] | None = None  # none yet: the first answer sets them
        self.label = FittedLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.label)
        self.setFixedHeight(self.label.fontMetrics().lineSpacing() * RESULT_LINES + 24)

    def show_answer(self, text: str, style: tuple[str, str]) -> None:
        if style != self.colours:
            self.colours = style
            background, foreground = style
            self.background = QColor(background)
            palette = self.label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
            self.label.setPalette(palette)
            self.update()
        self.label.setText(text)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        painter.drawRoundedRect(self.rect(), 10, 10)


class CodeField(QLineEdit):
    """The big field. Its hint is drawn smaller than what is typed, so the long hint is read
    whole; switching the field's font instead would lay out the window at every scan."""

    def __init__(self, hint: str):
        super().__init__()
        self.hint = hint
        self.setFont(_font(self, FIELD_POINTS))
        self.setFixedHeight(self.sizeHint().height() + 16)
        self.setPlaceholderText(hint)  # for screen readers; painted below, not by Qt
        palette = self.palette()
        self.hint_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(Qt.GlobalColor.transparent))
        self.setPalette(palette)
        self.hint_font = _font(self, HINT_POINTS)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.text():
            return
        painter = QPainter(self)
        painter.setFont(self.hint_font)
        painter.setPen(self.hint_colour)
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        box = box.marginsRemoved(self.textMargins()).adjusted(2, 0, -2, 0)  # Qt's own margin
        hint = QFontMetrics(self.hint_font).elidedText(self.hint, Qt.TextElideMode.ElideRight,
                                                       box.width())
        painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), hint)


class CheckinDialog(QDialog):
    """The door window for one session. Show it with ``show()`` (it is not modal); F11
    toggles full screen and Escape closes it."""

    changed = Signal()  # a check-in was recorded: the attendance grid may reload

    def __init__(self, parent: QWidget | None, session_id: int, recorded_by: str = "",
                 clock=None):
        super().__init__(parent)
        self.session_id = session_id
        self.recorded_by = recorded_by
        self.clock = clock or datetime.datetime.now
        self.anyway = False  # the clerk said yes to checking in to this closed session
        self.session = session = EventSession.get_by_id(session_id)
        self.late_after_minutes = settings.get("late_after_minutes")
        self.total = participants.participant_count(session.event_id)
        self.checked = checkin.present_count(session)
        self.last_outcome: str | None = None

        self.setWindowTitle(fill(self.tr("Check-in: %1"), session.event.title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setMinimumSize(720, 640)
        self.resize(1000, 680)

        self.title = QLabel(session.event.title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(_font(self.title, 20, bold=True))
        self.title.setWordWrap(True)
        self.session_label = QLabel(" · ".join(part for part in (
            session.topic, formats.day_and_date(session.date),
            formats.time_range(session.start_time, session.end_time), session.room) if part))
        self.session_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_label.setFont(_font(self.session_label, 14))
        self.session_label.setWordWrap(True)

        self.field = CodeField(
            self.tr("Scan the name tag or type the NIP or number, then Enter"))
        self.field.returnPressed.connect(self.check_in)
        self.result_panel = ResultPanel()
        self.result = self.result_panel.label

        self.counter = QLabel()
        self.counter.setFont(_font(self.counter, 20, bold=True))
        self.recent = QTreeWidget()
        self.recent.setHeaderLabels([self.tr("Time"), self.tr("Name"), self.tr("Status")])
        self.recent.setRootIsDecorated(False)
        self.recent.setFont(_font(self.recent, 13))
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keystrokes stay in the field
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setUniformRowHeights(True)
        # Widths measured once: fitting the columns to their contents would measure every
        # row again at each scan.
        metrics = self.recent.fontMetrics()
        header = self.recent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, max(metrics.horizontalAdvance(t) for t in (
            formats.clock(datetime.time(23, 59)), self.tr("Time"))) + 24)
        header.resizeSection(2, max(metrics.horizontalAdvance(vocab(ATTENDANCE_STATUSES[s]))
                                    for s in PRESENT_STATUSES) + 24)
        for when, name, status in reversed(checkin.latest_checkins(session_id, RECENT)):
            self._add_recent(when, name, status)

        self.full_screen_button = self._button(self.tr("Full screen (F11)"),
                                               self.toggle_full_screen)
        self.close_button = self._button(self.tr("Close (Esc)"), self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.full_screen_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.session_label)
        layout.addSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.result_panel)
        layout.addWidget(self.counter)
        layout.addWidget(self.recent, 1)
        layout.addLayout(buttons)

        self._show_result(self.tr("Ready for the first scan"), IDLE_STYLE)
        self._show_counter()
        self.field.setFocus()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        # Enter belongs to the field: a default button would take the scanner's Enter.
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    # checking in
    def session_confirmed(self) -> bool:
        """Whether to open on this session now: yes when it is open for check-in, else
        what the clerk answers (Cancel being the default)."""
        why = checkin.why_closed(self.session, self.clock(), self.late_after_minutes)
        return why is None or self.ask_anyway(why)

    def ask_anyway(self, why) -> bool:
        self.anyway = confirm(self, self.tr("Check-in"), fill(
            self.tr("%1\n\nCheck people in to this session all the same? A check-in "
                    "records the time of the scan."), i18n.text(why)),
            self.tr("Check in all the same"))
        self.activateWindow()  # the scanner's next code goes to the field, not elsewhere
        self.field.setFocus()
        return self.anyway

    def check_in(self) -> None:
        text = self.field.text()
        self.field.clear()
        self.field.setFocus()
        if not text.strip():
            return
        at = self.clock().replace(microsecond=0)
        try:
            result = checkin.check_in(self.session_id, text, at, self.late_after_minutes,
                                      self.recorded_by, self.anyway)
            if result.outcome == checkin.CLOSED and self.ask_anyway(result.why):
                result = checkin.check_in(self.session_id, text, at, self.late_after_minutes,
                                          self.recorded_by, anyway=True)
        except peewee.DatabaseError as exc:
            self.last_outcome = None
            self._show_result(fill(self.tr("Not recorded: %1 Scan again."), error_text(exc)),
                              OUTCOME_STYLES[checkin.UNKNOWN])
            QApplication.beep()
            return
        self.last_outcome = result.outcome
        self._show_result(self._answer(result, text), OUTCOME_STYLES[result.outcome])
        if result.outcome in FAILED:
            QApplication.beep()
        elif result.outcome in RECORDED:
            self.checked += 1
            self._show_counter()
            status = "terlambat" if result.outcome == checkin.LATE else "hadir"
            self._add_recent(result.checkin_time, result.name, status)
            self.changed.emit()

    def _answer(self, result: checkin.CheckinResult, text: str) -> str:
        name = result.name
        if result.outcome == checkin.CHECKED_IN:
            return fill(self.tr("Welcome, %1 — checked in at %2"), name,
                        formats.clock(result.checkin_time))
        if result.outcome == checkin.LATE:
            return fill(self.tr("Welcome, %1 — late, %2"), name, formats.clock(result.checkin_time))
        if result.outcome == checkin.ALREADY:
            if result.checkin_time is None:  # marked present in the grid, not at the door
                return fill(self.tr("%1 is already marked present"), name)
            return fill(self.tr("%1 was already checked in at %2"), name,
                        formats.clock(result.checkin_time))
        if result.outcome == checkin.NOT_REGISTERED:
            return fill(self.tr("%1 is not registered for this event"), name)
        if result.outcome == checkin.CLOSED:
            return fill(self.tr("%1 not checked in: %2"), name, i18n.text(result.why))
        code = " ".join(text.split())
        if len(code) > LONGEST_CODE:
            code = code[:LONGEST_CODE - 1] + "…"
        return fill(self.tr("Unknown code: %1"), code)

    # showing
    def _show_result(self, text: str, style: tuple[str, str]) -> None:
        self.result_panel.show_answer(text, style)

    def _show_counter(self) -> None:
        self.counter.setText(fill(self.tr("%n of %1 checked in", "", self.checked),
                                  str(self.total)))

    def _add_recent(self, when: datetime.datetime | None, name: str, status: str) -> None:
        item = QTreeWidgetItem([formats.clock(when) if when else "", name,
                                vocab(ATTENDANCE_STATUSES[status])])
        self.recent.insertTopLevelItem(0, item)
        while self.recent.topLevelItemCount() > RECENT:
            self.recent.takeTopLevelItem(RECENT)

    def recent_rows(self) -> list[tuple[str, str, str]]:
        """The listed check-ins as shown, newest first."""
        return [tuple(self.recent.topLevelItem(i).text(c) for c in range(3))
                for i in range(self.recent.topLevelItemCount())]

    # window
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.field.setFocus()
