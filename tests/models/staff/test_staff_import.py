
import pytest

from models.messages import SiBinaError
from models.progress import Cancelled, Progress
from models.staff import importer as staff_import
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.sheets import write_xlsx

SITI_NIP = "196903091994032001"
BUDI_NIP = "197501152000031002"
DEWI_NIP = "198208202006042003"
ANDI_NIP = "199001012015031004"
RINA_NIP = "198512312010122005"

HEADERS = ["No", "NIP", "Nama", "Jenis Kelamin", "Pangkat/Golongan", "Jabatan",
           "Unit Kerja", "No HP", "Email", "Keterangan Lain"]


def write_csv(path, lines, delimiter=","):
    path.write_text("\n".join(delimiter.join(cells) for cells in lines) + "\n",
                    encoding="utf-8-sig")
    return path


@pytest.fixture
def office(database):
    """What the database already holds: Siti with a NIP, Rahmat (honorer) without."""
    siti = staff.save_person({"nip": SITI_NIP, "front_title": "Dra.", "name": "Siti Aminah",
                              "back_title": "S.IP., M.Hum.", "unit": "Layanan Anak",
                              "phone": "0812 7000 1111"})
    rahmat = staff.save_person({"name": "Rahmat Hidayat", "unit": "Layanan Umum"})
    return siti, rahmat


def by_row(preview):
    return {r.row: r for r in preview.rows}


def test_good_updated_and_bad_rows(office, tmp_path):
    siti, rahmat = office
    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        HEADERS,
        [1, SITI_NIP, "Dra. Siti Aminah, S.IP., M.Hum.", "P", "Penata, III/c",
         "Pustakawan Ahli Muda", "Pengolahan", None, "siti@perpus.go.id", "x"],
        [2, BUDI_NIP, "Budi Santoso, S.Kom.", "L", "Penata Muda, III/a", "Pustakawan",
         "Layanan Umum", "0813 1234 5678", None, None],
        [3, None, "RAHMAT HIDAYAT", None, None, None, "Layanan Umum", "0815 000 111"],
        [],  # a blank row is skipped without a word
        [5, "123", "Nip Pendek"],
        [6, DEWI_NIP, "Dewi Lestari", "L"],
        [7, ANDI_NIP, None, "L"],
        [8, RINA_NIP, "Rina Marlina", "P", None, None, None, None, "rina@"],
        [9, BUDI_NIP, "Budi Santoso", "L"],
        [10, "", "Tono", "X"],
    ])
    preview = staff_import.read_preview(path)
    assert preview.ignored_columns == ["No", "Keterangan Lain"]
    assert (preview.new, preview.updated, preview.rejected) == (1, 2, 6)
    rows = by_row(preview)
    assert 5 not in rows
    assert (rows[2].status, rows[2].person_id) == ("update", siti.id)
    assert rows[3].status == "new"
    assert (rows[4].status, rows[4].person_id) == ("update", rahmat.id)
    rejected = {r.row: (r.column, r.reason.english()) for r in preview.rejected_rows}
    assert rejected[6] == ("NIP", "NIP must have 18 digits, not 3.")
    assert rejected[7] == ("Jenis Kelamin", "The gender does not match digit 15 of the NIP.")
    assert rejected[8] == ("Nama", "The name is required.")
    assert rejected[9] == ("Email", "“rina@” is not an e-mail address.")
    assert rejected[10][0] == "NIP" and "same nip as row 3" in rejected[10][1].casefold()
    assert rejected[11][0] == "Jenis Kelamin" and "“X”" in rejected[11][1]
    assert preview.rejected_rows[0].raw == ["5", "123", "Nip Pendek"] + [""] * 7
    assert preview.rejected_rows[0].values == {"name": "Nip Pendek", "nip": "123"}

    result = staff_import.apply(preview)
    assert result == staff_import.ImportResult(imported=1, updated=2, rejected=6, unchanged=0)
    assert result == staff_import.ImportResult(1, 2, 6)  # positional, as before
    assert Person.select().count() == 3
    siti = Person.get_by_id(siti.id)
    assert (siti.unit, siti.rank, siti.email) == ("Pengolahan", "Penata, III/c",
                                                  "siti@perpus.go.id")
    assert siti.phone == "0812 7000 1111"  # an empty cell leaves the field alone
    assert siti.full_name == "Dra. Siti Aminah, S.IP., M.Hum."
    budi = Person.get(Person.nip == BUDI_NIP)
    assert (budi.front_title, budi.name, budi.back_title, budi.gender) == (
        "", "Budi Santoso", "S.Kom.", "M")
    assert budi.active and not budi.is_external
    assert Person.get_by_id(rahmat.id).phone == "0815 000 111"


def test_nip_typed_as_number_is_refused_not_guessed(database, tmp_path):
    path = write_xlsx(tmp_path / "angka.xlsx", [
        ["NIP", "Nama"], [int(SITI_NIP), "Siti Aminah"], [float(BUDI_NIP), "Budi Santoso"]])
    preview = staff_import.read_preview(path)
    assert preview.rejected == 2
    for row in preview.rows:
        assert row.column == "NIP"
        assert "Format the NIP column as Text" in row.reason.english()
        assert "digits" in row.reason.english()
    # The rejects file shows the number as Excel does, never the digits it has left.
    assert preview.rows[0].raw[0] == "1.96903E+17"


@pytest.mark.parametrize("cell", ["1.96903E+17", "1,96903E+17", "196903091994032000",
                                  "196903091994032000.0"])
def test_nip_that_lost_digits_in_csv_is_refused(database, tmp_path, cell):
    path = write_csv(tmp_path / "angka.csv", [["NIP", "Nama"], [cell, "Siti Aminah"]], ";")
    [row] = staff_import.read_preview(path).rows
    assert (row.status, row.column) == ("rejected", "NIP")
    assert "Format the NIP column as Text" in row.reason.english()


def test_english_headings_semicolon_csv(database, tmp_path):
    path = write_csv(tmp_path / "people.csv", [
        ["Full name", "NIP", "Front title", "Back title(s)", "Sex", "Employment", "Rank",
         "Work unit", "E-mail", "External", "Phone"],
        ["Andi Wijaya", "19900101 201503 1 004", "", "S.Kom.", "Male", "PPPK", "IX",
         "TI", "andi@example.id", "no", "'+62 812 3456 7890"],
        ["Nur Aini", "", "Dr.", "M.Si.", "Female", "Honorer", "", "", "", "yes", ""],
    ], ";")
    preview = staff_import.read_preview(path)
    assert preview.ignored_columns == []
    assert [r.status for r in preview.rows] == ["new", "new"]
    staff_import.apply(preview)
    andi = Person.get(Person.nip == ANDI_NIP)
    assert (andi.name, andi.back_title, andi.gender, andi.employment, andi.unit) == (
        "Andi Wijaya", "S.Kom.", "M", "PPPK", "TI")
    assert andi.phone == "+62 812 3456 7890"  # the formula guard is taken off again
    nur = Person.get(Person.name == "Nur Aini")
    assert (nur.front_title, nur.gender, nur.employment, nur.is_external) == (
        "Dr.", "F", "NON_ASN", True)


def test_indonesian_headings_title_columns_and_split_rank(database, tmp_path):
    path = write_xlsx(tmp_path / "pegawai.xlsx", [
        [], ["DAFTAR PEGAWAI DINAS PERPUSTAKAAN"],  # a title above the table
        ["Nama Lengkap", "Gelar Depan", "NIP", "L/P", "Status Kepegawaian", "Pangkat",
         "Gol", "Jenjang Jabatan", "Bidang", "Instansi", "Asal Daerah", "Surel", "Catatan",
         "Eksternal", "Aktif"],
        ["Siti Aminah, S.IP.", "Dra.", SITI_NIP, "Perempuan", "PNS", "Penata Muda", "III/a",
         "Pustakawan Ahli Pertama", "Layanan", "Perpustakaan Kota", "Tanjungpinang",
         "siti@perpus.go.id", "Koordinator", "tidak", "ya"],
    ])
    [row] = staff_import.read_preview(path).rows
    assert row.row == 4  # the number Excel shows, the headings being on row 3
    assert row.status == "new", row.reason
    values = row.values
    assert (values["front_title"], values["name"], values["back_title"]) == (
        "Dra.", "Siti Aminah", "S.IP.")
    assert values["rank"] == "Penata Muda, III/a"
    assert (values["gender"], values["employment"], values["is_external"],
            values["active"]) == ("F", "PNS", False, True)
    assert (values["unit"], values["institution"], values["region"], values["notes"]) == (
        "Layanan", "Perpustakaan Kota", "Tanjungpinang", "Koordinator")


@pytest.mark.parametrize("external, level", [
    ("Pihak Luar", "Jenjang Jabatan Fungsional"),
    ("Eksternal", "Jenjang Jabatan"),
    ("External", "Functional level"),
])
def test_external_and_functional_level_headings(database, tmp_path, external, level):
    path = write_csv(tmp_path / "luar.csv", [
        ["Nama", external, level], ["Nur Aini", "ya", "Pustakawan Ahli Pertama"]])
    preview = staff_import.read_preview(path)
    assert preview.ignored_columns == []
    [row] = preview.rows
    assert (row.values["is_external"], row.values["functional_level"]) == (
        True, "Pustakawan Ahli Pertama")


def test_unchanged_file_imports_again_without_updating_anyone(office, tmp_path):
    siti, rahmat = office
    rows = [
        HEADERS,
        [1, SITI_NIP, "Dra. Siti Aminah, S.IP., M.Hum.", "P", "Penata, III/c", "Pustakawan",
         "Pengolahan", None, "siti@perpus.go.id"],
        [2, BUDI_NIP, "Budi Santoso, S.Kom.", "L", None, None, "Layanan Umum"],
        [3, None, "Rahmat Hidayat", None, None, None, "Layanan Umum", "0815 000 111"],
    ]
    first = staff_import.apply(staff_import.read_preview(
        write_xlsx(tmp_path / "simpeg.xlsx", rows)))
    assert first == staff_import.ImportResult(imported=1, updated=2, rejected=0)
    stamps = {p.id: p.updated_at for p in Person.select()}

    again = staff_import.read_preview(write_xlsx(tmp_path / "simpeg.xlsx", rows))
    assert [r.status for r in again.rows] == ["unchanged"] * 3
    assert (again.new, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert {r.row: r.person_id for r in again.rows} == {
        2: siti.id, 3: Person.get(Person.nip == BUDI_NIP).id, 4: rahmat.id}
    assert staff_import.apply(again) == staff_import.ImportResult(0, 0, 0, unchanged=3)
    assert {p.id: p.updated_at for p in Person.select()} == stamps

    # Empty cells never count as a change; one changed cell makes that row an update.
    stored = staff.person_values(Person.get_by_id(siti.id))
    staff.save_person({**stored, "notes": "Koordinator"}, siti.id)
    stamps[siti.id] = Person.get_by_id(siti.id).updated_at
    rows[2][6] = "Layanan Anak"
    rows[3][2] = "rahmat hidayat"  # the same person (name and unit match), a new spelling
    third = staff_import.read_preview(write_xlsx(tmp_path / "simpeg.xlsx", rows))
    assert [r.status for r in third.rows] == ["unchanged", "update", "update"]
    assert staff_import.apply(third) == staff_import.ImportResult(0, 2, 0, 1)
    assert Person.get_by_id(siti.id).notes == "Koordinator"
    assert Person.get_by_id(siti.id).updated_at == stamps[siti.id]
    assert Person.get_by_id(rahmat.id).name == "rahmat hidayat"
    assert Person.get(Person.nip == BUDI_NIP).unit == "Layanan Anak"


def test_active_and_external_cells_count_as_changes(office, tmp_path):
    siti, _ = office
    lines = [["NIP", "Nama", "Aktif"], [SITI_NIP, "Siti Aminah", "ya"]]
    assert staff_import.read_preview(write_csv(tmp_path / "a.csv", lines)).unchanged == 1
    lines[1][2] = "tidak"
    preview = staff_import.read_preview(write_csv(tmp_path / "a.csv", lines))
    assert preview.updated == 1
    staff_import.apply(preview)
    assert not Person.get_by_id(siti.id).active
    lines = [["NIP", "Nama", "Pihak Luar"], [SITI_NIP, "Siti Aminah", "ya"]]
    assert staff_import.read_preview(write_csv(tmp_path / "b.csv", lines)).updated == 1


def test_same_person_twice_without_nip_names_the_earlier_row(database, tmp_path):
    path = write_csv(tmp_path / "dua.csv", [
        ["Nama", "Unit"], ["Rahmat Hidayat", "Umum"], ["Dewi", "Umum"],
        ["RAHMAT HIDAYAT", "umum"]])
    rows = staff_import.read_preview(path).rows
    assert [r.status for r in rows] == ["new", "new", "rejected"]
    assert "row 2" in rows[2].reason.english() and rows[2].column == "Nama"


def test_file_without_name_column_is_refused(database, tmp_path):
    path = write_csv(tmp_path / "tanpa-nama.csv", [["NIP", "Unit"], [SITI_NIP, "Umum"]])
    with pytest.raises(SiBinaError) as err:
        staff_import.read_preview(path)
    assert "tanpa-nama.csv" in err.value.msg.english()
    assert "Headings found: NIP, Unit." in err.value.msg.english()
    assert Person.select().count() == 0
    empty = write_csv(tmp_path / "kosong.csv", [[""], ["", ""]])
    with pytest.raises(SiBinaError) as err:
        staff_import.read_preview(empty)
    assert err.value.msg.english() == "kosong.csv is empty."


@pytest.mark.parametrize("name, content", [
    ("lama.xls", b"\xd0\xcf\x11\xe0 old excel"),
    ("rusak.xlsx", b"not a zip at all"),
    ("hilang.xlsx", None),
])
def test_unreadable_files_are_named(database, tmp_path, name, content):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SiBinaError) as err:
        staff_import.read_preview(path)
    assert name in err.value.msg.english()


def test_cancel_leaves_database_unchanged(office, tmp_path):
    siti, _ = office
    rows = [["NIP", "Nama", "Unit Kerja"], [SITI_NIP, "Siti Aminah", "Pengolahan"]]
    rows += [[None, f"Pegawai {i}", "Umum"] for i in range(450)]
    preview = staff_import.read_preview(write_xlsx(tmp_path / "banyak.xlsx", rows))
    assert preview.new == 450
    with pytest.raises(Cancelled):
        staff_import.apply(preview, Progress(is_cancelled=lambda: True))
    assert Person.select().count() == 2
    assert Person.get_by_id(siti.id).unit == "Layanan Anak"
    with pytest.raises(Cancelled):
        staff_import.read_preview(tmp_path / "banyak.xlsx", Progress(is_cancelled=lambda: True))


def test_nip_taken_meanwhile_matches_that_person_when_written(database, tmp_path):
    path = write_csv(tmp_path / "baru.csv", [["NIP", "Nama"], [BUDI_NIP, "Budi"],
                                             [SITI_NIP, "Siti"]])
    preview = staff_import.read_preview(path)
    assert preview.new == 2
    siti = staff.save_person({"nip": SITI_NIP, "name": "Siti Aminah"})
    result = staff_import.apply(preview)
    # "Siti" would shorten the name typed meanwhile: held back like any weakening row.
    assert (result.imported, result.updated, result.held) == (1, 0, 1)
    assert Person.select().count() == 2
    assert Person.get_by_id(siti.id).name == "Siti Aminah"


def test_coded_cells():
    from models.staff.columns import parse_employment, parse_gender, parse_yes_no

    assert [parse_gender(t) for t in ("L", "Laki-Laki", "pria", "M", "Male", "P", "Wanita",
                                      "F", "female", "", "X")] == [
        "M", "M", "M", "M", "M", "F", "F", "F", "F", "", None]
    assert [parse_employment(t) for t in (
        "PNS", "CPNS", "Civil servant (PNS)", "PPPK", "P3K", "Contract civil servant (PPPK)",
        "Non ASN", "Non-ASN", "Honorer", "Non-civil-servant", "", "ASN")] == [
        "PNS", "PNS", "PNS", "PPPK", "PPPK", "PPPK", "NON_ASN", "NON_ASN", "NON_ASN",
        "NON_ASN", "", None]
    assert [parse_yes_no(t) for t in ("ya", "Yes", "TRUE", "1", "tidak", "No", "0", "?")] == [
        True, True, True, True, False, False, False, None]


@pytest.mark.parametrize("name", ["hilang.xlsx", "hilang.csv"])
def test_a_missing_file_is_said_in_words_the_office_reads(database, tmp_path, name):
    with pytest.raises(SiBinaError) as err:
        staff_import.read_preview(tmp_path / name)
    assert err.value.msg.english() == f"Cannot read {name}: the file or folder is not there"


def test_planted_text_is_refused_naming_row_and_column(office, tmp_path):
    path = write_xlsx(tmp_path / "planted.xlsx", [
        HEADERS,
        [1, BUDI_NIP, "Budi Santoso", "L", None, None, "Layanan \u2066Umum"],
        [2, DEWI_NIP, "Dewi \u202eiteseL", "P"],
        [3, ANDI_NIP, "A" * 10_000, "L"],
        [5, None, "Tamu Luar", None, None, "J" * 201],
    ])
    # A worksheet cannot hold C0 controls; a CSV can (but not a NUL: no text file holds
    # one, so the whole file is refused by the reader).
    path_csv = write_csv(tmp_path / "planted.csv", [
        HEADERS[:7],
        ["1", BUDI_NIP, "Budi\x1b[2J Santoso", "L"],
        ["2", RINA_NIP, "Rina Marlina", "P", "", "", "Unit\x1fRahasia"],
        ["3", DEWI_NIP, "Dewi\x07", "P"],
    ])
    preview = staff_import.read_preview(path)
    rejected = {r.row: (r.column, r.reason.english()) for r in preview.rejected_rows}
    assert rejected[2][0] == "Unit Kerja" and "U+2066" in rejected[2][1]
    assert rejected[3][0] == "Nama" and "U+202E" in rejected[3][1]
    assert rejected[4][0] == "Nama" and "10000" in rejected[4][1]
    assert rejected[5][0] == "Jabatan" and "201" in rejected[5][1]
    assert preview.new == 0
    csv_rejected = {r.row: (r.column, r.reason.english())
                    for r in staff_import.read_preview(path_csv).rejected_rows}
    assert csv_rejected[2][0] == "Nama" and "U+001B" in csv_rejected[2][1]
    assert csv_rejected[3][0] == "Unit Kerja" and "U+001F" in csv_rejected[3][1]
    assert csv_rejected[4][0] == "Nama" and "U+0007" in csv_rejected[4][1]
    staff_import.apply(preview)
    assert Person.select().count() == 2
