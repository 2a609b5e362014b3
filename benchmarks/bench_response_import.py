"""Importing 5,000 evaluation responses from a form tool's CSV export.

    uv run python -m benchmarks.bench_response_import [--rows N] [--runs R]

Builds, in a temporary folder, an event with 500 participants and a CSV for the
organisation form as Google Forms exports it (timestamp, NIP, name, the eleven questions,
e-mail; the first 500 rows name a participant by NIP, the rest are anonymous; ratings as
digits and as labels, comments in some rows). Then times, into a fresh database each run:

- the baseline: ``csv.reader`` over the file alone, plus a plain ``executemany`` of the
  same responses and answers into two bare tables in one transaction (same pragmas);
- ``read_table`` + ``read_preview`` (reading, matching and checking every cell) and
  ``apply`` (writing, one transaction).

Target: read_preview + apply of 5,000 rows under 5 s. The best of R runs is shown.
"""

import argparse
import csv
import datetime
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from models.db import PRAGMAS, db, open_database

SEED = 20261125
PARTICIPANTS = 500
TARGET_S = 5.0
FIRST = ["Siti", "Nur", "Dewi", "Rina", "Sri", "Ahmad", "Muhammad", "Budi", "Rahmat", "Andi"]
LAST = ["Aminah", "Santoso", "Hidayat", "Lestari", "Wijaya", "Marlina", "Saputra", "Fauzi"]
LABELS = ["Sangat Tidak Baik", "Tidak Baik", "Cukup", "Baik", "Sangat Baik"]
SOURCES = ["Surat undangan", "Atasan", "Media sosial", "Rekan kerja"]
COMMENTS = ["", "", "", "Ruangan terlalu dingin", "Materi sangat bermanfaat, mohon diadakan "
            "lagi tahun depan", "Konsumsi terlambat datang; waktu praktik kurang"]


def nip_of(number: int) -> str:
    birth = datetime.date(1970, 1, 1) + datetime.timedelta(days=number * 7)
    return f"{birth:%Y%m%d}{birth.year + 25:04d}03{1 + number % 2}{number % 999 + 1:03d}"


def build_office(path: Path) -> tuple[int, int]:
    """A database with one event and its 500 participants; (event id, form id)."""
    from models.evaluation import responses
    from models.events import participants
    from models.events import planning as events
    from models.staff.tables import Person

    open_database(path)
    try:
        rng = random.Random(SEED)
        Person.insert_many([{"nip": nip_of(i), "name": f"{rng.choice(FIRST)} "
                             f"{rng.choice(LAST)} {i}"} for i in range(PARTICIPANTS)]).execute()
        event = events.save_event({"title": "Bimtek Pengelolaan Koleksi", "kind": "bimtek",
                                   "start_date": datetime.date(2026, 3, 10),
                                   "end_date": datetime.date(2026, 3, 12)})
        participants.add_people(event.id, [pid for (pid,) in Person.select(Person.id).tuples()])
        organisation, _speaker = responses.templates_for(event.id)
        return event.id, organisation.id
    finally:
        db.close()
        db.initialize(None)


def build_csv(path: Path, rows: int, headers: list[str]) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Timestamp", "NIP", "Nama", *headers, "Email Address"])
        for i in range(rows):
            named = i < PARTICIPANTS
            ratings = [str(rng.randint(3, 5)) if rng.random() < 0.7
                       else LABELS[rng.randint(2, 4)] for _ in range(8)]
            writer.writerow([f"2026/03/12 {8 + i % 9:02d}:{i % 60:02d}:00",
                             nip_of(i) if named else "", "", *ratings,
                             rng.choice(["Ya", "Ya", "Tidak"]), rng.choice(SOURCES),
                             rng.choice(COMMENTS), ""])


def baseline(csv_path: Path, db_path: Path) -> float:
    """csv.reader over the file and a plain executemany of the same rows: the floor."""
    start = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as source:
        records = list(csv.reader(source))[1:]
    connection = sqlite3.connect(db_path, isolation_level=None)
    for name, value in PRAGMAS.items():
        connection.execute(f"PRAGMA {name} = {value}")
    connection.execute("CREATE TABLE response (id INTEGER PRIMARY KEY, event INTEGER, "
                       "questionnaire INTEGER, person INTEGER, source TEXT)")
    connection.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, response INTEGER, "
                       "question INTEGER, number REAL, text TEXT, UNIQUE (response, question))")
    label = {text: float(i) for i, text in enumerate(LABELS, start=1)}
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany("INSERT INTO response VALUES (?, 1, 1, NULL, 'csv')",
                           [(i,) for i in range(1, len(records) + 1)])
    answers = []
    for i, cells in enumerate(records, start=1):
        for q, cell in enumerate(cells[3:11], start=1):
            answers.append((i, q, label.get(cell) or float(cell), ""))
        answers.append((i, 9, 1.0 if cells[11] == "Ya" else 0.0, ""))
        answers.append((i, 10, None, cells[12]))
        if cells[13]:
            answers.append((i, 11, None, cells[13]))
    connection.executemany("INSERT INTO answer (response, question, number, text) "
                           "VALUES (?, ?, ?, ?)", answers)
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - start


def import_once(csv_path: Path, db_path: Path, event_id: int, form_id: int) -> tuple:
    from models.evaluation import response_columns, response_import
    from models.evaluation.tables import Answer, Response

    open_database(db_path)
    try:
        start = time.perf_counter()
        table = response_import.read_table(csv_path)
        mapping = response_columns.mapping_for(table.headers, form_id)
        preview = response_import.read_preview(table, event_id, form_id, mapping)
        read = time.perf_counter() - start
        start = time.perf_counter()
        result = response_import.apply(preview)
        written = time.perf_counter() - start
        answers = Answer.select().count()
        assert result.rejected == 0 and Response.select().count() == result.imported, result
    finally:
        db.close()
        db.initialize(None)
    return read, written, result, answers


def main() -> None:
    from models.evaluation.questionnaires import ORGANISATION_QUESTIONS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory(prefix="sibina-bench-") as tmp:
        folder = Path(tmp)
        template = folder / "office.sqlite"
        event_id, form_id = build_office(template)
        csv_path = folder / "evaluasi.csv"
        build_csv(csv_path, args.rows, [text for _s, text, _t, _c in ORGANISATION_QUESTIONS])
        print(f"{args.rows:,} rows, {csv_path.stat().st_size / 1e6:.2f} MB; "
              f"{PARTICIPANTS} participants; best of {args.runs} runs")
        for run in range(args.runs):
            copy = folder / f"run{run}.sqlite"
            source, target = sqlite3.connect(template), sqlite3.connect(copy)
            source.backup(target)
            source.close()
            target.close()
            base = baseline(csv_path, folder / f"baseline{run}.sqlite")
            read, written, result, answers = import_once(csv_path, copy, event_id, form_id)
            runs.append((base, read, written))
    base, read, written = (min(r[i] for r in runs) for i in range(3))
    total = min(r[1] + r[2] for r in runs)
    print(f"  {'csv.reader + executemany (baseline)':38} {base:6.2f} s")
    print(f"  {'read_table + read_preview':38} {read:6.2f} s")
    print(f"  {'apply (one transaction)':38} {written:6.2f} s")
    print(f"  {'total':38} {total:6.2f} s  ({total / base:.1f} × baseline; "
          f"{result.imported:,} responses, {answers:,} answers, "
          f"{result.anonymous:,} anonymous)")
    print(f"  target < {TARGET_S:g} s: {'PASS' if total < TARGET_S else 'FAIL'}")


if __name__ == "__main__":
    main()
