"""An import over records typed by hand: every change shown, none that weakens applied
unless the office agrees, and the layout of a printed SIMPEG list read right."""

import openpyxl
import pytest

from models.staff import importer as staff_import
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.sheets import write_xlsx

SITI_NIP = "196903091994032001"
BUDI_NIP = "197501152000031002"
DEWI_NIP = "198208202006042003"


@pytest.fixture
def siti(database):
    return staff.save_person({"nip": SITI_NIP, "front_title": "Dra.", "name": "Siti Rahmawati",
                              "back_title": "S.IP., M.Hum.", "rank": "Penata Tingkat I, III/d",
                              "unit": "Layanan Anak"})


def simpeg(path):
    return write_xlsx(path, [
        ["NIP", "Nama", "Pangkat/Golongan", "Jabatan", "Unit Kerja"],
        [SITI_NIP, "Dra. SITI RAHMAWATI, M.Hum.", "Pembina", "", "Layanan Anak"],
        [BUDI_NIP, "BUDI SANTOSO BIN ABDULLAH", "Penata, III/c", "Pustakawan", "Pengolahan"],
    ])


def test_a_row_that_weakens_the_record_waits_for_the_office(siti, tmp_path):
    budi = staff.save_person({"nip": BUDI_NIP, "name": "Budi Santoso bin Abdullah",
                              "rank": "Penata Muda, III/a", "unit": "Pengolahan"})
    preview = staff_import.read_preview(simpeg(tmp_path / "simpeg.xlsx"))
    first, second = preview.rows
    assert first.status == staff_import.WEAKENS
    assert first.weakened == ("back_title", "rank")  # the name only lost its capitals
    assert first.changes == (("back_title", "S.IP., M.Hum.", "M.Hum."),
                             ("rank", "Penata Tingkat I, III/d", "Pembina"))
    assert second.status == staff_import.UPDATE
    assert second.changes == (("rank", "Penata Muda, III/a", "Penata, III/c"),
                              ("position", "", "Pustakawan"))
    assert (preview.updated, preview.weakening) == (1, 1)

    result = staff_import.apply(preview)
    assert (result.updated, result.held) == (1, 1)
    kept = Person.get_by_id(siti.id)
    assert (kept.full_name, kept.rank) == ("Dra. Siti Rahmawati, S.IP., M.Hum.",
                                           "Penata Tingkat I, III/d")
    assert Person.get_by_id(budi.id).rank == "Penata, III/c"

    again = staff_import.read_preview(tmp_path / "simpeg.xlsx")
    again.rows[0].apply_anyway = True
    assert staff_import.apply(again).updated == 1
    assert Person.get_by_id(siti.id).full_name == "Dra. Siti Rahmawati, M.Hum."
    assert Person.get_by_id(siti.id).rank == "Pembina"


def test_names_in_capitals_keep_their_capitals_only_when_asked(siti, tmp_path):
    path = simpeg(tmp_path / "simpeg.xlsx")
    preview = staff_import.read_preview(path, normal_case=False)
    first, second = preview.rows
    assert first.weakened == ("name", "back_title", "rank")
    assert second.status == staff_import.NEW and second.values["name"] == (
        "BUDI SANTOSO BIN ABDULLAH")
    staff_import.apply(preview, overwrite=True)
    assert Person.get_by_id(siti.id).name == "SITI RAHMAWATI"

    staff_import.apply(staff_import.read_preview(path), overwrite=True)
    assert Person.get_by_id(siti.id).name == "Siti Rahmawati"
    assert Person.get(Person.nip == BUDI_NIP).name == "Budi Santoso bin Abdullah"


def printed_list(path):
    """A SIMPEG list made for printing: title, two heading rows, numbered columns, and the
    head of office's signature below."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DAFTAR PEGAWAI DINAS PERPUSTAKAAN KOTA TANJUNGPINANG"])
    sheet.append(["No", "NIP", "Nama", "Pangkat/Golongan", None, "Unit Kerja",
                  "Tempat Lahir", "Agama"])
    sheet.append([None, None, None, "Pangkat", "Gol. Ruang"])
    for column in "ABCFGH":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("D2:E2")
    sheet.append([f"({n})" for n in range(1, 9)])
    sheet.append([1, SITI_NIP, "Dra. Siti Rahmawati, S.IP., M.Hum.", "Penata Tingkat I",
                  "III/d", "Layanan Anak", "Tanjungpinang", "Islam"])
    sheet.append([2, DEWI_NIP, "Dewi Lestari", "Penata Muda", "III/a", "Pengolahan",
                  "Batam", "Islam"])
    sheet.append([])
    for line in ("Tanjungpinang, 12 Januari 2026", "Kepala Dinas", None, None,
                 "Drs. H. Ahmad Yani, M.Si.", "NIP. 19690309 199403 1 001"):
        sheet.append([None, None, None, None, None, line])
    book.save(path)
    return path


def test_a_printed_list_reads_its_headings_and_skips_what_is_not_people(siti, tmp_path):
    preview = staff_import.read_preview(printed_list(tmp_path / "simpeg.xlsx"))
    assert preview.ignored_columns == ["No", "Tempat Lahir", "Agama"]
    statuses = {r.row: (r.status, r.reason.english() if r.reason else "")
                for r in preview.rows}
    assert statuses == {
        4: ("skipped", "skipped: numbering row"),
        5: ("unchanged", ""),
        6: ("new", ""),
        8: ("skipped", "skipped: signature"), 9: ("skipped", "skipped: signature"),
        12: ("skipped", "skipped: signature"), 13: ("skipped", "skipped: signature")}
    assert (preview.rejected, preview.skipped) == (0, 5)
    staff_import.apply(preview)
    assert Person.get(Person.nip == DEWI_NIP).rank == "Penata Muda, III/a"
    assert Person.select().count() == 2


def test_a_column_without_a_heading_is_named_by_its_letter(database, tmp_path):
    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        ["NIP", "Nama", None, "Unit Kerja"],
        [SITI_NIP, "Siti Rahmawati", "catatan", "Layanan Anak", "lama"],
        [DEWI_NIP, "Dewi Lestari", None, "Pengolahan"],
        [None, None, None, None, None, None, None, "Tanjungpinang, 12 Januari 2026"],
    ])
    preview = staff_import.read_preview(path)
    assert preview.unheaded_columns == ["C", "E"]  # the signature's H is no column
    assert (preview.new, preview.skipped) == (2, 1)


def test_a_rank_heading_merged_over_two_columns_reads_both(database, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Pangkat/Golongan", None, "Unit Kerja"])
    sheet.merge_cells("C1:D1")
    sheet.append([DEWI_NIP, "Dewi Lestari", "Penata Muda", "III/a", "Pengolahan"])
    book.save(tmp_path / "simpeg.xlsx")
    preview = staff_import.read_preview(tmp_path / "simpeg.xlsx")
    assert (preview.ignored_columns, preview.unheaded_columns) == ([], [])
    assert preview.rows[0].values["rank"] == "Penata Muda, III/a"
