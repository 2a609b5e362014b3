"""Three clerks import the same staff file at the same moment: each on its own connection
to the one database file, all reading before any writes. One set of people results."""

from models.staff import importer as staff_import
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import at_once
from tests.sheets import write_xlsx

HEADERS = ["NIP", "Nama", "Jenis Kelamin", "Unit Kerja", "No HP"]
SITI_NIP = "196903091994032001"
BUDI_NIP = "197501152000031002"


def test_three_imports_of_one_file_at_once_give_one_set_of_people(database, tmp_path):
    rahmat = staff.save_person({"name": "Rahmat Hidayat", "unit": "Layanan Umum"})
    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        HEADERS,
        [SITI_NIP, "Siti Aminah", "P", "Layanan Anak", "0812 7000 1111"],
        [BUDI_NIP, "Budi Santoso", "L", "Layanan Umum", None],
        [None, "Dewi Lestari", "P", "Pengolahan", None],  # no NIP, not in the database
        [None, "Rahmat Hidayat", "L", "Layanan Umum", "0815 000 111"],  # no NIP, stored
    ])

    def import_file(barrier):
        preview = staff_import.read_preview(path)
        barrier.wait()  # every clerk has read the file; none has written
        return staff_import.apply(preview)

    results = at_once(3, import_file)

    assert [r for r in results if isinstance(r, Exception)] == []
    assert sorted(r.imported for r in results) == [0, 0, 3]
    assert sorted(r.updated for r in results) == [0, 0, 1]
    people = sorted(Person.select(Person.name, Person.nip, Person.unit, Person.phone)
                    .tuples())
    assert people == [
        ("Budi Santoso", BUDI_NIP, "Layanan Umum", ""),
        ("Dewi Lestari", None, "Pengolahan", ""),
        ("Rahmat Hidayat", None, "Layanan Umum", "0815 000 111"),
        ("Siti Aminah", SITI_NIP, "Layanan Anak", "0812 7000 1111"),
    ]
    assert Person.get_by_id(rahmat.id).phone == "0815 000 111"


def test_a_record_lengthened_after_reading_is_not_weakened(database, tmp_path):
    siti = staff.save_person({"nip": SITI_NIP, "name": "Siti Aminah", "unit": "Layanan"})
    path = write_xlsx(tmp_path / "simpeg.xlsx", [HEADERS, [SITI_NIP, "Siti Aminah", "P",
                                                           "Layanan Anak", None]])
    preview = staff_import.read_preview(path)
    assert preview.updated == 1
    # Meanwhile a clerk types her full name: the file's shorter one would now say less.
    staff.save_person({"nip": SITI_NIP, "name": "Siti Aminah Rahmawati", "unit": "Layanan"},
                      siti.id)

    result = staff_import.apply(preview)

    assert (result.updated, result.held) == (0, 1)
    [row] = result.rows
    assert (row.status, [c[0] for c in row.changes]) == ("weakens", ["name", "unit"])
    assert Person.get_by_id(siti.id).name == "Siti Aminah Rahmawati"


def test_a_person_added_by_hand_after_reading_is_updated_not_doubled(database, tmp_path):
    path = write_xlsx(tmp_path / "simpeg.xlsx", [
        HEADERS,
        [SITI_NIP, "Siti Aminah", "P", "Layanan Anak", "0812 7000 1111"],
        [None, "Dewi Lestari", "P", "Pengolahan", "0813 2222 3333"],
    ])
    preview = staff_import.read_preview(path)
    assert preview.new == 2
    # Meanwhile another clerk types both in by hand.
    staff.save_person({"nip": SITI_NIP, "name": "Siti Aminah", "unit": "Layanan Anak"})
    staff.save_person({"name": "Dewi Lestari", "unit": "Pengolahan"})

    result = staff_import.apply(preview)

    assert (result.imported, result.updated) == (0, 2)
    assert sorted(Person.select(Person.name, Person.phone).tuples()) == [
        ("Dewi Lestari", "0813 2222 3333"), ("Siti Aminah", "0812 7000 1111")]
