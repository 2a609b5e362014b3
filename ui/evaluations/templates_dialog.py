"""The questionnaire templates: which there are, which are in use; new, copy, edit, archive."""

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import templates
from models.messages import SiBinaError
from ui.common.page_tools import open_on_enter, page_action
from ui.common.widgets import error_text, show_error
from ui.evaluations.template_editor import TemplateEditor, kind_label
from ui.i18n import fill

NAME, KIND, VERSION, QUESTIONS, USE, STATUS = range(6)
ID = Qt.ItemDataRole.UserRole


class TemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questionnaire templates"))
        self.resize(960, 440)
        self.rows: list[templates.TemplateRow] = []

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"),
                                              self.tr("Version"), self.tr("Questions"),
                                              self.tr("In use"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        for column, width in enumerate((240, 290, 60, 80, 170, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        open_on_enter(self.table, self.edit_selected)  # rather than closing the dialog

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.new_action = act(self.tr("&New"), self.new_template, ["Ctrl+N"], icon="plus")
        self.copy_action = act(self.tr("&Copy…"), self.copy_selected, ["Ctrl+D"],
                               icon="content-copy")
        self.edit_action = act(self.tr("&Edit"), self.edit_selected,
                               ["Ctrl+Return"], self.tr("Enter"), icon="pencil")
        self.archive_action = act(self.tr("&Archive"), self.toggle_archived, ["Ctrl+Shift+A"],
                                  icon="archive")
        self.notice = QLabel(self.tr("A template that has answers is never changed under "
                                     "them: editing it makes a new version, and the "
                                     "earlier one is archived."))
        self.notice.setWordWrap(True)
        self.notice.setEnabled(False)  # greyed: an aside
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.reload()
        self.table.setFocus()

    # data
    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        self.rows = templates.listing()
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = [row.name, kind_label(row.kind), str(row.version), str(row.questions),
                     self._use_text(row),
                     self.tr("Archived") if row.archived else self.tr("Current")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, row.id)
                if column in (VERSION, QUESTIONS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row.archived:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, item)
        target = next((i for i, r in enumerate(self.rows) if r.id == keep), 0)
        if self.rows:
            self.table.selectRow(target)
        self._enable()

    def _use_text(self, row: templates.TemplateRow) -> str:
        parts = []
        if row.responses:
            parts.append(self.tr("%n answered form(s)", "", row.responses))
        if row.events:
            parts.append(self.tr("%n event(s)", "", row.events))
        return ", ".join(parts) or self.tr("Not yet")

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.model() else []
        return self.rows[rows[0].row()].id if rows else None

    def selected(self) -> templates.TemplateRow | None:
        chosen = self.selected_id()
        return next((r for r in self.rows if r.id == chosen), None)

    def _enable(self) -> None:
        row = self.selected()
        self.copy_action.setEnabled(row is not None)
        self.edit_action.setEnabled(row is not None)
        self.archive_action.setEnabled(row is not None)
        archived = row is not None and row.archived
        self.archive_action.setText(self.tr("Re&store") if archived else self.tr("&Archive"))
        self.edit_action.setText(self.tr("&View") if archived and self._superseded(row)
                                 else self.tr("&Edit"))

    def _superseded(self, row: templates.TemplateRow) -> bool:
        return templates.newer_version(row.id) is not None

    # actions
    def new_template(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self._open(chosen)

    def _open(self, questionnaire_id: int | None) -> None:
        editor = TemplateEditor(self, questionnaire_id)
        saved = editor.exec()
        editor.deleteLater()
        if saved:
            self.reload(editor.saved_id)

    def copy_selected(self, name: str | None = None) -> int | None:
        """Copy the selected template under a new name (asked for unless given)."""
        row = self.selected()
        if row is None:
            return None
        title = self.tr("Copy template")
        if name is None:
            name, ok = QInputDialog.getText(self, title, self.tr("Name of the copy:"),
                                            QLineEdit.EchoMode.Normal,
                                            fill(self.tr("%1 (copy)"), row.name))
            if not ok:
                return None
        try:
            copy = templates.copy_template(row.id, name)
        except SiBinaError as exc:
            show_error(self, title, error_text(exc))
            return None
        self.reload(copy.id)
        return copy.id

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            templates.set_archived(row.id, not row.archived)
        except SiBinaError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.reload(row.id)
