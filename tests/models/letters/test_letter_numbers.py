"""Letter numbers: the office's pattern, a running number per year, and the register."""

import datetime as dt

import openpyxl
import pytest
from peewee import IntegrityError

from models import settings
from models.db import db
from models.letters.numbers import (
    PaperRequest,
    letter_pattern_problem,
    next_number,
    papers_of,
    record,
)
from models.letters.tables import EventPaper
from reports.letters.register import write_letter_register
from tests.builders import event_with_sessions, staff_member

DEC = dt.date(2026, 12, 3)


@pytest.fixture
def office(database):
    settings.save({"office_code": "DISPUSIP",
                   "letter_number_pattern": "{code}/{seq}/{office}/{month_roman}/{year}"})


def test_the_pattern_gives_the_kind_code_the_running_number_and_the_roman_month(office):
    event, _ = event_with_sessions()
    assert next_number("assignment", DEC) == "800/1/DISPUSIP/XII/2026"
    with db.atomic():
        first = record(PaperRequest(event.id, "invitation", DEC))
        second = record(PaperRequest(event.id, "assignment", DEC))
    assert (first.number, second.number) == ("005/1/DISPUSIP/XII/2026",
                                             "800/2/DISPUSIP/XII/2026")
    assert next_number("invitation", dt.date(2027, 1, 5)) == "005/1/DISPUSIP/I/2027"
    assert [p.number for p in papers_of(event.id)] == [second.number, first.number]


def test_a_paper_not_written_keeps_no_number(office):
    event, _ = event_with_sessions()
    with pytest.raises(OSError), db.atomic():
        record(PaperRequest(event.id, "invitation", DEC))
        raise OSError("the disk is full")
    assert EventPaper.select().count() == 0
    assert next_number("invitation", DEC).startswith("005/1/")


def test_a_number_never_given_twice_in_a_year(office):
    event, _ = event_with_sessions()
    with db.atomic():
        record(PaperRequest(event.id, "invitation", DEC))
    with pytest.raises(IntegrityError), db.atomic():
        EventPaper.create(event=event, kind="invitation", number="x", year=2026, seq=1,
                          date=DEC)


@pytest.mark.parametrize("pattern, fragment", [
    ("{code}/{nomor}/{year}", "unknown placeholder {nomor}; use {code}, {seq}"),
    ("{code}/{office}/{year}", "needs {seq}"),
    ("{code}/{seq}", "needs {year}"),
])
def test_a_pattern_that_cannot_number_letters_is_refused_saying_why(pattern, fragment):
    assert fragment in letter_pattern_problem(pattern).english()


def test_the_certificate_pattern_still_refuses_code():
    from models.certificates.numbers import pattern_problem

    assert "unknown placeholder {code}" in pattern_problem("{code}/{seq}/{year}").english()


def test_the_register_exports_every_number_with_its_paper_and_person(office, tmp_path):
    person = staff_member("Siti Aminah", "198001012005012001", front_title="Dra.")
    event, _ = event_with_sessions("Bimtek Katalogisasi", participants=[person])
    with db.atomic():
        record(PaperRequest(event.id, "assignment", DEC, person.id))
    out = tmp_path / "register.xlsx"
    assert write_letter_register(out) == 1
    sheet = openpyxl.load_workbook(out).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    for wanted in ("Nomor Surat", "800/1/DISPUSIP/XII/2026", "Surat Tugas",
                   "Bimtek Katalogisasi", "Dra. Siti Aminah"):
        assert wanted in cells


def test_the_classification_code_is_the_office_s_setting(office):
    event, _ = event_with_sessions()
    settings.save({"letter_code_assignment": "800.1.11.1"})
    assert next_number("assignment", DEC) == "800.1.11.1/1/DISPUSIP/XII/2026"
    with db.atomic():
        paper = record(PaperRequest(event.id, "assignment", DEC))
        unnumbered = record(PaperRequest(event.id, "programme", DEC))
        again = record(PaperRequest(event.id, "committee-sheet", DEC))
    assert paper.number == "800.1.11.1/1/DISPUSIP/XII/2026"
    # Lists take no number and do not hold one back: the next letter is number 2.
    assert (unnumbered.number, unnumbered.seq, again.seq) == ("", None, None)
    assert next_number("invitation", DEC) == "005/2/DISPUSIP/XII/2026"
