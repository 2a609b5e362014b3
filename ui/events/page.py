"""The Events tab (Kegiatan): the list of events, searched and filtered."""

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.events import themes
from models.vocab import EVENT_KINDS, EVENT_STATUSES
from ui.common.empty_state import EmptyState
from ui.common.page_tools import (
    add_find_shortcut,
    enter_results,
    keep_view,
    open_on_enter,
    page_action,
)
from ui.events import actions as event_actions
from ui.events.table_model import TITLE, EventsTableModel
from ui.i18n import vocab


class EventsPage(QWidget):
    open_event = Signal(int)  # the event's id: double-click or Enter on its row
    show_attendance = Signal(int)  # the event's id: its attendance grid is wanted

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EventsTableModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in EVENT_KINDS.items():
            self.kind.addItem(vocab(label), code)
        self.theme = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for code, label in EVENT_STATUSES.items():
            self.status.addItem(vocab(label), code)
        self.count = QLabel()
        # On a narrow window the search keeps room to type; long kind and theme names shrink.
        self.search.setMinimumWidth(160)
        # "Semua jenis" and the like show whole while there is room (only a long theme name
        # is cut short); a narrow window shrinks the boxes rather than grow past the screen.
        for combo, letters in ((self.kind, 12), (self.theme, 14), (self.status, 12)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.setMinimumWidth(80)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # No column chosen: the model's default order (on now, coming, then the past).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes what the window has to spare (a wide screen once gave it to a
        # 370 px Status column); the rest keep widths that fit their words.
        for column, width in enumerate((115, 150, 0, 150, 75, 45, 95)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_selected)
        open_on_enter(self.table, self.open_selected)

        add_find_shortcut(self, self.search)

        self.toolbar = QToolBar(self)  # parented now: an overflowed toolbar outlived its page
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.new_action = act(self.tr("&New event"), self.new_event, "Ctrl+N", icon="calendar-plus")
        self.edit_action = act(self.tr("&Edit"), self.open_selected, "Ctrl+Return", icon="pencil")
        self.schedule_action = act(self.tr("Sc&hedule…"), self.edit_schedule, "Ctrl+J",
                                   icon="calendar-clock")
        self.participants_action = act(self.tr("&Participants…"), self.edit_participants, "Ctrl+P",
                                       icon="account-group")
        self.attendance_action = act(
            self.tr("&Attendance"), lambda: self._emit_selected(self.show_attendance), "Ctrl+H",
            icon="clipboard-check")
        self.letters_action = act(self.tr("&Letters…"), self.letters, "Ctrl+Shift+M",
                                  icon="email-outline")
        self.toolbar.addSeparator()
        self.duplicate_action = act(self.tr("D&uplicate…"), self.duplicate, "Ctrl+Shift+D",
                                    icon="content-copy")
        self.cancel_action = act(self.tr("&Cancel event…"), self.cancel, "Ctrl+Shift+X",
                                 icon="calendar-remove")
        self.delete_action = act(self.tr("&Delete…"), self.delete, "Del", icon="delete")
        self.empty = EmptyState(self.table, [self.new_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self._event_actions():
            self.table.addAction(action)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.kind)
        filters.addWidget(self.theme)
        filters.addWidget(self.status)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.go_to_results)
        for combo in (self.year, self.kind, self.theme, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.open_event.connect(self.edit_event)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.reload()

    def new_event(self):
        from ui.events.event_dialog import EventDialog

        dialog = EventDialog(self)
        if dialog.exec() or dialog.themes_changed:
            self.reload(dialog.saved_id)
        dialog.deleteLater()

    def edit_event(self, event_id: int):
        from ui.events.event_dialog import EventDialog

        dialog = EventDialog(self, event_id)
        if dialog.exec() or dialog.themes_changed:
            self.reload(dialog.saved_id or event_id)
        dialog.deleteLater()

    def _one_selected(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _update_actions(self, *_) -> None:
        one = self._one_selected() is not None
        for action in self._event_actions():
            action.setEnabled(one)

    def _event_actions(self) -> tuple:
        return (self.edit_action, self.schedule_action, self.participants_action,
                self.attendance_action, self.letters_action, self.duplicate_action,
                self.cancel_action, self.delete_action)

    def _emit_selected(self, signal) -> None:
        event_id = self._one_selected()
        if event_id is not None:
            signal.emit(event_id)

    def edit_schedule(self) -> None:
        from ui.events.schedule_dialog import ScheduleDialog

        event_id = self._one_selected()
        if event_id is not None:
            dialog = ScheduleDialog(self, event_id)
            dialog.exec()
            dialog.deleteLater()
            self.reload(event_id)  # the total JP may have changed

    def edit_participants(self) -> None:
        from ui.events.participants_dialog import ParticipantsDialog

        event_id = self._one_selected()
        if event_id is not None:
            dialog = ParticipantsDialog(self, event_id)
            dialog.exec()
            dialog.deleteLater()
            self.reload(event_id)

    def letters(self) -> None:
        from ui.events.letters_dialog import LettersDialog

        event_id = self._one_selected()
        if event_id is not None:
            dialog = LettersDialog(self, event_id)
            dialog.exec()
            dialog.deleteLater()

    def duplicate(self) -> None:
        event_id = self._one_selected()
        if event_id is not None:
            copy_id = event_actions.duplicate(self, event_id)
            if copy_id is not None:
                self.reload(copy_id)

    def cancel(self) -> None:
        event_id = self._one_selected()
        if event_id is not None and event_actions.cancel(self, event_id):
            self.reload(event_id)

    def delete(self) -> None:
        event_id = self._one_selected()
        if event_id is None:
            return
        row = self.table.currentIndex().row()
        if event_actions.delete_or_cancel(self, event_id):
            self.reload()
            if self.model.row_of(event_id) >= 0:  # cancelled instead of deleted
                self.select_event(event_id)
            elif self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

    def go_to_results(self):
        enter_results(self.table)

    # data
    def reload(self, select_id: int | None = None) -> None:
        """Load the events again (after a change), keeping the filters where they can stay."""
        self.model.reload()
        self._fill_choices()
        self.apply_filter()
        if select_id is not None:
            self.select_event(select_id)

    def refresh(self) -> bool:
        """Read the list again (another PC changed it), the clerk's view kept."""
        keep_view(self.table, self.selected_ids, self.model.row_of, self.reload)
        return True

    def _fill_choices(self) -> None:
        """The years and themes on offer follow the data; the current choice is kept."""
        year, theme = self.year.currentData(), self.theme.currentData()
        for combo in (self.year, self.theme):
            combo.blockSignals(True)
            combo.clear()
        self.year.addItem(self.tr("All years"), None)
        for value in reversed(self.model.years()):  # the latest first
            self.year.addItem(str(value), value)
        self.theme.addItem(self.tr("All themes"), None)
        for _id, name in themes.choices():
            self.theme.addItem(name, name)
        for combo, value in ((self.year, year), (self.theme, theme)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)

    def apply_filter(self, *_) -> None:
        self.model.set_filter(self.search.text(), self.year.currentData(),
                              self.kind.currentData(), self.theme.currentData(),
                              self.status.currentData())
        self.count.setText(self.tr("%n event(s)", "", self.model.matched_count()))
        none = not self.model.has_events()
        self.empty.show_when(none, self.tr(
            "No events yet. Start with the first training, seminar or workshop: its dates, "
            "then its schedule and participants.") if none else "")

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row < 0:  # hidden by the filter: show every event so the saved one is visible
            self.search.clear()
            for combo in (self.year, self.kind, self.theme, self.status):
                combo.setCurrentIndex(0)
            row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.event_id(r) for r in rows]

    def open_selected(self, index=None) -> None:
        if index is not None and index.isValid():  # a double-click says which row
            self.open_event.emit(self.model.event_id(index.row()))
            return
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_event.emit(ids[0])
