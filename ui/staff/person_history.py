"""The person's page under the staff list: their events, roles and JP per year."""


from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.counting import YEAR_AHEAD, YEAR_ENDED, bound_by_target, year_standing
from models.staff import history as person_history
from models.staff.tables import Person
from models.vocab import EVENT_KINDS, EVENT_STATUSES, ROLES
from ui.common import formats
from ui.i18n import fill, vocab

DATES, KIND, TITLE, ROLES_COLUMN, STATUS, JP = range(6)

SHORT_COLOUR = QColor("#a93226")
MET_COLOUR = QColor("#1e8449")
UNLIMITED = 16777215  # QWIDGETSIZE_MAX


class PersonHistoryPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.person_id: int | None = None
        self.this_year: int | None = None  # None: the clock's; tests fix it
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        if font.pointSizeF() > 0:  # -1 when the style sets the size in pixels
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("Dates"), self.tr("Kind"), self.tr("Title"),
                                   self.tr("Role"), self.tr("Status"),
                                   self.tr("JP attended / planned")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title takes what room is left; a long one is elided, its tooltip has it whole.
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)  # greyed: a hint, not data

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.show_person(None)

    def show_person(self, person_id: int | None) -> None:
        """Show one person's years; None (nobody or several selected) shows a hint."""
        if person_id is not None and person_id == self.person_id:
            return
        self.person_id = person_id
        self.refresh()

    def refresh(self) -> None:
        """Read the shown person's record again (events may have changed elsewhere)."""
        self.tree.clear()
        person = Person.get_or_none(Person.id == self.person_id) if self.person_id else None
        if person is None:
            self.person_id = None
            self.heading.hide()
            self.tree.hide()
            self._show_empty(self.tr("Select one person to see their events and JP."))
            return
        self.heading.setText(person.full_name)
        self.heading.show()
        # The yearly target binds the office's civil servants, as in the JP recap and the
        # transcript; this year's line (how far to go) only for those still serving.
        counts_target = bound_by_target(person.employment, person.nip, person.is_external)
        this_year = self.this_year or QDate.currentDate().year()
        years = person_history.history(
            person.id, this_year if counts_target and person.active else None)
        for summary in years:
            self._add_year(summary, counts_target
                           and year_standing(summary.year, this_year) != YEAR_AHEAD,
                           year_standing(summary.year, this_year) == YEAR_ENDED)
        self.tree.expandAll()
        has_events = any(summary.events for summary in years)
        # With no events this year's line (if any) stays visible above the hint, without
        # the column headings of an empty list.
        self.tree.setHeaderHidden(not has_events)
        self.tree.setMaximumHeight(UNLIMITED if has_events else self._tree_height(len(years)))
        self.tree.setVisible(bool(years))
        self._show_empty("" if has_events else self.tr("No events yet."))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def _tree_height(self, rows: int) -> int:
        row = self.tree.sizeHintForRow(0) if self.tree.topLevelItemCount() else 24
        header = 0 if self.tree.isHeaderHidden() else self.tree.header().sizeHint().height()
        return header + rows * row + 2 * self.tree.frameWidth()

    def _add_year(self, summary: person_history.YearSummary, counts_target: bool,
                  ended: bool) -> None:
        """A year's line; only an ended year is shown short of the target in red, the
        running one says how far is left."""
        attended = formats.jp(summary.attended_jp)
        if not counts_target:
            line = fill(self.tr("%1: %2 JP"), str(summary.year), attended)
        elif summary.target_met:
            line = (fill(self.tr("%1: %2 of %3 JP (target met)"), str(summary.year), attended,
                         formats.jp(summary.target)))
        elif ended:
            line = (fill(self.tr("%1: %2 of %3 JP (%4 JP short)"), str(summary.year), attended,
                         formats.jp(summary.target), formats.jp(summary.short_by)))
        else:
            line = (fill(self.tr("%1: %2 of %3 JP (%4 JP to go this year)"), str(summary.year),
                         attended, formats.jp(summary.target), formats.jp(summary.short_by)))
        count = self.tr("%n event(s)", "", len(summary.events))
        year = QTreeWidgetItem(self.tree, [f"{line}  ·  {count}"])
        font = QFont(year.font(0))
        font.setBold(True)
        year.setFont(0, font)
        if counts_target and (summary.target_met or ended):
            colour = MET_COLOUR if summary.target_met else SHORT_COLOUR
            year.setForeground(0, QBrush(colour))
        year.setFlags(Qt.ItemFlag.ItemIsEnabled)
        year.setFirstColumnSpanned(True)
        for taken in summary.events:
            self._add_event(year, taken)

    def _add_event(self, year: QTreeWidgetItem, taken: person_history.EventTaken) -> None:
        roles = [vocab(ROLES.get(code, code)) for code in taken.roles]
        roles += [fill(self.tr("%1 (cancelled)"), vocab(ROLES.get(code, code)))
                  for code in taken.cancelled_roles]
        if not roles:
            roles = [self.tr("attended, not registered")]
        planned = formats.jp(taken.event_jp)
        jp = (fill(self.tr("%1 / %2"), formats.jp(taken.attended_jp), planned))
        if not taken.counts:
            jp = fill(self.tr("%1, not counted"), jp)
        item = QTreeWidgetItem(year, [
            formats.date_range(taken.start_date, taken.end_date),
            vocab(EVENT_KINDS.get(taken.kind, taken.kind)),
            taken.title,
            ", ".join(roles),
            vocab(EVENT_STATUSES.get(taken.status, taken.status)),
            jp,
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, taken.event_id)
        item.setToolTip(TITLE, taken.title)
        item.setToolTip(ROLES_COLUMN, ", ".join(roles))
        if not taken.counts:
            item.setToolTip(JP, self.tr("Not competency development: this event's JP does "
                                        "not count towards the yearly target."))
        item.setTextAlignment(JP, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if taken.cancelled or taken.status == "cancelled":
            for column in range(self.tree.columnCount()):
                item.setForeground(column, QBrush(Qt.GlobalColor.gray))
