"""Finding the headings row, as every importer (staff, scores, figures, responses) reads it."""

import pytest

from models.importing import preview
from models.messages import SiBinaError
from models.progress import Progress
from tests.sheets import write_xlsx


def write_csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def has_nama(texts):
    return "Nama" in texts


def test_blank_rows_on_top_are_skipped_and_rows_keep_the_numbers_excel_shows(tmp_path):
    path = write_xlsx(tmp_path / "nilai.xlsx", [
        [], [None, None], ["Nama", "Pre-test"], ["Siti", 60], [], ["Budi", 70]])
    sheet = preview.read_sheet(path)
    assert (sheet.header_row, sheet.headings) == (3, ["Nama", "Pre-test"])
    assert [(number, cells) for number, cells in sheet.rows] == [
        (4, ("Siti", 60)), (6, ("Budi", 70))]


def test_a_csv_row_of_spaces_and_separators_is_blank(tmp_path):
    path = write_csv(tmp_path / "nilai.csv", [" ; ", "Nama;Post-test", "  ;  ", "Siti;80"])
    sheet = preview.read_sheet(path)
    assert (sheet.header_row, sheet.headings) == (2, ["Nama", "Post-test"])
    assert [number for number, _cells in sheet.rows] == [4]


def test_headings_are_the_first_filled_row_unless_the_importer_asks_for_more(tmp_path):
    rows = [["DAFTAR PEGAWAI DINAS PERPUSTAKAAN"], ["Per 1 Januari 2026"], [],
            ["No", "Nama", "NIP"], [1, "Siti Aminah", "196903091994032001"]]
    path = write_xlsx(tmp_path / "pegawai.xlsx", rows)
    assert preview.read_sheet(path).headings == ["DAFTAR PEGAWAI DINAS PERPUSTAKAAN"]
    sheet = preview.read_sheet(path, is_headings=has_nama)
    assert (sheet.header_row, sheet.headings) == (4, ["No", "Nama", "NIP"])
    assert [number for number, _cells in sheet.rows] == [5]


def test_headings_below_many_blank_rows_are_still_found(tmp_path):
    rows = [["DAFTAR PEGAWAI"]] + [[]] * 30 + [["Nama"], ["Siti"]]
    sheet = preview.read_sheet(write_xlsx(tmp_path / "pegawai.xlsx", rows),
                               is_headings=has_nama)
    assert (sheet.header_row, [n for n, _c in sheet.rows]) == (32, [33])


def test_no_headings_among_the_top_rows_says_what_the_first_filled_row_holds(tmp_path):
    rows = [[]] + [[f"Judul {n}", "x"] for n in range(1, 40)] + [["Nama"]]
    path = write_xlsx(tmp_path / "pegawai.xlsx", rows)
    with pytest.raises(preview.NoHeadings) as caught:
        preview.read_sheet(path, is_headings=has_nama)
    assert caught.value.first_filled == ["Judul 1", "x"]


@pytest.mark.parametrize("lines", [[], ["", "   ", ""]])
def test_a_file_showing_nothing_is_empty(tmp_path, lines):
    path = write_csv(tmp_path / "kosong.csv", lines)
    with pytest.raises(SiBinaError) as caught:
        preview.read_sheet(path)
    assert caught.value.msg.english() == "kosong.csv is empty."


def test_reading_reports_its_share_of_the_job(tmp_path):
    steps = []
    path = write_csv(tmp_path / "besar.csv", ["Nama"] + [f"Orang {n}" for n in range(450)])
    preview.read_sheet(path, Progress(lambda done, total: steps.append((done, total))),
                       parts=2)
    assert steps == [(200, 2 * 451), (400, 2 * 451)]
