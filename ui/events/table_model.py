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

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt

from models.events.planning import table_rows
from models.vocab import EVENT_KINDS, EVENT_STATUSES
from ui.i18n import vocab

DATES, KIND, TITLE, THEME, PARTICIPANTS, JP, STATUS = range(7)

_ROOT = QModelIndex()
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
        return date_range_text(self.start, self.end)


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
    point = QLocale().decimalPoint()
    on = today()
    rows = []
    for event_id, start, end, kind, status, title, theme, count, jp in table_rows():
        rows.append(EventRow(
            event_id, start, end, kind, status, count, jp, title, theme,
            kinds.get(kind) or vocab(kind), statuses.get(status) or vocab(status),
            f"{jp:g}".replace(".", point), title.casefold(), start.year, end.year,
            _default_key(event_id, start, end, status, on)))
    return rows


def date_range_text(start: datetime.date, end: datetime.date) -> str:
    """"10 Mar 2026", "10–11 Mar 2026", "28 Feb – 2 Mar 2026" in the user's locale."""
    locale = QLocale()

    def show(day: datetime.date, fmt: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), fmt)

    if start == end:
        return show(start, "d MMM yyyy")
    if (start.year, start.month) == (end.year, end.month):
        return f"{show(start, 'd')}–{show(end, 'd MMM yyyy')}"
    if start.year == end.year:
        return f"{show(start, 'd MMM')} – {show(end, 'd MMM yyyy')}"
    return f"{show(start, 'd MMM yyyy')} – {show(end, 'd MMM yyyy')}"


def jp_text(jp: float) -> str:
    return f"{jp:g}".replace(".", QLocale().decimalPoint())


class EventsTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[EventRow] = []
        self._rows: list[EventRow] = []  # every match, sorted
        self._filter: tuple = ("", None, None, None, None)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._headers = [self.tr("Dates"), self.tr("Kind"), self.tr("Title"), self.tr("Theme"),
                         self.tr("Participants"), self.tr("JP"), self.tr("Status")]

    # loading, filtering, sorting
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

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; a column below 0 is the default order (on now, coming, past)."""
        self._sort = (column, order)
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
        self.beginResetModel()
        rows = self._matches()
        column, order = self._sort
        if column in _SORT_KEYS:
            rows = sorted(rows, key=_SORT_KEYS[column],
                          reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            rows = sorted(rows, key=attrgetter("default_key"))
        self._rows = rows
        self.endResetModel()

    def event_id(self, row: int) -> int:
        return self._rows[row].id

    def row_at(self, row: int) -> EventRow:
        return self._rows[row]

    def row_of(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    def matched_count(self) -> int:
        return len(self._rows)

    def total(self) -> int:
        return len(self._all)

    def years(self) -> list[int]:
        """Every year an event takes place in, ascending (for the year filter)."""
        return sorted({y for r in self._all for y in range(r.first_year, r.last_year + 1)})

    # Qt model interface
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

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
