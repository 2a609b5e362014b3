"""Two PCs import the same SIMPEG file at the same moment, both having read it before
either writes: the office ends with one set of people, none twice."""

from models.staff.tables import Person
from tests.models.several_pcs.pcs import at_once
from tests.sheets import write_xlsx

HEADERS = ["NIP", "Nama", "Jenis Kelamin", "Unit Kerja"]
WITH_NIP, WITHOUT_NIP = 200, 50


def nip(n: int) -> str:
    return f"19800101200501{1001 + n:04}"  # born 1980, appointed 2005, a man (1)


def test_two_pcs_importing_one_file_at_once_give_one_set_of_people(database, tmp_path):
    rows = [[nip(n), f"Pegawai {n:03}", "L", "Layanan"] for n in range(WITH_NIP)]
    rows += [[None, f"Honorer {n:03}", "P", "Pengolahan"] for n in range(WITHOUT_NIP)]
    path = write_xlsx(tmp_path / "simpeg.xlsx", [HEADERS, *rows])

    results = at_once("import_staff", tmp_path / "pcs", [[path], [path]])

    assert sorted(r["imported"] for r in results) == [0, WITH_NIP + WITHOUT_NIP]
    assert [r["updated"] for r in results] == [0, 0]
    people = Person.select(Person.name, Person.nip).tuples()
    assert sorted(people) == sorted([(f"Pegawai {n:03}", nip(n)) for n in range(WITH_NIP)]
                                    + [(f"Honorer {n:03}", None) for n in range(WITHOUT_NIP)])
