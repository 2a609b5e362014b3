"""The events table: all events loaded once as plain rows, filtered and sorted in Python.

Same approach as the staff table (STACK-NOTES): no QSortFilterProxyModel; a filter or a
sort rebuilds a list of prepared rows and resets the model.
"""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt

from models import events
from models.event import Event, Theme
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
    dates: str  # as shown
    kind_label: str
    status_label: str
    jp_text: str
    words: str  # the title, casefolded, for the search


def _default_key(row: EventRow):
    rank = _STATUS_RANK.get(row.status)
    if rank is not None:
        return (rank, row.start.toordinal(), row.id)
    return (2, -row.start.toordinal(), -row.id)


_SORT_KEYS = {
    DATES: lambda r: (r.start, r.end, r.id),
    KIND: lambda r: r.kind_label.casefold(),
    TITLE: lambda r: r.words,
    THEME: lambda r: (r.theme == "", r.theme.casefold()),
    PARTICIPANTS: lambda r: r.participants,
    JP: lambda r: r.jp,
    STATUS: lambda r: r.status_label.casefold(),
}


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
        """Load every event: the listing and the theme names, two queries in all."""
        themes = dict(Event.select(Event.id, Theme.name).join(Theme).tuples())
        rows = []
        for event_id, start, end, kind, status, count, jp, title in events.listing():
            rows.append(EventRow(
                id=event_id, start=start, end=end, kind=kind, status=status,
                participants=int(count or 0), jp=float(jp or 0), title=title,
                theme=themes.get(event_id) or "", dates=date_range_text(start, end),
                kind_label=vocab(EVENT_KINDS.get(kind, kind)),
                status_label=vocab(EVENT_STATUSES.get(status, status)),
                jp_text=jp_text(float(jp or 0)), words=title.casefold()))
        self._all = rows
        self._apply()

    def set_filter(self, text: str = "", year: int | None = None, kind: str | None = None,
                   theme: str | None = None, status: str | None = None) -> None:
        """Show the events matching every given filter; None or "" means any."""
        self._filter = (text or "", year or None, kind or None, theme or None, status or None)
        self._apply()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; a column below 0 is the default order (on now, coming, past)."""
        self._sort = (column, order)
        self._apply()

    def _matches(self, row: EventRow) -> bool:
        text, year, kind, theme, status = self._filter
        return ((year is None or row.start.year <= year <= row.end.year)
                and (kind is None or row.kind == kind)
                and (theme is None or row.theme == theme)
                and (status is None or row.status == status)
                and all(word in row.words for word in text.casefold().split()))

    def _apply(self) -> None:
        self.beginResetModel()
        rows = [r for r in self._all if self._matches(r)]
        column, order = self._sort
        if column in _SORT_KEYS:
            rows.sort(key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            rows.sort(key=_default_key)
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
        return sorted({y for r in self._all for y in range(r.start.year, r.end.year + 1)})

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
