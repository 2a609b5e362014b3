"""Table models of the participants editor: the event's registrations, and plain lists of
people to choose from.

Like the staff and events tables (STACK-NOTES): rows are loaded once as plain tuples; a
search or a sort rebuilds a Python list and resets the model, with no query per row.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from models.events import participants
from models.staff.nip import grouped
from models.vocab import ROLES
from ui.common.row_table import RowTableModel
from ui.i18n import vocab

NUMBER, NAME, NIP, UNIT, ROLE, STATUS = range(6)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLE_RANK = {code: rank for rank, code in enumerate(ROLES)}


@dataclass(slots=True)
class RegistrationRow:
    id: int  # the registration's
    person_id: int
    role: str
    cancelled: bool
    number: int | None  # participants only
    name: str
    nip: str  # grouped, as shown
    place: str  # unit for staff, institution (or unit) for externals
    role_label: str
    words: str  # name, NIP and place, casefolded, for the search


def _default_key(row: RegistrationRow):
    """Participants in number order first, then the other roles, each by name."""
    return (_ROLE_RANK.get(row.role, len(_ROLE_RANK)), row.number is None, row.number or 0,
            row.name.casefold(), row.id)


_SORT_KEYS = {
    NUMBER: lambda r: (r.number is None, r.number or 0, r.name.casefold()),
    NAME: lambda r: (r.name.casefold(), _ROLE_RANK.get(r.role, 99)),
    NIP: lambda r: (r.nip == "", r.nip),
    UNIT: lambda r: (r.place == "", r.place.casefold(), r.name.casefold()),
    ROLE: lambda r: (_ROLE_RANK.get(r.role, 99), r.name.casefold()),
    STATUS: lambda r: (r.cancelled, r.name.casefold()),
}


class ParticipantsTableModel(RowTableModel):
    def __init__(self, parent=None):
        # Below column 0, the default order: participants by number first.
        super().__init__(parent, sort_keys=_SORT_KEYS, default_key=_default_key)
        self._all: list[RegistrationRow] = []
        self._rows: list[RegistrationRow] = []
        self._filter: tuple[str, str | None] = ("", None)
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("NIP"),
                         self.tr("Unit / institution"), self.tr("Role"), self.tr("Status")]
        self._registered, self._cancelled = self.tr("Registered"), self.tr("Cancelled")

    def reload(self, event_id: int) -> None:
        """Load the event's registrations: one query, whatever their number."""
        rows = []
        for (rid, pid, role, cancelled, number, name, nip, unit, institution,
             external) in participants.roster_rows(event_id):
            place = (institution or unit) if external else unit
            shown_nip = grouped(nip) if nip else ""
            rows.append(RegistrationRow(
                rid, pid, role, cancelled, number, name, shown_nip, place,
                vocab(ROLES.get(role, role)),
                " ".join((name, nip, shown_nip, place)).casefold()))
        self._all = rows
        self._apply()

    def set_filter(self, text: str = "", role: str | None = None) -> None:
        self._filter = (text or "", role or None)
        self._apply()

    def _apply(self) -> None:
        text, role = self._filter
        words = text.casefold().split()
        rows = [r for r in self._all if (role is None or r.role == role)
                and all(word in r.words for word in words)]
        self.show_rows(self.sorted_rows(rows))

    def rows_of(self, registration_ids) -> list[int]:
        wanted = set(registration_ids)
        return [i for i, r in enumerate(self._rows) if r.id in wanted]

    def rows_for(self, person_ids, role: str) -> list[int]:
        wanted = set(person_ids)
        return [i for i, r in enumerate(self._rows) if r.person_id in wanted and r.role == role]

    def all_rows(self) -> list[RegistrationRow]:
        return list(self._all)

    def matched_count(self) -> int:
        return len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY or role == _TOOLTIP:
            if column == NUMBER:
                return row.number if row.number is not None else ""
            if column == NAME:
                return row.name
            if column == NIP:
                return row.nip
            if column == UNIT:
                return row.place
            if column == ROLE:
                return row.role_label
            return self._cancelled if row.cancelled else self._registered
        if role == _ALIGNMENT and column == NUMBER:
            return _RIGHT
        if role == _FOREGROUND and row.cancelled:
            return Qt.GlobalColor.gray
        return None


class PeopleModel(RowTableModel):
    """A read-only list of people: (person id, cell texts…) rows, searched by their words.

    With ``checkable``, the first column shows a tick that :meth:`toggle` sets; ticks are
    kept by person id, so they survive a new search.
    """

    def __init__(self, headers: list[str], checkable: bool = False, right=(), parent=None):
        super().__init__(parent, headers)
        self._checkable = checkable
        self._right = set(right)  # columns of numbers
        self._all: list[tuple] = []
        self._words: list[str] = []
        self.ticked: dict[int, None] = {}  # insertion-ordered set of person ids
        self._text = ""

    def set_rows(self, rows: list[tuple]) -> None:
        self._all = rows
        self._words = [" ".join(str(cell) for cell in row[1:]).casefold() for row in rows]
        self._apply()

    def set_filter(self, text: str) -> None:
        self._text = text
        self._apply()

    def _apply(self) -> None:
        words = self._text.casefold().split()
        if words:
            self.show_rows([row for row, haystack in zip(self._all, self._words, strict=True)
                            if all(word in haystack for word in words)])
        else:
            self.show_rows(list(self._all))

    def person_id(self, row: int) -> int:
        return self._rows[row][0]

    def person_ids(self) -> list[int]:
        """Every person shown (after the search)."""
        return [row[0] for row in self._rows]

    def row_of(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == person_id), -1)

    def toggle(self, rows: list[int]) -> None:
        """Tick the given rows, or untick them when all are ticked already."""
        ids = [self._rows[r][0] for r in rows]
        if all(pid in self.ticked for pid in ids):
            for pid in ids:
                self.ticked.pop(pid, None)
        else:
            self.ticked.update(dict.fromkeys(ids))
        for row in rows:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def tick(self, person_id: int) -> None:
        self.ticked[person_id] = None
        row = self.row_of(person_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        """A click on a tick box."""
        if role != _CHECK or not self._checkable or index.column() != 0:
            return False
        person_id = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked[person_id] = None
        else:
            self.ticked.pop(person_id, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        if role == _DISPLAY or role == _TOOLTIP:
            return row[index.column() + 1]
        if role == _ALIGNMENT and index.column() in self._right:
            return _RIGHT
        if role == _CHECK and self._checkable and index.column() == 0:
            return (Qt.CheckState.Checked if row[0] in self.ticked
                    else Qt.CheckState.Unchecked)
        return None
