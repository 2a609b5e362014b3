import pytest

from models.importing.table_shape import (
    NotPeople,
    column_letter,
    is_numbering,
    is_signature_line,
    with_subheadings,
)


def known(text):
    return text in ("Pangkat", "Gol. Ruang")


def test_second_heading_row_names_the_merged_columns():
    headings = ["No", "Nama", "Pangkat/Golongan", "", "Tempat/Tgl Lahir", ""]
    below = ["", "", "Pangkat", "Gol. Ruang", "Tempat", "Tanggal"]
    assert with_subheadings(headings, below, known) == [
        "No", "Nama", "Pangkat", "Gol. Ruang", "Tempat/Tgl Lahir – Tempat",
        "Tempat/Tgl Lahir – Tanggal"]


@pytest.mark.parametrize("below", [
    ["1", "Siti", "Penata", "III/c"],  # a person under the headings
    ["(1)", "(2)", "(3)", "(4)"],  # the columns' numbers
    ["", "Siti", "Penata", ""],  # nothing under the blank heading
    ["", "", "Penata", "Lihat catatan"],  # a row without a name: words, but no heading
])
def test_other_rows_are_not_a_second_heading_row(below):
    assert with_subheadings(["No", "Nama", "Pangkat/Golongan", ""], below, known) is None


@pytest.mark.parametrize("texts, expected", [
    (["(1)", "(2)", "(3)", "(4)"], True),
    (["1", "2", "3", "", "4"], True),
    (["1", "196903091994032001", "Siti"], False),
    (["1", "2"], False),
    (["1", "3", "4"], False),
])
def test_numbering_rows(texts, expected):
    assert is_numbering(texts) is expected


def test_a_signature_block_is_not_people():
    rows = NotPeople()
    lines = [["", "", "Tanjungpinang, 12 Januari 2026"], ["", "", "Kepala Dinas"],
             ["", "", "Drs. H. Ahmad Yani, M.Si."], ["", "", "Pembina Utama Muda"],
             ["", "", "NIP. 19690309 199403 1 001"]]
    assert [rows.note(t).english() for t in lines] == ["skipped: signature"] * 5
    person = NotPeople()
    assert person.note(["", "Drs. H. Ahmad Yani, M.Si."]) is None  # a name alone, no block


@pytest.mark.parametrize("text, expected", [
    ("Tanjungpinang, 12 Januari 2026", True),
    ("Tanjungpinang,        Januari 2026", True),  # the day to be written by hand
    ("a.n. Kepala Dinas", True),
    ("Plt. Kepala Dinas Perpustakaan", True),
    ("NIP. 19690309 199403 1 001", True),
    ("An Nisa", False),
    ("Siti Rahmawati", False),
    ("Tanjungpinang", False),
])
def test_signature_lines(text, expected):
    assert is_signature_line(text) is expected


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == [
        "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
