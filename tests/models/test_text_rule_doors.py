"""The text rule (models.text_rules) at each door the earlier work left open: a control
character, a right-to-left override or an overlong text is refused with a message naming
the field, and nothing is stored."""

import datetime as dt

import pytest

from models.attendance import attachments, marking
from models.attendance.tables import Attendance
from models.certificates import issuing as certificates
from models.certificates import layout_pages, layouts
from models.certificates.issuing import Choice
from models.certificates.tables import Certificate, CertificateLayout
from models.evaluation import followups
from models.evaluation import service_stats as stats
from models.evaluation.tables import FollowUp, ServiceMetric
from models.events.tables import EventSession
from models.files import stored
from models.files.stored import StoredFile
from models.messages import SiBinaError, ValidationError
from tests import crafted

ESC, RLO = "\x1b", "\u202e"


def refusal(call) -> str:
    with pytest.raises(SiBinaError) as err:
        call()
    return err.value.msg.english()


def test_a_service_metric_name(database):
    stats.ensure_default_metrics()
    before = list(ServiceMetric.select(ServiceMetric.name).tuples())
    said = refusal(lambda: stats.add_metric(f"Kunjungan{ESC}daring"))
    assert said.startswith("The metric's name: This holds an invisible control character "
                           "(U+001B) after “Kunjungan”")
    first = ServiceMetric.select().first()
    assert "U+202E" in refusal(lambda: stats.rename_metric(first.id, f"Pinjam{RLO}an"))
    assert "101 characters" in refusal(lambda: stats.add_metric("K" * 101))
    assert list(ServiceMetric.select(ServiceMetric.name).tuples()) == before


def test_what_changed_after_a_training(course):
    event = course["event"]
    values = {"person": course["siti"].id, "date": event.end_date + dt.timedelta(days=90),
              "applied": "yes", "changes": f"Katalog{RLO} baru"}
    with pytest.raises(ValidationError) as err:
        followups.add_followup(event.id, values)
    assert "U+202E" in err.value.problems["changes"].english()
    assert FollowUp.select().count() == 0
    # Several lines are what the field is for.
    record = followups.add_followup(event.id, {**values, "changes": "Katalog baru\nRak baru"})
    with pytest.raises(ValidationError) as err:
        followups.edit_followup(record.id, {"changes": "x" * 4001})
    assert "4001" in err.value.problems["changes"].english()
    assert FollowUp.get_by_id(record.id).changes == "Katalog baru\nRak baru"


@pytest.mark.parametrize(("change", "said"), [
    ({"name": f"Bingkai{ESC}"}, "The layout's name: This holds an invisible control"),
    ({"texts": {"title": f"SERTIFIKAT{RLO}"}}, "The wording of Title: This holds an "
                                               "invisible control character (U+202E)"),
    ({"texts": {"given_to": "d" * 301}}, "The wording of “diberikan kepada”: This is 301 "
                                         "characters long"),
    ({"roles": {"peserta": f"sebagai{ESC} PESERTA"}}, "The role wording for peserta: This "
                                                      "holds an invisible control"),
])
def test_a_certificate_layout_s_wording(database, change, said):
    layout = layouts.Layout(name="Bingkai")
    for key, value in change.items():
        current = getattr(layout, key)
        setattr(layout, key, {**current, **value} if isinstance(current, dict) else value)
    assert refusal(lambda: layouts.save(layout)).startswith(said)
    assert CertificateLayout.select().count() == 0


def test_an_attendance_note(course):
    session = EventSession.select().first()
    siti = course["siti"].id
    assert "U+0007" in refusal(lambda: marking.set_marks(session.id, [siti], "izin",
                                                         note="Sakit\x07"))
    said = refusal(lambda: marking.set_marks(session.id, [siti], "izin", f"Rina{RLO}"))
    assert said.startswith("Recorded by: This holds an invisible control character (U+202E)")
    mark = Attendance.get(Attendance.session == session.id, Attendance.person == siti)
    assert (mark.status, mark.note) == ("hadir", "")


def test_a_scanned_sheet_s_description_and_file_name(course, tmp_path):
    session = EventSession.select().first()
    scan = crafted.pdf(tmp_path / "daftar hadir.pdf")
    said = refusal(lambda: attachments.attach(session.id, scan, f"Sesi 1{ESC}"))
    assert said.startswith("The description: This holds an invisible control character")
    # "daftar‮fdp.exe" shows as "daftarexe.pdf": a name that reads otherwise than it is.
    tricked = scan.rename(tmp_path / f"daftar{RLO}fdp.pdf")
    said = refusal(lambda: stored.store(tricked))
    assert said.startswith("The file's name: This holds an invisible control character "
                           "(U+202E) after “daftar”")
    # A certificate background is kept as a picture drawn from the file, under its name.
    assert refusal(lambda: layout_pages.store_background(tricked)) == said
    assert StoredFile.select().count() == 0


def test_why_a_certificate_is_included_or_revoked(course):
    event, budi, siti = course["event"], course["budi"], course["siti"]
    said = refusal(lambda: certificates.issue(
        event.id, [Choice(budi.id, "peserta", f"Tugas{RLO} kantor")], dt.date(2026, 3, 12)))
    assert said.startswith("Why Budi Santoso is included: This holds an invisible control")
    assert Certificate.select().count() == 0
    [made] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 12))
    said = refusal(lambda: certificates.revoke(made.number, f"Salah{ESC} nama"))
    assert said.startswith("Why it is revoked: This holds an invisible control character")
    assert Certificate.get_by_id(made.id).revoked_at is None


def test_the_certificate_number_pattern(database):
    from models import settings
    from models.certificates.numbers import current_pattern, pattern_problem

    pattern = f"{{seq:03d}}/SERT{RLO}/{{year}}"
    said = pattern_problem(pattern).english()
    assert said.startswith("The number pattern: This holds an invisible control character "
                           "(U+202E) after “{seq:03d}/SERT”")
    settings.save({"certificate_number_pattern": pattern})  # as an older SiBina stored it
    assert RLO not in current_pattern()
