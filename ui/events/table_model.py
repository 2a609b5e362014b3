"""The events table: all events loaded once as plain rows, filtered and sorted in Python.

Same approach as the staff table (STACK-NOTES): no QSortFilterProxyModel; a filter or a
sort rebuilds a list of prepared rows and resets the model.

Opening the tab with 2,000 events and 20,000 sessions must take under 100 ms
(benchmarks/bench_events_tab.py): the rows come from one query on a plain cursor, and
what only the visible rows need (the date text) is made when the view asks for it.
"""

import datetime
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QLocale, Qt

from models.events.planning import table_rows
from models.vocab import EVENT_KINDS, EVENT_STATUSES
from ui.common import formats
from ui.common.row_table import RowTableModel
from ui.i18n import vocab

DATES, KIND, TITLE, THEME, PARTICIPANTS, JP, STATUS = range(7)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# Default order: what is on now, then what is coming (soonest first), then the past
# (latest first).
_STATUS_RANK = {"running": 0, "planned": 1}


@dataclass(slots=True)
class EventRow:
    id: int
    start: datetime.date
    end: datetime.date
    kind: str
    status: str
    participants: int
    jp: float
    title: str
    theme: str
    kind_label: str
    status_label: str
    jp_text: str
    words: str  # the title, casefolded, for the search
    first_year: int  # the years the event takes place in, for the year filter
    last_year: int
    default_key: tuple  # the default order (see _default_key)

    @property
    def dates(self) -> str:
        """The dates as shown; made when asked, as only the visible rows need them."""
        return formats.date_range(self.start, self.end)


def today() -> datetime.date:
    return datetime.date.today()


def _default_key(event_id: int, start: datetime.date, end: datetime.date, status: str,
                 on: datetime.date) -> tuple:
    """Running, then planned (soonest first), then the rest (latest first). An event whose
    end has passed is with the past whatever its status says: offices often leave one
    "planned" or "running"."""
    rank = _STATUS_RANK.get(status)
    if rank is not None and end >= on:
        return (rank, start.toordinal(), event_id)
    return (2, -start.toordinal(), -event_id)


_SORT_KEYS = {
    DATES: lambda r: (r.start, r.end, r.id),
    KIND: lambda r: r.kind_label.casefold(),
    TITLE: lambda r: r.words,
    THEME: lambda r: (r.theme == "", r.theme.casefold()),
    PARTICIPANTS: attrgetter("participants"),
    JP: attrgetter("jp"),
    STATUS: lambda r: r.status_label.casefold(),
}

def load_rows() -> list[EventRow]:
    """Every event as a table row, by date (so equal sort keys stay in date order)."""
    kinds = {code: vocab(label) for code, label in EVENT_KINDS.items()}
    statuses = {code: vocab(label) for code, label in EVENT_STATUSES.items()}
    locale = QLocale()
    on = today()
    rows = []
    for event_id, start, end, kind, status, title, theme, count, jp in table_rows():
        rows.append(EventRow(
            event_id, start, end, kind, status, count, jp, title, theme,
            kinds.get(kind) or vocab(kind), statuses.get(status) or vocab(status),
            formats.jp(jp, locale), title.casefold(), start.year, end.year,
            _default_key(event_id, start, end, status, on)))
    return rows


class EventsTableModel(RowTableModel):
    def __init__(self, parent=None):
        # Below column 0, the default order: on now, coming, past.
        super().__init__(parent, sort_keys=_SORT_KEYS, default_key=attrgetter("default_key"))
        self._all: list[EventRow] = []
        self._rows: list[EventRow] = []  # every match, sorted
        self._filter: tuple = ("", None, None, None, None)
        self._headers = [self.tr("Dates"), self.tr("Kind"), self.tr("Title"), self.tr("Theme"),
                         self.tr("Participants"), self.tr("JP"), self.tr("Status")]

    # loading, filtering, sorting
    def has_events(self) -> bool:
        """Whether there is any event at all, whatever the filter shows."""
        return bool(self._all)

    def reload(self) -> None:
        """Load every event (one query) and show the matches of the current filter."""
        self._all = load_rows()
        self._apply()

    def set_filter(self, text: str = "", year: int | None = None, kind: str | None = None,
                   theme: str | None = None, status: str | None = None) -> None:
        """Show the events matching every given filter; None or "" means any."""
        wanted = (text or "", year or None, kind or None, theme or None, status or None)
        if wanted == self._filter:  # e.g. the page's first filter, right after reload()
            return
        self._filter = wanted
        self._apply()

    def _matches(self) -> list[EventRow]:
        """The rows matching every filter: one tight pass per filter that is set."""
        text, year, kind, theme, status = self._filter
        rows = self._all
        if year is not None:
            rows = [r for r in rows if r.first_year <= year <= r.last_year]
        if kind is not None:
            rows = [r for r in rows if r.kind == kind]
        if theme is not None:
            rows = [r for r in rows if r.theme == theme]
        if status is not None:
            rows = [r for r in rows if r.status == status]
        for word in text.casefold().split():
            rows = [r for r in rows if word in r.words]
        return rows

    def _apply(self) -> None:
        self.show_rows(self.sorted_rows(self._matches()))

    def event_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    def matched_count(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        return len(self._all)

    def years(self) -> list[int]:
        """Every year an event takes place in, ascending (for the year filter)."""
        return sorted({y for r in self._all for y in range(r.first_year, r.last_year + 1)})

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY or role == _TOOLTIP:
            if column == DATES:
                return row.dates
            if column == KIND:
                return row.kind_label
            if column == TITLE:
                return row.title
            if column == THEME:
                return row.theme
            if column == PARTICIPANTS:
                return row.participants
            if column == JP:
                return row.jp_text
            return row.status_label
        if role == _ALIGNMENT and column in (PARTICIPANTS, JP):
            return _RIGHT
        if role == _FOREGROUND and row.status == "cancelled":
            return Qt.GlobalColor.gray
        return None
