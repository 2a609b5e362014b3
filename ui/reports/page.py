"""The Reports tab (Laporan): every report the office makes, what it needs, a preview, and
saving it as PDF, Excel or CSV — to a USB stick first, checked before it is called safe."""

import datetime
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.events import planning
from models.events.report_chapters import chapter_label, empty_chapters
from models.events.tables import Event
from reports.catalogue import EVENT, KINDS, PERSON, THEME, UNIT, YEAR
from ui.common.glyph_question import run_checked
from ui.common.pickers.event_picker import EventPicker
from ui.common.pickers.person_picker import PersonPicker
from ui.common.widgets import error_text, show_error
from ui.i18n import fill

CODE = Qt.ItemDataRole.UserRole
WARNING_STYLE = "color: #8a5300;"  # dark amber: to be seen, not an error
FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel", "csv": "CSV"}


class ReportsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.kinds = QListWidget()
        for kind in KINDS:
            item = QListWidgetItem(QCoreApplication.translate("Reports", kind.name))
            item.setData(CODE, kind.code)
            item.setToolTip(QCoreApplication.translate("Reports", kind.description))
            self.kinds.addItem(item)
        # Wide enough for the longest name ("Riwayat pengembangan kompetensi") uncut.
        self.kinds.setMinimumWidth(self.kinds.sizeHintForColumn(0) + 24)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.event_picker = EventPicker()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(datetime.date.today().year)
        # The person picker reads every person: made when the tab is first shown, not at
        # start-up.
        self.person = QWidget()
        self.unit = QComboBox()
        self.theme = QComboBox()  # the training needs list's theme
        # An optional event or year (the certificate register, speaker ratings) narrows the
        # report only when ticked; unticked, the report covers every event or year.
        self.only_event = QCheckBox(self.tr("Only"))
        self.only_year = QCheckBox(self.tr("Only"))
        for box, widget in ((self.only_event, self.event_picker), (self.only_year, self.year)):
            box.toggled.connect(widget.setEnabled)
        self.conclusions = QPlainTextEdit()
        self.recommendations = QPlainTextEdit()
        # The office's words are kept as they are typed, not only when a report is made.
        self._notes_timer = QTimer(self, singleShot=True, interval=600)
        self._notes_timer.timeout.connect(self.save_notes)
        self._notes_of: int | None = None  # the event the boxes hold the words of
        for box in (self.conclusions, self.recommendations):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
            box.textChanged.connect(self._notes_timer.start)
            box.textChanged.connect(self._name_empty_chapters)
        # Before the report is saved: which chapters it will leave out for want of words.
        self.empty_chapters = QLabel()
        self.empty_chapters.setWordWrap(True)
        self.empty_chapters.setStyleSheet(WARNING_STYLE)
        self.form = QFormLayout()
        self.rows = {}
        for key, label, widget in (
                (EVENT, self.tr("&Event:"), _beside(self.only_event, self.event_picker)),
                (YEAR, self.tr("&Year:"), _beside(self.only_year, self.year)),
                (PERSON, self.tr("&Person:"), self.person),
                (THEME, self.tr("T&heme:"), self.theme),
                (UNIT, self.tr("&Unit:"), self.unit),
                ("conclusions", self.tr("Conclusions:"), self.conclusions),
                ("recommendations", self.tr("Recommendations:"), self.recommendations),
                ("empty_chapters", "", self.empty_chapters)):
            self.form.addRow(label, widget)
            self.rows[key] = widget
        # Alt+letter of a label goes to the field itself, not to the row holding it.
        for key, field in ((EVENT, self.event_picker), (YEAR, self.year)):
            self.form.labelForField(self.rows[key]).setBuddy(field)
        self.buttons = {}
        buttons = QHBoxLayout()
        preview = QPushButton(self.tr("Pre&view…"))
        preview.clicked.connect(self.preview)
        buttons.addWidget(preview)
        buttons.addStretch(1)
        for fmt, text in (("pdf", self.tr("Save as &PDF…")), ("xlsx", self.tr("Save as E&xcel…")),
                          ("csv", self.tr("Save as &CSV…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, f=fmt: self.save_as(f))
            buttons.addWidget(button)
            self.buttons[fmt] = button
        self.preview_button = preview
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.description)
        column.addLayout(self.form)
        column.addStretch(1)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.kinds)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.event_picker.currentIndexChanged.connect(self._load_event_notes)
        self._stale = True
        self.kinds.setCurrentRow(0)

    # --- choosing ---------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not isinstance(self.person, PersonPicker):
            picker = PersonPicker()
            picker.new_button.hide()  # a report is about someone on record
            self.form.replaceWidget(self.person, picker)
            self.form.labelForField(picker).setBuddy(picker.combo)
            self.person.deleteLater()
            self.person = self.rows[PERSON] = picker
            self._kind_chosen()
        if self._stale:
            self._stale = False
            from reports.recaps.recaps import units

            self.event_picker.reload(self.event_picker.event_id())
            chosen = self.unit.currentData()
            self.unit.clear()
            self.unit.addItem(self.tr("All units"), "")
            for name in units():
                self.unit.addItem(name, name)
            self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
            from models.events.themes import choices

            chosen = self.theme.currentData()
            self.theme.clear()
            for theme_id, name in choices():
                self.theme.addItem(name, theme_id)
            self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))
            self._name_empty_chapters()  # typed on the Events tab meanwhile

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self.save_notes()  # another tab, or the window closing
        self._stale = True

    def kind(self):
        item = self.kinds.currentItem()
        return next(k for k in KINDS if k.code == item.data(CODE)) if item else KINDS[0]

    def _kind_chosen(self, *_) -> None:
        kind = self.kind()
        self.description.setText(QCoreApplication.translate("Reports", kind.description))
        wanted = set(kind.needs) | set(kind.optional)
        if kind.code == "event-report":
            wanted |= {"conclusions", "recommendations", "empty_chapters"}
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in wanted)
        for fmt, button in self.buttons.items():
            button.setVisible(fmt in kind.formats)
        for key, box, widget in ((EVENT, self.only_event, self.event_picker),
                                 (YEAR, self.only_year, self.year)):
            box.setVisible(key in kind.optional)
            widget.setEnabled(key not in kind.optional or box.isChecked())
        self._load_event_notes()

    def _load_event_notes(self, *_) -> None:
        self.save_notes()  # the words typed for the event chosen before
        event = Event.get_or_none(Event.id == self.event_picker.event_id())
        self._notes_of = None  # filling the boxes is no typing
        self.conclusions.setPlainText(event.conclusions if event else "")
        self.recommendations.setPlainText(event.recommendations if event else "")
        self._notes_timer.stop()
        self._notes_of = event.id if event else None
        self._name_empty_chapters()

    def _name_empty_chapters(self, *_) -> None:
        """The chapters of the event report that hold nothing yet, named as they are
        typed (the report leaves them out: see models.events.report_chapters)."""
        event = (Event.get_or_none(Event.id == self._notes_of)
                 if self._notes_of is not None else None)
        empty = [] if event is None else empty_chapters(event, {
            "conclusions": self.conclusions.toPlainText(),
            "recommendations": self.recommendations.toPlainText()})
        names = ", ".join(QCoreApplication.translate("Chapters", chapter_label(name))
                          for name in empty)
        self.empty_chapters.setText(fill(self.tr(
            "Still empty, so left out of the report: %1. Type the conclusions and "
            "recommendations here, the other chapters on the event's Report texts tab."),
            names) if empty else "")
        self.empty_chapters.setVisible(bool(empty) and self.kind().code == "event-report")

    def parameters(self) -> dict:
        kind = self.kind()
        person = self.person.person_id() if isinstance(self.person, PersonPicker) else None
        given = {EVENT: self.event_picker.event_id(), YEAR: self.year.value(),
                 PERSON: person, UNIT: self.unit.currentData() or "",
                 THEME: self.theme.currentData()}
        used = set(kind.needs) | {key for key, box in ((EVENT, self.only_event),
                                                       (YEAR, self.only_year))
                                  if key in kind.optional and box.isChecked()}
        return {key: (given[key] if key in used else None)
                for key in (EVENT, YEAR, PERSON, THEME)} | {
            "unit": given[UNIT] if UNIT in kind.optional else ""}

    def missing(self) -> str:
        names = {EVENT: self.tr("an event"), YEAR: self.tr("a year"),
                 PERSON: self.tr("a person"), THEME: self.tr("a theme")}
        params = self.parameters()
        lacking = [names[key] for key in self.kind().needs if params.get(key) is None]
        return ", ".join(lacking)

    # --- making the report ------------------------------------------------------------

    def forget_notes(self) -> None:
        """The data under the page was replaced (a restore): the boxes belong to none of it."""
        self._notes_timer.stop()
        self._notes_of = None

    def save_notes(self) -> None:
        """The event report's conclusions and recommendations are the office's words: kept
        with their event as they are typed."""
        self._notes_timer.stop()
        if self._notes_of is None:
            return
        planning.save_notes(self._notes_of, self.conclusions.toPlainText().strip(),
                            self.recommendations.toPlainText().strip())

    def _ready(self) -> bool:
        lacking = self.missing()
        if lacking:
            show_error(self, self.tr("Reports"), fill(self.tr("Choose %1 first."), lacking))
            return False
        self.save_notes()
        return True

    def preview(self) -> None:
        from reports.report_writer import write_report
        from ui.common.files.pdf_preview import PdfPreviewDialog

        if not self._ready():
            return
        folder = tempfile.TemporaryDirectory(prefix="sibina-report-")
        path = Path(folder.name) / "laporan.pdf"
        code, params = self.kind().code, self.parameters()

        def work(_progress, missing_ok):
            from reports.catalogue import build

            made = build(code, params[EVENT], params[YEAR], params[PERSON], params["unit"],
                         params[THEME])
            write_report(made, path, missing_ok)
            return made.title

        def done(title):
            dialog = PdfPreviewDialog(self, path, title)
            dialog.exec()
            dialog.deleteLater()
            folder.cleanup()

        run_checked(self, self.tr("Making the report…"), work, done,
                    lambda exc: (folder.cleanup(), show_error(
                        self, self.tr("Reports"), error_text(exc))), folder.cleanup)

    def save_as(self, fmt: str, folder: Path | None = None) -> None:
        from ui.reports.saving import save_report

        if not self._ready():
            return
        save_report(self, self.kind().code, self.parameters(), fmt, folder)


def _beside(box: QCheckBox, widget: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)
    layout.addWidget(widget, 1)
    return row
