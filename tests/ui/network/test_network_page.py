"""The Jejaring tab: the directory and the training offers, as the clerk uses them."""

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from models.events.tables import Registration
from models.network import directory
from models.opportunities import offers
from models.opportunities.tables import Opportunity
from models.staff.tables import Person
from tests.builders import external, save_button, staff_member, table_rows, when_modal
from ui.main_window import MainWindow
from ui.network.offer_dialog import OfferDialog
from ui.network.organisation_dialog import OrganisationDialog
from ui.network.page import NetworkPage
from ui.network.send_staff_dialog import SendStaffDialog

TODAY = dt.date(2026, 5, 4)


def page_on(qtbot) -> NetworkPage:
    page = NetworkPage(today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_the_tab_follows_the_others_with_the_next_shortcut(qtbot, database):
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    index = window.tabs.count() - 1
    assert window.tabs.tabText(index) == "&Network"
    shortcuts = [a.shortcut().toString() for a in window.actions()]
    assert f"Ctrl+{index + 1}" in shortcuts and "Ctrl+1" in shortcuts
    window.tabs.setCurrentIndex(index)
    assert window.current_page() is window.network_page


def test_organisations_are_searched_as_typed(qtbot, database):
    directory.save_organisation({"name": "IPI Kepri", "kind": "association",
                                 "region": "Tanjungpinang"})
    directory.save_organisation({"name": "Perpustakaan Kota Batam", "kind": "city_library",
                                 "region": "Batam"})
    page = page_on(qtbot)
    view = page.organisations
    assert [row[0] for row in table_rows(view.table)] == ["IPI Kepri",
                                                          "Perpustakaan Kota Batam"]
    qtbot.keyClicks(view.search, "batam")
    assert table_rows(view.table) == [["Perpustakaan Kota Batam", "City or regency library",
                                       "Batam", "", "", "0", "0"]]


def test_a_new_organisation_is_typed_and_saved(qtbot, database):
    page = page_on(qtbot)

    def fill_in(dialog):
        dialog.edits["name"].setText("Komunitas Baca Gurindam")
        dialog.kind.setCurrentIndex(dialog.kind.findData("community"))
        dialog.edits["email"].setText("not an address")
        save_button(dialog).click()
        assert dialog.isVisible()  # refused, the field named
        assert "is not an e-mail address" in dialog.form.errors["email"].text()
        dialog.edits["email"].setText("baca@gurindam.id")
        save_button(dialog).click()

    when_modal(fill_in, OrganisationDialog)
    page.organisations.add()

    assert table_rows(page.organisations.table)[0][:2] == ["Komunitas Baca Gurindam",
                                                           "Community"]


def test_an_outside_person_is_linked_as_a_contact(qtbot, database):
    org = directory.save_organisation({"name": "IPI Kepri", "kind": "association"})
    yanti = external("Yanti Kusumawati", institution="Ikatan Pustakawan")
    dialog = OrganisationDialog(None, org.id)
    qtbot.addWidget(dialog)

    dialog.picker.set_person_id(yanti.id)
    dialog.link_contact()

    assert table_rows(dialog.contacts)[0][0] == "Yanti Kusumawati"
    assert Person.get_by_id(yanti.id).institution == "IPI Kepri"


def test_an_offer_is_saved_and_staff_are_sent_to_it(qtbot, database):
    siti = staff_member("Siti Aminah")
    staff_member("Budi Santoso")
    page = page_on(qtbot)

    def fill_in(dialog):
        dialog.title.setText("Webinar Pemasaran Perpustakaan")
        dialog.organiser.setText("IPI Kepri")
        dialog.jp.setValue(4)
        dialog.deadline.setDate(TODAY + dt.timedelta(days=2))
        save_button(dialog).click()

    when_modal(fill_in, OfferDialog)
    page.offers.add()
    [row] = table_rows(page.offers.table)
    assert row[0] == "6 May 2026 — closing soon" and row[1] == "Webinar Pemasaran Perpustakaan"
    offer = Opportunity.get()

    def send(dialog):
        dialog.picker.set_person_id(siti.id)
        dialog.add_chosen()
        assert [dialog.chosen.item(0).text()] == ["Siti Aminah"]
        save_button(dialog).click()

    when_modal(send, SendStaffDialog)
    page.offers.table.selectRow(0)
    page.offers.send_staff()

    offer = Opportunity.get_by_id(offer.id)
    assert [r.person_id for r in Registration.select().where(
        Registration.event == offer.event_id)] == [siti.id]
    assert table_rows(page.offers.table)[0][5] == "1"  # staff sent


def test_outside_people_are_not_offered_to_send(qtbot, database):
    external("Rina Wati")
    staff_member("Siti Aminah")
    made = offers.save_offer({"title": "Bimtek", "organiser_name": "Dispusip",
                              "start_date": TODAY, "end_date": TODAY, "jp": 2})
    dialog = SendStaffDialog(None, made.id)
    qtbot.addWidget(dialog)
    labels = [dialog.picker.people.label(row)
              for row in range(1, dialog.picker.people.model.rowCount())]
    assert labels == ["Siti Aminah"]


def test_ctrl_n_on_the_offers_view_opens_a_new_offer(qtbot, database):
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.show_page("network_page")
    window.network_page.views.setCurrentWidget(window.network_page.offers)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen = []
    when_modal(lambda d: seen.append(d.windowTitle()), OfferDialog)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    # The key reached the visible view's action, not the hidden Organisations view's.
    qtbot.waitUntil(lambda: seen == ["New training offer"])


def test_export_saves_the_directory_as_a_workbook(qtbot, database, message_boxes, tmp_path,
                                                  monkeypatch):
    from openpyxl import load_workbook

    from tests.sheets import table_values
    from ui.common.files import save_file

    directory.save_organisation({"name": "IPI Kepri", "kind": "association",
                                 "region": "Tanjungpinang"})
    target = tmp_path / "Direktori jejaring.xlsx"
    monkeypatch.setattr(save_file, "ask_save_path", lambda *args: target)
    page = page_on(qtbot)

    page.organisations.export()

    qtbot.waitUntil(lambda: bool(message_boxes))
    rows = table_values(load_workbook(target)["Organisasi"])
    assert rows[1][:3] == ("IPI Kepri", "Asosiasi Profesi", "Tanjungpinang")


def test_sending_after_the_deadline_says_registration_has_closed(qtbot, database):
    staff_member("Siti Aminah")
    late = offers.save_offer({"title": "Bimtek", "organiser_name": "Dispusip",
                              "start_date": TODAY + dt.timedelta(days=5),
                              "end_date": TODAY + dt.timedelta(days=5), "jp": 2,
                              "deadline": TODAY - dt.timedelta(days=1)})
    dialog = SendStaffDialog(None, late.id, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.late.isVisible()
    assert dialog.late.text().startswith("Registration closed on ")
    in_time = SendStaffDialog(None, late.id, lambda: TODAY - dt.timedelta(days=2))
    qtbot.addWidget(in_time)
    assert not hasattr(in_time, "late")  # open: nothing to say
