"""At an outside body's event the JP earned is the recorded certificate's: the attendance
grid, the attendance recap, the transcript's row and the JP recap give one figure."""

import datetime as dt

from models.attendance import marking
from models.certificates import outside
from models.events.jp import earned
from reports.recaps.recaps import attendance_recap
from tests.builders import DAY, event_with_sessions, staff_member
from ui.attendance.grid_model import AttendanceGridModel

PERPUSNAS = "Perpustakaan Nasional RI"


def test_one_jp_figure_for_a_recorded_outside_certificate(qtbot, database):
    ani = staff_member("Ani Lestari", "198501012010012001")
    event, sessions = event_with_sessions(
        "Webinar Literasi Digital", "webinar", organiser_external=True,
        organiser_name=PERPUSNAS, mode="daring", participants=[ani])
    marking.set_marks(sessions[0].id, [ani.id], "hadir")  # 2 of the 4 JP seen here
    outside.record(event.id, ani.id, "12/PERPUSNAS/2026", PERPUSNAS, DAY, 8)

    model = AttendanceGridModel()
    model.today = lambda: DAY + dt.timedelta(days=7)
    model.load(event.id)
    assert model.index(0, model.jp_column).data() == "8"
    table = attendance_recap(event.id, DAY + dt.timedelta(days=7)).parts[0]
    assert table.columns[-1].title == "JP hadir"
    assert table.rows[0][-1] == 8
    assert earned(ani.id, event.id) == {(ani.id, event.id): 8.0}
