"""The event report in the chapters of a real *laporan pelaksanaan kegiatan*, read back
from the PDF: what a clerk checks before taking it to be signed."""

import datetime as dt

import pytest
from PIL import Image
from pypdf import PdfReader

from models import settings
from models.events import participants
from models.events import planning as events
from reports.recaps.event_report import event_report
from reports.report_writer import write_report
from tests.builders import event_with_sessions, external, staff_member

DAY = dt.date(2026, 3, 10)
TEXTS = {"description": "Banyak perpustakaan sekolah belum mengolah koleksinya.",
         "legal_basis": "DPA Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang 2026.",
         "objectives": "Peserta mampu mengklasifikasi koleksi dengan DDC.",
         "audience": "Pengelola perpustakaan sekolah dasar se-Kota Tanjungpinang.",
         "funding": "APBD Kota Tanjungpinang Tahun Anggaran 2026.",
         "obstacles": "Sebagian peserta datang terlambat pada hari pertama."}


@pytest.fixture
def bimtek(database, tmp_path):
    settings.save({"head_name": "Dra. Hj. Nurhayati, M.Si."})
    speaker = external("Dr. Rina Kartika", institution="Perpustakaan Nasional RI")
    people = [staff_member(f"Peserta Nomor {n}", position="Pustakawan") for n in range(1, 4)]
    event, _sessions = event_with_sessions("Bimtek Klasifikasi DDC", speaker=speaker,
                                           participants=people, venue="Aula Lantai 2",
                                           **TEXTS)
    committee = staff_member("Yusuf Ramadhan", position="Pranata Komputer")
    participants.add_people(event.id, [committee.id], role="panitia")
    photo = tmp_path / "pembukaan.jpg"
    Image.new("RGB", (120, 80), "teal").save(photo, "JPEG")
    values = {"title": event.title, "kind": event.kind, "start_date": DAY, "end_date": DAY,
              "venue": event.venue, **TEXTS}
    events.save_event(values, event.id, photos=[(photo, "Pembukaan oleh Kepala Dinas")])
    events.save_notes(event.id, "Kegiatan berjalan lancar.", "Adakan lanjutan tahun depan.")
    return event


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_chapters_come_in_the_order_of_a_real_report(bimtek, tmp_path):
    out = tmp_path / "laporan.pdf"
    write_report(event_report(bimtek.id, today=DAY), out)
    text = pdf_text(out)
    order = ["I. PENDAHULUAN", "A. Latar Belakang", "B. Dasar Pelaksanaan",
             "C. Maksud dan Tujuan", "D. Sasaran", "II. PELAKSANAAN", "A. Waktu dan Tempat",
             "B. Peserta", "C. Narasumber dan Materi", "D. Panitia", "E. Pembiayaan",
             "III. HASIL", "A. Kehadiran", "B. Evaluasi", "C. Hambatan", "IV. PENUTUP",
             "A. Kesimpulan", "B. Saran"]
    places = [text.index(heading) for heading in order]
    assert places == sorted(places)
    for words in TEXTS.values():
        assert words in text
    assert "Yusuf Ramadhan" in text  # the committee
    assert "Sesi 1, Selasa, 10 Maret 2026" in text  # attendance per session, with its date


def test_the_attachments_come_after_the_signature(bimtek, tmp_path):
    out = tmp_path / "laporan.pdf"
    write_report(event_report(bimtek.id, today=DAY), out)
    text = pdf_text(out)
    conclusion = text.index("Kegiatan berjalan lancar.")
    signature = text.index("Dra. Hj. Nurhayati, M.Si.")
    appendix = text.index("LAMPIRAN")
    assert conclusion < signature < appendix
    assert appendix < text.index("Lampiran 1. Daftar Hadir Peserta") < text.index(
        "Lampiran 2. Dokumentasi Kegiatan") < text.index("Pembukaan oleh Kepala Dinas")
    assert text.index("Peserta Nomor 1") > signature  # the list is attached, not reported


def test_an_empty_chapter_is_left_out_not_printed_as_a_dash(bimtek, tmp_path):
    values = {"title": bimtek.title, "kind": bimtek.kind, "start_date": DAY, "end_date": DAY,
              **TEXTS, "legal_basis": "", "obstacles": ""}
    events.save_event(values, bimtek.id)
    out = tmp_path / "laporan.pdf"
    write_report(event_report(bimtek.id, today=DAY), out)
    text = pdf_text(out)
    assert "Dasar Pelaksanaan" not in text and "Hambatan" not in text
    assert "B. Maksud dan Tujuan" in text and "C. Sasaran" in text  # lettered on
    before = text.split("LAMPIRAN")[0]
    assert " - " not in before, before[before.index(" - ") - 80:before.index(" - ") + 40]


def test_the_venue_is_named_once(bimtek):
    events.save_session(bimtek.id, {"date": DAY, "start_time": dt.time(15),
                                     "end_time": dt.time(16), "topic": "Praktik",
                                     "room": "Aula", "jp": 1})
    made = event_report(bimtek.id, today=DAY)
    where = next(p for p in made.parts if getattr(p, "heading", "") == "A. Waktu dan Tempat")
    assert "di Aula Lantai 2," in where.text and "Aula, Aula" not in where.text
