"""Letters… on the Events tab: choose one of the event's ten papers, for whom and its date,
see the number it will get, save it (a letter as a Word file, a list as PDF or Excel; a
personal paper for everyone, one person, or one file each into a folder), type the amounts
the money lists print; and the papers made for the event so far."""

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.events.tables import Event
from models.letters.kinds import KINDS, LETTERS
from models.letters.numbers import next_number, papers_of
from models.messages import SiBinaError
from ui.common import formats
from ui.common.date_time import DateEdit
from ui.common.widgets import confirm, error_text, show_error, show_info
from ui.i18n import fill

translate = QCoreApplication.translate
EACH = -1  # the person combo's "one file per person"


class LettersDialog(QDialog):
    def __init__(self, parent: QWidget | None, event_id: int):
        super().__init__(parent)
        self.subject = Event.get_by_id(event_id)
        self.setWindowTitle(fill(self.tr("Letters – %1"), self.subject.title))
        self.resize(760, 520)
        self.setMaximumSize(1000, 700)
        self.kind = QComboBox()
        for key, kind in KINDS.items():
            self.kind.addItem(translate("Letters", kind.label), key)
        self.person = QComboBox()
        self.person_label = QLabel(self.tr("For"))
        self.date = DateEdit(datetime.date.today())
        self.number = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.person_label, self.person)
        dated = QHBoxLayout()
        dated.addWidget(self.date)
        dated.addWidget(self.date.spelled, 1)
        form.addRow(self.tr("Date"), dated)
        form.addRow(self.tr("Next number"), self.number)
        self.template = QLabel()
        self.template.setWordWrap(True)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        for text, slot in ((self.tr("Cop&y…"), self.copy_template),
                           (self.tr("Use &own…"), self.choose_template),
                           (self.tr("S&hipped"), self.use_shipped)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            template_row.addWidget(button)
        form.addRow(self.tr("Template"), template_row)
        self.form, self.template_row = form, template_row
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.amounts_button = QPushButton(self.tr("&Amounts…"))
        self.amounts_button.setAutoDefault(False)
        self.amounts_button.setToolTip(self.tr(
            "Type the honorarium, transport and uang saku the lists of receipts print"))
        self.amounts_button.clicked.connect(self.edit_amounts)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button, 1)
        actions.addWidget(self.amounts_button)
        self.made = QTableWidget(0, 4)
        self.made.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Date"), self.tr("Letter"), self.tr("For")])
        self.made.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.made.verticalHeader().hide()
        self.made.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Papers made for this event")))
        layout.addWidget(self.made, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.dateChanged.connect(self._show_number)
        self._kind_changed()
        self._show_made()
        self.kind.setFocus()

    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self, *_) -> None:

        from reports.letters.papers import paper_people

        kind = KINDS[self.chosen_kind()]
        self.person.clear()
        if not kind.one_each:
            self.person.addItem(self.tr("The list of everyone") if kind.key == "honorarium"
                                else self.tr("Everyone, in one letter"), None)
        if kind.personal:
            self.person.addItem(self.tr("One file per person (into a folder)"), EACH)
            for person_id, name in paper_people(kind.key, self.subject.id):
                self.person.addItem(fill(self.tr("Receipt (kuitansi): %1"), name)
                                    if kind.key == "honorarium" else name, person_id)
        self.person.setVisible(kind.personal)
        self.person_label.setVisible(kind.personal)
        self.form.setRowVisible(self.template_row, kind.key in LETTERS)
        self.save_button.setText(
            self.tr("&Save as Word file…") if kind.formats == ("docx",) else
            self.tr("&Save as PDF or Excel…") if "xlsx" in kind.formats else
            self.tr("&Save as PDF…"))
        self._show_number()
        self._show_template()

    def _show_template(self) -> None:
        from models.letters.templates import own_name

        name = own_name(self.chosen_kind())
        self.template.setText(fill(self.tr("The office's own: %1"), name) if name else
                              self.tr("As shipped with SiBina"))

    def copy_template(self) -> None:
        """The template in use, to open in Word and change."""
        from models.letters.templates import template_bytes
        from ui.common.files.save_file import ask_save_path, write_and_tell

        kind = self.chosen_kind()
        title = self.tr("Save a copy of the template")
        target = ask_save_path(self, title, KINDS[kind].template,
                               [self.tr("Word documents (*.docx)")])
        if target is not None:
            write_and_tell(self, title, target,
                           lambda made, _progress, _ok: made.write_bytes(template_bytes(kind)),
                           self.tr("Writing the letter…"),
                           lambda _result: fill(self.tr("Template saved to %1."), str(target)))

    def choose_template(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.common.files.save_file import last_folder

        name, _ = QFileDialog.getOpenFileName(self, self.tr("The office's own template"),
                                              str(last_folder()),
                                              self.tr("Word documents (*.docx)"))
        if name:
            self.use_own(Path(name))

    def use_own(self, path: Path) -> bool:
        from models.letters import templates

        try:
            templates.replace(self.chosen_kind(), path)
        except SiBinaError as exc:
            show_error(self, self.tr("The office's own template"), error_text(exc))
            return False
        self._show_template()
        return True

    def use_shipped(self) -> None:
        from models.letters import templates

        kind = self.chosen_kind()
        if not templates.own_name(kind):
            return
        if confirm(self, self.tr("The office's own template"), self.tr(
                "Go back to the template shipped with SiBina? The office's own template "
                "is removed from the database (keep a copy first if it may be needed "
                "again)."), self.tr("Use the shipped template")):
            templates.use_shipped(kind)
            self._show_template()

    def _show_number(self, *_) -> None:
        kind = self.chosen_kind()
        self.number.setText(next_number(kind, self.date.date().toPython())
                            if KINDS[kind].numbered else self.tr("(none: not a letter)"))

    def _show_made(self) -> None:
        papers = papers_of(self.subject.id)
        self.made.setRowCount(len(papers))
        for row, paper in enumerate(papers):
            kind = KINDS.get(paper.kind)
            cells = (paper.number or "–", formats.short_date(paper.date),
                     translate("Letters", kind.label) if kind else paper.kind,
                     paper.person.full_name if paper.person_id else self.tr("Everyone"))
            for column, text in enumerate(cells):
                self.made.setItem(row, column, QTableWidgetItem(text))

    def edit_amounts(self) -> None:
        from ui.events.payments_dialog import PaymentsDialog

        kind = "transport" if self.chosen_kind() == "allowance" else "honorarium"
        dialog = PaymentsDialog(self, self.subject.id, kind)
        if dialog.exec():
            self._kind_changed()
        dialog.deleteLater()

    def _file_types(self, kind: str) -> list[str]:
        names = {"docx": self.tr("Word documents (*.docx)"),
                 "pdf": self.tr("PDF files (*.pdf)"),
                 "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        return [names[suffix] for suffix in KINDS[kind].formats]

    def save(self) -> None:
        from reports.file_names import safe_name
        from reports.letters.papers import save_paper
        from ui.common.files.save_file import ask_save_path, tell_saved
        from ui.common.glyph_question import run_checked

        kind, person_id = self.chosen_kind(), self.person.currentData()
        if person_id == EACH:
            self.save_each(kind)
            return
        if KINDS[kind].one_each and person_id is None:
            show_error(self, self.windowTitle(), self.tr("Choose who the letter is for."))
            return
        # A receipt for one person is a PDF; the lists offer what they are made as.
        types = self._file_types(kind)[:1] if kind == "honorarium" and person_id else \
            self._file_types(kind)
        name = "Kuitansi Honorarium" if kind == "honorarium" and person_id else \
            KINDS[kind].paper_name
        suggested = f"{safe_name(f'{name} {self.subject.title}')}.{KINDS[kind].formats[0]}"
        title = self.tr("Save the paper")
        target = ask_save_path(self, title, suggested, types)
        if target is None:
            return
        dated = self.date.date().toPython()

        def done(paper) -> None:
            self._show_made()
            self._show_number()
            said = fill(self.tr("Letter %1 saved to %2."), paper.number, str(target)) \
                if paper.number else fill(self.tr("Saved to %1."), str(target))
            tell_saved(self, title, said, target)

        run_checked(self, self.tr("Writing the paper…"),
                    lambda progress, missing_ok: save_paper(
                        kind, self.subject.id, target, dated, person_id, progress,
                        missing_ok),
                    done, lambda exc: show_error(self, title, error_text(exc)))

    def save_each(self, kind: str) -> None:
        """One file per person, named after them, into a folder the office chooses."""
        from reports.letters.papers import write_each_paper
        from ui.common.files.save_file import ask_folder
        from ui.common.glyph_question import run_checked

        title = self.tr("Save one file per person")
        folder = ask_folder(self, title)
        if folder is None:
            return
        dated = self.date.date().toPython()

        def done(written) -> None:
            self._show_made()
            self._show_number()
            show_info(self, title, fill(self.tr("%1 files saved to %2."), str(len(written)),
                                        str(folder)))

        run_checked(self, self.tr("Writing the paper…"),
                    lambda _progress, missing_ok: write_each_paper(
                        kind, self.subject.id, folder, dated, missing_ok),
                    done, lambda exc: show_error(self, title, error_text(exc)))
