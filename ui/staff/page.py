"""The Staff tab (Pegawai): search, filter, add, edit, deactivate, import and export;
below the list, the selected person's events and JP per year."""

from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.messages import SiBinaError
from models.staff import staff_list as staff
from ui import i18n
from ui.common.empty_state import EmptyState
from ui.common.page_tools import (
    add_find_shortcut,
    enter_results,
    keep_view,
    open_on_enter,
    page_action,
)
from ui.common.widgets import confirm, error_text, show_error
from ui.i18n import fill
from ui.staff.person_history import PersonHistoryPanel
from ui.staff.table_model import StaffTableModel
from ui.tasks import TaskRunner


class StaffPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = StaffTableModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, NIP, unit, position…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        for code, text in ((staff.ACTIVE_ONLY, self.tr("Active")),
                           (staff.INACTIVE_ONLY, self.tr("Inactive")),
                           (staff.ANY_STATUS, self.tr("Active and inactive"))):
            self.status.addItem(text, code)
        self.kind = QComboBox()
        for code, text in ((staff.ANYONE, self.tr("Internal and external")),
                           (staff.INTERNAL_ONLY, self.tr("Internal staff")),
                           (staff.EXTERNAL_ONLY, self.tr("External people"))):
            self.kind.addItem(text, code)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((250, 160, 190, 150, 180, 170)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.edit_selected)
        open_on_enter(self.table, self.edit_selected)

        self.history = PersonHistoryPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.history)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 1)  # a taller window gives the list the room
        self.splitter.setSizes([500, 260])
        state = QSettings().value("staff/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("staff/splitter", self.splitter.saveState()))

        self.toolbar = QToolBar(self)  # parented now: an overflowed toolbar outlived its page
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        act = partial(page_action, self, self.toolbar)
        self.add_action = act(self.tr("&Add person"), self.add_person, QKeySequence.StandardKey.New,
                              icon="account-plus")
        self.edit_action = act(self.tr("&Edit"), self.edit_selected, "Ctrl+Return", icon="pencil")
        self.deactivate_action = act(self.tr("&Deactivate"), self.toggle_active, "Ctrl+D",
                                     icon="account-off")
        self.toolbar.addSeparator()
        self.import_action = act(self.tr("&Import…"), self.import_file, "Ctrl+I",
                                 icon="file-import")
        self.export_action = act(self.tr("E&xport…"), self.export_file, "Ctrl+Shift+E",
                                 icon="file-export")
        add_find_shortcut(self, self.search)
        self.empty = EmptyState(self.table, [self.import_action, self.add_action])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.kind)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.go_to_results)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # Only a change of selection reads a person's record; a keystroke in the search
        # resets the list, which clears the selection and with it the panel, without a query.
        self.table.selectionModel().selectionChanged.connect(self._show_history)
        self.model.modelReset.connect(self._show_history)
        self.model.loaded.connect(self._update_count)
        self.model.load_failed.connect(
            lambda exc: show_error(self, self.tr("Staff"), error_text(exc)))
        self.model.reload(in_background=True)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.history.refresh()  # back from the Events tab: the person's events may have changed

    def go_to_results(self):
        enter_results(self.table)

    # data
    def reload(self, select_id: int | None = None):
        self.model.reload()
        self._update_count()
        if select_id is not None:
            self.select_person(select_id)

    def refresh(self) -> bool:
        """Read the list again (another PC changed it), the clerk's view kept."""
        keep_view(self.table, self.selected_ids, self.model.row_of, self.model.reload)
        self._update_count()
        return True

    def apply_filter(self, *_):
        self.model.set_filter(self.search.text(), self.status.currentData(),
                              self.kind.currentData())
        self._update_count()

    def _update_count(self):
        if self.model.complete:
            self.count.setText(self.tr("%n person(s)", "", self.model.matched_count()))
        else:
            self.count.setText(self.tr("loading…"))
        nobody = self.model.complete and self.model.total() == 0
        self.empty.show_when(nobody, self.tr(
            "No one is on the list yet. Import the staff list the personnel office keeps "
            "(SIMPEG, as Excel or CSV), or add people one by one.") if nobody else "")

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row < 0:  # hidden by the filter: show everyone so the saved person is visible
            self.search.clear()
            self.status.setCurrentIndex(self.status.findData(staff.ANY_STATUS))
            self.kind.setCurrentIndex(self.kind.findData(staff.ANYONE))
            row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.person_id(r) for r in rows]

    def _update_actions(self, *_):
        rows = [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]
        self.edit_action.setEnabled(len(rows) == 1)
        self.deactivate_action.setEnabled(bool(rows))
        if rows and not any(r.active for r in rows):
            self.deactivate_action.setText(self.tr("Re&activate"))
        else:
            self.deactivate_action.setText(self.tr("&Deactivate"))

    def _show_history(self, *_):
        rows = self.table.selectionModel().selectedRows()
        self.history.show_person(self.model.person_id(rows[0].row()) if len(rows) == 1
                                 else None)

    # actions
    def add_person(self):
        from ui.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def edit_selected(self, *_):
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from ui.staff.person_dialog import PersonDialog

        dialog = PersonDialog(self, ids[0])
        if dialog.exec():
            self.reload(dialog.saved_id)

    def toggle_active(self):
        ids = self.selected_ids()
        if not ids:
            return
        # A mixed selection is deactivated: the safer of the two, and easy to undo.
        activate = not staff.any_active(ids)
        if not activate and not confirm(
                self, self.tr("Deactivate"),
                self.tr("Mark %n person(s) inactive? They stay in the records and can be "
                        "reactivated later.", "", len(ids)),
                self.tr("Deactivate")):
            return
        try:
            staff.set_active(ids, activate)
        except SiBinaError as exc:
            show_error(self, self.tr("Deactivate"), error_text(exc))
        self.reload()

    def import_file(self):
        from ui.staff.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        dialog = ImportDialog(self, path)
        dialog.start()
        dialog.exec()
        if dialog.imported:
            self.reload()

    def export_file(self):
        from ui.common.files.save_file import ask_save_path

        path = ask_save_path(self, self.tr("Export staff"), self.tr("staff.xlsx"),
                             [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV (*.csv)")])
        if path is not None:
            self.export_to(str(path))

    def export_to(self, path: str) -> None:
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        if not self.model.complete:
            self.model.reload()  # export what the filter matches in the whole list
        ids = set(self.model.matched_ids())
        # Excel set to Indonesian separates CSV columns with ";" (the comma is the decimal
        # point there); the importer reads both.
        delimiter = ";" if QLocale().decimalPoint() == "," else ","

        def work(progress):
            from models.files.export import write_verified
            from reports.staff.export import export_staff

            people = staff.people_by_name(ids)
            write_verified(path, lambda made: export_staff(
                people, made, render=i18n.text, progress=progress, delimiter=delimiter))
            return len(people)

        def done(count):
            from ui.common.files.save_file import tell_saved

            tell_saved(self, self.tr("Export staff"),
                       fill(self.tr("%n person(s) written to %1.", "", count), path), Path(path))

        def failed(exc):
            show_error(self, self.tr("Export staff"), error_text(exc))

        TaskRunner.run(self, self.tr("Exporting staff…"), work, done, failed)

