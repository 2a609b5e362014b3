"""The window's cheap question "did anyone change anything since I looked?"."""

from models.sharing import changes
from models.staff.tables import Person
from tests.builders import on_another_pc, staff_member


def test_a_change_committed_elsewhere_changes_the_token(database):
    before = changes.token()
    on_another_pc(lambda: staff_member("Siti Aminah"))
    assert changes.token() != before


def test_reading_changes_nothing(database, engine):
    staff_member("Siti Aminah")
    before = changes.token()
    Person.select().count()
    on_another_pc(lambda: Person.select().count())
    if engine == "sqlite":  # a server's number also moves for its other databases' work
        assert changes.token() == before


def test_a_deletion_elsewhere_changes_it_too(database):
    person = staff_member("Siti Aminah")
    before = changes.token()
    on_another_pc(lambda: Person.delete_by_id(person.id))
    assert changes.token() != before


def test_no_token_while_no_database_is_open():
    from models.db import db

    kept = db.obj
    db.initialize(None)
    try:
        assert changes.token() is None
    finally:
        db.initialize(kept)
