"""The Jejaring tab: organisations the office works with, and the training offers outside
bodies make (two views, each a sortable, searchable table)."""

import datetime

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.network.offers_view import OffersView
from ui.network.organisations_view import OrganisationsView


class NetworkPage(QWidget):
    def __init__(self, parent=None, today=datetime.date.today):
        super().__init__(parent)
        self.views = QTabWidget()
        self.organisations = OrganisationsView(self)
        self.offers = OffersView(self, today)
        self.views.addTab(self.organisations, self.tr("&Organisations"))
        self.views.addTab(self.offers, self.tr("Training o&ffers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.organisations.reload()  # what was done on another tab shows on coming back
        self.offers.reload()

    def open_offer(self, offer_id: int) -> None:
        """The training offers in view, the offer chosen and its dialog open."""
        self.views.setCurrentWidget(self.offers)
        self.offers.select(offer_id)
        self.offers.open_selected()
