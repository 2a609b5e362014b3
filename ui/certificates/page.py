"""The Certificates tab (Sertifikat): choose an event, review who gets one and why, issue
and print them; the register, verification, layouts and signatories from its toolbar."""

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.certificates import issuing as certificates
from models.certificates import outside
from models.certificates.issuing import Choice
from models.events import planning
from models.events.tables import Event
from models.staff.nip import grouped
from models.vocab import ROLES
from ui import i18n
from ui.certificates import ticks
from ui.common.date_time import DateEdit
from ui.common.page_tools import add_find_shortcut, page_action
from ui.common.pickers.event_picker import EventPicker
from ui.i18n import fill

NAME, NIP, ROLE, QUALIFIES, WHY, NUMBER = range(6)
KEY = ticks.KEY
NOT_QUALIFIED = QColor("#fdecea")
ISSUABLE = ("planned", "running", "finished")


class CertificatesPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.candidates: list[certificates.Candidate] = []
        self.reasons: dict[tuple[int, str], str] = {}  # included by hand, and why
        self._stale = True

        self.event_picker = EventPicker(statuses=ISSUABLE)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("NIP"), self.tr("Role"), self.tr("Qualifies"),
            self.tr("Why"), self.tr("Certificate number")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # At 1024 px the reason (Why) keeps about 180 px: the roles are short words.
        for column, width in ((NAME, 210), (NIP, 160), (ROLE, 100), (QUALIFIES, 110),
                              (NUMBER, 230)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._ticked)
        self.table.setSortingEnabled(True)
        # No column sorted at first: participants by number, then the other roles.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.layout_combo = QComboBox()
        self.signatory_combo = QComboBox()
        self.second_combo = QComboBox()
        self.issue_date = DateEdit(QDate.currentDate())
        self.back_page = QCheckBox(self.tr("With the sessions on a back page"))
        self.redesign = QCheckBox(self.tr("Also for certificates issued before"))
        self.redesign.setToolTip(self.tr(
            "Give certificates printed earlier this layout and these signatories too; "
            "otherwise they are printed as they were issued"))
        self.save_button = QPushButton(self.tr("&Issue and save one PDF…"))
        self.separate_button = QPushButton(self.tr("Issue and save one &file each…"))
        self.preview_button = QPushButton(self.tr("Issue, pre&view and print…"))
        self.save_button.setDefault(True)
        # An outside body's event gives its own certificates: recorded, not issued.
        self.outside_button = QPushButton(self.tr("&Outside certificates…"))
        self.outside_button.clicked.connect(self.record_outside)
        self.outside_button.hide()
        self.outside_event = False

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        page_action(self, self.toolbar, self.tr("&Register…"), self.show_register,
                    "Ctrl+Shift+R", icon="format-list-numbered")
        page_action(self, self.toolbar, self.tr("&Verify…"), self.show_verify, "Ctrl+Shift+V",
                    icon="shield-check")
        self.layouts_action = page_action(
            self, self.toolbar, self.tr("&Layouts…"), self.edit_layouts, "Ctrl+Shift+L",
            icon="page-layout-body")
        self.signatories_action = page_action(
            self, self.toolbar, self.tr("Si&gnatories…"), self.edit_signatories,
            "Ctrl+Shift+G", icon="draw-pen")
        self.toolbar.addSeparator()
        self.keys_action = page_action(
            self, self.toolbar, self.tr("Signing &keys…"), self.edit_keys, "Ctrl+Shift+K",
            icon="key-variant")
        add_find_shortcut(self, self.event_picker.lineEdit())

        chooser = QHBoxLayout()
        caption = QLabel(self.tr("&Event:"))
        caption.setBuddy(self.event_picker)
        chooser.addWidget(caption)
        chooser.addWidget(self.event_picker, 1)
        options = QHBoxLayout()
        for text, widget in ((self.tr("La&yout:"), self.layout_combo),
                             (self.tr("Signed &by:"), self.signatory_combo),
                             (self.tr("and:"), self.second_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
            widget.setMinimumWidth(80)  # a narrow window shrinks the boxes, not the page
            options.addWidget(label)
            options.addWidget(widget, 1)
        when = QHBoxLayout()
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.issue_date)
        when.addWidget(date_label)
        when.addWidget(self.issue_date)
        when.addWidget(self.back_page)
        when.addWidget(self.redesign)
        when.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outside_button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.separate_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(options)
        layout.addLayout(when)
        layout.addLayout(buttons)

        self.event_picker.currentIndexChanged.connect(self._event_chosen)
        self.layout_combo.currentIndexChanged.connect(self._layout_chosen)
        self.signatory_combo.currentIndexChanged.connect(self._first_signatory_chosen)
        self.save_button.clicked.connect(lambda: self.issue_and_save(separate=False))
        self.separate_button.clicked.connect(lambda: self.issue_and_save(separate=True))
        self.preview_button.clicked.connect(self.preview)

    # --- showing ------------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:  # other tabs may have changed events, marks or people
            self.refresh()

    def refresh(self) -> bool:
        """Read the events and the candidates again (another tab or PC changed them). The
        ticks the clerk changed by hand stay as they were; the others follow the rule, as
        what a person attended may have changed meanwhile."""
        self._stale = False
        by_hand = ticks.by_hand(self.table, self.candidates)
        scrolled = self.table.verticalScrollBar().value()
        self.fill_choices()
        shown = self.event_id
        if shown is None:  # first time: the event whose certificates are due
            shown = planning.latest_finished()
        self.event_picker.reload(shown)
        if self.event_picker.currentData() == shown:
            self.reload()
            ticks.tick(self.table, by_hand)
            self._show_summary()
            self.table.verticalScrollBar().setValue(scrolled)
        return True

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self._stale = True

    def set_event(self, event_id: int) -> None:
        self.fill_choices()
        self.event_picker.reload(event_id)
        self._stale = False
        self._event_chosen()

    def fill_choices(self) -> None:
        """Layouts and signatories, keeping what was chosen."""
        chosen = (self.layout_combo.currentData(), self.signatory_combo.currentData(),
                  self.second_combo.currentData())
        certificates.ensure_default_signatory()
        for combo in (self.layout_combo, self.signatory_combo, self.second_combo):
            combo.blockSignals(True)
            combo.clear()
        for row in certificates.layouts():
            self.layout_combo.addItem(row.name, row.id)
        self.second_combo.addItem(self.tr("— nobody —"), None)
        for row in certificates.signatories():
            self.signatory_combo.addItem(row.name, row.id)
            self.second_combo.addItem(row.name, row.id)
        for combo, value in zip((self.layout_combo, self.signatory_combo, self.second_combo),
                                chosen, strict=True):
            found = combo.findData(value) if value is not None else -1
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        self._layout_chosen()
        self._first_signatory_chosen()

    def _first_signatory_chosen(self, *_) -> None:
        """The first signatory is not offered as the second: one name and signature
        twice side by side is never meant."""
        first = self.signatory_combo.currentData()
        model = self.second_combo.model()
        for row in range(self.second_combo.count()):
            taken = first is not None and self.second_combo.itemData(row) == first
            model.item(row).setEnabled(not taken)
            if taken and self.second_combo.currentIndex() == row:
                self.second_combo.setCurrentIndex(0)  # nobody

    def _layout_chosen(self, *_) -> None:
        """The back-page box starts as the layout says; a layout stating the event's JP on
        the front always has the back page, where the JP attended is stated."""
        from models.certificates import layouts as cert_layouts

        chosen = self.layout_combo.currentData()
        layout = cert_layouts.load(chosen) if chosen is not None else None
        event_jp = bool(layout and layout.style.get("event_jp"))
        self.back_page.setChecked(bool(layout and layout.back_page) or event_jp)
        self.back_page.setEnabled(not event_jp)

    def _event_chosen(self, *_) -> None:
        self.event_id = self.event_picker.currentData()
        self.reasons.clear()
        self.reload()
        self._choose_as_issued()

    def _choose_as_issued(self) -> None:
        """An event whose certificates were issued shows their layout and signatories, so
        issuing again (for one more person) does not change the others' design."""
        from collections import Counter

        used = Counter((c.layout_id, c.signatory_ids) for c in self.candidates
                       if c.number and not c.revoked)
        if not used:
            return
        (layout_id, signatories), _count = used.most_common(1)[0]
        for combo, value in ((self.layout_combo, layout_id),
                             (self.signatory_combo, signatories[0] if signatories else None),
                             (self.second_combo, signatories[1] if len(signatories) > 1
                              else None)):
            found = combo.findData(value)
            if found >= 0:
                combo.setCurrentIndex(found)

    def reload(self) -> None:
        event = Event.get_or_none(Event.id == self.event_id) if self.event_id else None
        self.outside_event = event is not None and outside.is_outside(event)
        self.outside_button.setVisible(self.outside_event)
        self.candidates = (certificates.candidates(self.event_id)
                           if event is not None and not self.outside_event else [])
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            number = c.number + (" " + self.tr("(revoked)") if c.revoked else "")
            cells = (c.name, grouped(c.nip) if c.nip else "", i18n.vocab(ROLES.get(c.role, c.role)),
                     self.tr("Yes") if c.qualifies else self.tr("No"),
                     i18n.text(c.reason), number)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not c.qualifies:
                    item.setBackground(QBrush(NOT_QUALIFIED))
                self.table.setItem(row, column, item)
            name = self.table.item(row, NAME)
            name.setData(KEY, (c.person_id, c.role))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if c.manual_reason:  # included by hand before: still included, same reason
                self.reasons[(c.person_id, c.role)] = c.manual_reason
            name.setCheckState(Qt.CheckState.Checked if ticks.by_rule(c)
                               else Qt.CheckState.Unchecked)
            tip = i18n.text(c.reason)
            if c.manual_reason:
                tip += "\n" + fill(self.tr("Included by hand: %1"), c.manual_reason)
            if c.revoked:
                tip += "\n" + fill(self.tr("Certificate %1 was revoked; ticking issues a "
                                       "replacement with a new number."), c.number)
            name.setToolTip(tip)
        self.table.setSortingEnabled(True)
        self.table.blockSignals(False)
        self._show_summary()

    def _show_summary(self) -> None:
        if self.event_id is None:
            self.summary.setText(self.tr("Choose an event to issue its certificates."))
        elif self.outside_event:
            event = Event.get_by_id(self.event_id)
            self.summary.setText(fill(self.tr(
                "%1 organised this event and gives its own certificates, so SiBina issues "
                "none of the office's. Record each participant's certificate with %2; its JP "
                "counts towards their JP."),
                event.organiser_name, self.outside_button.text().replace("&", "")))
        elif not self.candidates:
            self.summary.setText(self.tr(
                "No one is registered for this event yet: add the participants on the Events "
                "tab (Participants…, Ctrl+P), then mark their attendance."))
        else:
            left_out = [c for c in self.candidates if not c.qualifies]
            text = self.tr("%n person(s) chosen for a certificate", "", len(self.chosen()))
            if left_out:
                text += "; " + self.tr("%n left out by the rule (in red; tick to include "
                                       "them, with a reason)", "", len(left_out))
            self.summary.setText(text + ".")
        has = bool(self.chosen())
        for button in (self.save_button, self.separate_button, self.preview_button):
            button.setEnabled(has)

    # --- choosing -----------------------------------------------------------------------

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        key = item.data(KEY)
        candidate = next(c for c in self.candidates if (c.person_id, c.role) == key)
        if (item.checkState() == Qt.CheckState.Checked and not candidate.qualifies
                and key not in self.reasons):
            reason, ok = QInputDialog.getText(
                self, self.tr("Include by hand"),
                fill(self.tr("%1 does not meet the certificate rule (%2). Why is a certificate "
                        "issued all the same?"), candidate.name,
                     i18n.text(candidate.reason).rstrip(".")))
            if not ok or not reason.strip():
                self.table.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.table.blockSignals(False)
            else:
                self.reasons[key] = reason.strip()
        self._show_summary()

    def chosen(self) -> list[Choice]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                person_id, role = item.data(KEY)
                found.append(Choice(person_id, role, self.reasons.get((person_id, role), "")))
        return found

    def issued_on(self) -> datetime.date:
        day = self.issue_date.date()
        return datetime.date(day.year(), day.month(), day.day())

    # --- the actions (ui/certificate_actions.py) ----------------------------------------

    def issue_and_save(self, separate: bool) -> None:
        from ui.certificates.actions import issue_and_save

        issue_and_save(self, separate)

    def preview(self) -> None:
        from ui.certificates.actions import preview

        preview(self)

    def record_outside(self) -> None:
        from ui.certificates.outside_dialog import OutsideCertificatesDialog

        if self.outside_event:
            self._modal(OutsideCertificatesDialog(self, self.event_id))

    def show_register(self) -> None:
        from ui.certificates.register_dialog import RegisterDialog

        self._modal(RegisterDialog(self, self.event_id))
        self.reload()

    def show_verify(self) -> None:
        from ui.certificates.verify_dialog import VerifyDialog

        self._modal(VerifyDialog(self))

    def edit_layouts(self) -> None:
        from ui.certificates.layouts_dialog import LayoutsDialog

        self._modal(LayoutsDialog(self, self.event_id))
        self.fill_choices()

    def edit_signatories(self) -> None:
        from ui.certificates.signatories_dialog import SignatoriesDialog

        self._modal(SignatoriesDialog(self))
        self.fill_choices()

    def edit_keys(self) -> None:
        from ui.certificates.keys_dialog import KeysDialog

        self._modal(KeysDialog(self))

    def _modal(self, dialog) -> None:
        dialog.exec()
        dialog.deleteLater()
