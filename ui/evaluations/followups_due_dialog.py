"""Which events' follow-up is due: ended some months ago, participants not yet asked."""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from models.evaluation import followups
from models.vocab import EVENT_KINDS
from ui.common import formats
from ui.i18n import fill, vocab

TITLE, KIND, DATES, DUE, PEOPLE = range(5)
_ID = Qt.ItemDataRole.UserRole


class FollowUpsDueDialog(QDialog):
    """Lists the due events, the longest overdue first; Enter or Open on one emits
    ``open_event`` with its id (the Evaluations tab shows it) and closes."""

    open_event = Signal(int)

    def __init__(self, parent=None, today: datetime.date | None = None):
        super().__init__(parent)
        self.today = today or datetime.date.today()
        self.setWindowTitle(self.tr("Follow-ups due"))
        self.resize(860, 440)
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(followups.DEFAULT_MONTHS)
        self.months.setToolTip(self.tr("How many months after its end an event is due"))
        caption = QLabel(self.tr("Follow up &after (months):"))
        caption.setBuddy(self.months)
        self.list = tree = QTreeWidget()
        tree.setColumnCount(5)
        tree.setHeaderLabels([self.tr("Event"), self.tr("Kind"), self.tr("Dates"),
                              self.tr("Due since"), self.tr("Followed up")])
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        tree.itemActivated.connect(lambda *_: self.open_chosen())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_chosen)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.months)
        top.addStretch()
        explanation = QLabel(self.tr("Events that ended at least that long ago and have "
                                     "participants not yet followed up; cancelled events "
                                     "are left out."))
        explanation.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explanation)
        layout.addWidget(tree, 1)
        layout.addLayout(buttons)
        self.months.valueChanged.connect(self.reload)
        self.reload()

    def reload(self, *_) -> None:
        self.list.clear()
        due = followups.due(self.today, self.months.value())
        for row in due:
            item = QTreeWidgetItem([
                row.title, vocab(EVENT_KINDS.get(row.kind, row.kind)),
                formats.date_range(row.start_date, row.end_date), formats.short_date(row.due_date),
                fill(self.tr("%1 of %2"), str(row.followed_up), str(row.participants))])
            item.setData(TITLE, _ID, row.event_id)
            item.setToolTip(TITLE, row.title)
            item.setTextAlignment(PEOPLE, Qt.AlignmentFlag.AlignCenter)
            self.list.addTopLevelItem(item)
        if due:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.summary.setText(self.tr("%n event(s) due.", "", len(due)))
        else:
            self.summary.setText(self.tr("No follow-up is due."))
        self.open_button.setEnabled(bool(due))

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(TITLE, _ID) if item is not None else None

    def open_chosen(self) -> None:
        event_id = self.chosen_id()
        if event_id is not None:
            self.open_event.emit(event_id)
            self.accept()
