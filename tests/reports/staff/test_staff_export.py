import csv
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import openpyxl
import pytest

from models.messages import SiBinaError
from models.progress import Cancelled, Progress
from models.staff import importer as staff_import
from models.staff import staff_list as staff
from models.staff.columns import HEADER_FIELDS, LABELS, header_key
from models.staff.tables import Person
from reports.staff.export import export_staff

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"

HYPERLINK = '=HYPERLINK("http://contoh.invalid/x","Klik")'

# The Indonesian translation the office sees (resources/translations carry the same).
INDONESIAN = {
    "NIP": "NIP", "Front title": "Gelar Depan", "Name": "Nama",
    "Back titles": "Gelar Belakang", "Gender": "Jenis Kelamin",
    "Employment": "Status Kepegawaian", "Rank (pangkat/golongan)": "Pangkat/Golongan",
    "Position": "Jabatan", "Functional level": "Jenjang Jabatan Fungsional",
    "Unit": "Unit Kerja", "Institution": "Instansi", "Region": "Daerah", "Phone": "Telepon",
    "E-mail": "Surel", "Notes": "Keterangan", "External": "Pihak Luar", "Active": "Aktif",
    "Yes": "Ya", "No": "Tidak", "Male": "Laki-laki", "Female": "Perempuan",
    "STAFF AND OUTSIDE PEOPLE": "PEGAWAI DAN PIHAK LUAR", "As on {date}": "Keadaan {date}",
}


def indonesian(msg):
    text = INDONESIAN.get(msg.text)
    return text.format(**msg.params) if text else msg.english()


@pytest.fixture
def people(database):
    staff.save_person({
        "nip": "19690309 199403 2 001", "front_title": "Dra.", "name": "Siti Aminah",
        "back_title": "S.IP., M.Hum.", "employment": "PNS", "rank": "Penata, III/c",
        "position": "Pustakawan", "functional_level": "Pustakawan Ahli Muda",
        "unit": "Layanan Anak", "institution": "Perpustakaan Kota Tanjungpinang",
        "region": "Tanjungpinang", "phone": "+62 812 7000 1111",
        "email": "siti@perpus.go.id", "notes": "Koordinator; literasi, \"klub buku\""})
    rahmat = staff.save_person({"name": "Rahmat Hidayat", "gender": "M",
                                "employment": "NON_ASN", "unit": "Layanan Umum",
                                "is_external": True, "notes": "baris 1\nbaris 2"})
    staff.set_active([rahmat.id], False)
    staff.save_person({"nip": "197501152000031002", "name": HYPERLINK, "employment": "PPPK",
                       "notes": "-5 hari", "position": "@admin"})
    return list(Person.select().order_by(Person.id))


def stored(person_id):
    person = Person.get_by_id(person_id)
    return {**staff.person_values(person), "active": person.active}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("render", [None, indonesian])
def test_export_imports_back_unchanged(people, tmp_path, suffix, render):
    path = tmp_path / f"pegawai{suffix}"
    options = {"render": render} if render else {}
    assert export_staff(people, path, **options) == 3
    before = {p.id: stored(p.id) for p in people}

    preview = staff_import.read_preview(path)
    assert preview.ignored_columns == []
    assert [r.status for r in preview.rows] == ["unchanged"] * 3, [
        r.reason for r in preview.rows]
    for row in preview.rows:
        assert {f: row.values[f] for f in row.filled} == {
            f: before[row.person_id][f] for f in row.filled}
    assert {f for r in preview.rows for f in r.filled} >= set(before[people[0].id])
    assert staff_import.apply(preview) == staff_import.ImportResult(0, 0, 0, unchanged=3)
    assert {p.id: stored(p.id) for p in people} == before


def test_translated_headings_import_back():
    """Whatever heading the Indonesian translation gives a column, the importer reads it."""
    root = ElementTree.parse(TRANSLATIONS / "sibina_id.ts").getroot()
    [context] = [c for c in root.iter("context") if c.findtext("name") == "StaffColumns"]
    translated = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    for field_name, source in LABELS.items():
        heading = translated.get(source) or source
        assert HEADER_FIELDS.get(header_key(heading)) == field_name, (source, heading)


def test_xlsx_keeps_the_nip_as_text_and_formulas_as_text(people, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    export_staff(people, path, indonesian)
    sheet = openpyxl.load_workbook(path).active
    # The title block (what, whose, when), a blank row, then the table from row 5.
    assert [sheet.cell(row, 1).value for row in (1, 2, 4)] == [
        "PEGAWAI DAN PIHAK LUAR", "Perpustakaan Kota Tanjungpinang", None]
    assert sheet["A3"].value.startswith("Keadaan ")
    assert sheet.freeze_panes == "A6" and sheet.print_title_rows == "$5:$5"
    assert sheet["A5"].value == "NIP" and sheet["A5"].font.b
    assert [c.value for c in sheet[5]][:4] == ["NIP", "Gelar Depan", "Nama", "Gelar Belakang"]
    nip = sheet["A6"]
    assert (nip.value, nip.data_type, nip.number_format) == ("196903091994032001", "s", "@")
    hyperlink = sheet["C8"]
    assert (hyperlink.value, hyperlink.data_type) == (HYPERLINK, "s")
    assert sheet["H8"].data_type == "s" and sheet["H8"].value == "@admin"
    assert [c.value for c in sheet[7]][15:] == ["Ya", "Tidak"]
    assert sheet.column_dimensions["K"].width > sheet.column_dimensions["A"].width > 10


def test_csv_groups_the_nip_and_guards_formulas(people, tmp_path):
    path = tmp_path / "pegawai.csv"
    export_staff(people, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["NIP", "Front title", "Name"]
    assert rows[1][0] == "19690309 199403 2 001"
    assert rows[1][12] == "'+62 812 7000 1111"
    assert rows[2][14] == "baris 1\nbaris 2"
    assert rows[3][2] == "'" + HYPERLINK
    assert rows[3][7] == "'@admin" and rows[3][14] == "'-5 hari"


def test_semicolon_csv_for_excel_in_indonesian(people, tmp_path):
    path = tmp_path / "pegawai.csv"
    export_staff(people, path, indonesian, delimiter=";")
    assert path.read_text(encoding="utf-8-sig").startswith("NIP;Gelar Depan;Nama;")
    assert staff_import.read_preview(path).unchanged == 3


def test_cancel_keeps_the_old_file_and_leaves_no_temporary(people, tmp_path):
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(b"old")
    many = people * 100
    with pytest.raises(Cancelled):
        export_staff(many, path, progress=Progress(is_cancelled=lambda: True))
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite"
            and "sqlite" not in p.name] == ["pegawai.xlsx"]


def test_unwritable_target_is_a_message(people, tmp_path):
    with pytest.raises(SiBinaError) as err:
        export_staff(people, tmp_path / "tidak-ada" / "pegawai.xlsx")
    assert "pegawai.xlsx" in err.value.msg.english()
    with pytest.raises(SiBinaError):
        export_staff(people, tmp_path / "pegawai.pdf")
