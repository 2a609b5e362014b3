"""The sign-in sheet PDF: what a clerk reads on the printed page."""

import datetime as dt

import pytest
from pypdf import PdfReader

from models import settings
from models.attendance import marking
from models.events import participants
from models.events import planning as events
from models.messages import SiBinaError
from models.staff import staff_list as staff
from reports.attendance.sign_in_sheet import write_sign_in_sheets
from reports.pdf_base import missing_glyphs

DAY = dt.date(2026, 3, 10)  # a Tuesday


def pdf_text(path):
    reader = PdfReader(path)
    return [page.extract_text() for page in reader.pages]


@pytest.fixture
def seminar(database):
    settings.save({"head_name": "Drs. H. Raja Kamaruddin, M.Si.",
                   "head_nip": "197409082003011005", "head_title": "Kepala Dinas"})
    speaker = staff.save_person({"name": "Rina Marlina", "back_title": "M.Hum.",
                                 "is_external": True})
    event = events.save_event({"title": "Seminar Literasi Digital", "kind": "seminar",
                               "start_date": DAY, "end_date": DAY + dt.timedelta(days=1),
                               "venue": "Aula Perpustakaan"})
    first = events.save_session(event.id, {
        "date": DAY, "start_time": dt.time(8), "end_time": dt.time(9, 30),
        "topic": "Literasi Informasi", "room": "Ruang 1", "speaker": speaker.id, "jp": 2})
    events.save_session(event.id, {
        "date": DAY + dt.timedelta(days=1), "start_time": dt.time(13),
        "end_time": dt.time(14, 30), "topic": "Praktik Penelusuran", "room": "", "jp": 2})
    people = [staff.save_person({"name": name, "nip": nip, "position": "Pustakawan",
                                 "unit": unit})
              for name, nip, unit in (
                  ("Zainal Abidin", "198001012005011001", "Bidang Layanan"),
                  ("Ni'mah Ayu", "", "Bidang Pengolahan"),
                  ("Ĉecilia Sitompul", "", "Bidang Layanan"))]
    participants.add_people(event.id, [p.id for p in people])
    return event, first, people


def test_the_sheet_has_the_heading_session_columns_and_numbered_signature_cells(
        seminar, tmp_path):
    event, first, _people = seminar
    out = tmp_path / "daftar hadir.pdf"
    pages = write_sign_in_sheets(event.id, out, [first.id])
    [text] = pdf_text(out)
    assert pages == 1
    for words in ("DAFTAR HADIR PESERTA", "SEMINAR LITERASI DIGITAL", "Literasi Informasi",
                  "Selasa, 10 Maret 2026", "08.00–09.30 WIB", "Rina Marlina, M.Hum.",
                  "Ruang 1, Aula Perpustakaan", "No", "Nama", "NIP", "Jabatan/Instansi",
                  "Tanda Tangan", "19800101 200501 1 001", "Jumlah", "3 orang",
                  "Tanjungpinang, 10 Maret 2026", "Kepala Dinas",
                  "Drs. H. Raja Kamaruddin, M.Si.", "NIP. 19740908 200301 1 005",
                  "Halaman 1 dari 1"):
        assert words in text, words
    # Names by name as the default: the apostrophe and the accent print as typed.
    assert text.index("Ni'mah Ayu") < text.index("Zainal Abidin")
    assert "Ĉecilia Sitompul" in text
    assert "1. ..." in text and "2. ..." in text and "3. ..." in text


def test_participant_number_order_and_recorded_totals(seminar, tmp_path):
    event, first, people = seminar
    marking.set_marks(first.id, [people[0].id, people[1].id], "hadir")
    marking.set_marks(first.id, [people[2].id], "alpa")
    out = tmp_path / "sheet.pdf"
    write_sign_in_sheets(event.id, out, [first.id], order="number")
    [text] = pdf_text(out)
    assert text.index("Zainal Abidin") < text.index("Ni'mah Ayu") < text.index("Ĉecilia")
    assert "2 orang" in text and "1 orang" in text


def test_every_session_on_its_own_pages_and_long_lists_repeat_the_header(database, tmp_path):
    event = events.save_event({"title": "Bimtek Besar", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    for hour in (8, 10):
        events.save_session(event.id, {"date": DAY, "start_time": dt.time(hour),
                                       "end_time": dt.time(hour + 1), "topic": f"Sesi {hour}",
                                       "room": "", "jp": 1})
    people = [staff.save_person({"name": f"Peserta {n:03d}"}) for n in range(1, 121)]
    participants.add_people(event.id, [p.id for p in people])
    out = tmp_path / "all.pdf"
    pages = write_sign_in_sheets(event.id, out)
    texts = pdf_text(out)
    assert pages == len(texts) > 4
    sessions_started = [t for t in texts if "DAFTAR HADIR PESERTA" in t]
    assert len(sessions_started) == 2
    assert all("Tanda Tangan" in t for t in texts)  # the header on every page
    # Each session's sheets are numbered on their own: they are handed out apart.
    per_session = pages // 2
    second = texts.index(sessions_started[1])
    assert second == per_session
    assert "Halaman 1 dari" in texts[0] and "Halaman 1 dari" in texts[second]
    assert f"Halaman {per_session} dari {per_session}" in texts[second - 1]
    assert f"Halaman {per_session} dari {per_session}" in texts[-1]
    assert "120. ..." in texts[-1]


def test_the_signature_never_stands_alone_on_a_page(database, tmp_path):
    """However long the list, its last row is printed above the totals and signature."""
    people = [staff.save_person({"name": f"Peserta {n:02d}"}).id for n in range(1, 40)]
    for count in range(10, 40):
        event = events.save_event({"title": f"Bimtek {count}", "kind": "bimtek",
                                   "start_date": DAY, "end_date": DAY})
        events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                       "end_time": dt.time(9), "topic": "Sesi", "room": "",
                                       "jp": 1})
        participants.add_people(event.id, people[:count])
        out = tmp_path / f"sheet-{count}.pdf"
        write_sign_in_sheets(event.id, out)
        pages = pdf_text(out)
        assert f"{count}. ..." in pages[-1] and "Jumlah" in pages[-1], count
        # Rows moved over with the signature stand under the column names again.
        assert all("Tanda Tangan" in page for page in pages if "Peserta" in page), count


def test_an_event_without_sessions_is_refused_and_writes_nothing(database, tmp_path):
    event = events.save_event({"title": "Kosong", "kind": "seminar", "start_date": DAY,
                               "end_date": DAY})
    with pytest.raises(SiBinaError):
        write_sign_in_sheets(event.id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_bundled_font_covers_indonesian_names():
    assert missing_glyphs("Dra. Ni'mah Ĉecilia Sitompul, S.IP., M.Hum. — Ñ é ü") == set()
    assert missing_glyphs("名") == {"名"}
