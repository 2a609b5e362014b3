"""Register the active staff matching a filter: unit, position, functional level, and
whether they are still below the year's JP target. Who already holds a role at the event
is said and comes unticked; anyone can be ticked or unticked before adding."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.events import participants
from models.events.tables import Event
from models.staff.nip import grouped
from models.vocab import ROLES
from ui.common import formats
from ui.common.pickers.tick_list import SpaceTicksRows
from ui.common.widgets import button_box
from ui.events.participants_dialog import register
from ui.events.participants_table_model import PeopleModel
from ui.i18n import fill, vocab


class AddByFilterDialog(SpaceTicksRows, QDialog):
    """Shows who matches as the filter changes; Add registers those ticked in the role.

    After it is accepted, ``added`` says how many were registered and ``added_ids`` who
    was chosen.
    """

    def __init__(self, parent: QWidget | None, event_id: int, role: str = "peserta"):
        super().__init__(parent)
        self.event_id = event_id
        self.added: int | None = None
        self.added_ids: list[int] = []
        self.year = Event.get_by_id(event_id).start_date.year
        self.setWindowTitle(self.tr("Add staff by filter"))
        self.resize(960, 600)
        choices = participants.filter_choices()
        self.unit = self._combo(self.tr("Any unit"), choices["unit"])
        self.position = self._combo(self.tr("Any position"), choices["position"])
        self.level = self._combo(self.tr("Any functional level"), choices["functional_level"])
        target = settings.get("jp_target")
        self.below_target = QCheckBox(
            fill(self.tr("Only staff the %1 JP target binds, below it (%2 JP)"), str(self.year),
                 str(target)))
        self.role_combo = QComboBox()
        for code, label in ROLES.items():
            self.role_combo.addItem(vocab(label), code)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))
        self.matches = QLabel()
        self.model = PeopleModel([self.tr("Name"), self.tr("NIP"), self.tr("Unit"),
                                  self.tr("Position"),
                                  fill(self.tr("JP in %1"), str(self.year)),
                                  self.tr("Already registered as")], checkable=True,
                                 right={4}, parent=self)
        self.seen: set[int] = set()  # shown before: their tick is the office's choice now
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((240, 165, 125, 125, 85, 150)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.model.toggle([index.row()]))
        self.table.installEventFilter(self)
        hint = QLabel(self.tr("Those already registered come unticked (a speaker is not made "
                              "a participant too); click a box, or press Space on the "
                              "selected rows, to tick or untick."))
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Functional level"), self.level)
        form.addRow("", self.below_target)
        form.addRow(self.tr("Register as"), self.role_combo)
        self.buttons = button_box()
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.matches)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        for combo in (self.unit, self.position, self.level):
            combo.currentIndexChanged.connect(self.refresh)
        self.below_target.toggled.connect(self.refresh)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        self.model.dataChanged.connect(self.update_button)
        self.refresh()
        self.unit.setFocus()

    def _combo(self, anything: str, values: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(anything, "")
        for value in values:
            combo.addItem(value, value)
        combo.setMaxVisibleItems(20)
        return combo

    def role(self) -> str:
        return self.role_combo.currentData()

    def refresh(self, *_) -> None:
        """Find who matches now: one staff query and one attendance sum for the year."""
        rows = participants.candidate_rows(
            self.unit.currentData(), self.position.currentData(), self.level.currentData(),
            year=self.year, below_target=self.below_target.isChecked())
        locale = QLocale()
        held = participants.roles_held(self.event_id)
        self.model.set_rows([(pid, name, grouped(nip) if nip else "", unit, position,
                              formats.jp(jp, locale),
                              ", ".join(vocab(ROLES.get(r, r)) for r in held.get(pid, ())))
                             for pid, name, nip, unit, position, jp in rows])
        new = [pid for pid, *_rest in rows if pid not in self.seen]
        self.model.ticked.update(dict.fromkeys(
            participants.offered(self.event_id, new, self.role())))
        self.seen.update(new)
        self.matches.setText(self.tr("%n person(s) match", "", len(rows)))
        self.model.layoutChanged.emit()  # the ticks just set
        self.update_button()

    def _role_changed(self, *_) -> None:
        """Another role proposes other people: the ticks start again from what it offers."""
        shown = self.model.person_ids()
        self.model.ticked.clear()
        self.model.ticked.update(dict.fromkeys(
            participants.offered(self.event_id, shown, self.role())))
        self.seen = set(shown)
        self.model.layoutChanged.emit()
        self.update_button()

    def chosen(self) -> list[int]:
        """The ticked among those the filter shows now."""
        return [pid for pid in self.model.person_ids() if pid in self.model.ticked]

    def update_button(self, *_) -> None:
        """Add says how many are new to the role (those already in it are left as they are)."""
        new = participants.count_new(self.event_id, self.chosen(), self.role())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %n person(s)", "", new))
        ok.setEnabled(new > 0)


    def add(self) -> None:
        ids = self.chosen()
        count = register(self, self.event_id, ids, self.role())
        if count is None:
            return  # declined over capacity: the filter stays for another try
        self.added, self.added_ids = count, ids
        self.accept()
