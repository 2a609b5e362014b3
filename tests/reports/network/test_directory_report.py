"""The network directory as PDF, workbook and CSV: the words and cells the office reads."""

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models.network import cooperations, directory
from reports.network.directory import network_directory
from reports.report_writer import write_report
from tests.builders import external
from tests.sheets import table_values

TODAY = dt.date(2026, 5, 4)


@pytest.fixture
def network(database):
    ipi = directory.save_organisation({"name": "IPI Kepri", "kind": "association",
                                       "region": "Tanjungpinang", "phone": "0771 123456"})
    umrah = directory.save_organisation({"name": "Universitas Maritim Raja Ali Haji",
                                         "kind": "university", "region": "Tanjungpinang"})
    yanti = external("Yanti Kusumawati", position="Ketua Pengurus Daerah",
                     phone="0812 7000 1111", email="yanti@ipi.or.id")
    directory.link_contact(ipi.id, yanti.id)
    cooperations.save_cooperation(umrah.id, {
        "kind": "mou", "number": "07/MoU/2025", "title": "Magang mahasiswa",
        "signed_on": dt.date(2025, 2, 1), "valid_until": dt.date(2027, 1, 31)})
    cooperations.save_cooperation(umrah.id, {
        "kind": "pks", "number": "", "title": "Seminar bersama",
        "signed_on": dt.date(2023, 1, 1), "valid_until": dt.date(2024, 1, 1)})
    return network_directory(TODAY)


def test_the_pdf_names_each_organisation_its_contacts_and_agreements(network, tmp_path):
    out = tmp_path / "jejaring.pdf"
    write_report(network, out)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)

    assert "DIREKTORI JEJARING KERJA SAMA" in text
    for words in ("IPI Kepri", "Asosiasi Profesi", "Yanti Kusumawati", "0812 7000 1111",
                  "yanti@ipi.or.id", "Perguruan Tinggi", "07/MoU/2025",
                  "berlaku s.d. 31 Januari 2027", "berakhir 1 Januari 2024",
                  "Jumlah organisasi : 2"):
        assert words in text, words


def test_the_workbook_has_a_sheet_for_organisations_contacts_and_agreements(network,
                                                                             tmp_path):
    out = tmp_path / "jejaring.xlsx"
    write_report(network, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Organisasi", "Kontak", "Kerja sama"]
    organisations = table_values(book["Organisasi"])
    assert organisations[0] == ("Organisasi", "Jenis", "Wilayah", "Telepon/Surel", "Kontak",
                                "Kerja sama")
    assert organisations[1][:4] == ("IPI Kepri", "Asosiasi Profesi", "Tanjungpinang",
                                    "0771 123456")
    assert organisations[1][4] == "Yanti Kusumawati (0812 7000 1111, yanti@ipi.or.id)"
    assert table_values(book["Kontak"])[1] == (
        "IPI Kepri", "Yanti Kusumawati", "Ketua Pengurus Daerah", "0812 7000 1111",
        "yanti@ipi.or.id")
    agreements = table_values(book["Kerja sama"])[1:]
    assert [(row[1], row[2], row[6]) for row in agreements] == [
        ("MoU", "07/MoU/2025", "berlaku"), ("PKS", "-", "tidak berlaku")]
    assert agreements[0][4].date() == dt.date(2025, 2, 1)  # a date Excel sorts by


def test_the_csv_holds_the_organisations(network, tmp_path):
    out = tmp_path / "jejaring.csv"
    write_report(network, out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, *lines = csv.reader(handle, delimiter=";")
    assert header[0] == "Organisasi" and [line[0] for line in lines] == [
        "IPI Kepri", "Universitas Maritim Raja Ali Haji"]
    assert lines[1][5].startswith("MoU No. 07/MoU/2025: Magang mahasiswa, berlaku s.d.")
