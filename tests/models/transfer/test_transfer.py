"""transfer: a file to a server and back keeps every row; a target holding data, a copy
that does not read back the same, and Cancel all leave the target as it was."""

import sqlite3

import pytest

from models.audit.triggers import connect_functions
from models.db import db, open_database
from models.messages import SiBinaError
from models.progress import Cancelled, Progress
from models.transfer import transfer
from models.transfer.copying import fingerprint, first_table_with_rows, in_order
from tests.models.transfer.office import every_row


@pytest.fixture
def server(pg_server):
    """A new database on the tests' server, as an office's administrator creates it."""
    uri = pg_server.empty_database()
    yield uri
    if db.obj is not None:
        db.close()
    db.initialize(None)
    pg_server.drop(uri)


def opened(target):
    """Every row and every table's fingerprint of ``target``, which is then closed."""
    database = open_database(target)
    try:
        rows = every_row(database)
        prints = {m._meta.table_name: fingerprint(m, database).digest() for m in in_order()}
        return rows, prints
    finally:
        database.close()
        db.initialize(None)


def test_a_file_goes_to_the_server_and_back_unchanged(office_file, server, tmp_path):
    there = transfer(office_file, server)
    assert dict(there)["answer"] == 8294 and dict(there)["stored_file"] == 9  # MoU scan too
    back = tmp_path / "kembali.sqlite"
    assert transfer(server, back) == there
    rows, prints = opened(office_file)
    on_server, server_prints = opened(server)
    returned, returned_prints = opened(back)
    assert on_server == rows == returned
    assert server_prints == prints == returned_prints
    assert [table for table, held in rows.items() if not held] == []  # all had rows
    assert [p.name for p in tmp_path.iterdir()] == ["kembali.sqlite"]  # no temporary left


def test_the_server_numbers_new_rows_after_the_copied_ones(office_file, server):
    from models.staff.tables import Person

    transfer(office_file, server)
    open_database(server)
    highest = Person.select().order_by(Person.id.desc()).first().id
    assert Person.create(name="Orang Baru").id == highest + 1


def test_a_target_holding_data_is_refused_and_unchanged(office_file, server, tmp_path):
    from models.staff.tables import Person

    open_database(server)
    Person.create(name="Sudah Ada")
    db.close()
    with pytest.raises(SiBinaError, match=r"table person has rows.*Nothing was changed"):
        transfer(office_file, server)
    rows, _ = opened(server)
    name = next(i for i, f in enumerate(Person._meta.sorted_fields) if f is Person.name)
    assert [row[name] for row in rows["person"]] == ["Sudah Ada"] and not rows["event"]

    taken = tmp_path / "ada.sqlite"
    taken.write_bytes(b"catatan")
    with pytest.raises(SiBinaError, match="already exists"):
        transfer(office_file, taken)
    assert taken.read_bytes() == b"catatan"


def test_a_value_the_server_would_keep_otherwise_rolls_everything_back(
        office_file, server, tmp_path):
    # A time with its zone, written into the file by another program: the server keeps the
    # hour without the zone, so the person table reads back differently from the file.
    odd = tmp_path / "aneh.sqlite"
    odd.write_bytes(office_file.read_bytes())
    with sqlite3.connect(odd) as connection:
        connect_functions(connection)  # the file's audit triggers call SiBina's functions
        connection.execute("UPDATE person SET created_at = '2026-03-01 10:00:00+07:00' "
                           "WHERE id = (SELECT MAX(id) FROM person)")
    connection.close()
    with pytest.raises(SiBinaError, match="Table person reads back differently"):
        transfer(odd, server)
    database = open_database(server)
    assert first_table_with_rows(database) is None  # nothing kept, not even the themes' removal
    db.close()
    assert dict(transfer(office_file, server))["person"] == 145


def test_cancel_leaves_the_target_as_it_was(office_file, server, tmp_path):
    steps = []

    def cancel_midway():
        steps.append(1)
        return len(steps) > 20

    with pytest.raises(Cancelled):
        transfer(office_file, server, Progress(is_cancelled=cancel_midway))
    database = open_database(server)
    assert first_table_with_rows(database) is None
    db.close()
    file = tmp_path / "batal.sqlite"
    steps.clear()
    with pytest.raises(Cancelled):
        transfer(office_file, file, Progress(is_cancelled=cancel_midway))
    assert list(tmp_path.iterdir()) == []


def test_a_missing_source_and_the_same_database_are_refused(server, tmp_path):
    with pytest.raises(SiBinaError, match="There is no database at"):
        transfer(tmp_path / "tidak-ada.sqlite", server)
    with pytest.raises(SiBinaError, match="the same database"):
        transfer(server, server)
    assert list(tmp_path.iterdir()) == []
