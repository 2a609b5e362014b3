"""The home screen's training offers closing soon, and where their button goes."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from models.opportunities import offers
from tests.builders import when_modal
from ui.main_window import MainWindow
from ui.network.offer_dialog import OfferDialog

TODAY = dt.date(2026, 5, 4)


def make_offer(title, deadline):
    return offers.save_offer({"title": title, "organiser_name": "IPI Kepri",
                              "start_date": TODAY + dt.timedelta(days=40),
                              "end_date": TODAY + dt.timedelta(days=40), "jp": 4,
                              "mode": "daring", "deadline": deadline})


def test_an_offer_closing_this_week_is_listed_and_opens_its_dialog(qtbot, database):
    soon = make_offer("Webinar Media Sosial", TODAY + dt.timedelta(days=3))
    make_offer("Bimtek DDC", TODAY + dt.timedelta(days=30))
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.home_page.today = lambda: TODAY
    window.home_page.reload()

    box = window.home_page.sections["offers"]
    assert box.title() == "Training offers closing soon (1)"
    assert [label.text() for label in box.findChildren(QLabel)] == [
        "closes 7 May 2026 · Webinar Media Sosial · IPI Kepri"]
    seen = []

    def look(dialog):
        seen.append((dialog.offer_id, dialog.title.text()))
        dialog.reject()

    when_modal(look, OfferDialog)
    next(b for b in box.findChildren(QPushButton) if b.text() == "Open").click()

    assert window.current_page() is window.network_page
    assert window.network_page.views.currentWidget() is window.network_page.offers
    assert seen == [(soon.id, "Webinar Media Sosial")]
