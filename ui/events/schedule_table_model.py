"""One event's sessions as a table: loaded in one query, sorted in Python."""

import datetime
from dataclasses import dataclass

from PySide6.QtCore import Qt

from models.events.planning import schedule_rows
from ui.common import formats
from ui.common.row_table import RowTableModel

DAY, TIME, TOPIC, ROOM, SPEAKER, MODERATOR, JP = range(7)

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


class ScheduleTableModel(RowTableModel):
    def __init__(self, event_id: int, parent=None):
        super().__init__(parent, sort_keys=_SORT_KEYS, default_key=_when, sort_column=DAY)
        self.event_id = event_id
        self._rows: list[SessionRow] = []
        self._headers = [self.tr("Day"), self.tr("Time"), self.tr("Topic"), self.tr("Room"),
                         self.tr("Speaker"), self.tr("Moderator"), self.tr("JP")]

    def reload(self) -> None:
        """The event's sessions with their speakers' and moderators' names, in one query."""
        rows = []
        for sid, day, start, end, topic, room, jp, speaker, moderator in schedule_rows(
                self.event_id):
            rows.append(SessionRow(sid, day, start, end, topic, room, speaker, moderator, jp,
                                   (formats.day_and_date(day), formats.time_range(start, end),
                                    topic, room, speaker, moderator, formats.jp(jp))))
        self.show_rows(self.sorted_rows(rows))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Reorder without a reset, keeping the selection on the same sessions (a reset
        would drop it)."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in kept]
        self._sort = (column, order)
        self._rows = self.sorted_rows(self._rows)
        moved = [self.index(self.row_of(sid), i.column()) for sid, i in zip(ids, kept,
                                                                               strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def session_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, session_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)

    def total_jp(self) -> float:
        return sum(r.jp for r in self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == _DISPLAY or role == _TOOLTIP:
            return self._rows[index.row()].texts[index.column()]
        if role == _ALIGNMENT and index.column() == JP:
            return _RIGHT
        return None
