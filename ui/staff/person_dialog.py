"""Add or edit one person; every field is checked as it is typed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.network.directory import organisation_choices
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from models.staff import nip as nip_rules
from models.staff import staff_list as staff
from models.staff.names import titles_out_of_name
from models.staff.tables import Person
from ui import i18n
from ui.common.form import CheckedForm
from ui.common.meanwhile import settle
from ui.common.widgets import button_box, confirm


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, person_id: int | None = None,
                 external: bool = False):
        """``external`` starts a new person as external (a speaker or guest added on the spot)."""
        super().__init__(parent)
        self.person_id = person_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("Add person"))
        form = self.form = CheckedForm()
        self.fields, self.errors, self.touched = form.fields, form.errors, form.touched

        def line(name, label, placeholder=""):
            widget = QLineEdit()
            widget.setPlaceholderText(placeholder)
            widget.textEdited.connect(lambda _t, n=name: self.touch(n))
            widget.textChanged.connect(self.revalidate)
            form.add(name, label, widget)
            return widget

        def combo(name, label, items, editable=True):
            widget = QComboBox()
            widget.setEditable(editable)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            for code, text in items:
                widget.addItem(text, code)
            if editable:
                widget.setCurrentText("")
                widget.editTextChanged.connect(lambda _t, n=name: self.touch(n))
            else:
                widget.currentIndexChanged.connect(lambda _i, n=name: self.touch(n))
            form.add(name, label, widget)
            return widget

        line("nip", self.tr("NIP"), self.tr("18 digits, e.g. 19690309 199403 2 001"))
        line("front_title", self.tr("Front title"), self.tr("e.g. Dra."))
        line("name", self.tr("Full name"))
        line("back_title", self.tr("Back titles"), self.tr("e.g. S.IP., M.Hum."))
        combo("gender", self.tr("Gender"),
              [(c, i18n.vocab(t)) for c, t in vocab.GENDERS.items()], editable=False)
        combo("employment", self.tr("Employment"),
              [(c, i18n.vocab(t)) for c, t in vocab.EMPLOYMENT.items()], editable=False)
        combo("rank", self.tr("Rank (pangkat/golongan)"), [(r, r) for r in vocab.RANKS])
        combo("position", self.tr("Position (jabatan)"), self._known("position"))
        combo("functional_level", self.tr("Functional level"),
              [(f, f) for f in vocab.FUNCTIONAL_LEVELS])
        combo("unit", self.tr("Unit"), self._known("unit"))
        external_box = QCheckBox(
            self.tr("External (speaker, guest, librarian of another office)"))
        external_box.toggled.connect(lambda _c: self.touch("is_external"))
        form.add("is_external", "", external_box)
        organisation = combo("organisation", self.tr("Organisation"),
                             [(None, self.tr("(not in the network)"))]
                             + organisation_choices(), editable=False)
        organisation.setToolTip(self.tr("An outside person is a contact of the network's "
                                        "organisation they work for"))
        line("institution", self.tr("Institution"))
        organisation.currentIndexChanged.connect(self._organisation_chosen)
        external_box.toggled.connect(self._organisation_chosen)
        line("region", self.tr("Region"))
        line("phone", self.tr("Phone"))
        line("email", self.tr("E-mail"))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(60)
        form.add("notes", self.tr("Notes"), notes)

        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        self.fields["nip"].editingFinished.connect(self._group_nip)
        self.fields["nip"].textChanged.connect(self._gender_from_nip)
        self.fields["name"].editingFinished.connect(self._titles_out_of_name)
        self._gender_filled_in = False
        self.stamp = None  # the record's stamp as loaded: the save is checked against it
        if person_id:
            self._load(Person.get_by_id(person_id))
            self.touched.update(self.fields)
        elif external:
            self.fields["is_external"].setChecked(True)
            self.touched.discard("is_external")
        self._organisation_chosen()
        self.loaded_values = self.values()
        self.fields["name" if external else "nip"].setFocus()
        self.revalidate()

    def _organisation_chosen(self, *_):
        """The institution follows the organisation chosen, as saving makes it."""
        organisation = self.fields["organisation"]
        external = self.fields["is_external"].isChecked()
        organisation.setEnabled(external)
        chosen = external and organisation.currentData() is not None
        if chosen:
            self.fields["institution"].setText(organisation.currentText())
        self.fields["institution"].setEnabled(not chosen)

    def _known(self, field):
        return [(v, v) for v in staff.known_values(field)]

    def _load(self, person: Person):
        self.stamp = person.changed_at
        values = {**staff.person_values(person), "organisation": person.organisation_id}
        values["nip"] = nip_rules.grouped(values["nip"] or "")
        for name, widget in self.fields.items():
            value = values[name]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif widget.isEditable():
                widget.setCurrentText(value)
            else:
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def values(self) -> dict:
        values = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif widget.isEditable():
                values[name] = widget.currentText()
            else:
                values[name] = widget.currentData()
        return values

    def _group_nip(self):
        widget = self.fields["nip"]
        grouped = nip_rules.grouped(widget.text())
        if grouped != widget.text() and nip_rules.is_valid(grouped):
            widget.setText(grouped)

    def _gender_from_nip(self):
        """Fill the gender from NIP digit 15 while the clerk has not chosen one, as an
        import does; a gender filled in this way follows a corrected NIP."""
        combo = self.fields["gender"]
        if combo.currentData() and not self._gender_filled_in:
            return
        text = self.fields["nip"].text()
        gender = nip_rules.gender_of(text) if nip_rules.is_valid(text) else ""
        if gender and gender != combo.currentData():
            combo.blockSignals(True)  # not the clerk's choice: it does not count as touched
            combo.setCurrentIndex(combo.findData(gender))
            combo.blockSignals(False)
            self._gender_filled_in = True
            self.revalidate()

    def _titles_out_of_name(self):
        """Titles typed with the name ("Dra. Siti Aminah, S.IP.") go to their own fields,
        split as the staff import splits them, so the name sorts and searches alike."""
        fields = [self.fields[f] for f in ("front_title", "name", "back_title")]
        for widget, text in zip(fields, titles_out_of_name(*(w.text() for w in fields)),
                                strict=True):
            if widget.text() != text:
                widget.setText(text)

    def problems(self) -> dict:
        values = staff.clean(self.values())
        problems = staff.field_problems(values)
        if values["nip"] and "nip" not in problems:
            owner = staff.nip_owner(values["nip"], self.person_id)
            if owner is not None:
                problems["nip"] = staff.duplicate_nip_message(owner)
        return problems

    def touch(self, name: str) -> None:
        self.touched.add(name)
        self.revalidate()

    def revalidate(self, *_):
        self.show_problems(self.problems())

    def show_problems(self, problems: dict, everything: bool = False) -> None:
        """Mark the fields with problems; until Save is tried, only fields already typed in.

        Save is greyed out while a marked problem stands, so the reason is always in sight;
        pressing it with problems not yet marked marks them and saves nothing.
        """
        shown = self.form.show_problems(problems, everything)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)

    def reject(self):
        """Escape or Cancel: ask before throwing away what was typed."""
        if self.values() != self.loaded_values and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this person?"),
                self.tr("Discard")):
            return
        super().reject()

    def save(self):
        self._titles_out_of_name()  # Ctrl+S straight from the name field
        try:
            person = staff.save_person(self.values(), self.person_id, self.stamp)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except staff.ValidationError as err:
            self.touched.update(err.problems)
            self.show_problems(err.problems, everything=True)
            first = next(iter(err.problems))
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saved_id = person.id
        self.accept()

    def reload(self):
        """The person as saved now (on another PC meanwhile), in place of what was typed."""
        self._load(Person.get_by_id(self.person_id))
        self.loaded_values = self.values()
        self.revalidate()

    def _save_over(self, their_stamp):
        self.stamp = their_stamp
        self.save()
