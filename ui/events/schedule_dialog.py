"""An event's schedule: its sessions day by day, with the JP they add up to."""

import html
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.events import planning as events
from models.events.tables import Event
from models.messages import SiBinaError
from ui.common import formats
from ui.common.page_tools import open_on_enter, page_action
from ui.common.widgets import confirm, error_text, show_error
from ui.events.schedule_table_model import DAY, JP, TIME, TOPIC, ScheduleTableModel
from ui.events.session_dialog import SessionDialog
from ui.i18n import fill

# Room, speaker and moderator are narrower than the topic: at 1000 px the topic was cut to
# a word while the moderator column stood empty.
_WIDTHS = (190, 100, 300, 120, 160, 140, 45)


class ScheduleDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int):
        super().__init__(parent)
        self.event_id = event_id
        event = Event.get_by_id(event_id)
        self.setWindowTitle(event.title)
        self.resize(1000, 520)
        place = f" · {event.venue}" if event.venue else ""
        self.heading = QLabel(f"<b>{html.escape(event.title)}</b><br>"
                              f"{formats.date_range(event.start_date, event.end_date)}{place}")
        self.heading.setWordWrap(True)

        self.model = ScheduleTableModel(event_id, self)
        table = self.table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(DAY, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(_WIDTHS):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.edit_session)
        open_on_enter(table, self.edit_session)  # rather than pressing Close

        self.toolbar = QToolBar(self)  # parented now: an overflowed toolbar outlived its page
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.add_action = act(self.tr("&Add session"), self.add_session, ["Ctrl+N", "Ins"],
                              icon="plus")
        self.edit_action = act(self.tr("&Edit"), self.edit_session,
                               ["Ctrl+Return"], self.tr("Enter"), icon="pencil")
        self.delete_action = act(self.tr("&Delete"), self.delete_session, ["Del"], icon="delete")

        self.count = QLabel()
        self.total = QLabel()
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.total)
        footer.addSpacing(16)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.toolbar)
        layout.addWidget(table)
        layout.addLayout(footer)
        table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()
        table.setFocus()

    # data
    def reload(self, select_id: int | None = None, row: int = 0) -> None:
        """Read the schedule again; select ``select_id``, or else what is at ``row`` now."""
        self.model.reload()
        for column in (DAY, TIME, JP):  # a long weekday or month name must not be cut
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, max(_WIDTHS[column],
                                                  self.table.columnWidth(column)))
        count = self.model.rowCount()
        self.count.setText(self.tr("%n session(s)", "", count) if count else self.tr(
            "No sessions yet: add the first one with Add session (Ctrl+N)."))
        total = formats.jp(events.total_jp(self.event_id))
        self.total.setText(fill(self.tr("Total: %1 JP"), total))
        target = self.model.row_of(select_id) if select_id is not None else min(row, count - 1)
        if target >= 0:
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))
        self._enable()

    def _enable(self, *_) -> None:
        chosen = self.selected_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session_id(rows[0].row()) if rows else None

    # actions
    def add_session(self) -> None:
        self._run(SessionDialog(self, self.event_id))

    def edit_session(self, index=None) -> None:
        session_id = (self.model.session_id(index.row()) if index is not None
                      and index.isValid() else self.selected_id())
        if session_id is None:
            return
        self._run(SessionDialog(self, self.event_id, session_id))

    def _run(self, dialog: SessionDialog) -> None:
        saved = dialog.exec()
        dialog.deleteLater()  # with its list of people; not kept until the schedule closes
        if saved:
            self.reload(dialog.saved_id)

    def delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        row = self.model.row_of(session_id)
        shown = self.model.index(row, TOPIC).data(), self.model.index(row, DAY).data()
        question = self.tr("Delete the session “%1” on %2?")
        if not confirm(self, self.tr("Delete session"),
                       fill(question, shown[0], shown[1]),
                       self.tr("Delete")):
            return
        try:
            events.delete_session(session_id)
        except SiBinaError as exc:
            show_error(self, self.tr("Delete session"), error_text(exc))
            return
        self.reload(row=row)  # the next session takes its place in the selection

