"""Who takes part in an event: add staff by filter or by hand, externals, roles, capacity,
cancel, restore or remove registrations."""

from functools import partial

import peewee
from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.events import participants
from models.events.tables import Event
from models.messages import SiBinaError
from models.vocab import ROLES
from ui.common.empty_state import EmptyState
from ui.common.page_tools import add_find_shortcut, enter_results, page_action
from ui.common.widgets import confirm, error_text, show_error
from ui.events.participants_table_model import NAME, ParticipantsTableModel
from ui.i18n import fill, vocab

translate = QCoreApplication.translate
FAILURES = (SiBinaError, peewee.DatabaseError)


def capacity_allows(parent: QWidget, event_id: int, adding: int,
                    restoring: bool = False) -> bool:
    """True when ``adding`` more participants fit, or the user agrees to go over."""
    over = participants.over_capacity(event_id, adding)
    if not over:
        return True
    capacity = str(Event.get_by_id(event_id).capacity)
    text, yes = CapacityQuestion().texts(adding, restoring)
    return confirm(parent, translate("ParticipantsDialog", "Over capacity"),
                   fill(text, str(over), capacity), yes)


class CapacityQuestion(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def texts(self, adding: int, restoring: bool) -> tuple[str, str]:
        if restoring:
            return (self.tr("Restoring %n registration(s) puts the event %1 over its capacity "
                            "of %2. Restore them anyway?", "", adding),
                    self.tr("Restore anyway"))
        return (self.tr("Adding %n person(s) puts the event %1 over its capacity of %2. Add "
                        "them anyway?", "", adding),
                self.tr("Add anyway"))


def register(parent: QWidget, event_id: int, person_ids, role: str) -> int | None:
    """Register people in a role, asking first when participants would overfill the event.

    Returns how many were registered, or None when the user declined or the database
    refused (they have been told why).
    """
    ids = list(dict.fromkeys(person_ids))
    if role == "peserta" and not capacity_allows(
            parent, event_id, participants.count_new(event_id, ids)):
        return None
    try:
        return participants.add_people(event_id, ids, role)
    except FAILURES as exc:
        show_error(parent, translate("ParticipantsDialog", "Participants"), error_text(exc))
        return None


class ParticipantsDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int):
        super().__init__(parent)
        self.event_id = event_id
        event = Event.get_by_id(event_id)
        self.setWindowTitle(fill(self.tr("Participants: %1"), event.title))
        self.resize(940, 620)
        self.model = ParticipantsTableModel(self)

        self.header = QLabel()
        font = QFont(self.header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, NIP or unit…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for code, label in ROLES.items():
            self.role_filter.addItem(vocab(label), code)
        self.shown = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((44, 240, 160, 200, 170, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.notice = QLabel()
        self.notice.setStyleSheet("color: palette(mid);")
        self.notice.setWordWrap(True)

        self.toolbar = QToolBar(self)  # parented now: an overflowed toolbar outlived its page
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.add_action = act(self.tr("&Add people…"), self.add_people, "Ctrl+N",
                              icon="account-multiple-plus")
        self.filter_action = act(self.tr("Add by &filter…"), self.add_by_filter, "Ctrl+Shift+N",
                                 icon="filter-plus")
        self.external_menu, self.external_action = self._role_menu(
            self.tr("New &external person…"), self.new_external, "Ctrl+E", icon="account-tie")
        self.toolbar.addSeparator()
        self.also_menu, self.also_action = self._role_menu(
            self.tr("Also &as…"), self.also_as, "Ctrl+R", icon="account-switch")
        self.cancel_action = act(self.tr("&Cancel registration"), self.cancel_selected,
                                 "Ctrl+Shift+C", icon="account-cancel")
        self.restore_action = act(self.tr("Re&store"), self.restore_selected, "Ctrl+Shift+R",
                                  icon="restore")
        self.remove_action = act(self.tr("Re&move"), self.remove_selected, "Delete",
                                 icon="account-remove")
        add_find_shortcut(self, self.search)
        self.empty = EmptyState(self.table, [self.filter_action, self.add_action])

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(close)

        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(lambda: enter_results(self.table))
        self.role_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.reload()
        self.table.setFocus()

    def _role_menu(self, text, choose, shortcut, icon=None):
        """A toolbar button that drops down the roles; its shortcut drops it down too."""
        menu = QMenu(self)
        for code, label in ROLES.items():
            menu.addAction(vocab(label)).triggered.connect(
                lambda _checked=False, code=code: choose(code))
        action = page_action(self, self.toolbar, text, lambda: self._drop_down(action),
                             shortcut, icon=icon)
        action.setMenu(menu)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return menu, action

    def _drop_down(self, action) -> None:
        button = self.toolbar.widgetForAction(action)
        action.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    # data
    def reload(self, select_ids=None) -> None:
        """Load the registrations again, keeping (or setting) the selected ones."""
        keep = [r.id for r in self.selected_rows()] if select_ids is None else select_ids
        self.model.reload(self.event_id)
        self.apply_filter()
        self._select(self.model.rows_of(keep))
        self._show_count()
        nobody = not self.model.all_rows()
        self.empty.show_when(nobody, self.tr(
            "No one is registered yet. Add staff by unit or position at once, pick people "
            "by name, or add an outside speaker with New external person.") if nobody else "")

    def _show_count(self) -> None:
        count = sum(1 for r in self.model.all_rows() if r.role == "peserta" and not r.cancelled)
        capacity = Event.get_by_id(self.event_id).capacity
        if capacity is None:
            text = self.tr("%n participant(s), no limit", "", count)
        else:
            text = fill(self.tr("%n participant(s) of %1", "%1 is the places, e.g. 30 places",
                           count), self.tr("%n place(s)", "", capacity))
        self.header.setText(text)
        over = capacity is not None and count > capacity
        self.header.setStyleSheet("color: #c0392b;" if over else "")

    def apply_filter(self, *_) -> None:
        self.model.set_filter(self.search.text(), self.role_filter.currentData())
        self.shown.setText(self.tr("%n shown", "", self.model.matched_count()))
        self.update_actions()

    def _select(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        if not rows:
            return
        first = self.model.index(rows[0], 0)
        selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
        chosen = QItemSelection()
        for row in rows:
            chosen.select(self.model.index(row, 0), self.model.index(row, 0))
        selection.select(chosen, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self.table.scrollTo(first)

    def selected_rows(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def update_actions(self, *_) -> None:
        rows = self.selected_rows()
        self.also_action.setEnabled(bool(rows))
        self.remove_action.setEnabled(bool(rows))
        self.cancel_action.setEnabled(any(not r.cancelled for r in rows))
        self.restore_action.setEnabled(any(r.cancelled for r in rows))

    def _added(self, person_ids, role: str, count: int | None) -> None:
        if count is None:
            return
        self.model.reload(self.event_id)
        if self.role_filter.currentData() not in (None, role):
            self.role_filter.setCurrentIndex(0)  # show where the people went
        self.apply_filter()
        self._select(self.model.rows_for(person_ids, role))
        self._show_count()
        role_label = vocab(ROLES.get(role, role))
        if count:
            self.notice.setText(fill(self.tr("%n person(s) added as %1.", "", count), role_label))
        else:
            self.notice.setText(fill(self.tr("Everyone chosen was already registered as %1."),
                                     role_label))

    # adding
    def add_people(self):
        """Open the list of people to tick (non-blocking: it registers them itself)."""
        from ui.events.pick_people_dialog import PickPeopleDialog

        return self._open(PickPeopleDialog(self, self.event_id, self._shown_role()))

    def add_by_filter(self):
        from ui.events.add_by_filter_dialog import AddByFilterDialog

        return self._open(AddByFilterDialog(self, self.event_id, self._shown_role()))

    def _shown_role(self) -> str:
        """The role the list is filtered on is the one people are most likely added to."""
        return self.role_filter.currentData() or "peserta"

    def _open(self, dialog):
        dialog.accepted.connect(lambda: self._added(dialog.added_ids, dialog.role(),
                                                    dialog.added))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_external(self, role: str = "peserta"):
        """Create an outside person and register them in ``role``."""
        from ui.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self, external=True)

        def saved():
            if dialog.saved_id is None:
                return
            count = register(self, self.event_id, [dialog.saved_id], role)
            if count is None:
                self.notice.setText(self.tr("The person was saved but not registered."))
            self._added([dialog.saved_id], role, count)

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def also_as(self, role: str) -> None:
        """Register the selected people in another role as well."""
        person_ids = list(dict.fromkeys(r.person_id for r in self.selected_rows()))
        if person_ids:
            self._added(person_ids, role, register(self, self.event_id, person_ids, role))

    # changing registrations
    def cancel_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if not r.cancelled]
        if ids and self._attempt(lambda: participants.set_many_cancelled(ids, True)):
            self.reload()
            self.notice.setText(self.tr("%n registration(s) cancelled.", "", len(ids)))

    def restore_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.cancelled]
        if not ids or not capacity_allows(
                self, self.event_id, participants.restoring_participants(ids), restoring=True):
            return
        if self._attempt(lambda: participants.set_many_cancelled(ids, False)):
            self.reload()
            self.notice.setText(self.tr("%n registration(s) restored.", "", len(ids)))

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not confirm(
                self, self.tr("Remove registrations"),
                self.tr("Remove %n registration(s)? Do this only for a registration made by "
                        "mistake; otherwise cancel it, so the record stays.", "", len(rows)),
                self.tr("Remove")):
            return
        ids = [r.id for r in rows]
        if self._attempt(lambda: participants.remove_many(ids)):
            self.reload([])
            self.notice.setText(self.tr("%n registration(s) removed.", "", len(ids)))

    def _attempt(self, change) -> bool:
        try:
            change()
        except FAILURES as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return False
        return True
