"""Every dialog fits a 1024×768 screen less its taskbar, filled as the demo office fills it:
its size, and every button of it inside what shows (the Schedule's Close button and JP
column fell off the right edge)."""

import ast
import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QTableView, QTreeView

from models.db import db, open_database
from models.demo import fill as demo
from models.evaluation.tables import EventQuestionnaire, FollowUp, Questionnaire
from models.events.tables import Event, EventSession, Registration
from models.network import directory
from models.network.tables import Cooperation
from models.opportunities.tables import Opportunity
from tests import crafted
from tests.response_files import row, write_csv
from tests.sheets import write_xlsx

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 7)
FITS = (1000, 700)  # 1024×768 less a taskbar and the window's frame


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    open_database(path)
    demo.fill_demo(today=TODAY)
    db.close()
    db.initialize(None)
    return path


@pytest.fixture
def office(demo_file, tmp_path):
    """The demo office's database, a copy per test."""
    path = tmp_path / "sibina.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()
    db.initialize(None)


def busiest_event() -> Event:
    """The event with most sessions: the widest schedule and the longest lists."""
    return max(Event.select(), key=lambda e: (e.sessions.count(), e.registrations.count()))


def _forms(event):
    return [link.questionnaire for link in
            EventQuestionnaire.select().where(EventQuestionnaire.event == event)]


def open_outside(parent, tmp_path):
    from models.certificates import outside
    from ui.certificates.outside_dialog import OutsideCertificateDialog

    event = Event.get_by_id(Registration.select().first().event_id)
    return OutsideCertificateDialog(parent, event, outside.rows(event.id)[0])


def open_staff_import(parent, tmp_path):
    from ui.staff.import_dialog import ImportDialog

    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        ["NIP", "Nama", "Jabatan", "Pangkat/Golongan", "Unit Kerja"],
        ["196903091994032001", "Dra. Siti Aminah, M.Hum.", "Pustakawan Ahli Utama",
         "Pembina Utama Muda, IV/c", "Bidang Layanan dan Pelestarian Bahan Pustaka"],
        ["19850115201001", "Budi Santoso, S.Kom.", "Pranata Komputer", "", "TI"]])
    return ImportDialog(parent, str(path))


def open_response_import(parent, tmp_path):
    from ui.evaluations.response_import_dialog import ResponseImportDialog

    event = busiest_event()
    path = write_csv(tmp_path / "jawaban.csv", [row("", "Siti Aminah"), row("", "Budi")])
    return ResponseImportDialog(parent, event.id, _forms(event)[0].id, str(path))


def open_preview(parent, tmp_path):
    from ui.common.files.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(parent, crafted.pdf(tmp_path / "a.pdf", pages=2), "Sertifikat")


def open_import_preview(parent, tmp_path):
    from ui.common.files.import_preview import ImportPreviewDialog

    rows = [([str(n), "Siti Aminah", "Pustakawan Ahli Madya", "baru"], n % 3 == 0,
             "Baris ditolak: NIP harus 18 angka" if n % 3 == 0 else "") for n in range(40)]
    return ImportPreviewDialog(parent, "Impor", "40 baris", ["Baris", "Nama", "Jabatan",
                                                             "Hasil"], rows, "Impor", True)


def _event(cls_path, *extra):
    def make(parent, tmp_path):
        module, name = cls_path.rsplit(".", 1)
        cls = getattr(__import__(module, fromlist=[name]), name)
        return cls(parent, busiest_event().id, *[e() for e in extra])
    return make


def _plain(cls_path, *args):
    def make(parent, tmp_path):
        module, name = cls_path.rsplit(".", 1)
        cls = getattr(__import__(module, fromlist=[name]), name)
        return cls(parent, *[a() if callable(a) else a for a in args])
    return make


def _session():
    return busiest_event().sessions.order_by(EventSession.date).first().id


def _form():
    return _forms(busiest_event())[0].id


def _busiest_organisation():
    """The organisation with the most contacts (Perpusnas in the demo), its lists fullest."""
    return max(directory.search(), key=lambda row: row.contacts + row.cooperations).id


def _followup():
    return FollowUp.select().first()


OPENERS = {
    "ui.competency.add_to_event.AddToEventDialog": _plain(
        "ui.competency.add_to_event.AddToEventDialog", list(range(1, 41)),
        "Teknologi Informasi dan Digitalisasi"),
    "ui.audit.window.AuditLogDialog": _plain("ui.audit.window.AuditLogDialog"),
    "ui.attendance.attachments_dialog.AttachmentsDialog": _plain(
        "ui.attendance.attachments_dialog.AttachmentsDialog", _session),
    "ui.attendance.checkin_dialog.CheckinDialog": _plain(
        "ui.attendance.checkin_dialog.CheckinDialog", _session),
    "ui.certificates.eligibility_dialog.EligibilityDialog": _event(
        "ui.certificates.eligibility_dialog.EligibilityDialog"),
    "ui.certificates.layouts_dialog.LayoutsDialog": _event(
        "ui.certificates.layouts_dialog.LayoutsDialog"),
    "ui.certificates.outside_dialog.OutsideCertificatesDialog": lambda p, t: __import__(
        "ui.certificates.outside_dialog", fromlist=["x"]).OutsideCertificatesDialog(
        p, Registration.select().first().event_id),
    "ui.certificates.outside_dialog.OutsideCertificateDialog": open_outside,
    "ui.certificates.register_dialog.RegisterDialog": _event(
        "ui.certificates.register_dialog.RegisterDialog"),
    "ui.certificates.signatories_dialog.SignatoriesDialog": _plain(
        "ui.certificates.signatories_dialog.SignatoriesDialog"),
    "ui.certificates.signatories_dialog.SignatoryDialog": _plain(
        "ui.certificates.signatories_dialog.SignatoryDialog"),
    "ui.certificates.verify_dialog.VerifyDialog": _plain(
        "ui.certificates.verify_dialog.VerifyDialog"),
    "ui.certificates.keys_dialog.KeysDialog": _plain("ui.certificates.keys_dialog.KeysDialog"),
    "ui.certificates.keys_dialog.PassphraseDialog": _plain(
        "ui.certificates.keys_dialog.PassphraseDialog", True),
    "ui.certificates.keys_dialog.LeakDateDialog": _plain(
        "ui.certificates.keys_dialog.LeakDateDialog", "1f05dd11"),
    "ui.common.files.drive_chooser.DriveChooser": _plain(
        "ui.common.files.drive_chooser.DriveChooser", "Simpan", "test-fit", "Rekap JP 2026.xlsx",
        ["Buku kerja Excel (*.xlsx)"]),
    "ui.common.files.import_preview.ImportPreviewDialog": open_import_preview,
    "ui.common.files.pdf_preview.PdfPreviewDialog": open_preview,
    "ui.evaluations.followups_due_dialog.FollowUpsDueDialog": lambda p, t: __import__(
        "ui.evaluations.followups_due_dialog", fromlist=["x"]).FollowUpsDueDialog(
        p, today=TODAY),
    "ui.evaluations.followups_panel.FollowUpDialog": lambda p, t: __import__(
        "ui.evaluations.followups_panel", fromlist=["x"]).FollowUpDialog(
        p, _followup().event_id, _followup().id, today=TODAY),
    "ui.evaluations.response_entry.ResponseEntryDialog": _event(
        "ui.evaluations.response_entry.ResponseEntryDialog", _form),
    "ui.evaluations.response_import_dialog.ResponseImportDialog": open_response_import,
    "ui.evaluations.service_stats_dialog.ServiceStatsDialog": _plain(
        "ui.evaluations.service_stats_dialog.ServiceStatsDialog", TODAY.year),
    "ui.evaluations.speaker_ratings_dialog.SpeakerRatingsDialog": _plain(
        "ui.evaluations.speaker_ratings_dialog.SpeakerRatingsDialog"),
    "ui.evaluations.template_editor.TemplateEditor": _plain(
        "ui.evaluations.template_editor.TemplateEditor", lambda: Questionnaire.select(
        ).first().id),
    "ui.evaluations.templates_dialog.TemplatesDialog": _plain(
        "ui.evaluations.templates_dialog.TemplatesDialog"),
    "ui.events.actions.DuplicateDialog": _plain("ui.events.actions.DuplicateDialog",
                                                busiest_event),
    "ui.events.add_by_filter_dialog.AddByFilterDialog": _event(
        "ui.events.add_by_filter_dialog.AddByFilterDialog"),
    "ui.events.event_dialog.EventDialog": lambda p, t: __import__(
        "ui.events.event_dialog", fromlist=["x"]).EventDialog(p, busiest_event().id),
    "ui.events.letters_dialog.LettersDialog": _event("ui.events.letters_dialog.LettersDialog"),
    "ui.events.payments_dialog.PaymentsDialog": _event(
        "ui.events.payments_dialog.PaymentsDialog"),
    "ui.events.participants_dialog.ParticipantsDialog": _event(
        "ui.events.participants_dialog.ParticipantsDialog"),
    "ui.events.pick_people_dialog.PickPeopleDialog": _event(
        "ui.events.pick_people_dialog.PickPeopleDialog"),
    "ui.events.schedule_dialog.ScheduleDialog": _event(
        "ui.events.schedule_dialog.ScheduleDialog"),
    "ui.events.session_dialog.SessionDialog": _event(
        "ui.events.session_dialog.SessionDialog", _session),
    "ui.events.themes_dialog.ThemesDialog": _plain("ui.events.themes_dialog.ThemesDialog"),
    "ui.server_dialog.ServerDialog": _plain("ui.server_dialog.ServerDialog"),
    "ui.network.cooperation_dialog.CooperationDialog": _plain(
        "ui.network.cooperation_dialog.CooperationDialog", _busiest_organisation,
        lambda: Cooperation.select().first().id),
    "ui.network.offer_dialog.OfferDialog": _plain(
        "ui.network.offer_dialog.OfferDialog", lambda: Opportunity.select().first().id, TODAY),
    "ui.network.organisation_dialog.OrganisationDialog": _plain(
        "ui.network.organisation_dialog.OrganisationDialog", _busiest_organisation),
    "ui.network.send_staff_dialog.SendStaffDialog": _plain(
        "ui.network.send_staff_dialog.SendStaffDialog",
        lambda: Opportunity.select().where(Opportunity.event.is_null(False)).first().id),
    "ui.settings_dialog.SettingsDialog": _plain("ui.settings_dialog.SettingsDialog"),
    "ui.staff.import_dialog.ImportDialog": open_staff_import,
    "ui.staff.person_dialog.PersonDialog": lambda p, t: __import__(
        "ui.staff.person_dialog", fromlist=["x"]).PersonDialog(p, 1),
    "ui.users.login_dialog.LoginDialog": _plain("ui.users.login_dialog.LoginDialog"),
    "ui.users.password_dialog.PasswordDialog": _plain(
        "ui.users.password_dialog.PasswordDialog", 1, True),
    "ui.users.user_dialog.UserDialog": _plain("ui.users.user_dialog.UserDialog"),
    "ui.users.users_dialog.UsersDialog": _plain("ui.users.users_dialog.UsersDialog"),
}


def dialog_classes() -> set[str]:
    """Every class in ui/ built on QDialog, read from the source."""
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", "") == "QDialog" for base in node.bases):
                module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
                found.add(f"{module}.{node.name}")
    return found


def test_every_dialog_is_tried():
    assert dialog_classes() == set(OPENERS)


def outside_of(widget, dialog) -> bool:
    rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    return not dialog.rect().contains(rect)


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_dialog_fits_a_small_screen(qtbot, qapp, office, tmp_path, name, monkeypatch):
    from ui import i18n
    from ui.common.files import drive_chooser

    i18n.install(qapp, "id")  # the office's words, longer than the English

    monkeypatch.setattr(drive_chooser, "volumes", lambda: [
        (tmp_path, "KINGSTON", 8 * 1024 ** 3, False, True)])
    dialog: QDialog = OPENERS[name](None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width, height = FITS
    size = dialog.size()
    assert size.width() <= width and size.height() <= height, (name, size)
    least = dialog.minimumSizeHint()
    assert least.width() <= width and least.height() <= height, (name, least)
    cut = [b.text() for b in dialog.findChildren(QAbstractButton)
           if b.isVisibleTo(dialog) and outside_of(b, dialog)]
    assert not cut, (name, cut)
    # Every column of a table shows without scrolling sideways (the Schedule's JP).
    for view in dialog.findChildren(QTableView) + dialog.findChildren(QTreeView):
        if view.isVisibleTo(dialog) and view.model() is not None and view.model().rowCount():
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            assert header.length() <= view.viewport().width() + 1, (
                name, view.objectName() or type(view.model()).__name__, header.length(),
                view.viewport().width())


def main_window(qtbot, width, height, demo=True):
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    window = MainWindow(Path("/home/kantor/Dokumen/SiBina/data/sibina-demo.sqlite"), demo=demo)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_events_list_gives_its_room_to_titles(qtbot, office, width):
    window = main_window(qtbot, width, 740)
    window.show_page("events_page")
    table = window.events_page.table
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    from ui.events.table_model import STATUS, TITLE

    assert widths[TITLE] == max(widths)
    assert widths[STATUS] <= 120
    assert table.horizontalHeader().length() <= table.viewport().width() + 1  # Status shows


def test_the_status_bar_shows_each_of_its_words(qtbot, qapp, office):
    from ui import i18n

    i18n.install(qapp, "id")  # the longer words
    window = main_window(qtbot, 1024, 740)
    bar = window.statusBar()
    assert window.width() == 1024  # the status bar does not widen the window past the screen
    shown = [w for w in bar.findChildren(QLabel) if w.isVisibleTo(bar) and w.text()]
    assert len(shown) == 3  # the database, the backup reminder, the demo badge
    for i, one in enumerate(shown):
        assert one.width() >= one.sizeHint().width(), one.text()  # not cut
        for other in shown[i + 1:]:
            assert not one.geometry().intersects(other.geometry()), (one.text(), other.text())
    where = bar.findChild(QLabel, "databaseFile")
    assert where.text() == "Basis data: sibina-demo.sqlite"
    assert where.toolTip() == "/home/kantor/Dokumen/SiBina/data/sibina-demo.sqlite"


def test_the_schedule_gives_its_room_to_topics(qtbot, office, tmp_path):
    dialog = OPENERS["ui.events.schedule_dialog.ScheduleDialog"](None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    from ui.events.schedule_table_model import TOPIC

    widths = [dialog.table.columnWidth(c) for c in range(dialog.model.columnCount())]
    assert widths[TOPIC] >= 200 and widths[TOPIC] >= max(widths[TOPIC + 1:])
