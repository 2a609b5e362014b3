"""Pick people by hand, staff or external, searching as you type; create an external person
on the spot."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.events import participants
from models.staff import staff_list as staff
from models.vocab import ROLES
from ui.common.page_tools import enter_results
from ui.common.pickers.tick_list import SpaceTicksRows
from ui.common.widgets import button_box
from ui.events.participants_dialog import register
from ui.events.participants_table_model import PeopleModel
from ui.i18n import vocab


class PickPeopleDialog(SpaceTicksRows, QDialog):
    """Tick people (the ticks survive a new search), choose the role, Add.

    After it is accepted, ``added`` says how many were registered and ``added_ids`` who
    was ticked.
    """

    def __init__(self, parent: QWidget | None, event_id: int, role: str = "peserta"):
        super().__init__(parent)
        self.event_id = event_id
        self.added: int | None = None
        self.added_ids: list[int] = []
        self.setWindowTitle(self.tr("Add people"))
        self.resize(900, 580)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, NIP, unit or institution…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New external person…"))
        self.model = PeopleModel([self.tr("Name"), self.tr("NIP"),
                                  self.tr("Unit / institution"), self.tr("Staff / external"),
                                  self.tr("Already registered as")], checkable=True,
                                 parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((220, 160, 190, 150, 160)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(self.tr("Tick the people to add; Space ticks the selected rows."))
        hint.setWordWrap(True)
        self.role_combo = QComboBox()
        for code, label in ROLES.items():
            self.role_combo.addItem(vocab(label), code)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(role)))

        self.buttons = button_box()
        for button in self.buttons.buttons():
            # Enter belongs to the search (it moves into the list), not to Add
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        add_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        add_shortcut.activated.connect(self.add)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Register as")))
        bottom.addWidget(self.role_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.model.set_filter)
        self.search.returnPressed.connect(lambda: enter_results(self.table))
        self.new_button.clicked.connect(self.new_external)
        self.model.dataChanged.connect(self.update_button)
        self.table.doubleClicked.connect(lambda index: self.model.toggle([index.row()]))
        self.table.installEventFilter(self)
        self.reload()
        self.search.setFocus()

    def role(self) -> str:
        return self.role_combo.currentData()

    def reload(self) -> None:
        """Every active person (two queries), with the roles they already hold here."""
        roles: dict[int, list[str]] = {}
        for _rid, pid, role, cancelled, *_rest in participants.roster_rows(self.event_id):
            if not cancelled:
                roles.setdefault(pid, []).append(vocab(ROLES.get(role, role)))
        internal, external = self.tr("Staff"), self.tr("External")
        self.model.set_rows([
            (r.id, r.full_name, r.nip,
             (r.institution or r.unit) if r.is_external else r.unit,
             external if r.is_external else internal, ", ".join(roles.get(r.id, ())))
            for r in staff.load_rows() if r.active])
        self.update_button()


    def update_button(self, *_) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %n person(s)", "", len(self.model.ticked)))
        ok.setEnabled(bool(self.model.ticked))

    def new_external(self):
        """Create an outside person; they come back ticked and shown."""
        from ui.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self, external=True)

        def saved():
            if dialog.saved_id is None:
                return
            self.reload()
            self.model.tick(dialog.saved_id)
            self.update_button()
            row = self.model.row_of(dialog.saved_id)
            name = self.model.index(row, 0).data() if row >= 0 else ""
            self.search.setText(name)
            row = self.model.row_of(dialog.saved_id)
            if row >= 0:
                self.table.selectRow(row)

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add(self) -> None:
        ids = list(self.model.ticked)
        if not ids:
            return
        count = register(self, self.event_id, ids, self.role())
        if count is None:
            return  # declined over capacity: the ticks stay
        self.added, self.added_ids = count, ids
        self.accept()
