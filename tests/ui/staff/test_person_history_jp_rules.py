"""The person panel judges JP as the reports do: programmes for the public do not count,
the target binds whom Settings say, and only an ended year is shown short of it in red."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import settings
from models.attendance.tables import Attendance
from tests.builders import event_with_sessions, staff_member
from ui.staff.person_history import MET_COLOUR, SHORT_COLOUR, PersonHistoryPanel


@pytest.fixture
def panel(qtbot, database):
    settings.save({"jp_target": 20})
    panel = PersonHistoryPanel()
    panel.this_year = 2026
    qtbot.addWidget(panel)
    return panel


def attend(person, kind, day, jp=2):
    _event, sessions = event_with_sessions(f"{kind} {day.year}", kind, days=(day,), jp=jp,
                                           participants=[person], status="finished")
    for session in sessions:
        Attendance.create(session=session, person=person, status="hadir")


def years(panel) -> list[tuple[str, object]]:
    """Each year's line and its colour (None when left in the default colour)."""
    found = []
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        brush = item.foreground(0)
        found.append((item.text(0).split("  ·  ")[0],
                      brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None))
    return found


def test_a_book_club_is_listed_but_adds_no_jp(panel):
    kabid = staff_member("Rosmawati", "196903091994032001", employment="PNS")
    attend(kabid, "bimtek", dt.date(2025, 3, 10))  # 4 JP
    attend(kabid, "klub_buku", dt.date(2025, 5, 4), jp=3)  # 6 JP, not counted
    panel.show_person(kabid.id)
    assert years(panel)[1] == ("2025: 4 of 20 JP (16 JP short)", SHORT_COLOUR)
    club = panel.tree.topLevelItem(1).child(0)
    assert club.text(2) == "klub_buku 2025" and club.text(5) == "6 / 6, not counted"
    assert "does not count towards the yearly target" in club.toolTip(5)


def test_an_honorer_is_not_held_to_the_target_unless_settings_say_so(panel):
    honorer = staff_member("Juliana", employment="NON_ASN")
    attend(honorer, "pelatihan", dt.date(2025, 3, 10))
    panel.show_person(honorer.id)
    assert years(panel) == [("2025: 4 JP", None)]
    settings.save({"jp_target_employment": ["PNS", "PPPK", "NON_ASN"]})
    panel.refresh()
    assert years(panel) == [("2026: 0 of 20 JP (20 JP to go this year)", None),
                            ("2025: 4 of 20 JP (16 JP short)", SHORT_COLOUR)]


def test_a_year_to_come_is_not_judged(panel):
    pns = staff_member("Siti", "196903091994032001", employment="PNS")
    attend(pns, "pelatihan", dt.date(2027, 2, 1), jp=10)  # 20 JP marked ahead by mistake
    panel.show_person(pns.id)
    assert years(panel) == [("2027: 20 JP", None),
                            ("2026: 0 of 20 JP (20 JP to go this year)", None)]
    panel.this_year = 2027
    panel.refresh()
    assert years(panel)[0] == ("2027: 20 of 20 JP (target met)", MET_COLOUR)
