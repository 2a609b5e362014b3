import csv

import openpyxl
import pytest

from models.staff import importer as staff_import
from models.staff.nip import grouped
from models.staff.tables import Person
from reports.staff.rejects import nip_as_text, write_rejects
from tests.sheets import header_row, write_xlsx

SITI_NIP = "196903091994032001"
BUDI_NIP = "197501152000031002"
DEWI_NIP = "198208202006042003"


@pytest.fixture
def preview(database, tmp_path):
    """Siti's NIP typed as a number, Budi's e-mail wrong, Rina's NIP 14 digits; Dewi good."""
    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        ["NIP", "Nama", "Email", "Unit Kerja"],
        [int(SITI_NIP), "Siti Aminah", "siti@perpus.go.id", "Layanan"],
        [BUDI_NIP, "Budi Santoso", "budi@", "Umum"],
        [DEWI_NIP, "Dewi Lestari", "", "Umum"],
        ["19850115 201001", "Rina Wati", "", "Umum"],
    ])
    preview = staff_import.read_preview(path)
    staff_import.apply(preview)
    return preview


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rejects_file_reimports(preview, tmp_path, suffix):
    indonesian = {"Row": "Baris", "Column": "Kolom", "Reason": "Alasan"}
    rejects = tmp_path / f"ditolak{suffix}"
    assert write_rejects(preview, rejects, lambda m: indonesian.get(m.text, m.english())) == 3

    again = staff_import.read_preview(rejects)
    assert again.ignored_columns == ["Baris", "Kolom", "Alasan"]
    # Under the workbook's title block (four rows) the headings are found again.
    first = 6 if suffix == ".xlsx" else 2
    assert [(r.row, r.column, r.reason.english()) for r in again.rows] == [
        (first, "NIP", preview.rows[0].reason.english()),
        (first + 1, "Email", "“budi@” is not an e-mail address."),
        (first + 2, "NIP", "NIP must have 18 digits, not 14."),
    ]
    # A translation that made "Reason" a heading the importer reads is kept out of it.
    risky = tmp_path / f"keterangan{suffix}"
    write_rejects(preview, risky, lambda m: {"Reason": "Keterangan"}.get(m.text, m.english()))
    assert staff_import.read_preview(risky).ignored_columns == [
        "Row", "Column", "Keterangan (Reason)"]
    # The office fixes the cells and imports the file again.
    fixed = tmp_path / "diperbaiki.xlsx"
    book = openpyxl.Workbook()
    for row in [again.headers] + [r.raw for r in again.rows]:
        book.active.append(row)
    book.active["A2"].value = SITI_NIP
    book.active["C3"].value = "budi@perpus.go.id"
    book.active.delete_rows(4)
    book.save(fixed)
    final = staff_import.read_preview(fixed)
    assert [r.status for r in final.rows] == ["new", "new"]
    staff_import.apply(final)
    assert Person.get(Person.nip == SITI_NIP).unit == "Layanan"
    assert Person.get(Person.nip == BUDI_NIP).email == "budi@perpus.go.id"


def test_csv_writes_nips_so_excel_keeps_them_as_text(preview, tmp_path):
    rejects = tmp_path / "ditolak.csv"
    write_rejects(preview, rejects)
    with open(rejects, encoding="utf-8-sig", newline="") as stream:
        nips = [row[0] for row in csv.reader(stream)]
    # A NIP that was a number stays as Excel showed it: its lost digits are not invented.
    assert nips == ["NIP", "1.96903E+17", "19750115 200003 1 002", "19850115 201001"]


def test_xlsx_keeps_nips_in_text_cells(preview, tmp_path):
    rejects = tmp_path / "ditolak.xlsx"
    write_rejects(preview, rejects)
    sheet = openpyxl.load_workbook(rejects).active
    # What the file is, whose, from which import; then the table.
    assert sheet["A1"].value == "ROWS THE STAFF IMPORT REFUSED" and sheet["A1"].font.b
    assert sheet["A2"].value == "Perpustakaan Kota Tanjungpinang"
    assert sheet["A3"].value.startswith("From ")
    assert header_row(sheet) == 5 and sheet["A5"].value == "NIP"
    cells = [sheet.cell(row, 1) for row in range(6, 9)]
    assert [c.value for c in cells] == ["1.96903E+17", BUDI_NIP, "19850115 201001"]
    assert {(c.data_type, c.number_format) for c in cells} == {("s", "@")}
    assert [sheet.cell(6, column).value for column in (5, 6)] == [2, "NIP"]


def test_nip_as_text():
    assert nip_as_text(BUDI_NIP) == grouped(BUDI_NIP) == "19750115 200003 1 002"
    assert nip_as_text("19750115 200003 1 002") == "19750115 200003 1 002"
    assert nip_as_text("1975011520000310021") == "19750115 200003 1 0021"
    assert nip_as_text("123") == "123"
    for kept in ("1.96903E+17", "196903091994032000.0", "1975-0115", "", "١٩٦٩٠٣٠٩"):
        assert nip_as_text(kept) == kept
