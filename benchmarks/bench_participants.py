"""Adding 500 participants chosen by filter to one event (target: within 1 s, one transaction).

    uv run python -m benchmarks.bench_participants

On a stress database (20,000 people, 500,000 attendance marks): choose the staff below
this year's JP target (the heaviest filter: it sums every attended session of the year)
and take 500 of them, then register them with ``participants.add_people``. Baseline in the
same run: the same 500 registered one ``Registration.create`` at a time inside one
transaction.
"""

import datetime
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stress import make_stress_db


def main() -> int:
    from models.db import db, open_database
    from models.events import participants
    from models.events import planning as events
    from models.events.tables import Registration

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.sqlite"
        make_stress_db(path, people=20000, progress=None)
        open_database(path)
        day = datetime.date(2026, 3, 10)
        ours_event = events.save_event({"title": "Sosialisasi", "kind": "sosialisasi",
                                        "start_date": day, "end_date": day})
        base_event = events.save_event({"title": "Baseline", "kind": "seminar",
                                        "start_date": day, "end_date": day})
        start = time.perf_counter()
        chosen = participants.candidates(below_target_in=day.year)[:500]
        choosing = time.perf_counter() - start
        added = participants.add_people(ours_event.id, chosen)
        ours = time.perf_counter() - start
        start = time.perf_counter()
        with db.atomic():
            for number, person_id in enumerate(chosen, start=1):
                Registration.create(event=base_event, person=person_id, role="peserta",
                                    participant_no=number)
        baseline = time.perf_counter() - start
        db.close()
    print(f"SiBina: choose and add {added} people    {ours * 1000:7.0f} ms  "
          f"(choosing {choosing * 1000:.0f} ms)")
    print(f"baseline: one create per person      {baseline * 1000:7.0f} ms")
    verdict = "met" if ours <= 1 else "MISSED"
    print(f"target: within 1 s, one transaction: {verdict}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
