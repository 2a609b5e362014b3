"""The rows of a staff import's preview: status, who, what changes, and why not.

A row that would weaken a record carries a check box in its status cell: ticked, it is
imported with the rest; left alone, the stored values stay.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor

from models import vocab
from models.staff import importer as staff_import
from models.staff import nip as nip_rules
from models.staff.columns import label, yes_no
from models.staff.tables import join_name
from ui import i18n
from ui.common.row_table import RowTableModel
from ui.i18n import fill

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_COLOURS = {staff_import.REJECTED: QColor("#fdecea"), staff_import.WEAKENS: QColor("#fff4d6"),
            staff_import.SKIPPED: QColor("#eeeeee")}
STATUS, CHANGES = 1, 4


def value_text(field_name: str, value) -> str:
    """A stored or imported value as the Staff tab shows it; "—" for nothing."""
    if isinstance(value, bool):
        return i18n.text(yes_no(value))
    if field_name == "gender":
        return i18n.vocab(vocab.GENDERS.get(value or "", value))
    if field_name == "employment":
        return i18n.vocab(vocab.EMPLOYMENT.get(value or "", value))
    if field_name == "nip":
        return nip_rules.grouped(value or "") or "—"
    return value or "—"


def changes_text(row, separator: str = "; ", only: tuple | None = None) -> str:
    """``Rank: Penata Tingkat I, III/d → Pembina; Back titles: …`` for an update's changes
    (``only`` those fields), as the preview and the command line both say it."""
    template = QCoreApplication.translate("StaffImportChanges", "%1: %2 → %3")
    return separator.join(
        fill(template, i18n.text(label(f)), value_text(f, old), value_text(f, new))
        for f, old, new in row.changes if only is None or f in only)


class PreviewModel(RowTableModel):
    ticked = Signal()  # a row that weakens a record was ticked or unticked

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Row"), self.tr("Status"), self.tr("Name"), self.tr("NIP"),
                         self.tr("Changes"), self.tr("Column"), self.tr("Reason")]
        self.status_text = {staff_import.NEW: self.tr("new"),
                            staff_import.UPDATE: self.tr("update"),
                            staff_import.WEAKENS: self.tr("weakens the record"),
                            staff_import.UNCHANGED: self.tr("unchanged"),
                            staff_import.SKIPPED: self.tr("skipped"),
                            staff_import.REJECTED: self.tr("rejected")}

    def reason_text(self, row) -> str:
        if row.status == staff_import.WEAKENS:
            fields = ", ".join(i18n.text(label(f)) for f in row.weakened)
            return fill(self.tr("Replaces with less: %1. Tick the row to apply it anyway."),
                        fields)
        return i18n.text(row.reason) if row.reason else ""

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == STATUS and self._rows[index.row()].status == staff_import.WEAKENS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        row = self._rows[index.row()]
        if role != _CHECK or index.column() != STATUS or row.status != staff_import.WEAKENS:
            return False
        row.apply_anyway = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        self.ticked.emit()
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        column = index.column()
        if role == _BACKGROUND:
            return _COLOURS.get(row.status)
        if role == _CHECK:
            if column == STATUS and row.status == staff_import.WEAKENS:
                return Qt.CheckState.Checked if row.apply_anyway else Qt.CheckState.Unchecked
            return None
        if role == _TOOLTIP and column == CHANGES:
            return changes_text(row, "\n") or None
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        if column == 0:
            return row.row
        if column == STATUS:
            return self.status_text[row.status]
        if column == 2 and row.status == staff_import.SKIPPED:
            return " · ".join(text for text in row.raw if text)  # what the row says
        if column == 2:
            values = row.values
            return join_name(values.get("front_title", ""), values.get("name", ""),
                             values.get("back_title", ""))
        if column == 3:
            return nip_rules.grouped(row.values.get("nip") or "")
        if column == CHANGES:
            return changes_text(row)
        if column == 5:
            return row.column
        return self.reason_text(row)
