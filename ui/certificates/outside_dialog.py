"""The certificates an outside body gave the participants of its event: recorded one by
one (number, issuer, date, JP and a scan), since SiBina issues none of the office's there."""

import datetime
import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.certificates import outside
from models.events.planning import total_jp
from models.events.tables import Event
from models.messages import SiBinaError
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from models.staff.nip import grouped
from ui.common import formats
from ui.common.date_time import DateEdit
from ui.common.form import CheckedForm
from ui.common.meanwhile import settle
from ui.common.page_tools import open_on_enter
from ui.common.widgets import ERROR_LABEL_STYLE, button_box, confirm, error_text, show_error
from ui.i18n import fill

NAME, NIP, NUMBER, ISSUER, DATE, JP, SCAN = range(7)
PERSON = Qt.ItemDataRole.UserRole


class OutsideCertificateDialog(QDialog):
    """One participant's outside certificate, new or corrected."""

    def __init__(self, parent: QWidget | None, event: Event, row: outside.OutsideRow):
        super().__init__(parent)
        self.event_row, self.row = event, row
        self.scan_path: str | None = None
        self.drop_scan = False
        self.setWindowTitle(fill(self.tr("Outside certificate of %1"), row.name))
        self.setMinimumWidth(520)
        form = CheckedForm()
        self.number = form.add("number", self.tr("&Number"), QLineEdit(row.number))
        self.issuer = form.add("issuer", self.tr("&Issued by"),
                               QLineEdit(row.issuer or event.organiser_name))
        self.issued_on = DateEdit(row.issued_on or event.end_date)
        form.add("issued_on", self.tr("&Date"), self.issued_on, self.issued_on.spelled)
        self.jp = form.add("jp", self.tr("&JP on the certificate"), QDoubleSpinBox())
        self.jp.setRange(0, outside.MAX_JP)
        self.jp.setDecimals(1)
        self.jp.setSingleStep(0.5)
        self.jp.setValue(row.jp if row.jp is not None else total_jp(event.id))
        self.scan_label = QLabel()
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose_scan)
        self.remove_scan = QPushButton(self.tr("&Remove"))
        self.remove_scan.clicked.connect(self._drop_scan)
        scan = QWidget()
        line = QHBoxLayout(scan)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.scan_label, 1)
        line.addWidget(choose)
        line.addWidget(self.remove_scan)
        form.addRow(self.tr("Scan"), scan)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.problem.hide()
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show_scan()

    def _show_scan(self) -> None:
        if self.scan_path:
            shown = Path(self.scan_path).name
        elif self.row.scan_id and not self.drop_scan:
            shown = self.tr("kept")
        else:
            shown = self.tr("none")
        self.scan_label.setText(shown)
        self.remove_scan.setEnabled(shown != self.tr("none"))

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scan"), str(Path.home()),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.set_scan(path)

    def set_scan(self, path: str) -> None:
        self.scan_path, self.drop_scan = path, False
        self._show_scan()

    def _drop_scan(self) -> None:
        self.scan_path, self.drop_scan = None, True
        self._show_scan()

    def save(self) -> None:
        day = self.issued_on.date()
        try:
            outside.record(self.event_row.id, self.row.person_id, self.number.text(),
                           self.issuer.text(), datetime.date(day.year(), day.month(), day.day()),
                           self.jp.value(), Path(self.scan_path) if self.scan_path else None,
                           self.drop_scan, loaded=self.row.changed_at)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except (SiBinaError, OSError) as exc:  # said in the dialog; nothing was changed
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.accept()

    def reload(self) -> None:
        """The certificate as recorded now (on another PC meanwhile), in place of what was
        typed; the scan chosen here is let go too."""
        self.row = next(r for r in outside.rows(self.event_row.id)
                        if r.person_id == self.row.person_id)
        self.number.setText(self.row.number)
        self.issuer.setText(self.row.issuer or self.event_row.organiser_name)
        day = self.row.issued_on or self.event_row.end_date
        self.issued_on.setDate(QDate(day.year, day.month, day.day))
        self.jp.setValue(self.row.jp if self.row.jp is not None else total_jp(self.event_row.id))
        self.scan_path, self.drop_scan = None, False
        self._show_scan()

    def _save_over(self, their_stamp) -> None:
        self.row.changed_at = their_stamp
        self.save()


class OutsideCertificatesDialog(QDialog):
    """Every participant of an outside body's event with the certificate recorded."""

    def __init__(self, parent: QWidget | None, event_id: int):
        super().__init__(parent)
        self.event_row = Event.get_by_id(event_id)
        self.setWindowTitle(fill(self.tr("Outside certificates: %1"), self.event_row.title))
        self.resize(1000, 520)  # fits a 1024×768 screen
        intro = QLabel(fill(self.tr(
            "%1 gives its own certificates. Record each participant's: its JP counts "
            "towards their JP instead of the sessions marked here."),
            self.event_row.organiser_name))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("NIP"), self.tr("Certificate number"),
            self.tr("Issued by"), self.tr("Date"), self.tr("JP"), self.tr("Scan")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # A number such as 0010/DISPUSIP-KEPRI/10/2026 is read whole; the issuer (the same
        # body on every row, named above) takes what is left.
        for column, width in ((NAME, 185), (NIP, 165), (NUMBER, 230), (DATE, 90), (JP, 40),
                              (SCAN, 70)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(ISSUER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        open_on_enter(self.table, self.edit_selected)
        self.edit_button = QPushButton(self.tr("&Record…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("R&emove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button = QPushButton(self.tr("&Open scan"))
        self.open_button.clicked.connect(self.open_scan)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.fill()
        self.table.setFocus()

    def fill(self, select_id: int | None = None) -> None:
        self.rows = outside.rows(self.event_row.id)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (row.name, grouped(row.nip) if row.nip else "", row.number, row.issuer,
                     formats.short_date(row.issued_on) if row.issued_on else "",
                     formats.jp(row.jp) if row.jp is not None else "",
                     self.tr("Yes") if row.scan_id else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole, where the column cuts it short
                self.table.setItem(index, column, item)
            self.table.item(index, NAME).setData(PERSON, row.person_id)
            if row.person_id == select_id or (select_id is None and index == 0):
                self.table.selectRow(index)
        self._enable()

    def selected(self) -> outside.OutsideRow | None:
        items = self.table.selectedItems()
        return self.rows[items[0].row()] if items else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.edit_button.setText(self.tr("&Edit…") if chosen and chosen.number
                                 else self.tr("&Record…"))
        self.remove_button.setEnabled(bool(chosen and chosen.number))
        self.open_button.setEnabled(bool(chosen and chosen.scan_id))

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = OutsideCertificateDialog(self, self.event_row, chosen)
        if dialog.exec():
            self.fill(chosen.person_id)
        dialog.deleteLater()

    def open_scan(self) -> Path | None:
        """A copy goes to a temporary folder and opens in the PDF or image viewer."""
        chosen = self.selected()
        if chosen is None or not chosen.scan_id:
            return None
        try:
            copy = outside.export_scan(chosen.scan_id, tempfile.mkdtemp(prefix="sibina-"))
        except OSError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            show_error(self, self.windowTitle(), fill(self.tr(
                "No program to show this file was found. A copy is at %1."), str(copy)))
        return copy

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.number:
            return
        if confirm(self, self.windowTitle(), fill(self.tr(
                "Remove certificate %1 of %2? Their JP at this event is then counted from "
                "the sessions marked here."), chosen.number, chosen.name),
                self.tr("Remove")):
            outside.remove(self.event_row.id, chosen.person_id)
            self.fill(chosen.person_id)
