"""One organisation of the network: its details, its contacts (outside people SiBina keeps),
its cooperation agreements with their documents, and the events held with it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.messages import ValidationError
from models.network import cooperations, directory
from models.network.tables import Organisation
from ui.common import formats
from ui.common.form import CheckedForm
from ui.common.pickers.person_picker import PersonPicker
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill
from ui.i18n import vocab as vocab_text
from ui.network.table_tools import fill_table, make_table, selected_id

TEXTS = ("name", "region", "phone", "email", "website")


class OrganisationDialog(QDialog):
    def __init__(self, parent: QWidget | None, organisation_id: int | None = None):
        super().__init__(parent)
        self.organisation_id = organisation_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Organisation") if organisation_id
                            else self.tr("New organisation"))
        self.resize(820, 560)
        form = self.form = CheckedForm()
        self.edits = {}
        for name, label in (("name", self.tr("Name")), ("region", self.tr("Region"))):
            self.edits[name] = form.add(name, label, QLineEdit())
        self.kind = form.add("kind", self.tr("Kind"), QComboBox())
        for code, label in vocab.ORGANISATION_KINDS.items():
            self.kind.addItem(vocab_text(label), code)
        self.address = form.add("address", self.tr("Address"), QPlainTextEdit())
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(50)
        for name, label in (("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
                            ("website", self.tr("Website"))):
            self.edits[name] = form.add(name, label, QLineEdit())
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)
        details = QWidget()
        details.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self._contacts_tab(), self.tr("&Contacts"))
        self.tabs.addTab(self._agreements_tab(), self.tr("&Agreements (MoU/PKS)"))
        self.tabs.addTab(self._events_tab(), self.tr("E&vents held"))
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, organisation_id is not None)
        if organisation_id is None:
            self.tabs.setTabToolTip(1, self.tr("Save the organisation first"))
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        if organisation_id is not None:
            self._load(Organisation.get_by_id(organisation_id))
            form.touched.update(form.fields)
        for name, widget in form.fields.items():
            signal = (widget.currentIndexChanged if isinstance(widget, QComboBox)
                      else widget.textChanged)
            signal.connect(lambda *_, n=name: self._touch(n))
        self.loaded = self.values()
        self.edits["name"].setFocus()
        self.revalidate()

    # --- details ------------------------------------------------------------------------

    def _load(self, organisation: Organisation) -> None:
        for name in TEXTS:
            self.edits[name].setText(getattr(organisation, name))
            self.edits[name].setCursorPosition(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(organisation.kind)))
        self.address.setPlainText(organisation.address)
        self.notes.setPlainText(organisation.notes)
        self.reload_lists()

    def values(self) -> dict:
        return {**{name: self.edits[name].text() for name in TEXTS},
                "kind": self.kind.currentData(), "address": self.address.toPlainText(),
                "notes": self.notes.toPlainText()}

    def _touch(self, name: str) -> None:
        self.form.touched.add(name)
        self.revalidate()

    def revalidate(self, *_) -> None:
        shown = self.form.show_problems(directory.problems(self.values(), self.organisation_id))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)

    def save(self) -> None:
        try:
            saved = directory.save_organisation(self.values(), self.organisation_id)
        except ValidationError as err:
            self.form.touched.update(err.problems)
            self.form.show_problems(err.problems, everything=True)
            self.tabs.setCurrentIndex(0)
            self.form.fields[next(iter(err.problems))].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.saved_id = saved.id
        self.accept()

    def reject(self) -> None:
        if self.values() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this organisation?"),
                self.tr("Discard")):
            return
        super().reject()

    # --- contacts, agreements, events ---------------------------------------------------

    def _contacts_tab(self) -> QWidget:
        tab = QWidget()
        self.contacts = make_table([self.tr("Name"), self.tr("Position"), self.tr("Phone"),
                                    self.tr("E-mail")])
        self.picker = PersonPicker(tab)
        link = QPushButton(self.tr("&Link"))
        link.setToolTip(self.tr("Make the outside person chosen a contact of this "
                                "organisation (a new one: New external…)"))
        link.clicked.connect(self.link_contact)
        unlink = QPushButton(self.tr("&Unlink"))
        unlink.setToolTip(self.tr("The person stays in SiBina"))
        unlink.clicked.connect(self.unlink_contact)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Outside person:")))
        line.addWidget(self.picker, 1)
        line.addWidget(link)
        line.addWidget(unlink)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contacts)
        layout.addLayout(line)
        return tab

    def _agreements_tab(self) -> QWidget:
        tab = QWidget()
        self.agreements = make_table([self.tr("Kind"), self.tr("Number"), self.tr("Title"),
                                      self.tr("Signed"), self.tr("Valid until"),
                                      self.tr("Documents")])
        self.agreements.doubleClicked.connect(lambda *_: self.edit_agreement())
        line = QHBoxLayout()
        for label, slot in ((self.tr("&Add agreement…"), self.add_agreement),
                            (self.tr("&Open agreement…"), self.edit_agreement),
                            (self.tr("&Delete agreement"), self.delete_agreement)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            line.addWidget(button)
        line.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.agreements)
        layout.addLayout(line)
        return tab

    def _events_tab(self) -> QWidget:
        tab = QWidget()
        self.events = make_table([self.tr("Date"), self.tr("Event"), self.tr("Held as")])
        layout = QVBoxLayout(tab)
        note = QLabel(self.tr("Events it organised, and those where one of its contacts "
                              "spoke or moderated."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.events)
        return tab

    def reload_lists(self) -> None:
        oid = self.organisation_id
        fill_table(self.contacts, [(p.id, [p.full_name, p.position, p.phone, p.email])
                                   for p in directory.contacts(oid)])
        fill_table(self.agreements, [(a.id, [
            vocab_text(vocab.COOPERATION_KINDS.get(a.kind, a.kind)), a.number, a.title,
            _date(a.signed_on), _date(a.valid_until),
            (str(len(cooperations.documents(a.id))), len(cooperations.documents(a.id)))])
            for a in cooperations.agreements(oid)])
        fill_table(self.events, [(e.event_id, [
            (formats.date_range(e.start, e.end), e.start), e.title, self._held_as(e)])
            for e in directory.history(oid)])

    def _held_as(self, held) -> str:
        if held.how == directory.ORGANISER and not held.who:
            return self.tr("Organiser")
        if held.how == directory.ORGANISER:
            return fill(self.tr("Organiser; %1 spoke"), held.who)
        return fill(self.tr("%1 spoke or moderated"), held.who)

    def link_contact(self) -> None:
        person_id = self.picker.person_id()
        if person_id is None:
            return
        try:
            directory.link_contact(self.organisation_id, person_id)
        except Exception as exc:  # noqa: BLE001 - a member of staff: said, nothing changed
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.picker.set_person_id(None)
        self.reload_lists()

    def unlink_contact(self) -> None:
        chosen = selected_id(self.contacts)
        if chosen is not None:
            directory.unlink_contact(chosen)
            self.reload_lists()

    def add_agreement(self) -> None:
        self._agreement(None)

    def edit_agreement(self) -> None:
        chosen = selected_id(self.agreements)
        if chosen is not None:
            self._agreement(chosen)

    def _agreement(self, cooperation_id: int | None) -> None:
        from ui.network.cooperation_dialog import CooperationDialog

        dialog = CooperationDialog(self, self.organisation_id, cooperation_id)
        dialog.exec()
        dialog.deleteLater()
        self.reload_lists()

    def delete_agreement(self) -> None:
        chosen = selected_id(self.agreements)
        if chosen is None or not confirm(self, self.windowTitle(), self.tr(
                "Delete this agreement and the documents kept with it?"), self.tr("&Delete")):
            return
        cooperations.delete_cooperation(chosen)
        self.reload_lists()


def _date(day) -> str:
    return formats.short_date(day) if day else "–"

