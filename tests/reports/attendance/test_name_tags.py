"""Name tags: ten a page, each with the name, institution and the check-in code."""

import datetime as dt

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from models.events import participants
from models.events import planning as events
from models.messages import SiBinaError
from models.staff import staff_list as staff
from models.staff.tables import Person
from reports.attendance.name_tags import NAME_SIZES, fit_name, write_name_tags
from reports.pdf_base import BOLD, register_fonts

DAY = dt.date(2026, 3, 10)


def test_tags_carry_name_institution_number_and_a_code_saved_for_check_in(database, tmp_path):
    event = events.save_event({"title": "Bimtek Katalogisasi", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY})
    people = [staff.save_person({"name": f"Peserta {n:02d}", "unit": "Bidang Layanan"})
              for n in range(1, 13)]
    guest = staff.save_person({"name": "Ni'mah Ayu", "is_external": True,
                               "institution": "Perpustakaan Provinsi Kepri"})
    participants.add_people(event.id, [p.id for p in people] + [guest.id])
    out = tmp_path / "tags.pdf"
    assert write_name_tags(event.id, out) == 13
    pages = [p.extract_text() for p in PdfReader(out).pages]
    assert len(pages) == 2  # ten a sheet
    everything = "\n".join(pages)
    codes = {p.id: p.checkin_code for p in Person.select()}
    assert all(codes[p.id] and codes[p.id] in everything for p in people + [guest])
    assert "Ni'mah Ayu" in pages[0] and "Perpustakaan Provinsi Kepri" in pages[0]
    assert "Peserta 12" in pages[1] and "No. 12" in pages[1]
    assert everything.count("Bimtek Katalogisasi") == 13


def read_qr_codes(path) -> list[list]:
    """Each page's QR codes as a scanner reads them, top row first, left to right."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            found = zxingcpp.read_barcodes(page.render(scale=150 / 72).to_pil())
            pages.append(sorted(found, key=lambda c: (c.position.top_left.y // 100,
                                                      c.position.top_left.x)))
        return pages
    finally:
        document.close()


def test_each_tag_s_qr_code_scans_to_its_person_s_check_in_code(database, tmp_path):
    event = events.save_event({"title": "Bimtek Katalogisasi", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY})
    people = [staff.save_person({"name": f"Peserta {n:02d}"}) for n in range(1, 13)]
    guest = staff.save_person({"name": "Ani Rahayu", "is_external": True})
    participants.add_people(event.id, [p.id for p in people] + [guest.id])
    out = tmp_path / "tags.pdf"
    write_name_tags(event.id, out)  # by name: Ani first, then Peserta 01 to 12
    codes = {p.name: p.checkin_code for p in Person.select()}
    first, second = read_qr_codes(out)
    assert all(code.format == zxingcpp.BarcodeFormat.QRCode for code in first + second)
    by_name = ["Ani Rahayu"] + [f"Peserta {n:02d}" for n in range(1, 13)]
    assert [code.text for code in first + second] == [codes[name] for name in by_name]


def test_no_participants_is_refused(database, tmp_path):
    event = events.save_event({"title": "Kosong", "kind": "seminar", "start_date": DAY,
                               "end_date": DAY})
    with pytest.raises(SiBinaError):
        write_name_tags(event.id, tmp_path / "tags.pdf")
    assert not (tmp_path / "tags.pdf").exists()


def test_a_long_name_shrinks_then_wraps_to_two_lines_within_the_width():
    register_fonts()
    width = 50 * 2.835
    size, lines = fit_name("Budi Santoso", width)
    assert (size, lines) == (NAME_SIZES[0], ["Budi Santoso"])
    long_name = "Prof. Dr. Hj. Raden Ayu Sri Kusumawardhani Puspitasari, S.IP., M.Hum."
    size, lines = fit_name(long_name, width)
    assert size == NAME_SIZES[-1] and len(lines) == 2
    assert all(stringWidth(line, BOLD, size) <= width for line in lines)


def test_every_role_has_tags_with_its_band(database, tmp_path):
    event = events.save_event({"title": "Seminar Literasi", "kind": "seminar",
                               "start_date": DAY, "end_date": DAY})
    speaker = staff.save_person({"name": "Dr. Rina Marlina", "is_external": True})
    moderator = staff.save_person({"name": "Yusuf Ramadhan"})
    committee = staff.save_person({"name": "Siti Aisyah"})
    guest = staff.save_person({"name": "Budi Santoso"})
    events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                   "end_time": dt.time(10), "topic": "Literasi", "room": "",
                                   "speaker": speaker.id, "moderator": moderator.id, "jp": 2})
    participants.add_people(event.id, [guest.id])
    participants.add_people(event.id, [committee.id], role="panitia")
    out = tmp_path / "tags.pdf"
    assert write_name_tags(event.id, out) == 4
    [page] = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    for name, band in (("Dr. Rina Marlina", "NARASUMBER"), ("Yusuf Ramadhan", "MODERATOR"),
                       ("Siti Aisyah", "PANITIA"), ("Budi Santoso", "PESERTA")):
        assert name in page and band in page, name
    assert page.count("PESERTA") == 1  # one band on each tag, the person's own role
