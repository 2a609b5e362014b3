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
        "Everyone, in one letter", "Budi Santoso", "Dra. Siti Aminah"]
    choose(dialog.kind, "Request for a speaker")
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == [
        "Ahmad Fauzi"]


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
