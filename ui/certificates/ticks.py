"""The ticks of the Certificates tab's candidates that the clerk set by hand, kept when
the list is read again (another PC marked attendance meanwhile)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

NAME = 0  # the name column holds the tick
KEY = Qt.ItemDataRole.UserRole  # (person id, role) on the name cell


def by_rule(candidate) -> bool:
    """Ticked as the list is filled: who qualifies or was included by hand, unless their
    certificate was revoked (a replacement is asked for by ticking)."""
    return bool((candidate.qualifies or candidate.manual_reason) and not candidate.revoked)


def by_hand(table: QTableWidget, candidates) -> dict:
    """(person, role) → ticked, where the clerk's tick differs from the rule's."""
    rule = {(c.person_id, c.role): by_rule(c) for c in candidates}
    found = {}
    for row in range(table.rowCount()):
        item = table.item(row, NAME)
        key = tuple(item.data(KEY) or ()) if item is not None else ()
        ticked = item is not None and item.checkState() == Qt.CheckState.Checked
        if key in rule and ticked != rule[key]:
            found[key] = ticked
    return found


def tick(table: QTableWidget, ticks: dict) -> None:
    """Set the ticks of ``ticks`` ((person, role) → ticked) where those rows still are."""
    table.blockSignals(True)
    for row in range(table.rowCount()):
        item = table.item(row, NAME)
        key = tuple(item.data(KEY) or ()) if item is not None else ()
        if key in ticks:
            item.setCheckState(Qt.CheckState.Checked if ticks[key] else Qt.CheckState.Unchecked)
    table.blockSignals(False)
