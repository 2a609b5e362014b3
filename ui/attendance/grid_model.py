"""One event's attendance as a table: a row per participant, a column per session.

Everything the view shows is prepared when the grid is loaded (``marking.load_grid``, three
queries); ``data()`` only looks strings up, so scrolling 500 people × 10 sessions stays
smooth. After a change only the marks it touched are read again (``update_marks``): a
clerk entering a paper sheet changes one cell per key press, and re-reading the whole
event each time would cost ~100 ms a key with 500 people (benchmarks/README.md).
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont

from models.attendance import marking
from models.staff.nip import grouped
from models.vocab import ATTENDANCE_STATUSES, PRESENT_STATUSES
from ui.common import formats
from ui.common.row_table import RowTableModel
from ui.i18n import fill, vocab

NUMBER, NAME, NIP, UNIT = range(4)
FIRST_SESSION = 4

# The letter on paper and on the keyboard: the code's first letter (H, T, I, S, A).
LETTERS = {code: code[0].upper() for code in ATTENDANCE_STATUSES}
STATUS_OF_KEY = {code[0]: code for code in ATTENDANCE_STATUSES}

# Light fills under dark text, so the letter reads well in a light or a dark desktop
# theme; the letter itself tells the statuses apart where colours cannot (colour
# blindness, a greyscale printout of the screen).
COLOURS = {
    "hadir": QColor("#c6efce"),
    "terlambat": QColor("#ffe699"),
    "izin": QColor("#cfe2f3"),
    "sakit": QColor("#e4d7f5"),
    "alpa": QColor("#f8c6c0"),
}
INK = QColor("#1f1f1f")
# Sessions not held yet: greyed, in a grey that reads on a light and a dark theme alike.
NOT_HELD_INK = QColor(128, 128, 128)
NOT_HELD_FILL = QColor(128, 128, 128, 40)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _BACKGROUND, _FOREGROUND))
_PLAIN = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
          | Qt.ItemFlag.ItemNeverHasChildren)
_EDITABLE = _PLAIN | Qt.ItemFlag.ItemIsEditable


@dataclass(slots=True)
class GridRow:
    person_id: int
    codes: list[str | None]  # status per session, in column order
    texts: list[str]  # as shown, one per column


class AttendanceGridModel(RowTableModel):
    note_edited = Signal(int, int, str)  # person, session, the new note: the page saves it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = marking.Grid([], [])
        self._rows: list[GridRow] = []  # one per participant; _headers one per column
        self._row_of: dict[int, int] = {}
        self._current = -1  # position of the current session in grid.sessions
        self._bold = QFont()
        self._bold.setBold(True)
        self._session_tips: list[str] = []
        self._locale, self._clock = QLocale(), "HH:mm"
        self._sessions: list[tuple[int, float]] = []
        self._held: set[int] = set()  # grid.held_ids(today), kept as marks change
        self.today = datetime.date.today  # what "held" is judged against; tests set it
        self._number_columns()

    def _number_columns(self) -> None:
        """The columns after the sessions: %, JP, then the current session's details."""
        first = FIRST_SESSION + len(self.grid.sessions)
        (self.percent_column, self.jp_column, self.checkin_column, self.note_column,
         self.recorder_column) = range(first, first + 5)

    def session_column(self, session_id: int) -> int:
        for position, session in enumerate(self.grid.sessions):
            if session.id == session_id:
                return FIRST_SESSION + position
        return -1

    def session_at(self, column: int) -> int | None:
        position = column - FIRST_SESSION
        if 0 <= position < len(self.grid.sessions):
            return self.grid.sessions[position].id
        return None

    def person_id(self, row: int) -> int:
        return self._rows[row].person_id

    def current_session(self) -> int | None:
        return self.grid.sessions[self._current].id if self._current >= 0 else None

    # loading
    def load(self, event_id: int | None, session_id: int | None = None) -> None:
        """Show an event's grid (None: an empty grid). The current session is the one
        given, or else the first someone lacks a mark at: where typing in goes on."""
        self.beginResetModel()
        self.grid = grid = (marking.load_grid(event_id) if event_id is not None
                            else marking.Grid([], []))
        ids = [s.id for s in grid.sessions]
        unfinished = (i for i, sid in enumerate(ids)
                      if any((p.id, sid) not in grid.marks for p in grid.people))
        self._current = (ids.index(session_id) if session_id in ids
                         else next(unfinished, len(ids) - 1))
        # Made once here, not per row: QLocale() and its formats cost microseconds each.
        locale = QLocale()
        self._clock = formats.clock_format(locale)
        self._locale = locale
        self._sessions = [(s.id, s.jp) for s in grid.sessions]
        self._held = grid.held_ids(self.today())
        self._number_columns()
        self._make_headers()
        self._rows = [self._make_row(person) for person in grid.people]
        self._row_of = {row.person_id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def set_current_session(self, session_id: int) -> None:
        column = self.session_column(session_id)
        if column < 0 or column - FIRST_SESSION == self._current:
            return
        self._current = column - FIRST_SESSION
        self._make_headers()
        for row in self._rows:
            self._fill_current(row, session_id)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.checkin_column),
                                  self.index(len(self._rows) - 1, self.recorder_column))

    def update_marks(self, keys) -> None:
        """Read again the marks of these (person, session) pairs, after a change or undo."""
        wanted: dict[int, set[int]] = {}
        for person_id, session_id in keys:
            wanted.setdefault(session_id, set()).add(person_id)
        marks = self.grid.marks
        for session_id, people in wanted.items():
            for person_id in people:
                marks.pop((person_id, session_id), None)
            for person_id, mark in marking.current(session_id, people).items():
                marks[(person_id, session_id)] = mark
        touched = sorted({self._row_of[p] for people in wanted.values() for p in people
                          if p in self._row_of})
        held = self.grid.held_ids(self.today())
        if held != self._held:  # today's session's first mark: everyone's share changes
            self._held = held
            self._make_headers()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            touched = list(range(len(self._rows)))
        for i in touched:
            self._rows[i] = self._make_row(self.grid.people[i])
        if touched:
            self.dataChanged.emit(self.index(touched[0], 0),
                                  self.index(touched[-1], self.columnCount() - 1))

    def counts(self) -> dict[str | None, int]:
        """How many participants have each status at the current session (None: no mark)."""
        found: dict[str | None, int] = dict.fromkeys([*ATTENDANCE_STATUSES, None], 0)
        session_id = self.current_session()
        for person in self.grid.people:
            mark = self.grid.marks.get((person.id, session_id))
            found[mark.status if mark else None] += 1
        return found

    def _make_headers(self) -> None:
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("NIP"),
                         self.tr("Unit / institution")]
        self._session_tips = []
        for number, session in enumerate(self.grid.sessions, 1):
            self._headers.append(f"{number}\n{formats.day_month(session.date)}")
            self._session_tips.append(fill(self.tr("Session %1: %2, %3\n%4\n%5 JP"), str(number),
                                           formats.day_and_date(session.date),
                                           formats.time_range(session.start_time,
                                                              session.end_time),
                                           session.topic, formats.jp(session.jp)))
            if session.id not in self._held:
                self._session_tips[-1] += "\n" + self._not_held_tip()
        current = str(self._current + 1) if self._current >= 0 else "–"
        self._headers += [self.tr("Attended\n%"), self.tr("JP\nattended"),
                          fill(self.tr("Check-in\nsession %1"), current),
                          fill(self.tr("Note\nsession %1"), current),
                          fill(self.tr("Recorded by\nsession %1"), current)]

    def _not_held_tip(self) -> str:
        return self.tr("Session not held yet: not counted in the attendance share.")

    def _make_row(self, person: marking.GridPerson) -> GridRow:
        """The row's texts. Share and JP follow Grid.attended() over the held sessions and
        attended_jp() (present means PRESENT_STATUSES) in one pass over the marks instead
        of three: this runs for every participant whenever an event is opened."""
        marks, pid, sessions, held = self.grid.marks, person.id, self._sessions, self._held
        codes = [mark.status if (mark := marks.get((pid, sid))) else None
                 for sid, _jp in sessions]
        present = [jp for (_sid, jp), code in zip(sessions, codes, strict=True)
                   if code in PRESENT_STATUSES]
        attended = sum(1 for (sid, _jp), code in zip(sessions, codes, strict=True)
                       if sid in held and code in PRESENT_STATUSES)
        texts = [str(person.participant_no or ""), person.name, grouped(person.nip),
                 person.institution]
        texts += [LETTERS[code] if code else "" for code in codes]
        texts += [formats.share(attended, len(held), 0, "", self._locale),
                  formats.jp(self.grid.earned_jp(pid, sum(present)), self._locale),
                  "", "", ""]
        row = GridRow(pid, codes, texts)
        self._fill_current(row, self.current_session())
        return row

    def _fill_current(self, row: GridRow, session_id: int | None) -> None:
        mark = self.grid.marks.get((row.person_id, session_id))
        if mark is None:
            row.texts[-3:] = ["", "", ""]
            return
        moment = mark.checkin_time
        clock = formats.clock(moment, self._locale, self._clock)
        row.texts[-3:] = [clock, mark.note, mark.recorded_by]

    # Qt model interface (rows and columns counted by RowTableModel)
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The headings, with each session's details as its tooltip, the current
        session's columns in bold and the sessions not held yet greyed."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        position = section - FIRST_SESSION
        is_session = 0 <= position < len(self._session_tips)
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP and is_session:
            return self._session_tips[position]
        if role == _FONT and (position == self._current or section >= self.checkin_column):
            return self._bold  # the session the last three columns are about
        if role == _FOREGROUND and is_session and self._sessions[position][0] not in self._held:
            return NOT_HELD_INK
        return None

    def flags(self, index):  # asked per visible cell at every paint: no Qt calls made here
        if index.column() == self.note_column and self._current_mark(index.row()):
            return _EDITABLE
        return _PLAIN

    def _current_mark(self, row: int) -> marking.Mark | None:
        return self.grid.marks.get((self._rows[row].person_id, self.current_session()))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:  # most of the view's questions, asked per visible cell
            return None
        row = self._rows[index.row()]
        column = index.column()
        position = column - FIRST_SESSION
        is_session = 0 <= position < len(row.codes)
        if role == _DISPLAY or role == _EDIT:
            return row.texts[column]
        if is_session:
            code = row.codes[position]
            if role == _BACKGROUND:
                if code:
                    return COLOURS[code]
                return None if self._sessions[position][0] in self._held else NOT_HELD_FILL
            if role == _FOREGROUND:
                return INK if code else None
            if role == _ALIGNMENT:
                return _CENTRE
            if role == _TOOLTIP:
                return self._mark_tip(row.person_id, position)
            return None
        if role == _ALIGNMENT and (column == NUMBER or column in (self.percent_column,
                                                                   self.jp_column)):
            return _RIGHT
        if role == _TOOLTIP and column in (NAME, UNIT, self.note_column):
            text = row.texts[column]
            if column == self.note_column and not self._current_mark(index.row()):
                return self.tr("Set a status first; then F2 writes a note.")
            return text or None
        return None

    def _mark_tip(self, person_id: int, position: int) -> str:
        session = self.grid.sessions[position]
        mark = self.grid.marks.get((person_id, session.id))
        lines = [] if session.id in self._held else [self._not_held_tip()]
        if mark is None:
            return "\n".join([*lines, self.tr("Not recorded. Press H, T, I, S or A.")])
        lines.append(vocab(ATTENDANCE_STATUSES.get(mark.status, mark.status)))
        if mark.checkin_time:
            lines.append(fill(self.tr("Checked in at %1"), formats.clock(mark.checkin_time)))
        if mark.note:
            lines.append(mark.note)
        if mark.recorded_by:
            lines.append(fill(self.tr("Recorded by %1"), mark.recorded_by))
        return "\n".join(lines)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        """A note typed in the grid goes to the page, which saves it as an undoable step."""
        if role != _EDIT or index.column() != self.note_column or self.current_session() is None:
            return False
        text = str(value or "").strip()
        if text == self._rows[index.row()].texts[index.column()]:
            return False
        self.note_edited.emit(self._rows[index.row()].person_id, self.current_session(), text)
        return True
