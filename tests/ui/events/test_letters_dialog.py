"""Letters… on the Events tab: the next number shown, the letter saved as a Word file on
the stick, and the list of letters made for the event."""

import datetime as dt

import pytest
from docx import Document

from models import settings
from tests.builders import event_with_sessions, external, staff_member


@pytest.fixture
def course(database):
    settings.save({"office_code": "DISPUSIP"})
    siti = staff_member("Siti Aminah", "198001012005012001", front_title="Dra.")
    budi = staff_member("Budi Santoso")
    speaker = external("Ahmad Fauzi", institution="Perpustakaan Nasional RI")
    event, _ = event_with_sessions("Bimtek DDC", participants=[siti, budi], speaker=speaker)
    return event, siti, speaker


def open_dialog(qtbot, event_id):
    from ui.events.letters_dialog import LettersDialog

    dialog = LettersDialog(None, event_id)
    qtbot.addWidget(dialog)
    dialog.date.setDate(dt.date(2026, 12, 3))
    return dialog


def choose(combo, text):
    combo.setCurrentIndex(combo.findText(text))


def test_the_next_number_follows_the_letter_and_the_date(qtbot, course):
    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    assert dialog.number.text() == "005/1/DISPUSIP/XII/2026"
    choose(dialog.kind, "Assignment letter (SPT)")
    assert dialog.number.text() == "800/1/DISPUSIP/XII/2026"
    dialog.date.setDate(dt.date(2027, 2, 1))
    assert dialog.number.text() == "800/1/DISPUSIP/II/2027"


def test_who_the_letter_is_for_follows_the_letter(qtbot, course):
    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    assert dialog.person.isHidden()  # an invitation goes to every participant
    choose(dialog.kind, "Assignment letter (SPT)")
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "Everyone, in one letter", "One file per person (into a folder)", "Budi Santoso",
        "Dra. Siti Aminah"]
    choose(dialog.kind, "Request for a speaker")
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "One file per person (into a folder)", "Ahmad Fauzi"]


def test_a_letter_saved_to_the_stick_is_listed_with_its_number(qtbot, course, usb_stick,
                                                               message_boxes):
    event, siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    choose(dialog.kind, "Assignment letter (SPT)")
    choose(dialog.person, "Dra. Siti Aminah")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.made.rowCount() == 1)
    assert usb_stick.names == ["Surat Tugas Bimtek DDC.docx"]
    saved = usb_stick.path / "Surat Tugas Bimtek DDC.docx"
    cells = "\n".join(c.text for t in Document(str(saved)).tables for r in t.rows
                      for c in r.cells)
    assert "Dra. Siti Aminah" in cells and "Budi Santoso" not in cells
    row = [dialog.made.item(0, c).text() for c in range(4)]
    assert row[0] == "800/1/DISPUSIP/XII/2026" and row[3] == "Dra. Siti Aminah"
    assert dialog.number.text() == "800/2/DISPUSIP/XII/2026"
    qtbot.waitUntil(lambda: any("Letter 800/1/DISPUSIP/XII/2026 saved" in m
                                for m in message_boxes))


def own_template(path, *lines):
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_the_office_template_is_taken_refused_and_given_up(qtbot, course, tmp_path,
                                                          message_boxes):
    from models.letters.tables import LetterTemplate

    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    assert dialog.template.text() == "As shipped with SiBina"
    wrong = own_template(tmp_path / "salah.docx", "{{ nomr }}")
    assert not dialog.use_own(wrong)
    qtbot.waitUntil(lambda: any("{{ nomr }}" in m for m in message_boxes))
    assert dialog.template.text() == "As shipped with SiBina"
    assert dialog.use_own(own_template(tmp_path / "undangan kantor.docx", "{{ nomor }}"))
    assert dialog.template.text() == "The office's own: undangan kantor.docx"
    dialog.use_shipped()  # the question is answered yes
    assert dialog.template.text() == "As shipped with SiBina"
    assert LetterTemplate.select().count() == 0


def test_a_copy_of_the_template_goes_to_the_stick(qtbot, course, usb_stick, message_boxes):
    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    dialog.copy_template()
    saved = usb_stick.path / "undangan.docx"
    qtbot.waitUntil(saved.exists)
    assert "{{ nomor }}" in "\n".join(c.text for t in Document(str(saved)).tables
                                      for r in t.rows for c in r.cells)


def test_every_paper_is_offered_and_a_list_has_no_template(qtbot, course):
    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    assert dialog.kind.count() == 10
    choose(dialog.kind, "Programme (susunan acara)")
    assert dialog.save_button.text() == "&Save as PDF…"
    assert dialog.template.isHidden() and dialog.number.text() == "(none: not a letter)"
    choose(dialog.kind, "Transport and pocket money list")
    assert dialog.save_button.text() == "&Save as PDF or Excel…"


def test_amounts_typed_then_the_honorarium_list_saved(qtbot, course, usb_stick,
                                                     message_boxes):
    from pypdf import PdfReader

    from models.events import participants as registration
    from models.letters.payments import amounts
    from tests.builders import when_modal
    from ui.events.payments_dialog import PaymentsDialog

    event, siti, speaker = course
    registration.add_people(event.id, [speaker.id], role="narasumber")
    dialog = open_dialog(qtbot, event.id)
    choose(dialog.kind, "Honorarium list (for one person: receipt)")
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "The list of everyone", "One file per person (into a folder)"]

    def type_amounts(payments):
        assert isinstance(payments, PaymentsDialog)
        assert payments.table.item(0, 0).text() == "Ahmad Fauzi"
        payments.table.item(0, 2).setText("satu juta")
        assert not payments.save()  # refused, the row named
        assert any("Row 1 (Ahmad Fauzi)" in m for m in message_boxes)
        payments.table.item(0, 2).setText("1.250.000")
        assert payments.save()

    when_modal(type_amounts, PaymentsDialog)
    dialog.edit_amounts()
    assert amounts(event.id, "honorarium") == {speaker.id: 1_250_000}
    assert dialog.person.itemText(2) == "Receipt (kuitansi): Ahmad Fauzi"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.made.rowCount() == 1)
    saved = usb_stick.path / "Daftar Penerimaan Honorarium Bimtek DDC.pdf"
    text = " ".join(PdfReader(saved).pages[0].extract_text().split())
    assert "Ahmad Fauzi" in text and "Rp1.250.000 5% Rp62.500 Rp1.187.500" in text
    assert [dialog.made.item(0, c).text() for c in (0, 3)] == ["–", "Everyone"]


def test_one_surat_tugas_per_person_into_a_folder(qtbot, course, usb_stick, message_boxes):
    event, _siti, _speaker = course
    dialog = open_dialog(qtbot, event.id)
    choose(dialog.kind, "Assignment letter (SPT)")
    choose(dialog.person, "One file per person (into a folder)")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.made.rowCount() == 2)
    assert sorted(p.name for p in usb_stick.path.iterdir()) == [
        "Surat Tugas Budi Santoso.docx", "Surat Tugas Siti Aminah.docx"]
    qtbot.waitUntil(lambda: any("2 files saved" in m for m in message_boxes))
