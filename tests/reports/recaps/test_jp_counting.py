"""The JP recap, the transcript and the annual report count JP by the same rules: only
competency development, for those the target binds, and a year is judged once it ended."""

import datetime as dt

import pytest

from models import settings
from models.attendance.tables import Attendance
from reports.recaps import narratives, recaps
from tests.builders import event_with_sessions, staff_member

NIP = "196903091994032001"


@pytest.fixture
def office(database):
    """A Kepala Bidang (PNS) with 4 JP of bimtek and 12 JP of programmes for the public,
    and an honorer with nothing."""
    settings.save({"jp_target": 20})
    kabid = staff_member("Rosmawati", NIP, employment="PNS", unit="Bidang Layanan")
    staff_member("Juliana", employment="NON_ASN", unit="Bidang Layanan")
    for title, kind, days, jp in (
            ("Bimtek DDC", "bimtek", (dt.date(2026, 3, 10),), 2),
            ("Kelas Literasi Informasi bagi Pelajar", "literasi_informasi",
             (dt.date(2026, 4, 6), dt.date(2026, 4, 7)), 2),
            ("Klub Buku", "klub_buku", (dt.date(2026, 5, 4),), 2)):
        _event, sessions = event_with_sessions(title, kind, days=days, jp=jp,
                                               participants=[kabid], status="finished")
        for session in sessions:
            Attendance.create(session=session, person=kabid, status="hadir")
    return kabid


def rows_by_name(report) -> dict:
    return {row[1]: row for row in report.tables[0].rows}


def test_the_recap_counts_competency_development_and_binds_civil_servants(office):
    made = recaps.jp_recap(2026, today=dt.date(2027, 1, 5))
    rows = rows_by_name(made)
    assert rows["Rosmawati"][6:] == [4.0, 16.0, "Belum"]  # not 16 JP, not 4 short
    assert rows["Juliana"][6:] == [0.0, None, "-"]  # an honorer is not held to it
    assert ("Belum mencapai target", "1 orang") in made.facts
    assert ("PNS dan PPPK", "1 orang") in made.facts


def test_a_running_year_says_how_far_is_left_and_a_year_to_come_is_not_judged(office):
    running = recaps.jp_recap(2026, today=dt.date(2026, 12, 7))
    assert rows_by_name(running)["Rosmawati"][6:] == [4.0, 16.0, "Berjalan"]
    assert ("Belum mencapai target",
            "1 orang (tahun berjalan, keadaan 7 Desember 2026)") in running.facts
    ahead = recaps.jp_recap(2027, today=dt.date(2026, 12, 7))
    assert rows_by_name(ahead)["Rosmawati"][6:] == [0.0, None, "-"]
    assert ("Pencapaian target", "belum dinilai: tahun 2027 belum berjalan") in ahead.facts
    assert all(row[2] is None for row in ahead.tables[1].rows)  # nobody "met" it yet


def test_the_setting_of_whom_the_target_binds_reaches_the_recap(office):
    settings.save({"jp_target_employment": ["PNS", "PPPK", "NON_ASN"]})
    made = recaps.jp_recap(2026, today=dt.date(2027, 1, 5))
    assert rows_by_name(made)["Juliana"][6:] == [0.0, 20.0, "Belum"]
    assert ("PNS, PPPK dan Non-ASN", "2 orang") in made.facts


def test_the_transcript_lists_competency_development_only(office):
    made = recaps.transcript(office.id, today=dt.date(2027, 1, 5))
    (year,) = made.tables
    assert [row[1] for row in year.rows] == ["Bimtek DDC"]
    assert year.total[4] == 4.0 and year.note == "Target 20 JP: kurang 16 JP."
    running = recaps.transcript(office.id, today=dt.date(2026, 12, 7))
    assert running.tables[0].note == "Target 20 JP: kurang 16 JP (tahun berjalan)."


def test_the_annual_report_counts_who_met_the_target_alike(office):
    settings.save({"jp_target": 4})
    made = narratives.annual_report(2026, today=dt.date(2027, 1, 5))
    assert ("PNS dan PPPK mencapai target JP", "1 dari 1 (100%)") in made.facts
    settings.save({"jp_target": 5})
    made = narratives.annual_report(2026, today=dt.date(2027, 1, 5))
    assert ("PNS dan PPPK mencapai target JP", "0 dari 1 (0%)") in made.facts
    ahead = narratives.annual_report(2027, today=dt.date(2026, 12, 7))
    assert ("PNS dan PPPK mencapai target JP", "belum dinilai") in ahead.facts


def test_the_annual_report_tells_development_programmes_and_outside_events_apart(office):
    """Its title says competency development: the JP the office ran for it, for the public,
    and what outside bodies ran are said apart, not added into one figure."""
    _event, sessions = event_with_sessions(
        "Webinar Literasi Digital", "webinar", days=(dt.date(2026, 6, 2),), jp=3,
        participants=[office], status="finished", organiser_external=True,
        organiser_name="Perpustakaan Nasional RI")
    made = dict(narratives.annual_report(2026, today=dt.date(2027, 1, 5)).facts)
    assert made["Jumlah kegiatan"] == "4 terlaksana"
    assert made["Pengembangan kompetensi"] == "1 kegiatan, 4 JP"
    assert made["Program untuk masyarakat"] == "2 kegiatan, 12 JP"
    assert made["Oleh lembaga luar"] == "1 kegiatan, 6 JP"
    assert "JP diselenggarakan" not in made
