"""Events run by outside bodies: no office certificate, the outside one recorded, its JP
counted wherever a person's JP is."""

import datetime as dt

import pytest

from models.attendance import marking
from models.certificates import issuing as certificates
from models.certificates import outside
from models.certificates.issuing import Choice
from models.certificates.tables import Certificate, OutsideCertificate
from models.events import jp, participants
from models.events.jp import earned
from models.files.stored import StoredFile
from models.messages import SiBinaError
from models.staff.history import history
from reports.recaps import recaps
from tests import crafted
from tests.builders import DAY, event_with_sessions, staff_member

PERPUSNAS = "Perpustakaan Nasional RI"
LATER = DAY + dt.timedelta(days=30)


@pytest.fixture
def webinar(database):
    """A Perpusnas webinar of two 2-JP sessions; Ani attended both."""
    ani = staff_member("Ani Lestari", "198501012010012001")
    event, sessions = event_with_sessions(
        "Webinar Literasi Digital", "webinar", organiser_external=True,
        organiser_name=PERPUSNAS, mode="daring", participants=[ani])
    for session in sessions:
        marking.set_marks(session.id, [ani.id], "hadir")
    return {"event": event, "ani": ani}


def test_an_outside_body_s_event_gives_no_office_certificate(webinar):
    with pytest.raises(SiBinaError) as refused:
        certificates.issue(webinar["event"].id, [Choice(webinar["ani"].id, "peserta")], LATER)
    assert "organised by Perpustakaan Nasional RI" in refused.value.msg.english()
    assert "record each participant's certificate" in refused.value.msg.english()
    assert Certificate.select().count() == 0


def test_a_co_organised_event_gives_the_office_certificate(webinar):
    from models.events.tables import Event

    Event.update(co_organised=True).where(Event.id == webinar["event"].id).execute()
    made = certificates.issue(webinar["event"].id, [Choice(webinar["ani"].id, "peserta")],
                              LATER)
    assert len(made) == 1
    with pytest.raises(SiBinaError):  # and no outside certificate to record
        outside.record(webinar["event"].id, webinar["ani"].id, "X/1", PERPUSNAS, LATER, 4)


def test_the_recorded_jp_counts_on_the_transcript_and_the_jp_recap(webinar, tmp_path):
    event, ani = webinar["event"], webinar["ani"]
    scan = tmp_path / "sertifikat.pdf"
    crafted.pdf(scan)
    original = scan.read_bytes()
    outside.record(event.id, ani.id, " 1234/PERPUSNAS/2026 ", PERPUSNAS, DAY, 8, scan)
    (tmp_path / "out").mkdir()

    row = recaps.transcript(ani.id, today=LATER).tables[0].rows[0]
    assert row[4] == 8 and row[5] == "1234/PERPUSNAS/2026"
    assert jp.in_year(DAY.year)[ani.id] == 8  # the JP recap's figure
    assert history(ani.id)[0].attended_jp == 8
    assert earned(event_id=event.id) == {(ani.id, event.id): 8}
    kept = OutsideCertificate.get()
    copy = outside.export_scan(kept.scan_id, tmp_path / "out")
    assert copy.name.endswith("sertifikat.pdf") and copy.read_bytes() == original


def test_without_a_recorded_certificate_the_attended_sessions_count(webinar):
    assert jp.in_year(DAY.year)[webinar["ani"].id] == 4


def test_correcting_a_record_replaces_it_and_its_scan(webinar, tmp_path):
    event, ani = webinar["event"], webinar["ani"]
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    crafted.picture(first)
    crafted.picture(second, size=(30, 20))
    outside.record(event.id, ani.id, "1/A", PERPUSNAS, DAY, 8, first)
    outside.record(event.id, ani.id, "1/B", PERPUSNAS, DAY, 6, second)

    kept = OutsideCertificate.get()
    assert (kept.number, kept.jp, OutsideCertificate.select().count()) == ("1/B", 6, 1)
    assert [bytes(f.data) for f in StoredFile.select()] == [second.read_bytes()]
    assert outside.remove(event.id, ani.id)
    assert StoredFile.select().count() == 0
    assert jp.in_year(DAY.year)[ani.id] == 4


@pytest.mark.parametrize(("number", "issuer", "day", "jp", "says"), [
    ("", PERPUSNAS, DAY, 8, "number is required"),
    ("1/A", " ", DAY, 8, "who issued"),
    ("1/A", PERPUSNAS, DAY - dt.timedelta(days=1), 8, "before the event began"),
    ("1/A", PERPUSNAS, DAY, 0, "more than 0"),
    ("1/A", PERPUSNAS, DAY, 2026, "at most 1000"),
    ("1/A\x1b[2J", PERPUSNAS, DAY, 8, "certificate number: This holds an invisible control"),
    ("1/\u202eA", PERPUSNAS, DAY, 8, "U+202E"),
    ("1/" + "9" * 99, PERPUSNAS, DAY, 8, "at most 100 fit"),
    ("1/A", "Perpusnas\x00", DAY, 8, "issuer: This holds"),
    ("1/A", "P" * 201, DAY, 8, "at most 200 fit"),
])
def test_a_bad_record_is_refused_and_changes_nothing(webinar, number, issuer, day, jp, says):
    with pytest.raises(SiBinaError) as refused:
        outside.record(webinar["event"].id, webinar["ani"].id, number, issuer, day, jp)
    assert says in refused.value.msg.english()
    assert OutsideCertificate.select().count() == 0


@pytest.mark.parametrize(("name", "says"), [
    ("sertifikat.docx", "sertifikat.docx cannot be used: only PNG, JPEG or PDF files are "
                        "accepted."),
    ("sertifikat.pdf", "sertifikat.pdf cannot be used: it is not a PDF SiBina can read."),
    ("sertifikat.png", "sertifikat.png cannot be used: it is not a PNG or JPEG picture "
                       "SiBina can read."),
])
def test_a_scan_must_be_a_pdf_or_a_picture(webinar, tmp_path, name, says):
    """Refused by the one check every stored file passes (models.files.checks), whatever
    the name says: a text file named .pdf or .png too."""
    wrong = tmp_path / name
    wrong.write_text("Sertifikat webinar, diketik ulang", encoding="utf-8")
    with pytest.raises(SiBinaError) as refused:
        outside.record(webinar["event"].id, webinar["ani"].id, "1/A", PERPUSNAS, DAY, 8, wrong)
    assert refused.value.msg.english() == says
    assert OutsideCertificate.select().count() == StoredFile.select().count() == 0


def test_only_participants_get_an_outside_certificate(webinar):
    budi = staff_member("Budi Santoso")
    with pytest.raises(SiBinaError) as refused:
        outside.record(webinar["event"].id, budi.id, "1/A", PERPUSNAS, DAY, 8)
    assert "Budi Santoso is not a participant" in refused.value.msg.english()


def test_rows_show_who_has_one_recorded(webinar):
    budi = staff_member("Budi Santoso")
    participants.add_people(webinar["event"].id, [budi.id])
    outside.record(webinar["event"].id, webinar["ani"].id, "1/A", PERPUSNAS, DAY, 8)
    ani, budi_row = outside.rows(webinar["event"].id)
    assert (ani.name, ani.number, ani.issuer, ani.jp) == ("Ani Lestari", "1/A", PERPUSNAS, 8)
    assert (budi_row.name, budi_row.number, budi_row.jp) == ("Budi Santoso", "", None)


def test_an_event_with_recorded_outside_certificates_is_not_deleted(webinar):
    from models.attendance.tables import Attendance
    from models.events import planning
    from models.events.tables import Event, EventSession

    event = webinar["event"]
    # Perpusnas' sessions are often not kept here at all: the certificate is the record.
    Attendance.delete().execute()
    EventSession.delete().where(EventSession.event == event.id).execute()
    outside.record(event.id, webinar["ani"].id, "1/A", PERPUSNAS, DAY, 8)
    with pytest.raises(SiBinaError, match="certificates from the organiser have been recorded"):
        planning.delete_event(event.id)
    assert Event.select().count() == OutsideCertificate.select().count() == 1


def test_a_registration_with_a_recorded_certificate_is_cancelled_not_removed(webinar):
    from models.attendance.tables import Attendance
    from models.events.tables import Registration

    event, ani = webinar["event"], webinar["ani"]
    Attendance.delete().execute()  # only the certificate keeps the registration now
    outside.record(event.id, ani.id, "1/A", PERPUSNAS, DAY, 8)
    registration = Registration.get(Registration.person == ani.id)
    for remove in (lambda: participants.remove(registration.id),
                   lambda: participants.remove_many([registration.id])):
        with pytest.raises(SiBinaError, match="certificate of Ani Lestari has been recorded"):
            remove()
    assert Registration.select().count() == 1


@pytest.mark.parametrize("change", [{"organiser_external": False, "organiser_name": ""},
                                    {"co_organised": True}])
def test_an_event_with_recorded_outside_certificates_stays_the_outside_body_s(webinar,
                                                                              change):
    """Made the office's own (or shared), its recorded certificates would stop counting and
    the office's own would be issued instead: refused, naming how many are recorded."""
    from models.events import planning
    from models.events.tables import Event
    from models.messages import ValidationError

    event = webinar["event"]
    outside.record(event.id, webinar["ani"].id, "1/A", PERPUSNAS, DAY, 8)
    values = {f: getattr(event, f) for f in planning.EVENT_FIELDS} | change
    with pytest.raises(ValidationError) as refused:
        planning.save_event(values, event.id)
    assert ("Certificates from the organiser are recorded for this event (1)"
            in refused.value.msg.english())
    stored = Event.get_by_id(event.id)
    assert (stored.organiser_external, stored.co_organised) == (True, False)
    assert earned(webinar["ani"].id, event.id) == {(webinar["ani"].id, event.id): 8.0}
