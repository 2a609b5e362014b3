"""One event still running: the grid, the eligibility list, the attendance recap and the
annual report count the same sessions as held, and show the same share."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models.attendance import marking
from models.certificates import eligibility
from models.certificates.eligibility import Rule
from reports.recaps import narratives, recaps
from tests.builders import DAY, event_with_sessions, staff_member
from ui.attendance.grid_model import FIRST_SESSION, AttendanceGridModel
from ui.certificates.eligibility_dialog import EligibilityDialog

TODAY = DAY
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def running(database):
    """Eight sessions over four days, the second day being today. Yesterday's two and this
    morning's (someone is marked) are held; this afternoon's and the next days' are not,
    though Budi's leave on the last day was recorded in advance."""
    siti, budi = staff_member("Siti Aminah"), staff_member("Budi Santoso")
    days = tuple(TODAY + dt.timedelta(days=d) for d in (-1, 0, 1, 2))
    event, sessions = event_with_sessions("Pelatihan Katalogisasi", "pelatihan", days=days,
                                          participants=(siti, budi))
    held = sessions[:3]
    marking.set_marks_many({s.id: [siti.id] for s in held}, "hadir")
    marking.set_marks(held[0].id, [budi.id], "hadir")
    marking.set_marks(held[1].id, [budi.id], "terlambat")
    marking.set_marks(held[2].id, [budi.id], "alpa")
    marking.set_marks(sessions[7].id, [budi.id], "izin", note="Cuti")
    return event, sessions, siti, budi


def grid_of(qtbot, event_id):
    model = AttendanceGridModel()
    model.today = lambda: TODAY
    model.load(event_id)
    return model


def test_grid_eligibility_and_recap_show_the_share_of_the_sessions_held(qtbot, running):
    event, sessions, siti, budi = running
    model = grid_of(qtbot, event.id)
    assert [model.index(r, model.percent_column).data() for r in range(2)] == ["100%", "67%"]

    found = {v.name: v for v in eligibility.verdicts(event.id, Rule(80, False), today=TODAY)}
    assert found["Siti Aminah"].qualifies
    assert found["Siti Aminah"].reason.english() == "Attended 3 of 3 sessions held (100%)."
    assert not found["Budi Santoso"].qualifies
    assert found["Budi Santoso"].reason.english() == (
        "Attended 2 of 3 sessions held (67%); 80% needed.")
    dialog = EligibilityDialog(None, event.id, Rule(80, False), today=TODAY)
    qtbot.addWidget(dialog)
    assert {row[0]: row[3] for row in dialog.rows()}["Budi Santoso"] == (
        "Attended 2 of 3 sessions held (67%); 80% needed.")

    recap = recaps.attendance_recap(event.id, today=TODAY)
    rows = {row[1]: row for row in recap.tables[0].rows}
    assert [rows[name][-3:-1] for name in ("Siti Aminah", "Budi Santoso")] == [
        [3, 100.0], [2, 66.7]]
    assert dict(recap.facts)["Sesi terlaksana"].startswith("3 dari 8")

    annual = narratives.annual_report(TODAY.year, today=TODAY)
    [listed] = [row for row in annual.tables[2].rows if row[1].startswith(event.title)]
    assert listed[4] == sum(s.jp for s in sessions[:3])


def test_future_sessions_are_shown_as_not_held_and_not_counted(qtbot, running):
    event, sessions, siti, budi = running
    model = grid_of(qtbot, event.id)
    horizontal = Qt.Orientation.Horizontal
    later = FIRST_SESSION + 7  # Budi's leave is recorded there, yet it is not held
    assert "not held yet" in model.headerData(later, horizontal, TOOLTIP)
    assert "not held yet" not in model.headerData(FIRST_SESSION, horizontal, TOOLTIP)
    assert model.headerData(later, horizontal, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(FIRST_SESSION, horizontal, Qt.ItemDataRole.ForegroundRole) is None
    assert "not held yet" in model.index(0, later).data(TOOLTIP)
    assert model.index(1, later).data() == "I"  # typed in advance, still shown

    # This afternoon's session is held from its first mark: everyone's share follows.
    afternoon = sessions[3]
    marking.set_marks(afternoon.id, [budi.id], "hadir")
    model.update_marks([(budi.id, afternoon.id)])
    assert [model.index(r, model.percent_column).data() for r in range(2)] == ["75%", "75%"]
    assert "not held yet" not in model.headerData(FIRST_SESSION + 3, horizontal, TOOLTIP)
