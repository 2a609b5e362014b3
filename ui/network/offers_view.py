"""The training offers outside bodies make: the soonest to close first, each with its
deadline (marked when closing soon), add, open, send staff, delete."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolBar, QVBoxLayout, QWidget

from models import vocab
from models.opportunities import offers
from ui.common import formats
from ui.common.page_tools import add_find_shortcut, open_on_enter, page_action
from ui.common.widgets import confirm
from ui.i18n import fill
from ui.i18n import vocab as vocab_text
from ui.network.table_tools import fill_table, make_table, select_id, selected_id

CLOSING_COLOUR = QColor("#9a3412")


class OffersView(QWidget):
    def __init__(self, parent=None, today=datetime.date.today):
        super().__init__(parent)
        self.today = today
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = page_action(self, toolbar, self.tr("&New offer"), self.add,
                    QKeySequence.StandardKey.New, icon="plus")
        page_action(self, toolbar, self.tr("&Open"), self.open_selected, "Ctrl+Return",
                    icon="pencil")
        self.send_action = page_action(self, toolbar, self.tr("&Send staff…"),
                                       self.send_staff, "Ctrl+Shift+S",
                                       icon="account-multiple-plus")
        self.delete_action = page_action(self, toolbar, self.tr("&Delete"), self.delete,
                                         "Ctrl+Delete", icon="delete")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title, organiser or place…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        add_find_shortcut(self, self.search)
        # What the office decides on first, so it shows in 1024 px; theme and mode after.
        self.table = make_table([self.tr("Registration closes"), self.tr("Offer"),
                                 self.tr("Organiser"), self.tr("Dates"), self.tr("JP"),
                                 self.tr("Staff sent"), self.tr("Cost"), self.tr("Mode"),
                                 self.tr("Theme")])
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        open_on_enter(self.table, self.open_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def deadline_text(self, row) -> str:
        """"12/05/2026 — closing soon", "closed", or the date alone."""
        day = offers.last_day(row.deadline, row.start)
        shown = formats.short_date(day)
        if row.state == offers.CLOSING_SOON:
            return fill(self.tr("%1 — closing soon"), shown)
        if row.state == offers.CLOSED:
            return fill(self.tr("%1 — closed"), shown)
        return shown

    def reload(self, *_) -> None:
        chosen = selected_id(self.table)
        rows = offers.rows(self.today(), self.search.text())
        fill_table(self.table, [(r.id, [
            (self.deadline_text(r),
             (offers.LISTED[r.state], offers.last_day(r.deadline, r.start), r.id)), r.title,
            r.organiser, (formats.date_range(r.start, r.end), r.start),
            (formats.jp(r.jp), r.jp), (str(r.sent), r.sent),
            (self.cost_text(r.cost), -1 if r.cost is None else r.cost),
            vocab_text(vocab.MODES.get(r.mode, r.mode)), r.theme]) for r in rows])
        for index, row in enumerate(rows):
            item = self.table.item(index, 0)
            if row.state == offers.CLOSING_SOON:
                item.setForeground(QBrush(CLOSING_COLOUR))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif row.state == offers.CLOSED:
                item.setForeground(QBrush(QColor("#6b7280")))
        if chosen is not None:
            select_id(self.table, chosen)

    def cost_text(self, cost: int | None) -> str:
        if cost is None:
            return self.tr("not known")
        return self.tr("free") if cost == 0 else fill(self.tr("Rp %1"), formats.number(cost, 0))

    def select(self, offer_id: int) -> bool:
        self.search.clear()
        self.reload()
        return select_id(self.table, offer_id)

    def add(self) -> None:
        self._open(None)

    def open_selected(self) -> None:
        chosen = selected_id(self.table)
        if chosen is not None:
            self._open(chosen)

    def _open(self, offer_id: int | None) -> None:
        from ui.network.offer_dialog import OfferDialog

        dialog = OfferDialog(self, offer_id, self.today())
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        self.reload()
        if saved is not None:
            select_id(self.table, saved)

    def send_staff(self) -> None:
        from ui.network.send_staff_dialog import SendStaffDialog

        chosen = selected_id(self.table)
        if chosen is None:
            return
        dialog = SendStaffDialog(self, chosen, self.today)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def delete(self) -> None:
        chosen = selected_id(self.table)
        if chosen is None:
            return
        title = self.table.item(self.table.currentRow(), 1).text()
        if confirm(self, self.tr("Delete offer"), fill(self.tr(
                "Delete the offer “%1”? An event staff were sent to stays, with their "
                "attendance and certificates."), title), self.tr("&Delete")):
            offers.delete_offer(chosen)
            self.reload()
