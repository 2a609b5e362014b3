"""The sign-in sheet as the office hands it out: 20 or so rows a page, the venue once, the
moderator named, totals left for the pen before the session, a sheet for the committee."""

import datetime as dt

import pytest
from pypdf import PdfReader

from models import settings
from models.attendance import marking
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from reports.attendance.sign_in_sheet import write_sign_in_sheets

DAY = dt.date(2026, 3, 10)
LONG_POSITION = "Pustakawan Ahli Pertama"
LONG_UNIT = "Bidang Pengembangan Koleksi dan Pengolahan Bahan Pustaka"


def pdf_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def bimtek(database):
    settings.save({"head_name": "Drs. H. Raja Kamaruddin, M.Si."})
    speaker = staff.save_person({"name": "Rina Marlina", "is_external": True})
    moderator = staff.save_person({"name": "Yusuf Ramadhan", "position": "Pranata Komputer"})
    event = events.save_event({"title": "Bimtek Pengolahan Bahan Pustaka", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY,
                               "venue": "Aula Lantai 2"})
    session = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(9, 30), "topic": "DDC",
        "room": "Aula", "speaker": speaker.id, "moderator": moderator.id, "jp": 2})
    people = [staff.save_person({"name": f"Peserta Bernama Cukup Panjang {n:02d}",
                                 "nip": f"1980010120050110{n:02d}", "position": LONG_POSITION,
                                 "unit": LONG_UNIT}) for n in range(1, 61)]
    participants.add_people(event.id, [p.id for p in people])
    committee = staff.save_person({"name": "Siti Aisyah", "position": "Bendahara"})
    participants.add_people(event.id, [committee.id], role="panitia")
    return event, session, people


def test_sixty_people_fit_on_three_pages(bimtek, tmp_path):
    event, session, _people = bimtek
    out = tmp_path / "daftar.pdf"
    pages = write_sign_in_sheets(event.id, out, [session.id], today=DAY - dt.timedelta(1))
    texts = pdf_text(out)
    assert pages == len(texts) <= 3
    assert "60. ..." in texts[-1]


def test_the_venue_is_printed_once_and_the_moderator_named(bimtek, tmp_path):
    event, session, _people = bimtek
    out = tmp_path / "daftar.pdf"
    write_sign_in_sheets(event.id, out, [session.id], today=DAY)
    first = pdf_text(out)[0]
    assert "Tempat : Aula Lantai 2" in first and "Aula, Aula" not in first
    assert "Moderator : Yusuf Ramadhan" in first


def test_totals_are_left_blank_before_the_session(bimtek, tmp_path):
    event, session, people = bimtek
    marking.set_marks(session.id, [people[0].id], "izin")  # a leave typed in advance
    out = tmp_path / "daftar.pdf"
    write_sign_in_sheets(event.id, out, [session.id], today=DAY - dt.timedelta(days=3))
    last = pdf_text(out)[-1]
    assert "Hadir : ........ orang" in last and "Tidak hadir : ........ orang" in last
    assert " 0 orang" not in last and "Jumlah : 60 orang" in last


def test_counts_are_printed_once_the_session_is_held(bimtek, tmp_path):
    event, session, people = bimtek
    marking.set_marks(session.id, [p.id for p in people[:58]], "hadir")
    out = tmp_path / "daftar.pdf"
    write_sign_in_sheets(event.id, out, [session.id], today=DAY)
    last = pdf_text(out)[-1]
    assert "Hadir : 58 orang" in last and "Tidak hadir : 2 orang" in last


def test_the_committee_and_speakers_have_a_sheet_of_their_own(bimtek, tmp_path):
    event, session, _people = bimtek
    out = tmp_path / "panitia.pdf"
    write_sign_in_sheets(event.id, out, [session.id], crew=True, today=DAY)
    [text] = pdf_text(out)
    assert "DAFTAR HADIR PANITIA DAN NARASUMBER" in text
    for who in ("Rina Marlina", "Narasumber", "Yusuf Ramadhan", "Moderator", "Siti Aisyah",
                "Panitia"):
        assert who in text, who
    assert "Peserta Bernama" not in text and "Jumlah : 3 orang" in text
