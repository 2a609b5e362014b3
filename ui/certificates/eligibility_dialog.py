"""Who qualifies for a certificate at an event, and why each other person does not."""

import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.certificates import eligibility
from models.events.tables import Event
from models.vocab import ROLES
from ui import i18n
from ui.i18n import fill

NOT_QUALIFIED = QColor("#fdecea")


class EligibilityDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int,
                 rule: eligibility.Rule | None = None, today: datetime.date | None = None):
        super().__init__(parent)
        self.rule = rule or eligibility.Rule.from_settings()
        self.verdicts = eligibility.verdicts(event_id, self.rule, today)
        event = Event.get_by_id(event_id)
        self.setWindowTitle(self.tr("Who qualifies for a certificate"))
        self.resize(760, 520)
        rule_text = fill(self.tr("Rule: at least %1% of the sessions attended"),
                         str(self.rule.min_attendance_pct))
        if self.rule.evaluation_required:
            rule_text += self.tr(", and the evaluation submitted")
        where = self.tr("(change it in Settings).")
        heading = QLabel(f"<b>{escape(event.title)}</b><br>{escape(rule_text)} {escape(where)}")
        heading.setWordWrap(True)
        qualified = sum(1 for v in self.verdicts if v.qualifies)
        self.summary = QLabel(fill(self.tr("Qualify: %1; do not qualify: %2"), str(qualified),
                                   str(len(self.verdicts) - qualified)))
        self.only_missing = QCheckBox(self.tr("Show only those who do not qualify"))
        self.only_missing.toggled.connect(self.fill)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Qualifies"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_missing)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.fill()

    def fill(self, *_) -> None:
        shown = [v for v in self.verdicts
                 if not (self.only_missing.isChecked() and v.qualifies)]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, verdict in enumerate(shown):
            cells = (verdict.name, i18n.vocab(ROLES.get(verdict.role, verdict.role)),
                     self.tr("Yes") if verdict.qualifies else self.tr("No"),
                     i18n.text(verdict.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not verdict.qualifies:
                    item.setBackground(QBrush(NOT_QUALIFIED))
                    item.setForeground(QBrush(Qt.GlobalColor.black))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and a quick look)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
