"""The competency map and the development plan on the stress database (target: the map of
20,000 people under 1 s).

    uv run python -m benchmarks.bench_competency [--runs R] [--db PATH]

Each run times ``models.competency.staff_map.competency_map(today)`` (every active member
of staff × every theme over the last N years, the setting) and
``models.competency.plan.development_plan(year)`` (the map as the year began, every
theme's needs, the year's events).
"""

import argparse
import datetime
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stress import make_stress_db

RUNS = 5
TARGET_MS = 1000


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    found = work()
    return (time.perf_counter() - start) * 1000, found


def figures(times: list[float]) -> str:
    return f"median {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms"


def measure(runs: int, today: datetime.date) -> int:
    from models.competency.plan import development_plan
    from models.competency.staff_map import competency_map

    maps, plans = [], []
    found = plan = None
    for _ in range(runs):
        took, found = timed(lambda: competency_map(today))
        maps.append(took)
        took, plan = timed(lambda: development_plan(today.year, today))
        plans.append(took)
    print(f"today {today}: {len(found.rows)} staff × {len(found.themes)} themes, "
          f"{found.years} years; plan: {sum(len(t.needs) for t in plan.themes)} needs, "
          f"{sum(len(t.held) + len(t.planned) for t in plan.themes)} events; {runs} runs")
    print(f"SiBina: competency_map(today)         {figures(maps)}")
    print(f"SiBina: development_plan(year, today) {figures(plans)}")
    verdict = "met" if max(maps) <= TARGET_MS else "MISSED"
    print(f"target: the map within {TARGET_MS} ms: {verdict}")
    return 0 if verdict == "met" else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_competency",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--db", type=Path, help="an existing stress database to use")
    args = parser.parse_args(argv)
    from models.db import open_database

    today = datetime.date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db
        if path is None:
            path = Path(folder) / "stress.sqlite"
            make_stress_db(path, today=today, progress=None)
        elif not path.exists():
            parser.error(f"{path} does not exist (make it with python -m benchmarks.stress)")
        database = open_database(path)
        try:
            return measure(args.runs, today)
        finally:
            database.close()


if __name__ == "__main__":
    sys.exit(main())
