"""The JP a certificate states is the JP its holder's transcript shows for the event."""

import datetime as dt

from pypdf import PdfReader

from models.attendance import marking
from models.certificates import issuing as certificates
from models.certificates.issuing import Choice
from reports.certificates import printing as cert_pdf
from reports.recaps import recaps
from reports.report_writer import write_report
from tests.builders import DAY, event_with_sessions, staff_member


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_a_certificate_states_the_jp_its_holder_attended_as_the_transcript_does(
        database, tmp_path):
    ani = staff_member("Ani Lestari", "198501012010012001")
    event, sessions = event_with_sessions("Pelatihan Katalogisasi", "pelatihan",
                                          hours=(8, 10, 13), jp=3, participants=[ani])
    for session in sessions[:2]:  # two of three sessions: 6 JP of the event's 9
        marking.set_marks(session.id, [ani.id], "hadir")
    made = certificates.issue(event.id, [Choice(ani.id, "peserta", "Ujian susulan")],
                              DAY + dt.timedelta(days=1))

    out = tmp_path / "sertifikat.pdf"
    cert_pdf.write_merged([made[0].id], out)
    transcript = recaps.transcript(ani.id, today=DAY + dt.timedelta(days=30))
    row = transcript.tables[0].rows[0]
    written = tmp_path / "riwayat.pdf"
    write_report(transcript, written)

    assert "dengan jumlah 6 jam pelajaran (JP)" in _text(out)
    assert "9 jam pelajaran" not in _text(out)
    assert row[4] == 6 and row[5] == made[0].number
    assert made[0].number.replace(" ", "") in _text(written).replace(" ", "")


def _issued_text(event, person, tmp_path) -> str:
    made = certificates.issue(event.id, [Choice(person.id, "peserta")],
                              DAY + dt.timedelta(days=1))
    out = tmp_path / "sertifikat.pdf"
    cert_pdf.write_merged([made[0].id], out)
    return _text(out)


def test_an_online_event_is_held_online_not_at_its_meeting_app(database, tmp_path):
    ani = staff_member("Ani Lestari")
    event, sessions = event_with_sessions("Webinar Literasi Digital", "webinar", mode="daring",
                                          venue="Zoom Meeting", participants=[ani])
    marking.set_marks(sessions[0].id, [ani.id], "hadir")
    marking.set_marks(sessions[1].id, [ani.id], "hadir")
    text = _issued_text(event, ani, tmp_path)
    assert ("yang diselenggarakan oleh Perpustakaan Kota Tanjungpinang secara daring pada "
            "10 Maret 2026") in text
    assert "Zoom" not in text


def test_a_co_organised_event_s_certificate_names_both_bodies(database, tmp_path):
    ani = staff_member("Ani Lestari")
    event, sessions = event_with_sessions(
        "Pelatihan Katalogisasi RDA", "pelatihan", venue="Aula", organiser_external=True,
        organiser_name="Perpustakaan Nasional RI", co_organised=True, participants=[ani])
    for session in sessions:
        marking.set_marks(session.id, [ani.id], "hadir")
    text = _issued_text(event, ani, tmp_path)
    assert ("yang diselenggarakan oleh Perpustakaan Kota Tanjungpinang bersama Perpustakaan "
            "Nasional RI pada 10 Maret 2026 di Aula") in text


def test_a_layout_may_state_the_event_s_jp_with_the_attended_jp_on_the_back(
        database, tmp_path):
    from models.certificates import layouts as cert_layouts

    ani = staff_member("Ani Lestari")
    event, sessions = event_with_sessions("Pelatihan Katalogisasi", "pelatihan",
                                          hours=(8, 10, 13), jp=3, participants=[ani])
    for session in sessions[:2]:
        marking.set_marks(session.id, [ani.id], "hadir")
    layout = cert_layouts.Layout(name="JP kegiatan")
    layout.style["event_jp"] = True
    layout_id = cert_layouts.save(layout).id
    made = certificates.issue(event.id, [Choice(ani.id, "peserta", "Ujian susulan")],
                              DAY + dt.timedelta(days=1), layout_id)

    out = tmp_path / "sertifikat.pdf"
    assert cert_pdf.write_merged([made[0].id], out, back_page=False) == 2  # back page all the same
    front, back = (" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    row = recaps.transcript(ani.id, today=DAY + dt.timedelta(days=30)).tables[0].rows[0]

    assert "dengan jumlah 9 jam pelajaran (JP)" in front
    assert "Jam pelajaran yang diikuti: 6 JP dari 9 JP" in back
    assert row[4] == 6
