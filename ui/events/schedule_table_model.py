"""One event's sessions as a table: loaded in one query, sorted in Python."""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, Qt, QTime

from models.events.planning import schedule_rows
from ui.events.table_model import jp_text

DAY, TIME, TOPIC, ROOM, SPEAKER, MODERATOR, JP = range(7)

_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(slots=True)
class SessionRow:
    id: int
    date: datetime.date
    start: datetime.time
    end: datetime.time
    topic: str
    room: str
    speaker: str
    moderator: str
    jp: float
    texts: tuple[str, ...]  # as shown, one per column


def _when(row: SessionRow):
    return (row.date, row.start, row.end, row.id)


_SORT_KEYS = {
    DAY: _when,
    TIME: lambda r: (r.start, r.end, r.date, r.id),
    TOPIC: lambda r: (r.topic.casefold(), _when(r)),
    ROOM: lambda r: (r.room == "", r.room.casefold(), _when(r)),
    SPEAKER: lambda r: (r.speaker == "", r.speaker.casefold(), _when(r)),
    MODERATOR: lambda r: (r.moderator == "", r.moderator.casefold(), _when(r)),
    JP: lambda r: (r.jp, _when(r)),
}


def time_range_text(start: datetime.time, end: datetime.time) -> str:
    """"08.00–10.15" in Indonesian, "08:00–10:15" in English: the locale's own separator."""
    locale = QLocale()
    fmt = "HH.mm" if "." in locale.timeFormat(QLocale.FormatType.ShortFormat) else "HH:mm"
    return "–".join(locale.toString(QTime(t.hour, t.minute), fmt) for t in (start, end))


def day_text(day: datetime.date) -> str:
    """"Selasa, 10 Maret 2026" / "Tuesday, 10 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


class ScheduleTableModel(QAbstractTableModel):
    def __init__(self, event_id: int, parent=None):
        super().__init__(parent)
        self.event_id = event_id
        self._rows: list[SessionRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (DAY, Qt.SortOrder.AscendingOrder)
        self._headers = [self.tr("Day"), self.tr("Time"), self.tr("Topic"), self.tr("Room"),
                         self.tr("Speaker"), self.tr("Moderator"), self.tr("JP")]

    def reload(self) -> None:
        """The event's sessions with their speakers' and moderators' names, in one query."""
        rows = []
        for sid, day, start, end, topic, room, jp, speaker, moderator in schedule_rows(
                self.event_id):
            rows.append(SessionRow(sid, day, start, end, topic, room, speaker, moderator, jp,
                                   (day_text(day), time_range_text(start, end), topic, room,
                                    speaker, moderator, jp_text(jp))))
        self.beginResetModel()
        self._rows = rows
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Reorder, keeping the selection on the same sessions."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in kept]
        self._sort = (column, order)
        self._sort_rows()
        moved = [self.index(self.row_of(sid), i.column()) for sid, i in zip(ids, kept,
                                                                               strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        self._rows.sort(key=_SORT_KEYS.get(column, _when),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def session_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, session_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)

    def total_jp(self) -> float:
        return sum(r.jp for r in self._rows)

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
        if role == _DISPLAY or role == _TOOLTIP:
            return self._rows[index.row()].texts[index.column()]
        if role == _ALIGNMENT and index.column() == JP:
            return _RIGHT
        return None
