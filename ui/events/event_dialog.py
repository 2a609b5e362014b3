"""Create or edit an event's details (the schedule and participants have their own editors)."""

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import vocab
from models.events import planning as events
from models.events import themes
from models.events.counting import counts_as_development
from models.events.tables import Event
from models.messages import SiBinaError, ValidationError
from models.network.directory import organisation_choices
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from ui import i18n
from ui.common.date_time import DateEdit
from ui.common.form import CheckedForm
from ui.common.meanwhile import settle
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.events.photos_box import PhotosBox


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, event_id: int | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.event_id = event_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))
        self.setMinimumWidth(560)
        form = self.form = CheckedForm()
        self.title = form.add("title", self.tr("Title"), QLineEdit())
        self.kind = form.add("kind", self.tr("Kind"), self._combo(vocab.EVENT_KINDS))
        self.themes_changed = False
        edit_themes = QPushButton(self.tr("T&hemes…"))
        edit_themes.setToolTip(self.tr("Add, rename or reorder the theme areas"))
        edit_themes.clicked.connect(self.edit_themes)
        self.theme = form.add("theme", self.tr("Theme"), QComboBox(), edit_themes)
        self._fill_themes()
        self.external = QCheckBox(self.tr("Organised by an outside body"))
        form.add("organiser_external", "", self.external)
        self.organisation = QComboBox()
        self.organisation.setToolTip(self.tr(
            "The organiser as one of the network's organisations: the event then shows in "
            "its history, and the organiser's name follows the organisation's"))
        self.organisation.addItem(self.tr("(not in the network)"), None)
        for organisation_id, name in organisation_choices():
            self.organisation.addItem(name, organisation_id)
        self.organisation.setMaximumWidth(220)
        self.organiser = form.add("organiser_name", self.tr("Organiser"), QLineEdit(),
                                  self.organisation)
        self.organiser.setPlaceholderText(self.tr("e.g. Perpustakaan Nasional RI"))
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.organisation.currentIndexChanged.connect(self.revalidate)
        self.co_organised = QCheckBox(self.tr("Co-organised by the office"))
        self.co_organised.setToolTip(self.tr(
            "The office then issues its own certificates, naming both organisers; otherwise "
            "the outside body's certificates are recorded on the Certificates tab"))
        form.add("co_organised", "", self.co_organised)
        self.mode = form.add("mode", self.tr("Mode"), self._combo(vocab.MODES))
        self.venue = form.add("venue", self.tr("Venue"), QLineEdit())
        start = QDate.currentDate() if today is None else QDate(today.year, today.month,
                                                                  today.day)
        self.start, self.end = self._date(start), self._date(start)
        form.add("start_date", self.tr("Start date"), self.start, self.start.spelled)
        form.add("end_date", self.tr("End date"), self.end, self.end.spelled)
        self.capacity = form.add("capacity", self.tr("Capacity"), QSpinBox())
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.description = form.add("description", self.tr("Description"), self._text())
        self.objectives = form.add("objectives", self.tr("Objectives"), self._text())
        self.status = form.add("status", self.tr("Status"), self._combo(vocab.EVENT_STATUSES))
        self.development = form.add("counts_as_development", self.tr("JP counts"), QComboBox())
        self.development.setToolTip(self.tr(
            "Whether the participants' JP counts as competency development, towards the "
            "yearly JP target"))
        for text, value in (("", None),
                            (self.tr("Yes: competency development"), True),
                            (self.tr("No: not towards the JP target"), False)):
            self.development.addItem(text, value)
        self.kind.currentIndexChanged.connect(self._name_kind_rule)
        self._name_kind_rule()
        self.tabs = QTabWidget()
        details = QWidget()
        details.setLayout(form)
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self._report_tab(event_id), self.tr("&Report texts"))

        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        for name, widget in (form.fields | self.report_form.fields).items():
            self._watch(name, widget)
        self.stamp = None
        if event_id is not None:
            self._load(Event.get_by_id(event_id))
            form.touched.update(form.fields)
        self.loaded = self.values() | {"photos": self.photos.chosen()}
        self.title.setFocus()
        self.revalidate()

    def _report_tab(self, event_id: int | None) -> QScrollArea:
        """What the event report says beyond the details: in a scroll area, so the dialog
        keeps to a 1024×768 screen however the texts grow."""
        form = self.report_form = CheckedForm()
        intro = QLabel(self.tr("The event report prints these chapters; one left empty is "
                               "left out of it."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.legal_basis = form.add("legal_basis", self.tr("Legal basis"), self._text(80))
        self.legal_basis.setPlaceholderText(self.tr("e.g. the budget document (DPA) or the "
                                                    "head of office's decree"))
        self.audience = form.add("audience", self.tr("Target group"), self._text(80))
        self.funding = form.add("funding", self.tr("Funding"), self._text(80))
        self.obstacles = form.add("obstacles", self.tr("Obstacles"), self._text(80))
        self.photos = form.add("photos", self.tr("Photos"), PhotosBox(event_id))
        form.addRow(form.problems)
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _name_kind_rule(self, *_) -> None:
        """The first choice says what the chosen kind does, so "As its kind" is no riddle."""
        counts = counts_as_development(self.kind.currentData(), None)
        self.development.setItemText(0, self.tr("As its kind: yes") if counts
                                     else self.tr("As its kind: no"))

    def _fill_themes(self) -> None:
        chosen = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(self.tr("—"), None)
        for theme_id, name in themes.choices():
            self.theme.addItem(name, theme_id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))
        self.theme.blockSignals(False)

    def edit_themes(self) -> None:
        from ui.events.themes_dialog import ThemesDialog

        dialog = ThemesDialog(self)
        if dialog.exec():
            self.themes_changed = True
            self._fill_themes()
        dialog.deleteLater()

    def _combo(self, labels: dict) -> QComboBox:
        combo = QComboBox()
        for code, label in labels.items():
            combo.addItem(i18n.vocab(label), code)
        return combo

    def _date(self, value: QDate) -> DateEdit:
        return DateEdit(value)

    def _text(self, height: int = 56) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _watch(self, name: str, widget: QWidget) -> None:
        def touched(*_):
            self.form.touched.add(name)
            self.revalidate()

        for signal in ("textEdited", "currentIndexChanged", "dateChanged", "valueChanged",
                       "toggled", "textChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(touched)
                return

    def _load(self, event: Event) -> None:
        self.stamp = event.changed_at  # the save is checked against it
        self.title.setText(event.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(event.theme_id)))
        self.external.setChecked(event.organiser_external)
        self.organiser.setText(event.organiser_name)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(
            event.organisation_id)))
        self.co_organised.setChecked(event.co_organised)
        self.mode.setCurrentIndex(max(0, self.mode.findData(event.mode)))
        self.venue.setText(event.venue)
        for edit, day in ((self.start, event.start_date), (self.end, event.end_date)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.capacity.setValue(event.capacity or 0)
        self.description.setPlainText(event.description)
        self.objectives.setPlainText(event.objectives)
        for edit, text in ((self.legal_basis, event.legal_basis),
                           (self.audience, event.audience), (self.funding, event.funding),
                           (self.obstacles, event.obstacles)):
            edit.setPlainText(text)
        self.status.setCurrentIndex(max(0, self.status.findData(event.status)))
        self.development.setCurrentIndex(
            {None: 0, True: 1, False: 2}[event.counts_as_development])
        for edit in (self.title, self.organiser, self.venue):
            edit.setCursorPosition(0)  # show the start of a long text

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(), "kind": self.kind.currentData(),
            "theme": self.theme.currentData(), "organiser_external": self.external.isChecked(),
            "organiser_name": self.organiser.text().strip() if self.external.isChecked() else "",
            "organisation": self.organisation.currentData() if self.external.isChecked()
            else None,
            "co_organised": self.external.isChecked() and self.co_organised.isChecked(),
            "mode": self.mode.currentData(), "venue": self.venue.text().strip(),
            "start_date": self.start.date().toPython(), "end_date": self.end.date().toPython(),
            "capacity": self.capacity.value() or None,
            "description": self.description.toPlainText().strip(),
            "objectives": self.objectives.toPlainText().strip(),
            "legal_basis": self.legal_basis.toPlainText().strip(),
            "audience": self.audience.toPlainText().strip(),
            "funding": self.funding.toPlainText().strip(),
            "obstacles": self.obstacles.toPlainText().strip(),
            "status": self.status.currentData(),
            "counts_as_development": self.development.currentData(),
        }

    def _organisation_chosen(self, *_) -> None:
        if self.organisation.currentData() is not None:
            self.organiser.setText(self.organisation.currentText())
            self.organiser.setCursorPosition(0)

    def revalidate(self, *_) -> None:
        self.organiser.setEnabled(self.external.isChecked()
                                  and self.organisation.currentData() is None)
        self.organisation.setEnabled(self.external.isChecked())
        self.co_organised.setEnabled(self.external.isChecked())
        problems = events.event_problems(self.values())
        shown = self.form.show_problems(problems)
        shown = self.report_form.show_problems(problems) or shown
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)

    def save(self) -> None:
        try:
            event = events.save_event(self.values(), self.event_id,
                                      photos=self.photos.chosen(), loaded=self.stamp)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except ValidationError as err:
            for form in (self.form, self.report_form):
                form.touched.update(err.problems)
                form.show_problems(err.problems, everything=True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            first = next(iter(err.problems))
            on_report = first in self.report_form.fields
            self.tabs.setCurrentIndex(1 if on_report else 0)
            fields = (self.report_form if on_report else self.form).fields
            fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except SiBinaError as exc:  # a photo that changed on disk since it was chosen
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.saved_id = event.id
        self.accept()

    def reload(self) -> None:
        """The event as saved now (on another PC meanwhile), in place of what was typed."""
        self._load(Event.get_by_id(self.event_id))
        self.photos.show_stored(self.event_id)
        self.loaded = self.values() | {"photos": self.photos.chosen()}
        self.revalidate()

    def _save_over(self, their_stamp) -> None:
        self.stamp = their_stamp
        self.save()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self.values() | {"photos": self.photos.chosen()} != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this event?"),
                self.tr("Discard")):
            return
        super().reject()
