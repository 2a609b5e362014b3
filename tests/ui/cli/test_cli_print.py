"""Printing from the command line: sign-in sheets and name tags of an event."""

import datetime as dt

import pytest
from pypdf import PdfReader

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def office_db(tmp_path):
    """A database file with one two-session event and three participants, then closed."""
    from models.db import db as bound
    from models.db import open_database
    from models.events import participants
    from models.events import planning as events
    from models.staff import staff_list as staff

    path = tmp_path / "office.sqlite"
    open_database(path)
    try:
        event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek",
                                   "start_date": DAY, "end_date": DAY})
        for hour, topic in ((8, "Notasi DDC"), (13, "Praktik Klasifikasi")):
            events.save_session(event.id, {"date": DAY, "start_time": dt.time(hour),
                                           "end_time": dt.time(hour + 2), "topic": topic,
                                           "room": "", "jp": 2})
        people = [staff.save_person({"name": n}) for n in ("Siti Aminah", "Budi Santoso",
                                                           "Ani Wulandari")]
        participants.add_people(event.id, [p.id for p in people])
    finally:
        bound.close()
        bound.initialize(None)
    return path, event.id


def english(run, db, *args):
    return run("--db", db, "--lang", "en", *args)


def texts(path):
    return [page.extract_text() for page in PdfReader(path).pages]


def test_sign_in_sheet_of_one_session_and_of_all(run, office_db, tmp_path):
    db, event_id = office_db
    one = tmp_path / "sesi2.pdf"
    result = english(run, db, "sign-in-sheet", event_id, "--session", 2, "--out", one)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 page written to {one}."
    [page] = texts(one)
    assert "Praktik Klasifikasi" in page and "Notasi DDC" not in page
    assert page.index("Ani Wulandari") < page.index("Budi Santoso") < page.index("Siti")

    every = tmp_path / "semua.pdf"
    result = english(run, db, "sign-in-sheet", event_id, "--out", every, "--order", "number")
    assert result.returncode == 0, result.stderr
    pages = texts(every)
    assert len(pages) == 2 and "Notasi DDC" in pages[0]
    assert pages[0].index("Siti Aminah") < pages[0].index("Budi Santoso")


def test_name_tags(run, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "tags.pdf"
    result = english(run, db, "name-tags", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"3 name tags written to {out}."
    [page] = texts(out)
    assert "Siti Aminah" in page and "SB" in page


def test_bad_requests_are_refused_with_a_reason(run, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "x.pdf"
    result = english(run, db, "sign-in-sheet", event_id, "--session", 3, "--out", out)
    assert result.returncode == 1
    assert "The event has 2 sessions; choose --session from 1 to 2." in result.stderr
    result = english(run, db, "name-tags", 999, "--out", out)
    assert (result.returncode, result.stderr.strip()) == (1, "There is no event with id 999.")
    result = english(run, db, "name-tags", event_id, "--out", tmp_path / "x.docx")
    assert result.stderr.strip() == "The output file must end in .pdf."
    result = run("--db", db, "--lang", "id", "name-tags", 999, "--out", out)
    assert result.stderr.strip() == "Tidak ada kegiatan dengan id 999."
    assert not out.exists()
