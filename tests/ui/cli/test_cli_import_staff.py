"""import-staff over records typed by hand: what would weaken one is left out and said."""

import openpyxl

from models.staff.tables import Person
from tests.builders import database_file, staff_member

SITI_NIP = "196903091994032001"


def printed_list(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "NIP", "Nama", "Pangkat/Golongan", None, "Agama"])
    sheet.append([None, None, None, "Pangkat", "Gol. Ruang"])
    sheet.merge_cells("D1:E1")
    sheet.append(["1", "2", "3", "4", "5", "6"])
    sheet.append([1, SITI_NIP, "Dra. SITI RAHMAWATI, M.Hum.", "Pembina", None, "Islam"])
    sheet.append([2, "198501152010011003", "BUDI SANTOSO", "Penata", "III/c", "Islam"])
    sheet.append([None, None, None, None, "Kepala Dinas"])
    sheet.append([None, None, None, None, "Drs. H. Ahmad Yani, M.Si."])
    book.save(path)
    return path


def siti_of(db):
    with database_file(db):
        person = Person.get(Person.nip == SITI_NIP)
        return person.full_name, person.rank


def test_rows_that_weaken_a_record_are_left_out_and_named(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    with database_file(db):
        staff_member("Siti Rahmawati", SITI_NIP, front_title="Dra.",
                     back_title="S.IP., M.Hum.", rank="Penata Tingkat I, III/d")
    sheet = printed_list(tmp_path / "simpeg.xlsx")
    result = cli("--db", db, "--lang", "en", "import-staff", sheet)
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines() == [
        "imported 1, updated 0, rejected 0",
        "row 3: skipped: numbering row",
        "row 4: left out, it would replace values with less: Back titles: S.IP., M.Hum. → "
        "M.Hum.; Rank (pangkat/golongan): Penata Tingkat I, III/d → Pembina "
        "(--overwrite applies it)",
        "row 6: skipped: signature",
        "row 7: skipped: signature",
        "columns not used: No, Agama",
    ]
    assert siti_of(db) == ("Dra. Siti Rahmawati, S.IP., M.Hum.", "Penata Tingkat I, III/d")
    with database_file(db):
        budi = Person.get(Person.nip == "198501152010011003")
        assert (budi.name, budi.rank) == ("Budi Santoso", "Penata, III/c")

    forced = cli("--db", db, "--lang", "en", "import-staff", sheet, "--overwrite")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.splitlines()[:3] == [
        "imported 0, updated 1, rejected 0",
        "row 3: skipped: numbering row",
        "row 4: replaced with less: Back titles: S.IP., M.Hum. → M.Hum.; "
        "Rank (pangkat/golongan): Penata Tingkat I, III/d → Pembina"]
    assert siti_of(db) == ("Dra. Siti Rahmawati, M.Hum.", "Pembina")


def test_keep_capitals_keeps_the_file_s_writing(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    sheet = printed_list(tmp_path / "simpeg.xlsx")
    assert cli("--db", db, "import-staff", sheet, "--keep-capitals").returncode == 0
    assert siti_of(db) == ("Dra. SITI RAHMAWATI, M.Hum.", "Pembina")


def test_a_refused_workbook_leaves_the_database_byte_identical(cli, tmp_path):
    from tests import crafted

    db = tmp_path / "office.sqlite"
    with database_file(db):
        staff_member("Siti Rahmawati", SITI_NIP)
    before = db.read_bytes()
    rows = [crafted.text_row(1, "Nama", "NIP"), crafted.text_row(2, "Budi Santoso", "1985"),
            '<row r="3"><c r="A3"><f>UPPER(A2)</f></c></row>']
    sheet = crafted.xlsx(tmp_path / "simpeg.xlsx", rows)
    result = cli("--db", db, "--lang", "en", "import-staff", sheet)
    assert result.returncode == 1
    assert result.stderr.strip() == ("simpeg.xlsx: row 3, column A holds a formula without a "
                                     "saved value: open the file in Excel and save it again.")
    assert db.read_bytes() == before
