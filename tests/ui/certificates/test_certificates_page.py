"""The Certificates tab driven as the office would: review, include by hand, issue, save,
verify, revoke, export; signatories and a layout."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QInputDialog

from models.certificates import issuing as certificates
from models.certificates import layouts as cert_layouts
from models.certificates.tables import Certificate, CertificateLayout, Signatory
from models.certificates.verification import REVOKED, VALID
from tests.builders import when_modal
from tests.sheets import header_row, table_values
from ui.certificates.layouts_dialog import LayoutsDialog
from ui.certificates.page import NAME, NUMBER, CertificatesPage
from ui.certificates.register_dialog import RegisterDialog
from ui.certificates.signatories_dialog import SignatoriesDialog, SignatoryDialog
from ui.certificates.verify_dialog import VerifyDialog


def answer_input(text: str) -> list[str]:
    """Type ``text`` into the next input dialog and press OK; keeps what it asked."""
    asked = []

    def answer(box):
        asked.append(box.labelText())
        box.setTextValue(text)
        box.accept()

    when_modal(answer, kind=QInputDialog)
    return asked


@pytest.fixture
def page(qtbot, course):
    tab = CertificatesPage()
    qtbot.addWidget(tab)
    tab.set_event(course["event"].id)
    tab.issue_date.setDate(dt.date(2026, 3, 12))
    return tab


def row_of(page, name: str) -> int:
    return next(r for r in range(page.table.rowCount())
                if page.table.item(r, NAME).text() == name)


def test_who_qualifies_is_ticked_and_someone_left_out_needs_a_reason(page, course,
                                                                     tmp_path, message_boxes):
    names = {page.table.item(r, NAME).text(): page.table.item(r, NAME).checkState()
             for r in range(page.table.rowCount())}
    assert names == {"Dra. Siti Aminah": Qt.CheckState.Checked,
                     "Budi Santoso": Qt.CheckState.Unchecked,
                     "Dr. Rina Wati": Qt.CheckState.Checked}
    assert page.summary.text() == ("2 persons chosen for a certificate; 1 left out by the rule "
                                   "(in red; tick to include them, with a reason).")
    asked = answer_input("Sakit, ikut ujian susulan")
    page.table.item(row_of(page, "Budi Santoso"), NAME).setCheckState(Qt.CheckState.Checked)
    assert "Budi Santoso does not meet the certificate rule" in asked[0]

    out = tmp_path / "sertifikat.pdf"
    from ui.certificates.actions import issue_and_save

    issue_and_save(page, separate=False, target=out)
    assert message_boxes[-1] == f"3 certificates saved to {out}. Read back and checked."
    assert len(PdfReader(out).pages) == 3
    budi = Certificate.get(Certificate.person == course["budi"].id)
    assert budi.manual_inclusion == "Sakit, ikut ujian susulan"
    assert page.table.item(row_of(page, "Budi Santoso"), NUMBER).text() == budi.number


def test_declining_the_reason_leaves_the_person_out(page, course):
    answer_input("")  # OK with no reason: not included
    item = page.table.item(row_of(page, "Budi Santoso"), NAME)
    item.setCheckState(Qt.CheckState.Checked)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert len(page.chosen()) == 2


def test_one_file_each_with_two_signatories(page, course, tmp_path,
                                            message_boxes):
    chair = Signatory.create(name="Budi Hartono, S.Sos.", title="Ketua Panitia")
    page.fill_choices()
    page.second_combo.setCurrentIndex(page.second_combo.findData(chair.id))
    from ui.certificates.actions import issue_and_save

    issue_and_save(page, separate=True, target=tmp_path)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 2
    text = PdfReader(files[0]).pages[0].extract_text()
    assert "Ketua Panitia" in text and "Budi Hartono, S.Sos." in text
    assert "Drs. H. Raja Kamaruddin" in text


def test_verify_dialog_says_valid_forged_revoked(qtbot, course):
    [cert] = certificates.issue(course["event"].id,
                                [certificates.Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, cert.payload)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert (dialog.verdict.status, dialog.status.text()) == (VALID, "VALID")
    assert dialog.values["name"].text() == "Dra. Siti Aminah"
    assert dialog.values["dates"].text() == "10–11 March 2026"
    changed = cert.payload[:20] + ("A" if cert.payload[20] != "A" else "B") + cert.payload[21:]
    dialog.field.setText(changed)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.status.text() == "FORGED" and dialog.values["name"].isHidden()
    certificates.revoke(cert.number, "Salah nama")
    dialog.field.setText(cert.number)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.verdict.status == REVOKED
    assert dialog.explanation.text().endswith(": Salah nama")


def test_register_revokes_with_a_reason_and_exports(qtbot, course, tmp_path,
                                                   message_boxes):
    made = certificates.issue(course["event"].id,
                              [certificates.Choice(course["siti"].id, "peserta"),
                               certificates.Choice(course["rina"].id, "narasumber")],
                              dt.date(2026, 3, 12))
    dialog = RegisterDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    qtbot.keyClicks(dialog.search, "rina")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)  # once the typing pauses
    dialog.table.selectRow(0)
    asked = answer_input("Gelar salah")
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "Why is certificate" in asked[0]
    assert Certificate.get_by_id(made[1].id).revoked_reason == "Gelar salah"
    assert dialog.table.item(0, 5).text().startswith("Revoked")
    assert not dialog.revoke_button.isEnabled()
    dialog.search.clear()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    out = tmp_path / "register.xlsx"
    dialog.export(out)
    sheet = load_workbook(out).active
    rows = table_values(sheet)
    assert rows[0][:4] == ("Nomor", "Tanggal terbit", "Nama", "NIP")
    by_name = {row[2]: row for row in rows[1:]}
    assert by_name["Dra. Siti Aminah"][3] == "19690309 199403 2 001"
    assert by_name["Dr. Rina Wati"][6:9][0] == "Dicabut"
    siti_row = header_row(sheet) + 1 + [row[2] for row in rows[1:]].index("Dra. Siti Aminah")
    for cell in (sheet[f"A{siti_row}"], sheet[f"D{siti_row}"]):  # number and NIP: text
        assert (cell.data_type, cell.number_format) == ("s", "@")


def test_a_signatory_is_added_with_checked_fields(qtbot, database):
    dialog = SignatoryDialog(None)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.form.errors["name"].text() == "The name is required."
    assert Signatory.select().count() == 0
    qtbot.keyClicks(dialog.name, "Dra. Nurhayati, M.Si.")
    qtbot.keyClicks(dialog.title, "Kepala Perpustakaan")
    qtbot.keyClicks(dialog.nip, "19690309 199403 2 001")
    dialog.save()
    saved = Signatory.get()
    assert (saved.name, saved.title, saved.nip) == ("Dra. Nurhayati, M.Si.",
                                                   "Kepala Perpustakaan", "196903091994032001")
    listing = SignatoriesDialog()
    qtbot.addWidget(listing)
    listing.table.selectRow(0)
    listing.toggle_active()
    assert not Signatory.get().active
    assert listing.table.item(0, 3).text() == "Inactive"


def test_a_signature_is_stored_with_its_signatory(qtbot, database, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from models.files import stored as stored_file

    signature = tmp_path / "ttd.png"
    image = QImage(60, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(signature))
    dialog = SignatoryDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Dra. Nurhayati, M.Si.")
    qtbot.keyClicks(dialog.title, "Kepala Perpustakaan")
    assert dialog.signature.set_path(str(signature))
    dialog.save()
    saved = Signatory.get()
    assert stored_file.read(saved.signature_id) == signature.read_bytes()


def test_a_layout_field_moved_by_numbers_and_by_dragging(qtbot, course):
    from PySide6.QtTest import QTest

    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    editor.choose_field("qr")
    editor.x_spin.setValue(40.0)
    editor.redraw()
    frame = editor.frames["qr"]
    assert frame.rect().center().x() == pytest.approx(40.0 * 3.0)
    # Drag the name's frame 5 mm down with the mouse, as the office would.
    name = editor.frames["name"]
    view = editor.view
    start = view.mapFromScene(name.rect().center())
    end = view.mapFromScene(name.rect().center() + QPointF(0, 5 * 3.0))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert editor.current == "name"
    assert editor.layout_data.fields["name"]["y"] == pytest.approx(
        cert_layouts.DEFAULT_FIELDS["name"]["y"] + 5, abs=0.6)
    editor.layout_data.fields["name"]["y"] = cert_layouts.DEFAULT_FIELDS["name"]["y"] + 5
    dialog.save()
    saved = cert_layouts.load(CertificateLayout.get(CertificateLayout.is_default).id)
    assert saved.fields["qr"]["x"] == 40.0
    assert saved.fields["name"]["y"] == cert_layouts.DEFAULT_FIELDS["name"]["y"] + 5


def test_the_dates_of_an_online_event_are_worded_beside_the_others(qtbot, course):
    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    editor.choose_field("name")
    assert not editor.online_wording.isVisible()
    editor.choose_field("dates_place")
    assert editor.online_wording.isVisible()
    assert editor.online_wording.text() == cert_layouts.DEFAULT_TEXTS["dates_online"]
    editor.online_wording.clear()
    qtbot.keyClicks(editor.online_wording, "diselenggarakan {organiser} daring, {dates}")
    dialog.save()
    saved = cert_layouts.load(CertificateLayout.get(CertificateLayout.is_default).id)
    assert saved.texts["dates_online"] == "diselenggarakan {organiser} daring, {dates}"


def test_a_layout_stating_the_event_s_jp_keeps_the_back_page(qtbot, course):
    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.event_jp.setChecked(True)
    dialog.save()
    assert cert_layouts.load(CertificateLayout.get(CertificateLayout.is_default).id
                             ).style["event_jp"]
    tab = CertificatesPage()
    qtbot.addWidget(tab)
    tab.set_event(course["event"].id)
    assert tab.back_page.isChecked() and not tab.back_page.isEnabled()


def test_after_issuing_the_list_keeps_inclusions_and_leaves_revoked_ones_out(
        qtbot, course, message_boxes):
    other = cert_layouts.save(cert_layouts.Layout(name="Bingkai")).id
    made = certificates.issue(course["event"].id, [
        certificates.Choice(course["siti"].id, "peserta"),
        certificates.Choice(course["budi"].id, "peserta", "Ujian susulan")],
        dt.date(2026, 3, 12), other)
    certificates.revoke(made[0].number, "Salah nama")
    tab = CertificatesPage()
    qtbot.addWidget(tab)
    tab.set_event(course["event"].id)
    siti = tab.table.item(row_of(tab, "Dra. Siti Aminah"), NAME)
    budi = tab.table.item(row_of(tab, "Budi Santoso"), NAME)
    assert siti.checkState() == Qt.CheckState.Unchecked  # revoked: not printed again
    assert "was revoked; ticking issues a replacement" in siti.toolTip()
    assert budi.checkState() == Qt.CheckState.Checked  # included by hand, still
    assert tab.reasons[(course["budi"].id, "peserta")] == "Ujian susulan"
    assert tab.layout_combo.currentData() == other  # as the certificates were issued


def test_renaming_a_signatory_who_signed_asks_first(qtbot, course, message_boxes):
    from models.certificates.issuing import Choice

    chair = Signatory.create(name="Budi Hartono", title="Ketua Panitia")
    certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                       dt.date(2026, 3, 12), None, (chair.id,))
    dialog = SignatoryDialog(None, chair)
    qtbot.addWidget(dialog)
    dialog.name.setText("Budi Hartono, S.Sos.")
    dialog.save()
    assert message_boxes[-1].startswith("Budi Hartono signed 1 certificate. Printed again")
    assert Signatory.get_by_id(chair.id).name == "Budi Hartono, S.Sos."  # asked, then saved


def test_the_tab_opens_on_the_latest_finished_event(qtbot, database):
    from models.demo import fill as demo
    from models.events.tables import Event

    demo.fill_demo(today=dt.date(2026, 3, 1))
    latest = (Event.select().where(Event.status == "finished", ~Event.organiser_external)
              .order_by(Event.end_date.desc()).first())
    assert Event.select().where(Event.status == "running").exists()  # listed first, though
    tab = CertificatesPage()
    qtbot.addWidget(tab)
    tab.show()
    assert tab.event_picker.currentData() == latest.id
    assert tab.table.rowCount() > 0


def test_the_tab_opens_on_the_office_s_own_event_not_an_outside_body_s(qtbot, database):
    """The certificates due are the office's: an outside body's event that ended later
    gives its own, so the tab does not open on it."""
    from tests.builders import event_with_sessions, staff_member

    ani = staff_member("Ani Lestari", "198501012010012001")
    ours, _ = event_with_sessions("Bimtek DDC", days=(dt.date(2026, 3, 10),),
                                  participants=[ani], status="finished")
    event_with_sessions("Webinar Literasi Digital", "webinar", days=(dt.date(2026, 3, 20),),
                        participants=[ani], status="finished", organiser_external=True,
                        organiser_name="Perpustakaan Nasional RI")
    tab = CertificatesPage()
    qtbot.addWidget(tab)
    tab.show()
    assert tab.event_picker.currentData() == ours.id
    assert tab.outside_button.isHidden()


def test_the_register_exports_alike_from_the_tab_and_from_the_reports(
        qtbot, course, tmp_path, message_boxes):  # noqa: F811
    from ui.reports.page import ReportsPage

    event = course["event"]
    certificates.issue(event.id, [certificates.Choice(course["siti"].id, "peserta"),
                                  certificates.Choice(course["budi"].id, "peserta",
                                                      "Sakit, ikut susulan"),
                                  certificates.Choice(course["rina"].id, "narasumber")],
                       dt.date(2026, 3, 12))
    certificates.revoke("003/SERT/DISPUSIP-TPI/III/2026", "Gelar salah")
    revoked_on = Certificate.get(Certificate.revoked_reason != "").revoked_at.date()

    dialog = RegisterDialog(None, event.id)
    qtbot.addWidget(dialog)
    dialog.only_event.setChecked(False)
    from_tab = tmp_path / "tab" / "register.xlsx"
    from_tab.parent.mkdir()
    dialog.export(from_tab)

    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    names = [page.kinds.item(i).text() for i in range(page.kinds.count())]
    page.kinds.setCurrentRow(names.index("Certificate register"))
    (tmp_path / "reports").mkdir()
    page.save_as("xlsx", tmp_path / "reports")
    [from_reports] = (tmp_path / "reports").glob("*.xlsx")

    def cells(path):
        return table_values(load_workbook(path).active)

    expected = [
        ("Nomor", "Tanggal terbit", "Nama", "NIP", "Peran", "Kegiatan", "Status",
         "Tanggal dicabut", "Alasan dicabut", "Alasan masuk manual"),
        # in the order of issue, as a register reads
        ("001/SERT/DISPUSIP-TPI/III/2026", dt.datetime(2026, 3, 12), "Dra. Siti Aminah",
         "19690309 199403 2 001", "Peserta", event.title, "Berlaku", None, None, None),
        ("002/SERT/DISPUSIP-TPI/III/2026", dt.datetime(2026, 3, 12), "Budi Santoso", None,
         "Peserta", event.title, "Berlaku", None, None, "Sakit, ikut susulan"),
        ("003/SERT/DISPUSIP-TPI/III/2026", dt.datetime(2026, 3, 12), "Dr. Rina Wati", None,
         "Narasumber", event.title, "Dicabut",
         dt.datetime.combine(revoked_on, dt.time()), "Gelar salah", None)]
    assert cells(from_tab) == expected
    assert cells(from_reports) == expected


def test_one_file_each_into_the_folder_chosen(page, course, usb_stick,  # noqa: F811
                                              message_boxes):
    from ui.certificates.actions import issue_and_save

    (usb_stick.path / "catatan.txt").write_text("tetap", encoding="utf-8")
    issue_and_save(page, separate=True)
    assert usb_stick.names == [None]  # a folder only: each file is named after its person
    files = sorted(usb_stick.path.glob("*.pdf"))
    assert len(files) == 2
    assert message_boxes[-1] == f"2 certificates saved to {usb_stick.path}. Read back and checked."
    assert (usb_stick.path / "catatan.txt").read_text(encoding="utf-8") == "tetap"


def test_the_public_key_is_saved_where_the_office_says(qtbot, database, usb_stick,
                                                       message_boxes):
    from models import settings
    from models.certificates import key_exchange
    from ui.certificates.keys_dialog import export_public_keys

    settings.save({"office_name": "Dinas Perpustakaan Kota Tanjungpinang"})
    path = export_public_keys(None)
    assert usb_stick.names == ["Kunci publik Dinas Perpustakaan Kota Tanjungpinang.txt"]
    assert path == usb_stick.path / usb_stick.names[0]
    assert path.read_text(encoding="utf-8") == key_exchange.public_keys_text(
        "Dinas Perpustakaan Kota Tanjungpinang")
    assert message_boxes[0].startswith(f"Saved to {path}.")


def test_the_first_signatory_is_not_offered_as_the_second(page, course):
    chair = Signatory.create(name="Budi Hartono, S.Sos.", title="Ketua Panitia")
    page.fill_choices()
    head = page.signatory_combo.currentData()
    items = page.second_combo.model()
    assert not items.item(page.second_combo.findData(head)).isEnabled()
    page.second_combo.setCurrentIndex(page.second_combo.findData(chair.id))
    # The chair moved to first: the second place, which held the chair, goes to nobody.
    page.signatory_combo.setCurrentIndex(page.signatory_combo.findData(chair.id))
    assert page.second_combo.currentData() is None
    assert not items.item(page.second_combo.findData(chair.id)).isEnabled()
    assert items.item(page.second_combo.findData(head)).isEnabled()


def test_a_signatory_receiving_a_certificate_is_warned_first(page, course, tmp_path,
                                                            message_boxes):
    from ui.certificates.actions import issue_and_save

    siti = Signatory.create(name="Dra. Siti Aminah", title="Kepala Seksi Layanan",
                            nip="196903091994032001")
    page.fill_choices()
    page.second_combo.setCurrentIndex(page.second_combo.findData(siti.id))
    out = tmp_path / "sertifikat.pdf"
    issue_and_save(page, separate=False, target=out)
    assert message_boxes[0] == (
        "Dra. Siti Aminah signs these certificates and receives one of them: that "
        "certificate would be signed by its own recipient. Choose another signatory for "
        "it, or issue anyway.")
    assert out.exists()  # the office answered "Issue anyway"


def test_the_editor_warns_of_overlapping_fields_and_keeps_the_qr_code_readable(qtbot, course):
    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    assert not editor.overlap_warning.isVisible()  # the default layout has none
    editor.choose_field("qr")
    assert editor.size_spin.minimum() == cert_layouts.QR_MIN_MM
    editor.size_spin.setValue(10)  # typed too small: held at the smallest that scans
    assert editor.layout_data.fields["qr"]["size"] == cert_layouts.QR_MIN_MM
    editor.x_spin.setValue(231.0)  # onto the first signatory's block
    editor.redraw()
    assert editor.overlap_warning.isVisible()
    assert editor.overlap_warning.text() == (
        "First signatory overlaps QR code: one would print over the other.")
    editor.x_spin.setValue(148.5)
    editor.redraw()
    assert not editor.overlap_warning.isVisible()


def test_the_editor_words_the_title_of_those_who_served(qtbot, course):
    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editor
    editor.choose_field("name")
    assert not editor.honour_title.isVisible()
    editor.choose_field("title")
    assert editor.honour_title.isVisible() and editor.honour_title.text() == ""
    qtbot.keyClicks(editor.honour_title, "PIAGAM PENGHARGAAN")
    dialog.save()
    saved = cert_layouts.load(CertificateLayout.get(CertificateLayout.is_default).id)
    assert saved.title_for("peserta") == "SERTIFIKAT"
    assert saved.title_for("narasumber") == "PIAGAM PENGHARGAAN"


def test_a_layout_saved_with_a_smaller_qr_code_opens_at_the_smallest_and_saves(qtbot, course,
                                                                          message_boxes):
    import json

    row = CertificateLayout.get_by_id(cert_layouts.ensure_default_layout().id)
    row.fields = json.dumps({"fields": {"qr": {"size": 15.0}}})  # as an older SiBina let it
    row.save()
    dialog = LayoutsDialog(None, course["event"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.choose_field("qr")
    assert dialog.editor.size_spin.value() == cert_layouts.QR_MIN_MM
    dialog.save()
    assert message_boxes == []  # not refused
    assert cert_layouts.load(row.id).fields["qr"]["size"] == cert_layouts.QR_MIN_MM
