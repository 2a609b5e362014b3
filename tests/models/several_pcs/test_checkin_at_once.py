"""Four laptops at the door check 500 people in to one session at the same moment, the
blocks they scan overlapping: every person is recorded once, by the first scan, and every
later scan of them is told when that was."""

import datetime as dt
from collections import defaultdict

from models.attendance.tables import Attendance
from models.base import now
from models.db import db
from models.events import participants as registration
from models.staff.bulk import insert_people
from models.staff.tables import Person
from tests.builders import DAY, event_with_sessions
from tests.models.several_pcs.pcs import at_once

PEOPLE, PCS = 500, 4
OVERLAP = 50  # of each PC's block, also scanned by the PC before it, at the same time


def scans() -> list[list[str]]:
    """Each PC's participant numbers in scanning order: its own block, the first part
    interleaved with the start of the next PC's block (which that PC is scanning too)."""
    size = PEOPLE // PCS
    blocks = [[str(n) for n in range(k * size + 1, (k + 1) * size + 1)] for k in range(PCS)]
    lists = []
    for k, own in enumerate(blocks):
        following = blocks[(k + 1) % PCS][:OVERLAP]
        mixed = [code for pair in zip(own[:OVERLAP], following, strict=True) for code in pair]
        lists.append(mixed + own[OVERLAP:])
    return lists


def test_four_pcs_checking_in_500_people_at_once_record_each_once(database, tmp_path):
    with db.atomic():
        insert_people([{"name": f"Peserta {n:03}"} for n in range(PEOPLE)], now())
    event, [session] = event_with_sessions("Seminar Literasi", hours=(8,))
    registration.add_people(event.id, [p for (p,) in Person.select(Person.id).tuples()])
    opened = dt.datetime.combine(DAY, dt.time(8))

    answers = at_once("check_in", tmp_path / "door",
                      [[session.id, opened.isoformat(), *codes] for codes in scans()])

    by_code = defaultdict(list)
    for pc, pc_answers in enumerate(answers):
        for code, outcome, when in pc_answers:
            by_code[code].append((outcome, dt.datetime.fromisoformat(when), f"PC {pc}"))
    numbers = dict(registration_numbers(event.id))
    rows = {numbers[person]: (status, when, who) for person, status, when, who in (
        Attendance.select(Attendance.person, Attendance.status, Attendance.checkin_time,
                          Attendance.recorded_by)
        .where(Attendance.session == session.id).tuples())}
    assert Attendance.select().where(Attendance.session == session.id).count() == PEOPLE
    assert sorted(rows) == sorted(by_code) and len(rows) == PEOPLE
    assert sum(len(a) for a in by_code.values()) == PEOPLE + PCS * OVERLAP
    for code, said in by_code.items():
        recorded = [(when, pc) for outcome, when, pc in said if outcome != "already"]
        assert len(recorded) == 1, (code, said)  # exactly one scan wrote the mark
        [(first, pc)] = recorded
        status, when, who = rows[code]
        assert (when, who) == (first, pc)  # the first scan's time and PC are kept
        assert status in ("hadir", "terlambat")
        assert all(when == first for outcome, when, _ in said)  # later scans told of it


def registration_numbers(event_id):
    from models.events.tables import Registration

    return ((person, str(no)) for person, no in
            Registration.select(Registration.person, Registration.participant_no)
            .where(Registration.event == event_id).tuples())
