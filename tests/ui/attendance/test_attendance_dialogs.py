"""Scanned sheets kept with a session, and who qualifies for a certificate."""

import datetime as dt

from PySide6.QtGui import QDesktopServices

from models.attendance import marking
from models.attendance.tables import SessionAttachment
from models.certificates.eligibility import Rule
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from tests import crafted
from ui.attendance.attachments_dialog import AttachmentsDialog
from ui.certificates.eligibility_dialog import EligibilityDialog

DAY = dt.date(2026, 3, 10)


def event_with_sessions(count=2):
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    sessions = [events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8 + 2 * n), "end_time": dt.time(9 + 2 * n),
        "topic": f"Sesi {n + 1}", "room": "", "jp": 1}) for n in range(count)]
    return event, sessions


def test_attach_open_and_remove_a_scanned_sheet(qtbot, database, tmp_path, monkeypatch,
                                                message_boxes):
    _event, (session, _other) = event_with_sessions()
    scan = tmp_path / "daftar hadir.pdf"
    crafted.pdf(scan)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AttachmentsDialog(None, session.id)
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()

    assert dialog.add_file(scan, "Ditandatangani")
    assert [dialog.table.item(0, c).text() for c in (0, 1)] == ["daftar hadir.pdf",
                                                                "Ditandatangani"]
    copy = dialog.open_selected()
    assert copy.read_bytes() == scan.read_bytes()
    assert opened[0].toLocalFile() == str(copy)

    dialog.remove_button.click()
    assert message_boxes[0].startswith("Remove daftar hadir.pdf from this session?")
    assert dialog.table.rowCount() == 0
    assert SessionAttachment.select().count() == 0


def test_a_refused_file_says_why_and_keeps_nothing(qtbot, database, tmp_path, message_boxes):
    _event, (session, _other) = event_with_sessions()
    notes = tmp_path / "notulen.docx"
    notes.write_bytes(b"x")
    dialog = AttachmentsDialog(None, session.id)
    qtbot.addWidget(dialog)
    assert not dialog.add_file(notes)
    assert message_boxes == ["notulen.docx cannot be used: only PNG, JPEG or PDF files are "
                             "accepted."]
    assert SessionAttachment.select().count() == 0


def test_eligibility_lists_who_qualifies_and_why_not(qtbot, database):
    event, sessions = event_with_sessions(4)
    siti, budi = (staff.save_person({"name": n}) for n in ("Siti Aminah", "Budi Santoso"))
    participants.add_people(event.id, [siti.id, budi.id])
    for session in sessions:
        marking.set_marks(session.id, [siti.id], "hadir")
    marking.set_marks(sessions[0].id, [budi.id], "hadir")
    marking.set_marks(sessions[1].id, [budi.id], "terlambat")
    dialog = EligibilityDialog(None, event.id, Rule(80, False))
    qtbot.addWidget(dialog)
    assert "at least 80% of the sessions attended" in dialog.findChildren(
        type(dialog.summary))[0].text()
    assert dialog.summary.text() == "Qualify: 1; do not qualify: 1"
    rows = {row[0]: row for row in dialog.rows()}
    assert rows["Budi Santoso"][2:] == ["No", "Attended 2 of 4 sessions held (50%); 80% needed."]
    assert rows["Siti Aminah"][1:3] == ["Participant (Peserta)", "Yes"]
    dialog.only_missing.setChecked(True)
    assert [row[0] for row in dialog.rows()] == ["Budi Santoso"]


def test_printing_from_the_tab_writes_the_pdf_and_says_where(qtbot, database, tmp_path,
                                                             message_boxes):
    from pypdf import PdfReader

    from ui.attendance.actions import print_name_tags, print_sign_in_sheet
    from ui.common.files.save_file import safe_file_name

    event, (first, _second) = event_with_sessions()
    participants.add_people(event.id, [staff.save_person({"name": "Siti Aminah"}).id])
    sheet = print_sign_in_sheet(None, event.id, first.id, tmp_path / "sheet.pdf", "name")
    assert sheet == tmp_path / "sheet.pdf"
    assert message_boxes == [f"Saved to {sheet}. Read back and checked."]
    text = PdfReader(sheet).pages[0].extract_text()
    assert "Sesi 1" in text and "Siti Aminah" in text
    tags = print_name_tags(None, event.id, tmp_path / "tags.pdf", "number")
    assert "Siti Aminah" in PdfReader(tags).pages[0].extract_text()
    assert safe_file_name('Daftar hadir "Bimtek": DDC/2026.') == "Daftar hadir -Bimtek-- DDC-2026"


def test_printing_an_event_without_participants_says_so(qtbot, database, tmp_path,
                                                         message_boxes):
    from ui.attendance.actions import print_name_tags

    event, _sessions = event_with_sessions()
    assert print_name_tags(None, event.id, tmp_path / "tags.pdf", "name") is None
    assert message_boxes == ["This event has no participants yet."]
    assert not (tmp_path / "tags.pdf").exists()


def test_a_sign_in_sheet_asked_for_goes_where_the_office_says(qtbot, database, usb_stick,
                                                              message_boxes):
    from pypdf import PdfReader

    from ui.attendance.actions import print_sign_in_sheet

    event, (first, _second) = event_with_sessions()
    participants.add_people(event.id, [staff.save_person({"name": "Siti Aminah"}).id])
    sheet = print_sign_in_sheet(None, event.id, first.id, order="name")
    [name] = usb_stick.names
    assert name.startswith(f"Daftar hadir {event.title}") and name.endswith(".pdf")
    assert sheet == usb_stick.path / name
    assert message_boxes == [f"Saved to {sheet}. Read back and checked."]
    assert "Siti Aminah" in PdfReader(sheet).pages[0].extract_text()
    assert [p.name for p in usb_stick.path.iterdir()] == [name]  # no temporary file left


def test_the_screen_offers_the_committee_s_sheet(qtbot, database, tmp_path, message_boxes):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QInputDialog

    from tests.builders import when_modal
    from ui.attendance.actions import print_sign_in_sheet

    event, (first, _second) = event_with_sessions()
    participants.add_people(event.id, [staff.save_person({"name": "Siti Aminah"}).id])
    participants.add_people(event.id, [staff.save_person({"name": "Yusuf Ramadhan"}).id],
                            role="panitia")
    offered = []

    def committee(dialog):
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(dialog.comboBoxItems()[1])
        dialog.accept()

    when_modal(committee, QInputDialog)
    sheet = print_sign_in_sheet(None, event.id, first.id, tmp_path / "panitia.pdf")
    assert offered == ["Participants", "Committee and speakers"]
    text = PdfReader(sheet).pages[0].extract_text()
    assert "PANITIA DAN NARASUMBER" in text and "Yusuf Ramadhan" in text
    assert "Siti Aminah" not in text
