"""The organisation pickers of the person and event forms, an agreement's document, and
deleting an organisation (asked, Cancel by default)."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from models.events.tables import Event
from models.files.stored import StoredFile
from models.network import cooperations, directory
from models.network.tables import Cooperation, Organisation
from models.staff.tables import Person
from tests.builders import DAY, external, save_button, when_modal
from ui.events.event_dialog import EventDialog
from ui.network.cooperation_dialog import CooperationDialog
from ui.network.page import NetworkPage
from ui.staff.person_dialog import PersonDialog


def test_an_outside_persons_institution_follows_the_organisation_picked(qtbot, database):
    org = directory.save_organisation({"name": "Perpustakaan Nasional RI",
                                       "kind": "perpusnas"})
    hendra = external("Hendra Gunawan", institution="Perpusnas")
    dialog = PersonDialog(None, hendra.id)
    qtbot.addWidget(dialog)
    picker = dialog.fields["organisation"]
    assert picker.isEnabled() and picker.currentData() is None

    picker.setCurrentIndex(picker.findData(org.id))

    assert dialog.fields["institution"].text() == "Perpustakaan Nasional RI"
    assert not dialog.fields["institution"].isEnabled()
    save_button(dialog).click()
    saved = Person.get_by_id(hendra.id)
    assert (saved.organisation_id, saved.institution) == (org.id, "Perpustakaan Nasional RI")


def test_staff_have_no_organisation_to_pick(qtbot, database):
    dialog = PersonDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.fields["organisation"].isEnabled()


def test_an_events_organiser_is_picked_from_the_network(qtbot, database):
    org = directory.save_organisation({"name": "IPI Kepri", "kind": "association"})
    dialog = EventDialog(None, today=DAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("Seminar Kepustakawanan")
    dialog.external.setChecked(True)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(org.id))
    assert dialog.organiser.text() == "IPI Kepri" and not dialog.organiser.isEnabled()

    save_button(dialog).click()

    event = Event.get(Event.title == "Seminar Kepustakawanan")
    assert (event.organisation_id, event.organiser_name) == (org.id, "IPI Kepri")
    assert [e.title for e in directory.history(org.id)] == ["Seminar Kepustakawanan"]


def test_an_agreement_is_saved_with_its_document(qtbot, database, tmp_path):
    from reportlab.pdfgen import canvas

    org = directory.save_organisation({"name": "UMRAH", "kind": "university"})
    scan = tmp_path / "mou.pdf"
    page = canvas.Canvas(str(scan))
    page.drawString(100, 700, "Nota Kesepahaman")
    page.save()
    dialog = CooperationDialog(None, org.id)
    qtbot.addWidget(dialog)
    dialog.title.setText("Magang mahasiswa")
    dialog.number.setText("07/MoU/2025")
    dialog.signed.setDate(dt.date(2025, 2, 1))
    dialog.add_document(str(scan))

    dialog.save()

    [saved] = cooperations.agreements(org.id)
    assert (saved.number, saved.signed_on) == ("07/MoU/2025", dt.date(2025, 2, 1))
    assert [d.name for d in cooperations.documents(saved.id)] == ["mou.pdf"]


def test_a_document_that_is_no_pdf_is_refused_and_nothing_is_saved(qtbot, database,
                                                                    tmp_path):
    org = directory.save_organisation({"name": "UMRAH", "kind": "university"})
    fake = tmp_path / "mou.pdf"
    fake.write_text("not a PDF at all")
    dialog = CooperationDialog(None, org.id)
    qtbot.addWidget(dialog)
    dialog.title.setText("Magang mahasiswa")
    dialog.add_document(str(fake))
    said = []
    when_modal(lambda box: said.append(box.text()), QMessageBox)

    dialog.save()

    assert "mou.pdf" in said[0]
    assert Cooperation.select().count() == StoredFile.select().count() == 0


def test_deleting_an_organisation_with_an_agreement_asks_and_cancel_keeps_it(qtbot,
                                                                            database):
    org = directory.save_organisation({"name": "UMRAH", "kind": "university"})
    cooperations.save_cooperation(org.id, {"kind": "mou", "title": "Magang"})
    page = NetworkPage(today=lambda: DAY)
    qtbot.addWidget(page)
    page.show()
    page.organisations.table.selectRow(0)
    said = []

    def answer(box):
        said.append(box.text())
        assert box.defaultButton().text() == "Cancel"
        box.defaultButton().click()

    when_modal(answer, QMessageBox)
    page.organisations.delete()

    assert "1 cooperation record(s)" in said[0]
    assert Organisation.select().count() == 1
