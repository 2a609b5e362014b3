"""The responses of one event's evaluation forms: typed from paper, imported, corrected,
deleted.

The forms are the templates attached to the event (the two shipped ones when none is yet).
The list is newest first, so what was just typed or imported is on top. A response opens
(Enter, double-click, Edit) in the paper-form entry, filled in, to correct.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import responses
from ui.common import formats
from ui.common.row_table import RowTableModel
from ui.common.widgets import confirm, error_text, show_error
from ui.i18n import fill

RESPONDENT, FORM, SPEAKER, SOURCE, ENTERED = range(5)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_GREY_TEXT = "color: #5f6368;"
_GREY = QColor("#5f6368")


class ResponsesModel(RowTableModel):
    """The event's responses as prepared texts (thousands after an import: no work per
    paint)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts: list[tuple[str, ...]] = []  # one per row of _rows, as shown
        self._headers = [self.tr("Respondent"), self.tr("Form"), self.tr("Speaker"),
                        self.tr("Source"), self.tr("Entered")]
        self.sources = {responses.PAPER: self.tr("paper form"),
                        responses.CSV: self.tr("imported file")}
        self.anonymous = self.tr("anonymous")
        self.italic = QFont()
        self.italic.setItalic(True)

    def load(self, rows: list[responses.ResponseRow]) -> None:
        self.texts = [(r.respondent or self.anonymous, r.questionnaire, r.speaker,
                       self.sources.get(r.source, r.source), formats.date_and_time(r.submitted_at))
                      for r in rows]
        self.show_rows(rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == _DISPLAY or role == _TOOLTIP:
            return self.texts[index.row()][index.column()]
        if index.column() == RESPONDENT and self._rows[index.row()].person_id is None:
            if role == _FONT:
                return self.italic  # "anonymous" is not a person's name
            if role == _FOREGROUND:
                return _GREY
        return None


class ResponsesPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.forms = QComboBox()
        self.forms.setMinimumContentsLength(28)
        self.enter_button = QPushButton(self.tr("&Enter paper forms…"))
        self.enter_button.setToolTip(self.tr("Type the filled-in paper forms, one after "
                                             "another, from the keyboard"))
        self.enter_button.clicked.connect(self.enter_forms)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr("Responses exported by a form tool (Google "
                                              "Forms, Microsoft Forms …) as CSV or Excel"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.edit_button = QPushButton(self.tr("Edi&t response…"))
        self.edit_button.setToolTip(self.tr("Open the response in the form to correct it "
                                            "(Enter, or double-click)"))
        self.edit_button.clicked.connect(self.edit_chosen)
        self.delete_button = QPushButton(self.tr("&Delete response"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.model = ResponsesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((RESPONDENT, 260), (FORM, 210), (SPEAKER, 220), (SOURCE, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_chosen)
        # Enter as a key the list itself receives, not a shortcut: a shortcut follows the
        # focus last given, which can still be the list while a question over it opens
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self.edit_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        caption = QLabel(self.tr("F&orm:"))
        caption.setBuddy(self.forms)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.forms)
        top.addWidget(self.enter_button)
        top.addWidget(self.import_button)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        """Show an event's forms and responses, read afresh (None: nothing)."""
        self.event_id = event_id
        chosen = self.forms.currentData()
        self.forms.clear()
        if event_id is not None:
            for template in responses.templates_for(event_id):
                self.forms.addItem(template.name, template.id)
            self.forms.setCurrentIndex(max(0, self.forms.findData(chosen)))
        self.reload()

    def reload(self) -> None:
        rows = responses.responses_of(self.event_id) if self.event_id is not None else []
        self.model.load(rows)
        has_event = self.event_id is not None
        for widget in (self.forms, self.enter_button, self.import_button):
            widget.setEnabled(has_event and self.forms.count() > 0)
        if not has_event:
            self.summary.setStyleSheet(_GREY_TEXT)
            self.summary.setText(self.tr("Choose an event to see its evaluation responses."))
        elif not rows:
            self.summary.setStyleSheet(_GREY_TEXT)
            self.summary.setText(self.tr("No responses yet: type the paper forms in, or "
                                         "import the file a form tool exported."))
        else:
            self.summary.setStyleSheet("")
            anonymous = sum(1 for r in rows if r.person_id is None)
            self.summary.setText(self.tr("%n response(s)", "", len(rows)) + " · "
                                 + self.tr("%n anonymous", "", anonymous))
        self._update_buttons()

    def eventFilter(self, watched, event):  # noqa: N802
        if (watched is self.table and event.type() == event.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            self.edit_chosen()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self, *_) -> None:
        chosen = len(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(chosen > 0)
        self.edit_button.setEnabled(chosen == 1)

    def chosen_form(self) -> int | None:
        return self.forms.currentData()

    def enter_forms(self) -> None:
        from ui.evaluations.response_entry import ResponseEntryDialog

        if self.event_id is None or self.chosen_form() is None:
            return
        dialog = ResponseEntryDialog(self, self.event_id, self.chosen_form())
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def edit_chosen(self, *_) -> None:
        from ui.evaluations.response_entry import ResponseEntryDialog

        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1 or self.event_id is None:
            return
        chosen = self.model.row_at(rows[0].row())
        dialog = ResponseEntryDialog(self, self.event_id, chosen.questionnaire_id, chosen.id)
        dialog.exec()
        dialog.deleteLater()
        self.reload()
        for line in range(self.model.rowCount()):
            if self.model.row_at(line).id == chosen.id:  # the list is by time: it stays
                self.table.selectRow(line)
                break

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import responses"), str(Path.home()),
            self.tr("CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        from ui.evaluations.response_import_dialog import ResponseImportDialog

        if self.event_id is None or self.chosen_form() is None:
            return
        dialog = ResponseImportDialog(self, self.event_id, self.chosen_form(), path)
        dialog.start()
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def delete_chosen(self) -> None:
        chosen = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        if not chosen:
            return
        if len(chosen) == 1:
            who = chosen[0].respondent or self.model.anonymous
            text = fill(self.tr("Delete the response of %1 to “%2”? Its answers go with it."), who,
                        chosen[0].questionnaire)
        else:
            text = self.tr("Delete %n response(s) and their answers?", "", len(chosen))
        if not confirm(self, self.tr("Delete response"), text, self.tr("Delete")):
            return
        try:
            responses.delete_responses([r.id for r in chosen])
        except Exception as exc:  # shown in words; the list is re-read either way
            show_error(self, self.tr("Delete response"), error_text(exc))
        self.reload()
