"""Spreadsheets that would cost the office its memory or its data are refused by name,
quickly and in bounded memory, before anything is read into SiBina."""

import tracemalloc

import pytest

from models.importing.preview import read_sheet
from models.importing.sheet_reader import open_rows
from models.messages import SiBinaError
from tests import crafted
from tests.sheets import write_xlsx

HEADINGS = crafted.text_row(1, "Nama", "NIP")


def refusal(path) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(SiBinaError) as err:
            read_sheet(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    return err.value.msg.english()


def test_a_gigabyte_of_shared_strings_in_a_small_zip_is_refused(tmp_path):
    bomb = crafted.xlsx(tmp_path / "pegawai.xlsx", [HEADINGS], extra={
        "xl/sharedStrings.xml": (b"<si><t>a</t></si>" * 65536, 1024)})
    assert bomb.stat().st_size < 10 * 1024 * 1024
    assert refusal(bomb) == ("pegawai.xlsx unpacks to 1089 MB, more than an office "
                             "spreadsheet holds (at most 100 MB): SiBina does not open it.")


def test_shared_strings_over_their_own_cap_are_refused(tmp_path):
    many = crafted.xlsx(tmp_path / "nilai.xlsx", [HEADINGS], extra={
        "xl/sharedStrings.xml": (b"<si><t>a</t></si>" * 65536, 25)})
    assert "(at most 20 MB)" in refusal(many)


def test_a_part_packed_far_tighter_than_a_sheet_is_refused(tmp_path):
    packed = crafted.xlsx(tmp_path / "layanan.xlsx", [HEADINGS], extra={
        "xl/media/image1.png": (b"\0" * 1024 * 1024, 10)})
    text = refusal(packed)
    assert text.startswith("layanan.xlsx holds a part packed ")
    assert text.endswith("times smaller than it unpacks (xl/media/image1.png): SiBina does "
                         "not open such files.")


def test_a_zip_of_twenty_thousand_parts_is_refused(tmp_path):
    import zipfile

    crowded = crafted.xlsx(tmp_path / "pegawai.xlsx", [HEADINGS])
    with zipfile.ZipFile(crowded, "a") as archive:
        for number in range(20_000):
            archive.writestr(f"xl/extra/{number}.xml", "")
    assert refusal(crowded) == ("pegawai.xlsx holds 20005 parts, more than an office "
                                "spreadsheet has (at most 10000): SiBina does not open it.")


def test_a_declared_size_of_200000_rows_to_column_xfd_is_refused(tmp_path):
    wide = crafted.xlsx(tmp_path / "respon.xlsx", [HEADINGS], dimension="A1:XFD200000")
    assert refusal(wide) == (
        "respon.xlsx: the sheet says it reaches row 200000 and column XFD; at most 100000 "
        "rows and 1000 columns are read. Delete what lies below and right of the table, or "
        "copy the table to a new workbook.")


def test_200000_rows_with_a_cell_in_column_xfd_are_refused_at_the_first(tmp_path):
    rows = (f'<row r="{n}"><c r="XFD{n}"><v>{n}</v></c></row>' for n in range(2, 200_002))
    wide = crafted.xlsx(tmp_path / "respon.xlsx", [HEADINGS, *rows], dimension="A1")
    assert refusal(wide) == ("respon.xlsx: row 2 has something in column XFD; columns past "
                             "ALL are not read. Delete what lies right of the table.")


def test_a_cell_far_below_the_table_is_refused(tmp_path):
    far = crafted.xlsx(tmp_path / "pegawai.xlsx",
                       [HEADINGS, crafted.text_row(2, "Siti", "1"),
                        '<row r="200000"><c r="A200000"><v>1</v></c></row>'])
    assert refusal(far) == ("pegawai.xlsx: the sheet has something on row 200000; at most "
                            "100000 rows are read. Delete the rows below the table.")


def test_a_formula_without_a_saved_value_is_named_by_row_and_column(tmp_path):
    rows = [crafted.text_row(n, f"Pegawai {n}", str(n)) for n in range(1, 5)]
    rows.append('<row r="5"><c r="A5" t="inlineStr"><is><t>Budi</t></is></c>'
                '<c r="C5"><f>SUM(A1:B1)</f></c></row>')
    sheet = crafted.xlsx(tmp_path / "nilai.xlsx", rows)
    assert refusal(sheet) == ("nilai.xlsx: row 5, column C holds a formula without a saved "
                              "value: open the file in Excel and save it again.")


def test_a_formula_with_its_saved_value_reads_the_value(tmp_path):
    sheet = crafted.xlsx(tmp_path / "nilai.xlsx", [
        HEADINGS, '<row r="2"><c r="A2" t="str"><f>"Siti"</f><v>Siti</v></c>'
                  '<c r="B2"><f>1+1</f><v>2</v></c></row>'])
    assert read_sheet(sheet).rows == [(2, ("Siti", 2))]


def test_an_ordinary_workbook_still_reads(tmp_path):
    sheet = write_xlsx(tmp_path / "pegawai.xlsx", [["Nama", "NIP"], ["Siti", "1"]])
    _estimate, rows = open_rows(sheet)
    assert list(rows) == [(1, ("Nama", "NIP")), (2, ("Siti", "1"))]


CSV = "Nama;NIP\r\nSiti Rahmawati;196903091994032001\r\nBudi Santoso;1985\r\n"
READ = [(1, ("Nama", "NIP")), (2, ("Siti Rahmawati", "196903091994032001")),
        (3, ("Budi Santoso", "1985"))]


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""),
    ("utf-16-be", b"")])
def test_utf16_csv_with_or_without_bom_is_read(tmp_path, encoding, bom):
    path = tmp_path / "pegawai.csv"
    path.write_bytes(bom + CSV.encode(encoding))
    _estimate, rows = open_rows(path)
    assert list(rows) == READ


def test_a_csv_with_a_nul_byte_is_refused_with_its_line(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_bytes(b"Nama;NIP\r\nSiti;1\r\nBudi\0;2\r\n")
    assert refusal(path) == ("pegawai.csv holds a NUL character on line 3: it is not a text "
                             "(CSV) file. In Excel, save it again as “CSV UTF-8”.")


def test_a_csv_line_of_absurd_length_is_refused(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_text("Nama;NIP\n" + "x" * 200_000 + "\n", encoding="utf-8")
    assert refusal(path) == ("pegawai.csv: line 2 is longer than 100000 characters; it is "
                             "not an ordinary CSV file.")


def test_broken_utf16_is_refused_by_name(tmp_path):
    path = tmp_path / "pegawai.csv"
    path.write_bytes(b"\xff\xfe" + "Nama;NIP\n".encode("utf-16-le") + b"\x00\xd8\x41")
    assert refusal(path).startswith("pegawai.csv looks like UTF-16 text but cannot be read")
