"""SQLite and PostgreSQL side by side, from one run (target: PostgreSQL within 2× of SQLite
on each task, on the same machine).

    uv run python -m benchmarks.bench_engines [--people N] [--events N] [--certificates N]

Builds the stress database (benchmarks/stress.py: 20,000 people, 2,000 events, their
sessions, attendance and answers) as a file, starts a PostgreSQL server of its own with
pgserver (the tests' dev dependency; nothing installed on the machine, deleted at the end)
and copies every table there (COPY, one transaction, then ANALYZE). Then, on each engine,
what the office waits for:

- the staff list read whole (``load_rows``, once when the Staff tab opens) and a search
  keystroke on it (``filter_rows``, per keystroke; in memory, so it should not differ);
- check-in, Enter → committed: ``checkin.check_in`` for 500 codes (NIPs, participant
  numbers, tag codes) at a new event, as bench_checkin.py makes it;
- the JP recap of the stress year (``recaps.jp_recap``, the year with most marks);
- 1,000 certificates: who qualifies, issuing them and the merged PDF, on a fresh database
  as benchmarks/certificates.py fills it.

The server keeps its own durability (fsync on), as the file keeps its (synchronous=full):
the comparison an office would see, on one machine, without a network between.
"""

import argparse
import datetime
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET = 2.0
SEARCHES = ["s", "si", "sit", "siti", "siti ", "siti r", "siti ra", "siti r", "siti ",
            "siti", "1985", "19850", "198501", "layanan", "layanan a", "pusta", "pustakawan"]


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def copy_to_server(source: Path, uri: str) -> dict[str, int]:
    """Every SiBina table of the file ``source`` into the server's new database ``uri``, in
    one transaction; the server's own identity counters set past the copied ids."""
    from peewee import sort_models

    from models.audit.triggers import paused
    from models.db import db, open_database
    from models.schema import ALL_MODELS

    open_database(uri)  # the schema, as a new office's server gets it
    models = sort_models(ALL_MODELS)
    counts = {}
    reading = sqlite3.connect(source)
    try:
        with paused(db):  # a copy, not changes: its log entries are the file's own
            tables = ", ".join(f'"{m._meta.table_name}"' for m in models)
            db.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")  # seeded themes
            for model in models:
                table = model._meta.table_name
                columns = ", ".join(f'"{f.column_name}"' for f in model._meta.sorted_fields)
                rows = reading.execute(f'SELECT {columns} FROM "{table}" ORDER BY 1')
                with db.cursor() as cursor, cursor.copy(
                        f'COPY "{table}" ({columns}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
                counts[table] = db.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                if model._meta.auto_increment:
                    db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
                                   f" COALESCE(MAX(id), 0) + 1, false) FROM \"{table}\"")
    finally:
        reading.close()
    db.execute_sql("ANALYZE")
    db.close()
    db.initialize(None)
    return counts


def staff_figures() -> dict[str, float]:
    from models.staff import staff_list

    rows = staff_list.load_rows()
    load = median_ms(staff_list.load_rows, 5)
    keystrokes = []
    for text in SEARCHES:
        start = time.perf_counter()
        staff_list.filter_rows(rows, text)
        keystrokes.append((time.perf_counter() - start) * 1000)
    return {f"Staff list read ({len(rows):,})": load,
            "Staff search keystroke": statistics.median(keystrokes)}


def checkin_figure() -> dict[str, float]:
    from benchmarks.bench_checkin import DAY, prepare_event
    from models.attendance import checkin

    sessions, codes, _names = prepare_event()
    times = []
    for index, code in enumerate(codes):
        at = datetime.datetime.combine(DAY, datetime.time(7, 30)) + datetime.timedelta(
            seconds=index * 5)
        start = time.perf_counter()
        result = checkin.check_in(sessions[0], code, at, 15, "Meja 1")
        times.append((time.perf_counter() - start) * 1000)
        assert result.outcome in (checkin.CHECKED_IN, checkin.LATE), result
    return {"Check-in Enter→committed": statistics.median(times)}


def recap_figure(year: int) -> dict[str, float]:
    from reports.recaps import recaps

    recaps.jp_recap(year)
    return {f"JP recap {year}": median_ms(lambda: recaps.jp_recap(year), 3)}


def busiest_year() -> int:
    from peewee import fn

    from models.attendance.tables import Attendance
    from models.events.tables import EventSession

    counts = {}
    for day, marks in (EventSession.select(EventSession.date, fn.COUNT(Attendance.id))
                       .join(Attendance).group_by(EventSession.date).tuples()):
        day = day if isinstance(day, datetime.date) else datetime.date.fromisoformat(day)
        counts[day.year] = counts.get(day.year, 0) + marks
    return max(counts, key=counts.get)


def certificates_figure(target, folder: Path, count: int) -> dict[str, float]:
    from benchmarks.certificates import DAY, _fill, _pictures
    from models.certificates import issuing
    from models.db import db, open_database
    from reports.certificates.printing import write_merged

    open_database(target)
    try:
        event_id = _fill(count, _pictures(folder))
        start = time.perf_counter()
        chosen = [issuing.Choice(c.person_id, c.role)
                  for c in issuing.candidates(event_id) if c.qualifies]
        made = issuing.issue(event_id, chosen, DAY,
                             signatory_ids=(issuing.signatories()[0].id,))
        issued = time.perf_counter()
        write_merged([c.id for c in made], folder / "sertifikat.pdf")
        done = time.perf_counter()
    finally:
        db.close()
        db.initialize(None)
    return {f"{count} certificates: issue": (issued - start) * 1000,
            f"{count} certificates: issue + PDF": (done - start) * 1000}


def measure(target, year: int) -> dict[str, float]:
    from models.db import db, open_database

    open_database(target)
    try:
        return {**staff_figures(), **checkin_figure(), **recap_figure(year)}
    finally:
        db.close()
        db.initialize(None)


class Server:
    """A PostgreSQL server of this run's own, in a temporary folder (pgserver)."""

    def __init__(self):
        # As root, postgres runs as pgserver's own system user, who must reach the folder.
        self.folder = Path(tempfile.mkdtemp(prefix="sibina-bench-pg-"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            self.server = pgserver.get_server(self.folder / "data", cleanup_mode="delete")

    def new_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.server.get_uri("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.server.get_uri(name)

    def stop(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)


def table(figures: dict[str, dict[str, float]]) -> tuple[list[str], bool]:
    lines = [f"{'task':34} {'SQLite ms':>10} {'PostgreSQL ms':>14} {'ratio':>6}  "
             f"target: PostgreSQL ≤ {TARGET:g}× SQLite"]
    met = True
    for task, on_file in figures["sqlite"].items():
        on_server = figures["postgres"][task]
        ratio = on_server / on_file if on_file else float("inf")
        ok = ratio <= TARGET
        met &= ok
        lines.append(f"{task:34} {on_file:10.2f} {on_server:14.2f} {ratio:6.2f}  "
                     f"{'MET' if ok else 'MISSED'}")
    return lines, met


def main(argv=None) -> int:
    from benchmarks.stress import make_stress_db

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_engines",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--certificates", type=int, default=1000)
    args = parser.parse_args(argv)
    from models.certificates import key_store

    server = Server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            key_store.use_folder(folder / "keys")  # never the user's own signing keys
            stress = folder / "stress.sqlite"
            started = time.perf_counter()
            make_stress_db(stress, people=args.people, events=args.events,
                           sessions=args.events * 10, progress=None)
            print(f"stress database made in {time.perf_counter() - started:.0f} s")
            started = time.perf_counter()
            uri = server.new_database("stress")
            counts = copy_to_server(stress, uri)
            print(f"copied to PostgreSQL in {time.perf_counter() - started:.0f} s: "
                  f"{counts['person']} people, {counts['attendance']} attendance marks")
            from models.db import db, open_database

            open_database(stress)
            year = busiest_year()
            db.close()
            db.initialize(None)
            figures = {"sqlite": measure(stress, year), "postgres": measure(uri, year)}
            for engine, target in (("sqlite", folder / "certificates.sqlite"),
                                   ("postgres", server.new_database("certificates"))):
                (folder / engine).mkdir()
                figures[engine].update(certificates_figure(target, folder / engine,
                                                           args.certificates))
    finally:
        server.stop()
    lines, met = table(figures)
    print("\n".join(lines))
    print("targets: " + ("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
