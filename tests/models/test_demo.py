import datetime

import pytest

from benchmarks.stress import make_stress_db
from models import demo, nip, settings
from models.certificate import Signatory
from models.db import db, open_database
from models.event import Theme
from models.messages import SiBinaError
from models.person import Person
from models.schema import ALL_MODELS

TODAY = datetime.date(2026, 3, 15)


def table_counts() -> dict:
    return {model.__name__: model.select().count() for model in ALL_MODELS}


def test_fill_demo_makes_a_believable_office(database):
    counts = demo.fill_demo(today=TODAY)
    internal = Person.select().where(~Person.is_external)
    external = Person.select().where(Person.is_external)
    assert internal.count() >= 40 and counts["staff"] == internal.count()
    assert external.count() >= 15 and counts["externals"] == external.count()

    nips = [p.nip for p in Person.select() if p.nip]
    assert len(nips) == len(set(nips)) >= 50
    assert all(nip.problem(n) is None for n in nips)
    assert all(nip.gender_of(p.nip) == p.gender for p in Person.select() if p.nip)
    assert Person.select().where(Person.nip.is_null()).count() > 0  # NON_ASN and guests

    assert {p.gender for p in Person.select()} == {"M", "F"}
    retired = list(internal.where(~Person.active))
    assert len(retired) == 3 and all(p.notes.startswith("Pensiun 202") for p in retired)
    assert {p.employment for p in internal} == {"PNS", "PPPK", "NON_ASN"}
    assert any("'" in p.name for p in Person.select())

    names = {p.full_name for p in Person.select()}
    assert "Dra. Siti Aminah, M.Hum." in names
    assert "Dr. Mardiana, S.IP., M.Hum." in names
    assert any(p.institution == "Perpustakaan Nasional RI" for p in external)

    assert [t.name for t in Theme.select().order_by(Theme.position)][:2] == [
        "Pengelolaan Koleksi", "Klasifikasi dan Katalogisasi"]
    assert counts["themes"] == Theme.select().count() == 8

    profile = settings.get_all()
    assert profile["jp_target"] == 20
    assert profile["address"] and "Tanjungpinang" in profile["office_name"]
    assert nip.problem(profile["head_nip"]) is None
    head = Person.get(Person.nip == profile["head_nip"])
    assert profile["head_name"] == head.full_name
    assert Signatory.get().nip == profile["head_nip"]


def test_fill_demo_is_deterministic(tmp_path):
    made = []
    for name in ("a.sqlite", "b.sqlite"):
        database = open_database(tmp_path / name)
        demo.fill_demo(today=TODAY)
        made.append([(p.nip, p.full_name, p.phone, p.email) for p in Person.select()])
        database.close()
        db.initialize(None)
    assert made[0] == made[1]


def test_fill_demo_refuses_a_database_with_data(database):
    demo.fill_demo(today=TODAY)
    before = table_counts()
    with pytest.raises(SiBinaError) as err:
        demo.fill_demo(today=TODAY)
    assert "only into an empty database" in str(err.value)
    assert err.value.msg.context == "Demo"
    assert table_counts() == before


def test_stress_db_holds_valid_people(tmp_path):
    path = tmp_path / "stress.sqlite"
    counts = make_stress_db(path, people=500, progress=None, today=TODAY)
    assert counts["people"] == 500
    database = open_database(path)
    try:
        people = list(Person.select())
        assert len(people) == 500
        nips = [p.nip for p in people if p.nip]
        assert len(nips) == len(set(nips)) > 300
        assert all(nip.problem(n) is None for n in nips)
        assert any(p.is_external for p in people) and any(not p.active for p in people)
        assert all(p.name and p.gender in ("M", "F") for p in people)
    finally:
        database.close()
        db.initialize(None)
    with pytest.raises(FileExistsError):
        make_stress_db(path, people=10, progress=None)


def test_cancelled_fill_leaves_the_database_empty(database):
    from models.progress import Cancelled, Progress

    steps = []
    progress = Progress(lambda done, total: steps.append(done), lambda: len(steps) >= 2)
    with pytest.raises(Cancelled):
        demo.fill_demo(progress, today=TODAY)
    assert set(table_counts().values()) == {0}
