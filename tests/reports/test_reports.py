"""Every report from the demo data: what the PDF says, what the workbook's cells hold."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models import demo, settings
from models.event import Event
from models.person import Person
from reports import recaps, recaps_event
from reports.catalogue import BY_CODE, KINDS, build
from reports.report_writer import number_text, write_report

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def office(database):
    demo.fill_demo(today=TODAY)
    return database


def pdf_text(path) -> tuple[int, str]:
    pages = PdfReader(path).pages
    return len(pages), " ".join(" ".join(p.extract_text().split()) for p in pages)


def first_finished() -> Event:
    return Event.select().where(Event.status == "finished").order_by(Event.start_date).first()


def test_every_kind_in_every_format(office, tmp_path):
    event = first_finished()
    person = Person.select().where(~Person.is_external).order_by(Person.id).first()
    for kind in KINDS:
        made = build(kind.code, event=event.id, year=2025, person=person.id)
        for suffix in kind.formats:
            out = tmp_path / f"{kind.code}.{suffix}"
            write_report(made, out)
            assert out.stat().st_size > 0, (kind.code, suffix)
        pages, text = pdf_text(tmp_path / f"{kind.code}.pdf")
        assert made.title in text and f"Halaman {pages} dari {pages}" in text
        assert settings.get("office_name") in text  # the letterhead
        assert "Kepala Dinas Perpustakaan dan Kearsipan" in text  # the signature block


def test_attendance_recap_counts_each_session(office, tmp_path):
    event = first_finished()
    made = recaps.attendance_recap(event.id)
    out = tmp_path / "hadir.xlsx"
    write_report(made, out)
    sheet = load_workbook(out)["Kehadiran"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["No", "Nama", "NIP", "Jabatan/Instansi"]
    assert header[-3:] == ["Hadir", "Hadir (%)", "JP hadir"]
    sessions = [h for h in header if h.startswith("S") and h[1:].isdigit()]
    first = [c.value for c in sheet[2]]
    marks = first[4:4 + len(sessions)]
    assert first[-3] == sum(1 for m in marks if m in ("H", "T"))  # hadir counts late too
    assert first[-2] == pytest.approx(round(100 * first[-3] / len(sessions), 1))
    assert isinstance(first[-1], float | int)  # numbers as numbers
    nips = [sheet.cell(row=r, column=3) for r in range(2, sheet.max_row + 1)
            if sheet.cell(row=r, column=3).value]
    assert nips and all(c.data_type == "s" and c.value.count(" ") == 3 for c in nips)


def test_jp_recap_says_who_is_below_the_target(office, tmp_path):
    made = recaps.jp_recap(2025)
    rows = made.tables[0].rows
    target = settings.get("jp_target")
    for row in rows:
        jp, short, status = row[6], row[7], row[8]
        assert short == max(0, target - jp)
        assert status == ("Belum" if short else "Tercapai")
    below = sum(1 for r in rows if r[7] > 0)
    assert ("Belum mencapai target", f"{below} orang") in made.facts
    out = tmp_path / "jp.pdf"
    write_report(made, out)
    _pages, text = pdf_text(out)
    assert "REKAP JAM PELAJARAN (JP) TAHUN 2025" in text and "Ringkasan per unit kerja" in text
    one_unit = recaps.jp_recap(2025, rows[0][3])
    assert {r[3] for r in one_unit.tables[0].rows} == {rows[0][3]}


def test_transcript_lists_years_roles_and_certificate_numbers(office, tmp_path):
    from models.certificate import Certificate

    cert = Certificate.select().where(Certificate.revoked_at.is_null()).first()
    made = recaps.transcript(cert.person_id)
    out = tmp_path / "riwayat.pdf"
    write_report(made, out)
    _pages, text = pdf_text(out)
    assert "RIWAYAT PENGEMBANGAN KOMPETENSI" in text
    assert cert.number in text.replace(" ", "") and cert.person.full_name in text
    assert f"Tahun {cert.event.start_date.year}" in text


def test_event_report_has_each_part(office, tmp_path):
    event = first_finished()
    Event.update(conclusions="Kegiatan berjalan lancar.",
                 recommendations="Tambah sesi praktik.").where(Event.id == event.id).execute()
    out = tmp_path / "laporan.pdf"
    write_report(recaps_event.event_report(event.id), out)
    _pages, text = pdf_text(out)
    for part in ("LAPORAN PELAKSANAAN KEGIATAN", "Latar Belakang", "Jadwal dan Materi",
                 "Narasumber", "Ringkasan Kehadiran per Sesi", "Peserta dan Kehadiran",
                 "Ringkasan Evaluasi", "Hasil Pre-test dan Post-test", "Tindak Lanjut",
                 "Kesimpulan Kegiatan berjalan lancar.", "Rekomendasi Tambah sesi praktik.",
                 event.title):
        assert part in text, part
    assert text.index("Latar Belakang") < text.index("Jadwal dan Materi") < text.index(
        "Kesimpulan")


def test_annual_report_with_its_charts(office, tmp_path):
    made = recaps_event.annual_report(2025)
    assert [c.title for c in made.parts if hasattr(c, "values")] == [
        "Jumlah kegiatan per jenis", "Kunjungan per bulan"]
    out = tmp_path / "tahunan.xlsx"
    write_report(made, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Per jenis", "Per tema", "Kegiatan", "Layanan"]
    kinds = list(book["Per jenis"].iter_rows(min_row=2, values_only=True))
    events_2025 = Event.select().where(Event.start_date.year == 2025,
                                       Event.status != "cancelled").count()
    assert sum(row[1] for row in kinds) == events_2025
    pdf = tmp_path / "tahunan.pdf"
    write_report(made, pdf)
    # The charts are drawn, not pictures: the only picture is the letterhead's logo.
    assert [len(page.images) for page in PdfReader(pdf).pages][1:] == [0] * (
        len(PdfReader(pdf).pages) - 1)
    assert len(PdfReader(pdf).pages[0].images) == 1


def test_formula_like_text_stays_text(office, tmp_path):
    person = Person.select().where(~Person.is_external).first()
    Person.update(position="=HYPERLINK(\"http://x\",\"klik\")").where(
        Person.id == person.id).execute()
    made = recaps.jp_recap(2025)
    write_report(made, tmp_path / "jp.xlsx")
    sheet = load_workbook(tmp_path / "jp.xlsx").active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row
             if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)
    write_report(made, tmp_path / "jp.csv")
    text = (tmp_path / "jp.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text


def test_numbers_print_the_indonesian_way():
    assert number_text(1234.5) == "1.234,5"
    assert number_text(87.0) == "87"
    assert number_text(12345) == "12.345"
    assert BY_CODE["jp-recap"].needs == ("year",)
