import shutil
import sqlite3
from pathlib import Path

import pytest

from models import db as db_module
from models import settings
from models.db import db, integrity_problems, latest_version, open_database, schema_version
from models.messages import SiBinaError
from models.schema import Attendance, Event, EventSession, Person, Registration
from tests.builders import V1_DATABASE


@pytest.fixture
def old_copy(tmp_path):
    path = tmp_path / "office.sqlite"
    shutil.copy(V1_DATABASE, path)
    yield path
    if db.obj is not None:
        db.close()
    db.initialize(None)


def test_new_database_is_stamped_current(database, engine):
    assert schema_version() == latest_version() >= 2
    assert "person_name_nocase" in {index.name for index in database.get_indexes("person")}
    if engine == "postgres":
        return  # a server keeps its own durability and locking: no pragmas
    assert database.pragma("foreign_keys") == 1
    assert database.pragma("journal_mode") == "wal"


def test_version_1_database_upgrades_without_losing_rows(old_copy):
    before = sqlite3.connect(old_copy)
    counts = {t: before.execute(f"select count(*) from {t}").fetchone()[0]
              for t in ("person", "event", "event_session", "registration", "attendance")}
    assert before.execute("select max(name) from schema_migration").fetchone()[0].startswith("0001")
    before.close()

    open_database(old_copy)

    assert schema_version() == latest_version()
    assert integrity_problems() == []
    assert counts == {"person": Person.select().count(), "event": Event.select().count(),
                      "event_session": EventSession.select().count(),
                      "registration": Registration.select().count(),
                      "attendance": Attendance.select().count()}
    siti = Person.get(Person.nip == "196903091994032001")
    assert siti.full_name == "Dra. Siti Aminah, S.IP., M.Hum."
    assert siti.employment == "PNS"  # filled in by the upgrade for people with a NIP
    assert Person.get(Person.name == "Rahmat Hidayat").employment == ""
    assert settings.get("jp_target") == 24
    indexes = {row[1] for row in db.obj.execute_sql("PRAGMA index_list(person)")}
    assert "person_name_nocase" in indexes
    # Version 6: every existing event follows its kind on whether its JP counts.
    assert Event.select().count() and all(e.counts_as_development is None
                                          for e in Event.select())


def test_upgrade_copies_the_old_file_aside_first(old_copy):
    open_database(old_copy)
    copies = list(old_copy.parent.glob("office.sqlite.v1-*.bak"))
    assert len(copies) == 1
    kept = sqlite3.connect(copies[0])
    assert kept.execute("select count(*) from schema_migration").fetchone()[0] == 1
    assert kept.execute("select count(*) from person").fetchone()[0] == 3
    kept.close()


def test_reopening_a_current_database_makes_no_copy(old_copy):
    open_database(old_copy)
    db.close()
    open_database(old_copy)
    assert len(list(old_copy.parent.glob("*.bak"))) == 1


def test_database_from_a_newer_version_is_refused(old_copy):
    con = sqlite3.connect(old_copy)
    con.execute("insert into schema_migration (name, applied) values ('0999_future', '2030-01-01')")
    con.commit()
    con.close()
    with pytest.raises(SiBinaError, match="newer version of SiBina"):
        open_database(old_copy)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are not the records you are looking for" * 100)
    with pytest.raises(SiBinaError, match="not a SiBina database"):
        open_database(path)
    db.initialize(None)


def test_a_failed_upgrade_names_the_safety_copy_and_keeps_the_old_schema(old_copy, tmp_path,
                                                                         monkeypatch):
    # A file that upgrade 0002 trips over halfway would be refused before any upgrade as
    # not SiBina's own, so the step itself fails here, after its first change.
    steps = tmp_path / "migrations"
    shutil.copytree(db_module.MIGRATIONS_DIR, steps)
    step = steps / "0002_person_employment.py"
    step.write_text(step.read_text() + "\n    db.execute_sql('SELECT * FROM no_such_table')\n")
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", steps)
    with pytest.raises(SiBinaError, match="The copy made before the upgrade is") as err:
        open_database(old_copy)
    copy = err.value.msg.params["copy"]
    assert Path(copy).exists()
    con = sqlite3.connect(old_copy)
    assert [r[0] for r in con.execute("select name from schema_migration")] == ["0001_initial"]
    assert con.execute("select count(*) from person").fetchone()[0] == 3
    con.close()


def test_an_upgraded_database_has_the_same_indexes_as_a_new_one(old_copy, tmp_path):
    def indexes(path):
        """Each index's name and whether it is unique."""
        connection = sqlite3.connect(path)
        try:
            tables = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            return {(row[1], row[2]) for table in tables
                    for row in connection.execute(f"PRAGMA index_list('{table}')")
                    if row[3] == "c"}  # made by CREATE INDEX, not by a constraint
        finally:
            connection.close()

    open_database(tmp_path / "new.sqlite")
    db.close()
    db.initialize(None)
    open_database(old_copy)
    db.close()
    db.initialize(None)
    names = {name for name, _unique in indexes(old_copy)}
    assert {"registration_event_id_role_cancelled", "event_session_event_id_jp"} <= names
    assert ("certificate_event_id_person_id_role", 0) in indexes(old_copy)  # replaceable
    assert indexes(old_copy) == indexes(tmp_path / "new.sqlite")


def test_an_upgraded_database_records_outside_certificates(old_copy):
    import datetime as dt

    from models.certificates.tables import OutsideCertificate

    open_database(old_copy)
    registration = Registration.select().where(Registration.role == "peserta").first()
    event = registration.event
    assert not event.co_organised  # every existing event stays the office's own
    OutsideCertificate.create(event=event, person=registration.person, number="1/X",
                              issuer="Perpustakaan Nasional RI", issued_on=dt.date(2026, 1, 2),
                              jp=8)
    assert OutsideCertificate.select().count() == 1


def test_an_upgraded_database_keeps_report_texts_and_photos(old_copy, tmp_path):
    from PIL import Image

    from models.events import planning
    from models.events.photos import photos

    open_database(old_copy)
    event = Event.select().first()
    assert (event.legal_basis, event.audience, event.funding, event.obstacles) == ("",) * 4
    picture = tmp_path / "foto.png"
    Image.new("RGB", (20, 10), "green").save(picture)
    planning.save_event({"title": event.title, "kind": event.kind, "funding": "APBD 2026",
                         "start_date": event.start_date, "end_date": event.end_date}, event.id,
                        photos=[(picture, "Pembukaan")])
    assert Event.get_by_id(event.id).funding == "APBD 2026"
    assert [caption for _id, _name, caption in photos(event.id)] == ["Pembukaan"]
