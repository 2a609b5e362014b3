"""An outside body's event on the Certificates tab: why no office certificate, and the
participants' own certificates recorded through the keyboard."""

import datetime as dt

from PySide6.QtCore import Qt

from models.attendance import marking
from models.certificates.tables import Certificate, OutsideCertificate
from models.events import jp
from reports.recaps import recaps
from tests import crafted
from tests.builders import DAY, answering, event_with_sessions, staff_member, when_modal
from ui.certificates.outside_dialog import OutsideCertificateDialog, OutsideCertificatesDialog
from ui.certificates.page import CertificatesPage

PERPUSNAS = "Perpustakaan Nasional RI"


def _webinar():
    ani = staff_member("Ani Lestari", "198501012010012001")
    budi = staff_member("Budi Santoso")
    event, sessions = event_with_sessions(
        "Webinar Literasi Digital", "webinar", organiser_external=True,
        organiser_name=PERPUSNAS, mode="daring", participants=[ani, budi])
    for session in sessions:
        marking.set_marks(session.id, [ani.id, budi.id], "hadir")
    return event, ani, budi


def test_the_tab_says_why_and_offers_to_record_instead(qtbot, database):
    event, _ani, _budi = _webinar()
    page = CertificatesPage()
    qtbot.addWidget(page)
    page.set_event(event.id)
    assert page.table.rowCount() == 0
    assert page.summary.text().startswith(
        "Perpustakaan Nasional RI organised this event and gives its own certificates")
    assert "Outside certificates…" in page.summary.text()
    assert not page.save_button.isEnabled() and not page.preview_button.isEnabled()
    assert not page.outside_button.isHidden()

    opened = []
    when_modal(lambda dialog: opened.append(dialog.windowTitle()),
               kind=OutsideCertificatesDialog)
    page.outside_button.click()
    assert opened == ["Outside certificates: Webinar Literasi Digital"]
    assert Certificate.select().count() == 0


def test_a_participant_s_certificate_is_recorded_by_keyboard(qtbot, database, tmp_path):
    event, ani, budi = _webinar()
    scan = tmp_path / "sertifikat-ani.pdf"
    crafted.pdf(scan)
    dialog = OutsideCertificatesDialog(None, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, 0).text() == "Ani Lestari"

    def fill(form: OutsideCertificateDialog):
        assert form.issuer.text() == PERPUSNAS  # the organiser, ready
        assert form.jp.value() == 4  # the event's JP, until the certificate says otherwise
        qtbot.keyClicks(form.number, "0417/PERPUSNAS/03/2026")
        form.jp.setValue(6)
        form.set_scan(str(scan))
        qtbot.keyClick(form.number, Qt.Key.Key_Return)

    with answering(fill):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    kept = OutsideCertificate.get()
    assert (kept.person_id, kept.number, kept.issuer, kept.issued_on, kept.jp) == (
        ani.id, "0417/PERPUSNAS/03/2026", PERPUSNAS, DAY, 6)
    assert dialog.table.item(0, 2).text() == "0417/PERPUSNAS/03/2026"
    assert dialog.table.item(0, 5).text() == "6" and dialog.table.item(0, 6).text() == "Yes"
    assert dialog.open_button.isEnabled() and dialog.edit_button.text() == "&Edit…"
    assert jp.in_year(DAY.year) == {ani.id: 6, budi.id: 4}
    row = recaps.transcript(ani.id, today=DAY + dt.timedelta(days=9)).tables[0].rows[0]
    assert (row[4], row[5]) == (6, "0417/PERPUSNAS/03/2026")


def test_a_bad_record_is_said_in_the_dialog_and_saves_nothing(qtbot, database):
    event, _ani, _budi = _webinar()
    dialog = OutsideCertificatesDialog(None, event.id)
    qtbot.addWidget(dialog)
    said = []

    def fill(form: OutsideCertificateDialog):
        form.save()  # no number typed
        said.append(form.problem.text())
        assert form.isVisible()

    with answering(fill):
        dialog.edit_selected()
    assert said == ["The certificate number is required."]
    assert OutsideCertificate.select().count() == 0
