"""The event's lists and forms as PDF and XLSX, opened and read for what the office checks:
names, NIP grouped, dates in Indonesian, amounts, the honorarium's PPh 21 and totals."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models import settings
from models.certificates import issuing as certificates
from models.certificates.issuing import Choice
from models.events import participants as registration
from models.letters.numbers import papers_of, register
from models.letters.payments import set_amounts
from models.messages import SiBinaError
from reports.letters.papers import write_each_paper, write_paper
from tests.builders import event_with_sessions, external, staff_member

DAY = dt.date(2026, 12, 14)
START = dt.date(2026, 12, 9)  # a Wednesday


def pdf_text(path) -> str:
    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def course(database):
    settings.save({"city": "Tanjungpinang", "head_name": "Drs. H. Raja Ahmad, M.Si.",
                   "head_rank": "Pembina, IV/a", "head_nip": "197001011995031001",
                   "head_title": "Kepala Dinas"})
    siti = staff_member("Siti Aminah", "198001012005012001", front_title="Dra.",
                        rank="Penata, III/c", position="Pustakawan Ahli Muda")
    budi = staff_member("Budi Santoso", "199002022015031002", rank="Pengatur, II/c",
                        position="Pranata Komputer")
    dewi = staff_member("Dewi Lestari", "197505052000032001", rank="Pembina, IV/a",
                        position="Kepala Bidang")
    rina = external("Rina Wati", front_title="Dr.", institution="Universitas Maritim")
    joko = staff_member("Joko Widodo", "", position="Tenaga Kontrak",
                        employment="NON_ASN")
    event, sessions = event_with_sessions(
        "Bimtek Katalogisasi", days=(START, START + dt.timedelta(days=1)),
        topics=("Notasi DDC", "Tajuk Subjek", "RDA", "Praktik"), speaker=rina,
        participants=[siti, budi], venue="Aula Lantai 2")
    registration.add_people(event.id, [dewi.id], role="panitia")
    registration.add_people(event.id, [joko.id], role="panitia")
    registration.add_people(event.id, [rina.id], role="narasumber")
    return {"event": event, "sessions": sessions, "siti": siti, "budi": budi,
            "dewi": dewi, "rina": rina, "joko": joko}


def honoraria(course):
    set_amounts(course["event"].id, "honorarium", {
        course["rina"].id: 1_250_000, course["dewi"].id: 1_000_000,
        course["joko"].id: 500_000})


def test_the_honorarium_list_withholds_pph_21_by_golongan(course, tmp_path):
    honoraria(course)
    out = tmp_path / "honor.pdf"
    paper = write_paper("honorarium", course["event"].id, out, DAY)
    text = pdf_text(out)
    for wanted in ("DAFTAR PENERIMAAN HONORARIUM", "BIMTEK KATALOGISASI",
                   "9–10 Desember 2026", "Aula Lantai 2", "Dr. Rina Wati",
                   "Dewi Lestari", "NIP. 19750505 200003 2 001", "IV/a",
                   # Dewi (IV) 15% of 1.000.000; Rina and Joko (no golongan) 5%.
                   "Rp1.000.000 15% Rp150.000 Rp850.000",
                   "Rp1.250.000 5% Rp62.500 Rp1.187.500",
                   "Rp500.000 5% Rp25.000 Rp475.000",
                   "Jumlah Rp2.750.000 Rp237.500 Rp2.512.500",
                   "Tanjungpinang, 14 Desember 2026", "Bendahara Pengeluaran",
                   "NIP. 19700101 199503 1 001"):
        assert wanted in text, wanted
    assert paper.number == "" and register() == []
    assert [p.kind for p in papers_of(course["event"].id)] == ["honorarium"]


def test_golongan_iii_pays_five_percent_and_the_office_may_change_the_rate(course, tmp_path):
    registration.add_people(course["event"].id, [course["siti"].id], role="moderator")
    set_amounts(course["event"].id, "honorarium", {course["siti"].id: 1_000_000})
    write_paper("honorarium", course["event"].id, tmp_path / "a.pdf", DAY)
    assert "Rp1.000.000 5% Rp50.000 Rp950.000" in pdf_text(tmp_path / "a.pdf")
    settings.save({"pph21_golongan_iii": 6})
    write_paper("honorarium", course["event"].id, tmp_path / "b.pdf", DAY)
    assert "Rp1.000.000 6% Rp60.000 Rp940.000" in pdf_text(tmp_path / "b.pdf")


def test_the_honorarium_workbook_computes_with_formulas(course, tmp_path):
    honoraria(course)
    out = tmp_path / "honor.xlsx"
    write_paper("honorarium", course["event"].id, out, DAY)
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=6)]
    assert rows[0][:9] == ["No", "Nama", "NIP", "Peran", "Gol.", "Honorarium (bruto)",
                           "Tarif PPh 21 (%)", "PPh 21", "Diterima (netto)"]
    by_name = {row[1]: row for row in rows[1:]}
    dewi = by_name["Dewi Lestari"]
    row = rows.index(dewi) + 6
    assert dewi[2:7] == ["19750505 200003 2 001", "Panitia", "IV/a", 1_000_000, 15]
    assert dewi[7:9] == [f"=ROUNDDOWN(F{row}*G{row}/100,0)", f"=F{row}-H{row}"]
    assert by_name["Dr. Rina Wati"][5:7] == [1_250_000, 5]
    total = rows[-1]
    assert total[1] == "Jumlah" and total[5] == "=SUM(F7:F9)" and total[7] == "=SUM(H7:H9)"
    assert total[8] == "=SUM(I7:I9)"
    assert sheet["A1"].value == "DAFTAR PENERIMAAN HONORARIUM"
    # The figures are kept beside the formulas, for a viewer that computes nothing.
    values = [[c.value for c in r] for r in load_workbook(out, data_only=True).active
              .iter_rows(min_row=7)]
    assert values[-1][5:9] == [2_750_000, None, 237_500, 2_512_500]
    assert [row[7:9] for row in values if row[1] == "Dewi Lestari"] == [[150_000, 850_000]]


def test_a_kuitansi_spells_the_amount(course, tmp_path):
    honoraria(course)
    out = tmp_path / "kuitansi.pdf"
    write_paper("honorarium", course["event"].id, out, DAY, course["rina"].id)
    text = pdf_text(out)
    for wanted in ("KUITANSI", "Rp1.250.000", "Satu juta dua ratus lima puluh ribu rupiah",
                   "Honorarium sebagai Narasumber pada kegiatan Bimtek Katalogisasi",
                   "PPh 21 (5%) : Rp62.500", "Diterima bersih : Rp1.187.500",
                   "Yang menerima", "Dr. Rina Wati", "Lunas dibayar"):
        assert wanted in text, wanted
    assert len(PdfReader(out).pages) == 1


def test_one_kuitansi_per_payee_into_a_folder(course, tmp_path):
    honoraria(course)
    written = write_each_paper("honorarium", course["event"].id, tmp_path, DAY)
    assert sorted(p.name for p in written) == [
        "Kuitansi Honorarium Dewi Lestari.pdf", "Kuitansi Honorarium Dr. Rina Wati.pdf",
        "Kuitansi Honorarium Joko Widodo.pdf"]
    assert "Rp850.000" in pdf_text(tmp_path / "Kuitansi Honorarium Dewi Lestari.pdf")
    assert len(papers_of(course["event"].id)) == 3


def test_no_honorarium_typed_is_said_and_nothing_recorded(course, tmp_path):
    with pytest.raises(SiBinaError, match="No honorarium"):
        write_paper("honorarium", course["event"].id, tmp_path / "h.pdf", DAY)
    assert papers_of(course["event"].id) == []


def test_the_allowance_list_as_pdf_and_workbook(course, tmp_path):
    event_id = course["event"].id
    set_amounts(event_id, "transport", {course["siti"].id: 150_000,
                                        course["budi"].id: 150_000})
    set_amounts(event_id, "uang_saku", {course["siti"].id: 100_000})
    write_paper("allowance", event_id, tmp_path / "a.pdf", DAY)
    text = pdf_text(tmp_path / "a.pdf")
    for wanted in ("DAFTAR PENERIMAAN UANG TRANSPORT DAN UANG SAKU", "Dra. Siti Aminah",
                   "NIP. 19800101 200501 2 001", "Rp150.000 Rp100.000 Rp250.000",
                   "Rp150.000 Rp0 Rp150.000", "Jumlah Rp300.000 Rp100.000 Rp400.000"):
        assert wanted in text, wanted
    write_paper("allowance", event_id, tmp_path / "a.xlsx", DAY)
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "a.xlsx").active
            .iter_rows(min_row=7)]
    assert rows[0][1:7] == ["Dra. Siti Aminah", "19800101 200501 2 001",
                            "Pustakawan Ahli Muda", 150_000, 100_000, "=E7+F7"]
    assert rows[-1][1] == "Jumlah" and rows[-1][6] == "=SUM(G7:G8)"
    values = [[c.value for c in r] for r in load_workbook(
        tmp_path / "a.xlsx", data_only=True).active.iter_rows(min_row=7)]
    assert values[0][6] == 250_000 and values[-1][4:7] == [300_000, 100_000, 400_000]


def test_an_amount_out_of_bounds_or_for_someone_not_paid_changes_nothing(course):
    from models.letters.payments import amounts

    event_id = course["event"].id
    with pytest.raises(SiBinaError, match="Siti Aminah"):
        set_amounts(event_id, "transport", {course["budi"].id: 100, course["siti"].id: -5})
    with pytest.raises(SiBinaError, match="Rina Wati"):
        set_amounts(event_id, "transport", {course["rina"].id: 100})
    assert amounts(event_id, "transport") == {}
    set_amounts(event_id, "transport", {course["budi"].id: 100})
    set_amounts(event_id, "transport", {course["budi"].id: 0})
    assert amounts(event_id, "transport") == {}


def test_the_committee_signs_a_sheet_each_day(course, tmp_path):
    out = tmp_path / "panitia.pdf"
    write_paper("committee-sheet", course["event"].id, out, DAY)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 2
    assert "DAFTAR HADIR PANITIA" in pages[0] and "Rabu, 9 Desember 2026" in pages[0]
    assert "Kamis, 10 Desember 2026" in pages[1]
    for wanted in ("Dewi Lestari", "19750505 200003 2 001", "Panitia", "Joko Widodo"):
        assert wanted in pages[0], wanted
    assert "Siti Aminah" not in pages[0] and "Rina Wati" not in pages[0]


def test_speakers_and_moderators_sign_for_each_session(course, tmp_path):
    first = course["sessions"][0]
    from models.events import planning

    planning.save_session(course["event"].id, {
        "date": first.date, "start_time": first.start_time, "end_time": first.end_time,
        "topic": first.topic, "room": "", "jp": first.jp, "speaker": course["rina"].id,
        "moderator": course["siti"].id}, first.id)
    out = tmp_path / "narasumber.pdf"
    write_paper("speaker-sheet", course["event"].id, out, DAY)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) == 4
    assert "DAFTAR HADIR NARASUMBER DAN MODERATOR" in pages[0]
    for wanted in ("Notasi DDC", "Rabu, 9 Desember 2026", "08.00–10.00 WIB",
                   "Dr. Rina Wati", "Narasumber", "Dra. Siti Aminah", "Moderator",
                   "19800101 200501 2 001"):
        assert wanted in pages[0], wanted
    assert "Siti Aminah" not in pages[1]


def test_the_certificate_receipt_lists_the_certificates_in_force(course, tmp_path):
    certificates.ensure_default_signatory()
    certificates.issue(course["event"].id, [
        Choice(course["siti"].id, "peserta", "Hadir penuh"),
        Choice(course["budi"].id, "peserta", "Hadir penuh")], dt.date(2026, 12, 11))
    out = tmp_path / "tanda terima.pdf"
    write_paper("certificate-receipt", course["event"].id, out, DAY)
    text = pdf_text(out)
    for wanted in ("TANDA TERIMA SERTIFIKAT", "Dra. Siti Aminah",
                   "NIP. 19800101 200501 2 001", "Budi Santoso", "/SERT/",
                   "Tanjungpinang, 14 Desember 2026", "Drs. H. Raja Ahmad, M.Si."):
        assert wanted in text, wanted


def test_the_programme_day_by_day(course, tmp_path):
    out = tmp_path / "acara.pdf"
    write_paper("programme", course["event"].id, out, DAY)
    text = pdf_text(out)
    for wanted in ("SUSUNAN ACARA", "Hari ke-1: Rabu, 9 Desember 2026",
                   "08.00–10.00 WIB Notasi DDC Dr. Rina Wati",
                   "Hari ke-2: Kamis, 10 Desember 2026", "Praktik"):
        assert wanted in text, wanted
    assert text.index("Notasi DDC") < text.index("Hari ke-2") < text.index("RDA")


def test_a_suffix_the_paper_is_not_made_as_is_refused(course, tmp_path):
    with pytest.raises(SiBinaError, match=r"Susunan Acara is made as \.pdf, not as \.docx"):
        write_paper("programme", course["event"].id, tmp_path / "acara.docx", DAY)
    with pytest.raises(SiBinaError, match=r"\.docx"):
        write_paper("invitation", course["event"].id, tmp_path / "u.pdf", DAY)
    assert papers_of(course["event"].id) == []


def test_the_letter_register_on_the_reports_tab(course, tmp_path):
    from reports.catalogue import build
    from reports.report_writer import write_report

    write_paper("invitation", course["event"].id, tmp_path / "u.docx", DAY)
    write_paper("programme", course["event"].id, tmp_path / "p.pdf", DAY)  # not numbered
    out = tmp_path / "register.xlsx"
    write_report(build("letter-register", year=2026), out)
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "005/1/PERPUS-TPI/XII/2026" in cells and "Surat Undangan" in cells
    assert "Susunan Acara" not in cells


def test_a_name_the_font_cannot_print_is_said_first(course, tmp_path):
    from models.staff.tables import Person
    from reports.glyphs import MissingCharacters

    Person.update(name="Joko 王").where(Person.id == course["joko"].id).execute()
    with pytest.raises(MissingCharacters, match="Joko"):
        write_paper("committee-sheet", course["event"].id, tmp_path / "p.pdf", DAY)
    assert papers_of(course["event"].id) == [] and not (tmp_path / "p.pdf").exists()
    write_paper("committee-sheet", course["event"].id, tmp_path / "p.pdf", DAY,
                missing_ok=True)
