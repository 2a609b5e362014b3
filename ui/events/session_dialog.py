"""Add or edit one session of an event's schedule; its JP follows its length until typed."""

import datetime
import html

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.events import planning as events
from models.events.tables import Event, EventSession
from models.messages import QT_TRANSLATE_NOOP, ValidationError, message
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from ui.common import formats
from ui.common.date_time import DateEdit, TimeEdit
from ui.common.form import CheckedForm
from ui.common.meanwhile import settle
from ui.common.pickers.person_picker import People, PersonPicker
from ui.common.widgets import button_box, confirm

DEFAULT_START = datetime.time(8)
DEFAULT_LENGTH = 90  # minutes: two JP
# Moving any of these can make the session clash with another in its room; the clash is
# reported under the start time.
_PLACE_AND_TIME = ("date", "room", "start_time", "end_time")


def _not_on_list():
    return message("SessionDialog", QT_TRANSLATE_NOOP(
        "SessionDialog", "Choose a person from the list, or add a new one."))


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _later(moment: datetime.time, minutes: int) -> datetime.time:
    total = min(moment.hour * 60 + moment.minute + minutes, 23 * 60 + 59)
    return datetime.time(total // 60, total % 60)


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int, session_id: int | None = None):
        super().__init__(parent)
        self.for_event = Event.get_by_id(event_id)  # not "event": that is QObject.event()
        self.session_id = session_id
        self.saved_id: int | None = None
        self.jp_typed = False  # the user set the JP: it no longer follows the times
        self.end_typed = False  # the user set the end: it no longer moves with the start
        self._following = False  # the dialog itself is moving the end or the JP
        self.setWindowTitle(self.tr("Edit session") if session_id else self.tr("New session"))
        self.setMinimumWidth(620)
        session = EventSession.get_by_id(session_id) if session_id else None
        self.stamp = None
        chosen = (session.speaker_id, session.moderator_id) if session else ()
        people = People(self, include=chosen)
        when = formats.date_range(self.for_event.start_date, self.for_event.end_date)
        heading = QLabel(f"<b>{html.escape(self.for_event.title)}</b><br>{when}")
        heading.setWordWrap(True)
        form = self.form = CheckedForm()
        self.date = DateEdit()
        self._add("date", self.tr("Date"), self.date, beside=self.date.spelled)
        self.start = self._add("start_time", self.tr("Start"), self._time())
        self.end = self._add("end_time", self.tr("End"), self._time())
        self.topic = form.add("topic", self.tr("Topic / material"), QLineEdit())
        self.room = form.add("room", self.tr("Room"), QLineEdit())
        self.room.setPlaceholderText(self.tr("e.g. Aula, Ruang Diskusi"))
        self.room.setCompleter(QCompleter(self._rooms(), self.room))
        self.speaker = self._add_picker("speaker", self.tr("Speaker"), people)
        self.moderator = self._add_picker("moderator", self.tr("Moderator"), people)
        self.jp = self._add("jp", self.tr("JP"), QDoubleSpinBox(),
                            self.tr("45 minutes make 1 JP"))
        self.jp.setRange(0, 99)
        self.jp.setSingleStep(0.5)
        self.jp.setDecimals(1)
        self.jp.setToolTip(self.tr("Suggested from the length, 45 minutes a JP; "
                                   "type another number to keep it"))

        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        if session is not None:
            self._load(session)
            form.touched.update(form.fields)
        else:
            self._defaults()
        self._length = self.start.time().secsTo(self.end.time())  # seconds
        self.date.dateChanged.connect(lambda: self.touch("date"))
        self.start.timeChanged.connect(self._start_moved)
        self.end.timeChanged.connect(self._end_moved)
        self.topic.textEdited.connect(lambda: self.touch("topic"))
        self.room.textChanged.connect(lambda: self.touch("room"))
        self.speaker.changed.connect(lambda: self.touch("speaker"))
        self.moderator.changed.connect(lambda: self.touch("moderator"))
        self.jp.valueChanged.connect(self._jp_moved)
        self.loaded = self._snapshot()
        self.topic.setFocus()
        self.revalidate()

    def _add(self, name: str, label: str, field: QWidget, hint: str = "",
             beside: QWidget | None = None) -> QWidget:
        """A field at its natural width; its problem still gets the whole row to wrap in."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field)
        if beside is not None:
            line.addWidget(beside)
        if hint:
            note = QLabel(hint)
            note.setEnabled(False)  # greyed: an aside
            line.addWidget(note)
        line.addStretch(1)
        row.setFocusProxy(field)
        self.form.add(name, label, row)
        self.form.fields[name] = field  # the red frame goes on the field alone
        return field

    def _add_picker(self, name: str, label: str, people: People) -> PersonPicker:
        picker = PersonPicker(people=people)
        self.form.add(name, label, picker)
        self.form.fields[name] = picker.combo  # not around the New external button too
        return picker

    def _time(self) -> TimeEdit:
        return TimeEdit()

    def _rooms(self) -> list[str]:
        return events.session_rooms(self.for_event.id)

    def _defaults(self) -> None:
        """After the event's last session: its day, its room, from its end on that day."""
        last = events.last_session(self.for_event.id)
        day, start = self.for_event.start_date, DEFAULT_START
        if last is not None:
            day, start = last.date, max(last.end_time, DEFAULT_START)
            self.room.setText(last.room)
        end = _later(start, DEFAULT_LENGTH)
        self.date.setDate(_qdate(day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.jp.setValue(events.suggest_jp(start, end))

    def _load(self, session: EventSession) -> None:
        self.stamp = session.changed_at  # the save is checked against it
        self.date.setDate(_qdate(session.date))
        self.start.setTime(QTime(session.start_time.hour, session.start_time.minute))
        self.end.setTime(QTime(session.end_time.hour, session.end_time.minute))
        self.topic.setText(session.topic)
        self.topic.setCursorPosition(0)
        self.room.setText(session.room)
        self.speaker.set_person_id(session.speaker_id)
        self.moderator.set_person_id(session.moderator_id)
        self.jp.setValue(session.jp)
        self.jp_typed = session.jp != events.suggest_jp(session.start_time, session.end_time)
        self.end_typed = True

    # following the user's changes
    def _start_moved(self) -> None:
        if not self.end_typed:  # keep the length, as a calendar does
            self._follow(self.end.setTime, self.start.time().addSecs(self._length))
        self.touch("start_time")

    def _end_moved(self) -> None:
        if not self._following:
            self.end_typed = True
        self.touch("end_time")

    def _jp_moved(self) -> None:
        if not self._following:
            self.jp_typed = True
        self.touch("jp")

    def _follow(self, setter, value) -> None:
        self._following = True
        try:
            setter(value)
        finally:
            self._following = False

    def touch(self, name: str) -> None:
        self.form.touched.add(name)
        if name in _PLACE_AND_TIME:
            self.form.touched.add("start_time")
            if not self.jp_typed:
                self._follow(self.jp.setValue, events.suggest_jp(self.start.time().toPython(),
                                                                 self.end.time().toPython()))
        self.revalidate()

    # checking and saving
    def values(self) -> dict:
        return {
            "date": self.date.date().toPython(), "start_time": self.start.time().toPython(),
            "end_time": self.end.time().toPython(), "topic": self.topic.text().strip(),
            "room": self.room.text().strip(), "speaker": self.speaker.person_id(),
            "moderator": self.moderator.person_id(), "jp": self.jp.value(),
        }

    def _snapshot(self) -> tuple:
        """What was typed, including a name that matches no one yet."""
        return (self.values(), self.speaker.combo.currentText(),
                self.moderator.combo.currentText())

    def problems(self) -> dict:
        found = events.session_problems(self.for_event, self.values(), self.session_id)
        for name, picker in (("speaker", self.speaker), ("moderator", self.moderator)):
            if not picker.is_valid():
                found[name] = _not_on_list()
        return found

    def revalidate(self) -> None:
        shown = self.form.show_problems(self.problems())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)

    def save(self) -> None:
        try:
            problems = self.problems()
            if not problems:
                session = events.save_session(self.for_event.id, self.values(),
                                              self.session_id, self.stamp)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except ValidationError as err:
            problems = err.problems
        if problems:
            self.form.touched.update(problems)
            self.form.show_problems(problems, everything=True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.form.fields[next(iter(problems))].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saved_id = session.id
        self.accept()

    def reload(self) -> None:
        """The session as saved now (on another PC meanwhile), in place of what was typed."""
        self._load(EventSession.get_by_id(self.session_id))
        self._length = self.start.time().secsTo(self.end.time())
        self.loaded = self._snapshot()
        self.revalidate()

    def _save_over(self, their_stamp) -> None:
        self.stamp = their_stamp
        self.save()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self._snapshot() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this session?"),
                self.tr("Discard")):
            return
        super().reject()
