"""Choose a person (staff or external) by typing part of the name; add an outsider on the spot."""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from models.staff.staff_list import people_to_pick, person_to_pick
from models.staff.tables import join_name

NOBODY = "—"  # the choice of no one; the same in every language


class People:
    """"Full name — institution" (unit for staff) of every active person, by name, in a
    QStringListModel; row 0 is nobody. One list can serve several pickers of a form, so the
    people load once.

    Not a Python item model: the completer scans every row on each key typed, and calls
    into Python for 20,000 people would make typing lag.
    """

    def __init__(self, parent=None, include: tuple[int, ...] = (), staff_only: bool = False):
        """``include``: people shown even if no longer active (those already chosen);
        ``staff_only``: the office's own staff, no outside people."""
        self._ids: list[int | None] = [None]
        labels = [NOBODY]
        self._by_text: dict[str, int] = {}  # label or bare name, casefolded → row; -1: ambiguous
        for row in people_to_pick(include):
            if not (staff_only and row[4]):
                labels.append(self._remember(row))
        self.model = QStringListModel(labels, parent)

    def _remember(self, row: tuple) -> str:
        pid, front, name, back, external, unit, institution = row
        full = join_name(front, name, back)
        place = (institution or unit) if external else (unit or institution)
        label = f"{full} — {place}" if place else full
        position = len(self._ids)
        self._ids.append(pid)
        for key in {label.casefold(), full.casefold()}:
            self._by_text[key] = position if key not in self._by_text else -1
        return label

    def add(self, person_id: int) -> int:
        """Make a person choosable (just created, or inactive); return their row."""
        row = person_to_pick(person_id)
        position = len(self._ids)
        label = self._remember(row)
        self.model.insertRows(position, 1)
        self.model.setData(self.model.index(position), label)
        return position

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def label(self, row: int) -> str:
        return self.model.index(row).data() if row > 0 else ""

    def row_of(self, person_id: int | None) -> int:
        if person_id is None:
            return 0
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def row_for_text(self, text: str) -> int:
        """The row a typed text names without doubt, or -1."""
        return self._by_text.get(text.strip().casefold(), -1)


class PersonPicker(QWidget):
    changed = Signal()  # the text or the choice changed

    def __init__(self, parent: QWidget | None = None, people: People | None = None):
        super().__init__(parent)
        self.people = people if people is not None else People(self)
        combo = self.combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self.people.model)
        combo.setMaxVisibleItems(15)
        combo.view().setUniformItemSizes(True)  # thousands of people: no measuring each row
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.lineEdit().setPlaceholderText(self.tr("Type part of a name…"))
        completer = QCompleter(self.people.model, combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.popup().setUniformItemSizes(True)
        combo.setCompleter(completer)
        combo.setCurrentIndex(0)
        combo.lineEdit().clear()
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New external…"))
        self.new_button.setToolTip(self.tr("Add a speaker or guest from outside the office"))
        self.new_button.clicked.connect(self.add_external)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(combo)
        combo.currentIndexChanged.connect(self._clear_nobody)
        combo.editTextChanged.connect(self.changed)

    def _clear_nobody(self, row: int) -> None:
        """Nobody chosen: an empty field showing its hint, not a "—" to type after."""
        if row == 0 and self.combo.currentText() == NOBODY:
            self.combo.lineEdit().clear()

    def _row(self) -> int:
        """The chosen row: 0 for nobody, -1 when the text names no one on the list."""
        text = self.combo.currentText().strip()
        if not text or text == NOBODY:
            return 0
        current = self.combo.currentIndex()
        if current > 0 and self.people.label(current) == text:
            return current  # keeps the right one of two people with the same label
        return self.people.row_for_text(text)

    def person_id(self) -> int | None:
        return self.people.person_id(self._row())

    def is_valid(self) -> bool:
        return self._row() >= 0

    def set_person_id(self, person_id: int | None) -> None:
        row = self.people.row_of(person_id)
        if row < 0:
            row = self.people.add(person_id)
        self.combo.setCurrentIndex(row)
        self._clear_nobody(row)  # setting the same row again signals nothing
        self.combo.lineEdit().setCursorPosition(0)  # the name first, if the label is long

    def add_external(self) -> None:
        from ui.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self, external=True)
        saved = dialog.exec()
        dialog.deleteLater()
        if saved and dialog.saved_id is not None:
            self.set_person_id(dialog.saved_id)
            self.changed.emit()
        self.combo.setFocus()
