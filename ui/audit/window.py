"""The audit log: who changed what, when and from which PC, filtered by person, event,
user and dates, a page at a time, exported to XLSX. Read-only: nothing here changes it."""

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.audit import log
from models.messages import Message, SiBinaError
from ui import i18n
from ui.common import formats
from ui.common.date_time import DateEdit
from ui.common.pickers.event_picker import EventPicker
from ui.common.pickers.person_picker import PersonPicker
from ui.common.widgets import error_text, show_error
from ui.i18n import fill

# The table's columns, each with the order the log is read in when its heading is clicked.
WHEN, WHO, PC, WHAT, RECORD, CHANGES = range(6)
ORDER_OF = {WHEN: "at", WHO: "actor", PC: "pc", WHAT: "table", RECORD: "record"}


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 640)
        self.offset, self.total = 0, 0
        self.order, self.descending = "at", True
        self.entries: list[log.Entry] = []
        self._refilter = QTimer(self, singleShot=True, interval=150)
        self._refilter.timeout.connect(self.first_page)

        self.person = PersonPicker(self)
        self.person.new_button.hide()  # a filter, not a form: no one is added here
        self.person.changed.connect(self._refilter.start)
        self.event = EventPicker(self)
        self.event.reload()
        self.event.insertItem(0, self.tr("All events"), None)
        self.event.setCurrentIndex(0)
        self.event.currentIndexChanged.connect(self._refilter.start)
        self.user = QComboBox()
        self.user.addItem(self.tr("Everyone"), "")
        for name in log.actors():
            self.user.addItem(name, name)
        self.user.currentIndexChanged.connect(self._refilter.start)
        today = datetime.date.today()
        self.use_from, self.date_from = QCheckBox(self.tr("&From")), DateEdit(today)
        self.use_to, self.date_to = QCheckBox(self.tr("&To")), DateEdit(today)
        for box, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._refilter.start)
            edit.dateChanged.connect(self._refilter.start)

        filters = QGridLayout()
        person_label, event_label = QLabel(self.tr("&Person")), QLabel(self.tr("&Event"))
        user_label = QLabel(self.tr("&User"))
        person_label.setBuddy(self.person)
        event_label.setBuddy(self.event)
        user_label.setBuddy(self.user)
        filters.addWidget(person_label, 0, 0)
        filters.addWidget(self.person, 0, 1)
        filters.addWidget(event_label, 0, 2)
        filters.addWidget(self.event, 0, 3)
        filters.addWidget(user_label, 1, 0)
        filters.addWidget(self.user, 1, 1)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(widget)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 2, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("PC"), self.tr("What"),
            self.tr("Record"), self.tr("Changes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (WHEN, WHO, PC, WHAT, RECORD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(WHEN, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self.sort_by)

        self.where = QLabel()
        self.newer = QPushButton(self.tr("&Newer"))
        self.older = QPushButton(self.tr("&Older"))
        self.newer.clicked.connect(lambda: self.turn(-1))
        self.older.clicked.connect(lambda: self.turn(1))
        paging = QHBoxLayout()
        paging.addWidget(self.where, 1)
        paging.addWidget(self.newer)
        paging.addWidget(self.older)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("E&xport to XLSX…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.ask_and_export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(buttons)
        self.first_page()
        self.table.setFocus()

    def current_filter(self) -> log.Filter | None:
        """What the filters ask for; None while the person typed names no one."""
        if not self.person.is_valid():
            return None
        return log.Filter(
            person_id=self.person.person_id(), event_id=self.event.currentData(),
            actor=self.user.currentData() or "",
            date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None)

    def first_page(self) -> None:
        self.offset = 0
        self.fill()

    def turn(self, pages: int) -> None:
        self.offset = max(0, self.offset + pages * log.PAGE)
        self.fill()

    def sort_by(self, column: int) -> None:
        if column not in ORDER_OF:  # the changes are not an order the log can be read in
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(
                list(ORDER_OF.values()).index(self.order), order)
            return
        key = ORDER_OF[column]
        self.descending = not self.descending if key == self.order else key == "at"
        self.order = key
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if self.descending
            else Qt.SortOrder.AscendingOrder)
        self.first_page()

    def fill(self) -> None:
        where = self.current_filter()
        if where is None:
            return
        self.total = log.count(where)
        self.entries = log.page(where, self.offset, log.PAGE, self.order, self.descending)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            changes = log.summary(entry, shown, words)
            cells = [formats.date_and_time(entry.at), entry.actor, entry.pc,
                     f"{words(entry.what)} {words(entry.done)}", entry.name, changes]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == CHANGES:
                    item.setToolTip(changes.replace("; ", "\n"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (WHEN, WHO, PC, WHAT, RECORD):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        last = self.offset + len(self.entries)
        self.where.setText(fill(self.tr("%1–%2 of %3"), self.offset + 1 if last else 0, last,
                                self.total) if self.total else self.tr("No changes found."))
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(last < self.total)

    def ask_and_export(self) -> None:
        from ui.common.files.save_file import ask_save_path

        path = ask_save_path(self, self.tr("Export the audit log"), "Log perubahan.xlsx",
                             [self.tr("Excel workbooks (*.xlsx)")])
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        from models.files.export import write_verified
        from reports.audit.export import export_audit

        title = self.tr("Export the audit log")
        where = self.current_filter() or log.Filter()
        try:
            count = write_verified(path, lambda made: export_audit(where, made, i18n.text))
        except (SiBinaError, OSError) as exc:
            show_error(self, title, error_text(exc))
            return
        from ui.common.files.save_file import tell_saved

        tell_saved(self, title, fill(self.tr("%n change(s) written to %1.", "", count),
                                     str(path)), Path(path))


def words(label: Message | str) -> str:
    return i18n.text(label) if isinstance(label, Message) else str(label)


def shown(value) -> str:
    """A changed value as the screen shows values."""
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditLogDialog", "Yes") if value
                else QCoreApplication.translate("AuditLogDialog", "No"))
    if isinstance(value, datetime.datetime):
        return formats.date_and_time(value)
    if isinstance(value, datetime.date):
        return formats.short_date(value)
    if isinstance(value, datetime.time):
        return formats.clock(value)
    if isinstance(value, float):
        return formats.number(value)
    return str(value)
