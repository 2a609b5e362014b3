"""The competency papers: the development plan, the needs list and the map, opened and
read (PDF words, workbook cells, CSV rows)."""

import csv

from openpyxl import load_workbook
from pypdf import PdfReader

from models import settings
from reports.competency import papers
from reports.report_writer import write_report
from tests.competency_office import TODAY
from tests.sheets import table_values


def pdf_words(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_development_plan_as_pdf_xlsx_and_csv(office, tmp_path):
    settings.save({"head_name": "Drs. H. Raja Kamaruddin", "head_nip": "197409082003011005"})
    made = papers.plan_report(2026, today=TODAY)
    write_report(made, tmp_path / "plan.pdf")
    text = pdf_words(tmp_path / "plan.pdf")
    for words in ("RENCANA PENGEMBANGAN KOMPETENSI TAHUN 2026", "Ringkasan per tema",
                  "Bimtek Otomasi", "Pelatihan Digitalisasi", "Workshop Media Sosial",
                  "Belum terjangkau", "LAMPIRAN", "Peta kompetensi per 31 Desember 2025",
                  "Drs. H. Raja Kamaruddin", "NIP. 19740908 200301 1 005"):
        assert words in text, words
    assert "Klub Buku" not in text  # a book club trains nobody

    write_report(made, tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    assert book.sheetnames == ["Ringkasan", "Kegiatan", "Kebutuhan", "Peta kompetensi"]
    assert table_values(book["Ringkasan"])[:3] == [
        ("No", "Tema", "Kebutuhan (orang)", "Kegiatan terlaksana", "Kegiatan direncanakan",
         "Belum terjangkau (orang)"),
        (1, "Teknologi Informasi", 3, 1, 1, 1), (2, "Pemasaran", 1, 0, 1, 1)]
    needs = [row for row in table_values(book["Kebutuhan"])[1:] if row[0] == "Pemasaran"]
    assert [(row[1], row[4]) for row in needs] == [("Citra Dewi", "Belum terjangkau")]
    # The map as 2026 began: the webinar of September 2025 counts, the bimtek of 2026 not.
    grid = table_values(book["Peta kompetensi"])
    assert grid[0] == ("No", "Nama", "NIP", "Unit kerja", "Teknologi Informasi", "Pemasaran",
                       "Jumlah JP")
    assert [row[1:2] + row[4:] for row in grid[1:]] == [
        ("Ani Lestari", 0, 8, 8), ("Budi Santoso", 0, 2, 2), ("Citra Dewi", 0, 0, 0)]

    write_report(made, tmp_path / "plan.csv")
    with open(tmp_path / "plan.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][:3] == ["1", "Teknologi Informasi", "3"]


def test_the_needs_list_of_a_theme(office, tmp_path):
    made = papers.needs_report(office["marketing"], TODAY)
    write_report(made, tmp_path / "needs.pdf")
    text = pdf_words(tmp_path / "needs.pdf")
    assert "DAFTAR KEBUTUHAN PELATIHAN" in text and "Pemasaran" in text
    assert "Citra Dewi" in text and "Budi Santoso" not in text
    assert "1 Juli 2023 – 30 Juni 2026" in text
    write_report(made, tmp_path / "needs.xlsx")
    rows = table_values(load_workbook(tmp_path / "needs.xlsx").active)
    assert rows == [("No", "Nama", "NIP", "Unit kerja", "Jenjang jabatan fungsional"),
                    (1, "Citra Dewi", None, "Bidang Layanan", "Pustakawan Ahli Pertama")]


def test_the_map_in_a_workbook_numbers_as_numbers(office, tmp_path):
    made = papers.competency_map_report(TODAY, unit="Bidang Layanan")
    write_report(made, tmp_path / "map.xlsx")
    rows = table_values(load_workbook(tmp_path / "map.xlsx").active)
    assert rows[1:] == [(1, "Ani Lestari", None, "Bidang Layanan", 4, 8, 12),
                        (2, "Citra Dewi", None, "Bidang Layanan", 0, 0, 0)]
    assert isinstance(rows[1][4], int | float)
