"""Check-in at the door with 500 registered (target: median under 20 ms per person).

    uv run python -m benchmarks.bench_checkin [--people N] [--events N] [--db PATH]

On a stress database (20,000 people, 2,000 events with 20,000 sessions and their
attendance; made in a temporary folder unless ``--db`` names a copy you can spare), one
new event gets two sessions and 500 registered participants, each with a name-tag code.
The Check-in window is shown (offscreen) on the first session and fed 500 codes, a third
each as grouped NIPs, participant numbers and tag codes. Each is timed from putting the
code in the field and pressing Enter until the answer with the person's name has been
painted (the mark committed to the database before that).

Baseline in the same run: ``models.attendance.checkin.check_in`` alone for the same 500 codes on the
second session, so the window's own cost is the difference.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.stress import make_stress_db  # noqa: E402

PARTICIPANTS = 500
TARGET_MS = 20
DAY = datetime.date(2026, 3, 10)
START = datetime.time(8, 0)


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def prepare_event() -> tuple[list[int], list[str], list[str]]:
    """The event's two sessions, the 500 codes to scan and the names they should show."""
    from models.attendance import checkin
    from models.events import participants
    from models.events import planning as events
    from models.events.tables import Registration
    from models.staff import nip
    from models.staff.tables import Person

    event = events.save_event({"title": "Sosialisasi Gemar Membaca", "kind": "sosialisasi",
                               "start_date": DAY, "end_date": DAY})
    sessions = [events.save_session(event.id, {
        "date": DAY, "start_time": start, "end_time": end, "topic": topic, "room": "Aula",
        "jp": 2}).id for start, end, topic in (
            (START, datetime.time(9, 30), "Pembukaan"),
            (datetime.time(10), datetime.time(11, 30), "Literasi Keluarga"))]
    with_nip = [pid for (pid,) in Person.select(Person.id)
                .where(Person.nip.is_null(False), Person.active).limit(PARTICIPANTS).tuples()]
    participants.add_people(event.id, with_nip)
    tags = checkin.ensure_codes(with_nip)
    rows = (Registration.select(Registration.participant_no, Person)
            .join(Person)
            .where(Registration.event == event.id, Registration.role == "peserta"))
    arrivals = list(rows)
    random.Random(PARTICIPANTS).shuffle(arrivals)  # people do not arrive in number order
    codes, names = [], []
    for index, registration in enumerate(arrivals):
        person = registration.person
        kind = index % 3
        codes.append(nip.grouped(person.nip) if kind == 0
                     else str(registration.participant_no) if kind == 1 else tags[person.id])
        names.append(person.full_name)
    return sessions, codes, names


def time_window(app, session_id: int, codes: list[str], names: list[str]) -> list[float]:
    from ui.attendance.checkin_dialog import CheckinDialog

    moment = [datetime.datetime.combine(DAY, datetime.time(7, 30))]
    dialog = CheckinDialog(None, session_id, "Meja 1", clock=lambda: moment[0])
    dialog.resize(1280, 800)
    dialog.show()
    app.processEvents()
    counter = PaintCounter()
    dialog.result.installEventFilter(counter)
    times = []
    for index, (code, name) in enumerate(zip(codes, names, strict=True)):
        # Half an hour of arrivals, a few minutes late towards the end.
        moment[0] = datetime.datetime.combine(DAY, datetime.time(7, 30)) + datetime.timedelta(
            seconds=index * 5)
        painted = counter.paints
        start = time.perf_counter()
        dialog.field.setText(code)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        for _ in range(20):  # a paint may follow a layout pass
            app.processEvents()
            if counter.paints != painted:
                break
        times.append((time.perf_counter() - start) * 1000)
        if name not in dialog.result.text() or dialog.field.text():
            raise SystemExit(f"scan {index + 1} ({code!r}) showed {dialog.result.text()!r}")
    print(f"window counter after the run: {dialog.counter.text()}")
    dialog.close()
    return times


def time_bare(session_id: int, codes: list[str]) -> list[float]:
    from models import settings
    from models.attendance import checkin

    late_after = settings.get("late_after_minutes")
    times = []
    for index, code in enumerate(codes):
        at = datetime.datetime.combine(DAY, datetime.time(7, 30)) + datetime.timedelta(
            seconds=index * 5)
        start = time.perf_counter()
        result = checkin.check_in(session_id, code, at, late_after, "Meja 1")
        times.append((time.perf_counter() - start) * 1000)
        if result.outcome not in (checkin.CHECKED_IN, checkin.LATE):
            raise SystemExit(f"bare check-in of {code!r}: {result.outcome}")
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return (f"median {statistics.median(times):5.1f} ms, 90th {p90:5.1f} ms, "
            f"max {max(times):5.1f} ms")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="a stress database to add the event to "
                                                "(it is changed: use a copy)")
    args = parser.parse_args(argv)

    from models.db import db, open_database
    from ui import i18n

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "id")
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "stress.sqlite"
            started = time.perf_counter()
            make_stress_db(path, people=args.people, events=args.events,
                           sessions=args.events * 10, progress=None, today=DAY)
            print(f"stress database made in {time.perf_counter() - started:.1f} s")
        open_database(path)
        try:
            sessions, codes, names = prepare_event()
            window = time_window(app, sessions[0], codes, names)
            bare = time_bare(sessions[1], codes)
        finally:
            db.close()
            db.initialize(None)
    print(f"{len(codes)} check-ins, a third each by grouped NIP, number and tag code; "
          f"{args.people} people in the database")
    print(f"SiBina window, Enter to name painted: {summary(window)}")
    print(f"baseline, checkin.check_in alone:    {summary(bare)}")
    verdict = "PASS" if statistics.median(window) < TARGET_MS else "FAIL"
    print(f"target: median under {TARGET_MS} ms: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
