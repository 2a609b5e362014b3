"""A stress database: an office's data at 100× its size, to keep SiBina fast with years of data.

    uv run python -m benchmarks.stress OUT.sqlite [--people N] [--events N] [--sessions N]
                                             [--replace]

Builds a fresh database with :func:`models.db.open_database` and bulk-inserts people with
``insert_many`` in chunks, then events, sessions and registrations with ``executemany``,
all inside one transaction. Each step below takes the shared
:class:`StressContext` and returns counts; later issues append steps for events, sessions,
attendance and answers to ``STEPS``.
"""

import argparse
import datetime
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models import vocab
from models.attendance.tables import Attendance
from models.db import db, open_database
from models.demo import staff_data as data
from models.demo.events import event_status
from models.demo.events_data import SLOTS
from models.demo.fill import career_dates, entry_rank, make_nip, phone, promotion_years
from models.events.planning import suggest_jp
from models.events.tables import Event, EventSession, Registration, Theme
from models.staff.tables import Person

SEED = 20261125
CHUNK = 200  # rows per INSERT: well under SQLite's limit of variables per statement

Report = Callable[[str], None] | None


@dataclass
class StressContext:
    rng: random.Random
    today: datetime.date
    people: int
    report: Report = None
    events: int = 2000
    sessions: int = 20000
    attendance: int = 500000
    answers: int = 100000
    person_ids: list[int] = field(default_factory=list)  # filled by _add_people

    def say(self, text: str) -> None:
        if self.report is not None:
            self.report(text)


def make_stress_db(path, people: int = 20000, progress: Report = print,
                   today: datetime.date | None = None, seed: int = SEED,
                   events: int = 2000, sessions: int = 20000,
                   attendance: int = 500000, answers: int = 100000) -> dict:
    """Create a fresh database at ``path`` filled by every step; return the counts."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; the stress database is always made fresh")
    ctx = StressContext(random.Random(seed), today or datetime.date.today(), people, progress,
                        events, sessions, attendance, answers)
    database = open_database(path)
    counts: dict[str, int] = {}
    try:
        with db.atomic():
            for step in STEPS:
                started = time.perf_counter()
                result = step(ctx)
                counts.update(result)
                ctx.say(f"{step.__name__.lstrip('_')}: {result} "
                        f"in {time.perf_counter() - started:.2f} s")
    finally:
        database.close()
        db.initialize(None)
    return counts


def insert_chunks(model, fields: list, rows: list[tuple]) -> None:
    for start in range(0, len(rows), CHUNK):
        model.insert_many(rows[start:start + CHUNK], fields=fields).execute()


# --- people -----------------------------------------------------------------------------------

PERSON_FIELDS = [
    Person.nip, Person.front_title, Person.name, Person.back_title, Person.gender,
    Person.employment, Person.rank, Person.position, Person.functional_level, Person.unit,
    Person.institution, Person.region, Person.phone, Person.email, Person.notes,
    Person.is_external, Person.active, Person.created_at, Person.updated_at,
]


def _add_people(ctx: StressContext) -> dict:
    rng, nips = ctx.rng, set()
    stamp = datetime.datetime.combine(ctx.today, datetime.time(8, 0))
    rows = []
    externals = inactive = 0
    for _ in range(ctx.people):
        gender = rng.choice("MF")
        name = _name(rng, gender)
        front = rng.choice(data.FRONT_TITLES[gender]) if rng.random() < 0.12 else ""
        back = rng.choice(data.BACK_TITLES) if rng.random() < 0.8 else ""
        external = rng.random() < 0.10
        active = rng.random() >= 0.05
        externals += external
        inactive += not active
        if external:
            position = rng.choice(["Pustakawan Ahli Muda", "Dosen", "Narasumber",
                                   "Pustakawan Ahli Pertama", "Penggiat Literasi"])
            unit = ""
            institution, region = rng.choice(data.EXTERNAL_PLACES)
        else:
            position, unit = rng.choice(data.POSITIONS), rng.choice(data.UNITS)
            institution, region = data.INSTITUTION, data.REGION
        nip, rank, employment = None, "", "NON_ASN"
        if rng.random() < (0.5 if external else 0.85):
            low, high = data.POSITION_RANKS.get(position, (4, 8))
            entry = entry_rank(front, back)
            rank_index = max(rng.randint(low, high), entry)
            rank, employment = vocab.RANKS[rank_index], "PNS"
            birth, appointed = career_dates(rng, ctx.today,
                                            promotion_years(rng, rank_index, entry))
            seq = rng.randint(1, 999)
            while (nip := make_nip(birth, appointed, gender, seq)) in nips:
                seq = seq % 999 + 1
            nips.add(nip)
        rows.append((
            nip, front, name, back, gender, employment, rank, position,
            position if position in vocab.FUNCTIONAL_LEVELS else "", unit, institution,
            region, phone(rng), "", "" if active else "Pensiun", external, active,
            stamp, stamp,
        ))
    insert_chunks(Person, PERSON_FIELDS, rows)
    ctx.person_ids = [pid for (pid,) in Person.select(Person.id).tuples()]
    return {"people": len(rows), "externals": externals, "inactive": inactive}


def _name(rng: random.Random, gender: str) -> str:
    given = data.GIVEN_MALE if gender == "M" else data.GIVEN_FEMALE
    parts = [rng.choice(given)]
    for _ in range(rng.choice((1, 1, 2))):
        parts.append(rng.choice(data.SECOND_NAMES))
    return " ".join(dict.fromkeys(parts))  # no part twice, as in "Ma'ruf Ma'ruf"


# --- events, sessions, registrations -----------------------------------------------------------

PARTICIPANTS = 25  # per event
KINDS = list(vocab.EVENT_KINDS)
MODES = list(vocab.MODES)
TITLE_WORDS = ["Klasifikasi DDC", "Digitalisasi Koleksi Lokal", "Literasi Informasi",
               "Pemasaran Media Sosial", "Otomasi SLiMS", "Katalogisasi RDA",
               "Pengembangan Koleksi", "Layanan Anak", "Evaluasi Program", "Jejaring Pustakawan"]
KIND_WORDS = {"pelatihan": "Pelatihan", "bimtek": "Bimbingan Teknis", "seminar": "Seminar",
              "workshop": "Workshop", "webinar": "Webinar", "sosialisasi": "Sosialisasi",
              "studi_banding": "Studi Banding", "literasi_informasi": "Kelas Literasi",
              "klub_buku": "Klub Buku", "kelas_keterampilan": "Kelas Keterampilan"}


def _insert(table: str, columns: list[str], rows: list[tuple]) -> None:
    """Plain ``executemany`` on the transaction's connection: Peewee would build each row."""
    sql = (f'INSERT INTO "{table}" ({", ".join(columns)}) '
           f'VALUES ({", ".join("?" * len(columns))})')
    db.connection().executemany(sql, rows)


def _add_events(ctx: StressContext) -> dict:
    """``ctx.events`` events over ten years up to three months ahead, sessions spread evenly
    (at most four slots a day, so the days follow from the count), 25 participants each
    and every speaker registered as narasumber."""
    rng = ctx.rng
    themes = [Theme.get_or_create(name=name, defaults={"position": i})[0]
              for i, name in enumerate(data.THEMES)]
    stamp = f"{ctx.today:%Y-%m-%d} 08:00:00"
    first_id = (Event.select(Event.id).order_by(Event.id.desc()).scalar() or 0) + 1
    events, sessions, registrations = [], [], []
    per_event, extra = divmod(ctx.sessions, ctx.events)
    for n in range(ctx.events):
        event_id = first_id + n
        count = per_event + (n < extra)
        days = max(1, -(-count // len(SLOTS)))
        start = ctx.today + datetime.timedelta(days=rng.randint(-3650, 90 - days))
        end = start + datetime.timedelta(days=days - 1)
        kind = rng.choice(KINDS)
        cancelled = rng.random() < 0.03
        external = rng.random() < 0.2
        events.append((
            f"{KIND_WORDS[kind]} {rng.choice(TITLE_WORDS)} {start.year} #{n + 1}", kind,
            rng.choice(themes).id, external, False,
            "Perpustakaan Nasional RI" if external else "",
            rng.choice(MODES), data.INSTITUTION, start.isoformat(), end.isoformat(), 50, "",
            "", event_status(ctx.today, start, end, cancelled), "", "", stamp, stamp,
            "", "", "", ""))
        speakers = rng.sample(ctx.person_ids, 3)
        for i in range(count):
            (sh, sm), (eh, em) = SLOTS[i % len(SLOTS)]
            begin, finish = datetime.time(sh, sm), datetime.time(eh, em)
            sessions.append((
                event_id, (start + datetime.timedelta(days=i // len(SLOTS))).isoformat(),
                begin.isoformat(), finish.isoformat(), f"Materi {i + 1}", "Aula",
                speakers[i % 3], None, suggest_jp(begin, finish)))
        for person in speakers:
            registrations.append((event_id, person, "narasumber", False, None, stamp))
        for no, person in enumerate(rng.sample(ctx.person_ids, PARTICIPANTS), 1):
            registrations.append((event_id, person, "peserta", rng.random() < 0.03, no, stamp))
    _insert("event", ["title", "kind", "theme_id", "organiser_external", "co_organised",
                      "organiser_name",
                      "mode", "venue", "start_date", "end_date", "capacity", "description",
                      "objectives", "status", "conclusions", "recommendations", "created_at",
                      "updated_at", "legal_basis", "audience", "funding", "obstacles"], events)
    _insert("event_session", ["event_id", "date", "start_time", "end_time", "topic", "room",
                              "speaker_id", "moderator_id", "jp"], sessions)
    _insert(Registration._meta.table_name, ["event_id", "person_id", "role", "cancelled",
                                            "participant_no", "registered_at"], registrations)
    return {"themes": len(themes), "events": Event.select().count(),
            "sessions": EventSession.select().count(), "registrations": len(registrations)}


def _add_attendance(ctx: StressContext) -> dict:
    """A mark per session and participant, up to ``ctx.attendance`` (20,000 sessions × 25
    participants is 500,000; a registration cancelled later keeps its earlier marks):
    mostly Hadir, some late, excused, sick and absent.

    One INSERT … SELECT in SQLite; the status follows from the ids, so the same database
    comes out every time.
    """
    stamp = f"{ctx.today:%Y-%m-%d} 08:00:00"
    db.execute_sql(
        "INSERT INTO attendance (session_id, person_id, status, checkin_time, note, "
        "recorded_by, recorded_at) "
        "SELECT s.id, r.person_id, "
        "CASE ((s.id * 7919 + r.person_id * 104729) % 20) "
        "WHEN 0 THEN 'alpa' WHEN 1 THEN 'izin' WHEN 2 THEN 'sakit' "
        "WHEN 3 THEN 'terlambat' WHEN 4 THEN 'terlambat' ELSE 'hadir' END, "
        "NULL, '', 'stress', ? "
        "FROM event_session s JOIN registration r "
        "ON r.event_id = s.event_id AND r.role = 'peserta' "
        "ORDER BY s.id, r.person_id LIMIT ?", (stamp, ctx.attendance))
    return {"attendance": Attendance.select().count()}


def _add_answers(ctx: StressContext) -> dict:
    """Organisation questionnaires answered by each event's participants until
    ``ctx.answers`` answers are made (every question answered: ratings 1-5 mostly 4 and 5,
    the yes/no, the choice and a comment)."""
    from models.evaluation.questionnaires import choices_of, ensure_default_templates, questions_of

    rng = ctx.rng
    form, _speaker_form = ensure_default_templates()
    questions = questions_of(form.id)
    stamp = f"{ctx.today:%Y-%m-%d} 15:00:00"
    registrations = db.execute_sql(
        "SELECT event_id, person_id FROM registration WHERE role = 'peserta' "
        "ORDER BY event_id, person_id").fetchall()
    wanted = -(-ctx.answers // len(questions))
    chosen = registrations[:wanted]
    first_id = (db.execute_sql("SELECT MAX(id) FROM response").fetchone()[0] or 0) + 1
    _insert("response", ["event_id", "questionnaire_id", "person_id", "speaker_id", "source",
                         "submitted_at"],
            [(event, form.id, person, None, "csv", stamp) for event, person in chosen])
    answers = []
    for n in range(len(chosen)):
        for question in questions:
            if len(answers) == ctx.answers:
                break
            number, text = None, ""
            if question.qtype == "rating":
                number = float(rng.choice((3, 4, 4, 4, 5, 5, 5, 2)))
            elif question.qtype == "yesno":
                number = float(rng.random() < 0.9)
            elif question.qtype == "choice":
                text = rng.choice(choices_of(question))
            else:
                text = "Materinya bermanfaat."
            answers.append((first_id + n, question.id, number, text))
    _insert("answer", ["response_id", "question_id", "number", "text"], answers)
    return {"responses": len(chosen), "answers": len(answers)}


STEPS = [_add_people, _add_events, _add_attendance, _add_answers]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stress", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("out", type=Path, help="the database file to create")
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=20000)
    parser.add_argument("--attendance", type=int, default=500000)
    parser.add_argument("--answers", type=int, default=100000)
    parser.add_argument("--replace", action="store_true", help="delete OUT first if it exists")
    args = parser.parse_args(argv)
    if args.replace:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.out}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        counts = make_stress_db(args.out, people=args.people, events=args.events,
                                sessions=args.sessions, attendance=args.attendance,
                                answers=args.answers)
    except FileExistsError as exc:
        print(exc, "(pass --replace)", file=sys.stderr)
        return 1
    print(f"{args.out}: {counts} in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
