"""Edit one questionnaire template: its name, kind and ordered questions, by keyboard.

The questions are a table edited in place: Section and Question are typed, Type is a
list, Choices (for a single-choice question) are typed one per line, Required is ticked
with Space. Ctrl+N adds a question under the current one, Ctrl+Delete removes it,
Ctrl+Up/Ctrl+Down move it. A template that has answers is saved as a new version (the
domain decides; the dialog says so).
"""

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import templates
from models.evaluation.questionnaires import QTYPES
from models.evaluation.tables import Questionnaire
from models.messages import SiBinaError
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from ui import i18n
from ui.common.form import CheckedForm
from ui.common.meanwhile import settle
from ui.common.page_tools import open_on_enter, page_action
from ui.common.widgets import (
    ERROR_LABEL_STYLE,
    button_box,
    confirm,
    error_text,
    show_error,
    show_info,
)
from ui.i18n import fill

SECTION, TEXT, TYPE, CHOICES, REQUIRED = range(5)
CODE = Qt.ItemDataRole.UserRole  # the type's code on the Type cell, the question id on Section
PROBLEM_COLOUR = QColor("#f9dcd8")
CHOICE_SEPARATOR = " · "  # how a choice question's lines show in one table row


def type_label(code: str) -> str:
    return QCoreApplication.translate("Templates", templates.QTYPE_LABELS[code])


def kind_label(code: str) -> str:
    return QCoreApplication.translate("Templates", templates.KINDS[code])


class TypeDelegate(QStyledItemDelegate):
    """The Type cell edits with a list of the five types; choosing one commits it."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for code in QTYPES:
            combo.addItem(type_label(code), code)
        combo.activated.connect(lambda: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE))))

    def setModelData(self, editor, model, index):  # noqa: N802
        code = editor.currentData()
        model.setData(index, code, CODE)
        model.setData(index, type_label(code), Qt.ItemDataRole.DisplayRole)


class ChoicesDelegate(QStyledItemDelegate):
    """Choices are typed one per line in a taller box (Enter starts a new line, Tab ends);
    in the table they show on one line."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 6))
        editor.setGeometry(rect)

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def displayText(self, value, locale):  # noqa: N802
        lines = [line.strip() for line in str(value or "").splitlines() if line.strip()]
        return CHOICE_SEPARATOR.join(lines)


class TemplateEditor(QDialog):
    def __init__(self, parent: QWidget | None, questionnaire_id: int | None = None):
        super().__init__(parent)
        self.questionnaire_id = questionnaire_id
        self.saved_id: int | None = None
        self.new_version = False
        self.checked = False  # Save was pressed once: problems show as they are fixed
        self._filling = False
        self.stamp = None
        questionnaire = (Questionnaire.get_by_id(questionnaire_id)
                         if questionnaire_id is not None else None)
        self.read_only = (questionnaire is not None and questionnaire.archived
                          and templates.newer_version(questionnaire.id) is not None)
        self.setWindowTitle(self.tr("New template") if questionnaire is None
                            else fill(self.tr("Template: %1"), questionnaire.name))
        self.resize(980, 600)

        form = self.form = CheckedForm()
        self.name = form.add("name", self.tr("Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Evaluasi Penyelenggaraan"))
        self.kind = form.add("kind", self.tr("Kind"), QComboBox())
        for code in templates.KINDS:
            self.kind.addItem(kind_label(code), code)
        self.kind.setToolTip(self.tr("A speaker template is asked once for every speaker of "
                                     "the event's schedule."))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Question"),
                                              self.tr("Type"), self.tr("Choices"),
                                              self.tr("Required")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(TYPE, TypeDelegate(self.table))
        self.table.setItemDelegateForColumn(CHOICES, ChoicesDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 380, 130, 200, 80)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        open_on_enter(self.table, self.enter_cell)  # rather than pressing Save
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        self.questions_error = QLabel()
        self.questions_error.setStyleSheet(ERROR_LABEL_STYLE)
        self.questions_error.setWordWrap(True)
        self.questions_error.hide()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.add_action = act(self.tr("&Add question"), self.add_question, ["Ctrl+N", "Ctrl+Ins"],
                              icon="plus")
        self.remove_action = act(self.tr("&Remove"), self.remove_question, ["Ctrl+Del"],
                                 icon="minus")
        self.up_action = act(self.tr("Move &up"), lambda: self.move(-1), ["Ctrl+Up"],
                             icon="arrow-up")
        self.down_action = act(self.tr("Move &down"), lambda: self.move(1), ["Ctrl+Down"],
                               icon="arrow-down")
        hint = QLabel(self.tr("Type to edit a cell, F2 or Enter to open it; Space ticks "
                              "Required; a single-choice question takes one choice per line."))
        hint.setEnabled(False)  # greyed: an aside
        hint.setWordWrap(True)

        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.note)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.questions_error)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        if questionnaire is not None:
            self._load(questionnaire)
        self.name.textEdited.connect(lambda: self._touched("name"))
        self.kind.currentIndexChanged.connect(lambda: self._touched("kind"))
        self.loaded = self.snapshot()
        if self.read_only:
            self._lock()
        elif questionnaire is None:
            self.name.setFocus()
        else:
            self.table.setFocus()
            if self.table.rowCount():
                self.table.setCurrentCell(0, TEXT)
        self._enable()

    # loading
    def _load(self, questionnaire: Questionnaire) -> None:
        self.stamp = questionnaire.changed_at  # the save is checked against it
        self.name.setText(questionnaire.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(questionnaire.kind)))
        for row in templates.question_rows(questionnaire.id):
            self._insert_row(self.table.rowCount(), row)
        answered = templates.response_count(questionnaire.id)
        if self.read_only:
            self._say(fill(self.tr("This is version %1, kept as it was for the answers given on "
                              "it. Edit the current version instead."), str(questionnaire.version)))
        elif answered:
            self._say(self.tr("%n answered form(s) were given on this template. Changes to "
                              "its questions are saved as a new version; the answers stay "
                              "with this one.", "", answered))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _lock(self) -> None:
        self.name.setReadOnly(True)
        self.kind.setEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for action in (self.add_action, self.remove_action, self.up_action,
                       self.down_action):
            action.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _insert_row(self, row: int, data: dict) -> None:
        self._filling = True
        try:
            self.table.insertRow(row)
            section = QTableWidgetItem(data.get("section", ""))
            section.setData(CODE, data.get("id"))
            self.table.setItem(row, SECTION, section)
            self.table.setItem(row, TEXT, QTableWidgetItem(data.get("text", "")))
            qtype = QTableWidgetItem(type_label(data.get("qtype", "rating")))
            qtype.setData(CODE, data.get("qtype", "rating"))
            self.table.setItem(row, TYPE, qtype)
            self.table.setItem(row, CHOICES, QTableWidgetItem(data.get("choices", "")))
            required = QTableWidgetItem()
            required.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
            required.setCheckState(Qt.CheckState.Checked if data.get("required")
                                   else Qt.CheckState.Unchecked)
            self.table.setItem(row, REQUIRED, required)
            self._fit_choices(row)
        finally:
            self._filling = False

    def _fit_choices(self, row: int) -> None:
        """Choices can be typed only for a single-choice question."""
        item = self.table.item(row, CHOICES)
        qtype = self.table.item(row, TYPE)
        if item is None or qtype is None:
            return
        if qtype.data(CODE) == "choice":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(item.text() or self.tr("One choice per line"))
        else:
            # Greyed, and Tab passes it by; what was typed comes back if the type does.
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(self.tr("Only a single-choice question has choices"))

    # reading
    def rows(self) -> list[dict]:
        found = []
        for row in range(self.table.rowCount()):
            def text(column, row=row):
                item = self.table.item(row, column)
                return item.text() if item is not None else ""

            found.append({
                "id": self.table.item(row, SECTION).data(CODE),
                "section": text(SECTION), "text": text(TEXT),
                "qtype": self.table.item(row, TYPE).data(CODE),
                "choices": text(CHOICES),
                "required": self.table.item(row, REQUIRED).checkState() == Qt.CheckState.Checked,
            })
        return found

    def snapshot(self) -> tuple:
        return (self.name.text(), self.kind.currentData(), self.rows())

    # editing
    def enter_cell(self) -> None:
        """Enter on a cell: open it for editing, or tick or untick Required."""
        item = self.table.currentItem()
        if item is not None and not self.read_only:
            if item.column() == REQUIRED:
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                                   == Qt.CheckState.Checked else Qt.CheckState.Checked)
            else:
                self.table.editItem(item)

    def commit_open_cell(self) -> None:
        """Keep what is typed in a cell still open (its editor commits only on leaving)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() in (TYPE, CHOICES):
            self._filling = True  # the flags and tooltip set here are changes too
            try:
                self._fit_choices(item.row())
            finally:
                self._filling = False
        if self.checked:
            self.revalidate()

    def _touched(self, name: str) -> None:
        self.form.touched.add(name)
        if self.checked:
            self.revalidate()

    def _enable(self) -> None:
        row = self.table.currentRow()
        editable = not self.read_only
        self.remove_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.table.rowCount() - 1)

    def add_question(self) -> None:
        """A new question under the current one, in its section and of its type."""
        self.commit_open_cell()
        current = self.table.currentRow()
        rows = self.rows()
        like = rows[current] if current >= 0 else (rows[-1] if rows else None)
        row = current + 1 if current >= 0 else self.table.rowCount()
        self._insert_row(row, {"section": like["section"] if like else "",
                               "qtype": like["qtype"] if like else "rating",
                               "required": like["required"] if like else False})
        column = TEXT if like and like["section"] else SECTION
        self.table.setFocus()
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))
        self._after_change()

    def remove_question(self) -> None:
        self.commit_open_cell()
        row = self.table.currentRow()
        if row < 0:
            return
        column = self.table.currentColumn()
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), max(column, 0))
        self._after_change()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.commit_open_cell()
        column = self.table.currentColumn()
        self._filling = True
        try:
            for col in range(self.table.columnCount()):
                here, there = self.table.takeItem(row, col), self.table.takeItem(target, col)
                self.table.setItem(row, col, there)
                self.table.setItem(target, col, here)
        finally:
            self._filling = False
        self.table.setCurrentCell(target, column)
        self._after_change()

    def _after_change(self) -> None:
        self._enable()
        if self.checked:
            self.revalidate()

    # checking and saving
    def _values(self) -> tuple:
        return self.name.text(), self.kind.currentData(), self.rows()

    def revalidate(self) -> bool:
        name, kind, rows = self._values()
        fields, row_problems = templates.problems(name, kind, rows, self.questionnaire_id)
        self.show_problems(fields, row_problems)
        return not fields and not row_problems

    def show_problems(self, fields: dict, rows: dict) -> None:
        self.form.show_problems(fields, everything=True)
        lines = [i18n.text(m) for m in ([fields["questions"]] if "questions" in fields
                                        else [])]
        lines += [i18n.text(rows[row]) for row in sorted(rows)]
        self.questions_error.setText("\n".join(lines))
        self.questions_error.setVisible(bool(lines))
        self._filling = True
        try:
            for row in range(self.table.rowCount()):
                problem = rows.get(row)
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is None:
                        continue
                    item.setBackground(QBrush(PROBLEM_COLOUR) if problem else QBrush())
                    if column in (SECTION, TEXT):
                        item.setToolTip(i18n.text(problem) if problem else "")
        finally:
            self._filling = False

    def save(self) -> None:
        if self.read_only:
            return
        self.commit_open_cell()  # Ctrl+S while typing in a cell keeps what was typed
        self.checked = True
        name, kind, rows = self._values()
        try:
            saved = templates.save_template(self.questionnaire_id, name, kind, rows,
                                            self.stamp)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except templates.TemplateProblems as problems:
            self.show_problems(problems.fields, problems.rows)
            self._focus_problem(problems)
            return
        except SiBinaError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.saved_id = saved.questionnaire.id
        self.new_version = saved.new_version
        if saved.new_version:
            show_info(self, self.windowTitle(), fill(self.tr(
                "Responses were given on the earlier version; it is kept and this is saved "
                "as version %1."), str(saved.questionnaire.version)))
        self.accept()

    def reload(self) -> None:
        """The template as saved now (on another PC meanwhile), in place of what was typed."""
        self.table.setRowCount(0)
        self._load(Questionnaire.get_by_id(self.questionnaire_id))
        self.loaded = self.snapshot()
        self._enable()

    def _save_over(self, their_stamp) -> None:
        self.stamp = their_stamp
        self.save()

    def _focus_problem(self, problems: templates.TemplateProblems) -> None:
        if "name" in problems.fields:
            self.name.setFocus()
        elif "kind" in problems.fields:
            self.kind.setFocus()
        elif problems.rows:
            row = min(problems.rows)
            self.table.setFocus()
            column = TEXT if self.table.item(row, SECTION).text().strip() else SECTION
            self.table.setCurrentCell(row, column)
        else:
            self.table.setFocus()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        self.commit_open_cell()
        if not self.read_only and self.snapshot() != self.loaded and not confirm(
                self, self.windowTitle(), self.tr("Discard the changes to this template?"),
                self.tr("Discard")):
            return
        super().reject()
