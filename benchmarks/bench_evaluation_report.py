"""The evaluation report of an event with 500 responses (target: under 2 s).

    uv run python -m benchmarks.bench_evaluation_report [--keep FILE.pdf]

A fresh database with one event of 500 participants and three speakers; the two shipped
questionnaires; 500 organisation responses (11 answers each, a third with a comment) and
500 speaker responses per speaker (10 answers, a third with advice; every comment
different); pre/post scores for
everyone, 120 follow-ups and five service metrics over a year. Times
``write_evaluation_report``, median and max of a few runs. Baselines in the same run:
``event_results`` alone (the SQL aggregates), and the same document without its charts,
so the charts' share can be read.
"""

import argparse
import datetime
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
PEOPLE = 500
SPEAKERS = ("Dr. Rahmat Hidayat, M.Hum.", "Maya Sari, S.IP., M.I.Kom.",
            "Prof. Dr. Bambang Sutrisno, M.Si.")
COMMENTS = ("Materi sangat bermanfaat untuk pekerjaan sehari-hari di layanan sirkulasi.",
            "Waktu praktik terlalu singkat; mohon ditambah pada kegiatan berikutnya.",
            "Ruangan agak panas di siang hari.",
            "Konsumsi baik. Semoga kegiatan serupa diadakan setiap tahun.")
CHUNK = 100


def _chunks(rows):
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


def _fill() -> int:
    from models.db import db
    from models.evaluation.questionnaires import ensure_default_templates, questions_of
    from models.evaluation.tables import (
        Answer,
        EventQuestionnaire,
        FollowUp,
        Response,
        ServiceMetric,
        ServiceStat,
        TestScore,
    )
    from models.events import participants
    from models.events import planning as events
    from models.staff.tables import Person

    chance = random.Random(5)
    start = datetime.date(2026, 3, 10)
    event = events.save_event({"title": "Bimbingan Teknis Klasifikasi DDC Edisi 23",
                               "kind": "bimtek", "start_date": start,
                               "end_date": start + datetime.timedelta(days=2),
                               "venue": "Aula Perpustakaan Kota Tanjungpinang"})
    with db.atomic():
        for rows in _chunks([{"name": f"Peserta Nomor {n:03d}", "back_title": "S.IP."}
                             for n in range(1, PEOPLE + 1)]):
            Person.insert_many(rows).execute()
    people = [p for (p,) in Person.select(Person.id).tuples()]
    participants.add_people(event.id, people)
    speakers = []
    for index, name in enumerate(SPEAKERS):
        speaker = Person.create(name=name, is_external=True)
        speakers.append(speaker.id)
        events.save_session(event.id, {"date": start + datetime.timedelta(days=index),
                                       "start_time": datetime.time(8),
                                       "end_time": datetime.time(12), "topic": f"Sesi {index}",
                                       "room": "", "jp": 4, "speaker": speaker.id,
                                       "moderator": None})
    organisation, speaker_form = ensure_default_templates()
    for template in (organisation, speaker_form):
        EventQuestionnaire.create(event=event, questionnaire=template)

    def answers(question, response_id):
        if question.qtype == "rating":
            return {"number": chance.choice((3, 4, 4, 4, 5, 5))}
        if question.qtype == "yesno":
            return {"number": chance.choice((1.0, 1.0, 1.0, 0.0))}
        if question.qtype == "choice":
            return {"text": chance.choice(("Surat undangan", "Atasan", "Media sosial"))}
        if chance.random() < 0.3:  # each comment different, as real ones mostly are
            return {"text": f"{chance.choice(COMMENTS)} (form {response_id})"}
        return None

    with db.atomic():
        forms = [(organisation, None)] + [(speaker_form, s) for s in speakers]
        for template, speaker in forms:
            Response.insert_many([{"event": event.id, "questionnaire": template.id,
                                   "person": person, "speaker": speaker}
                                  for person in people]).execute()
            ids = [r for (r,) in Response.select(Response.id)
                   .where(Response.questionnaire == template.id,
                          Response.speaker == speaker if speaker else Response.speaker.is_null())
                   .tuples()]
            rows = []
            for response_id in ids:
                for question in questions_of(template.id):
                    value = answers(question, response_id)
                    if value is not None:
                        # Every row names both columns: insert_many takes its columns
                        # from the first row of a batch.
                        rows.append({"response": response_id, "question": question.id,
                                     "number": None, "text": "", **value})
            for chunk in _chunks(rows):
                Answer.insert_many(chunk).execute()
        scores = []
        for person in people:
            pre = chance.randint(30, 80)
            scores += [{"event": event.id, "person": person, "kind": "pre", "score": pre},
                       {"event": event.id, "person": person, "kind": "post",
                        "score": min(100, pre + chance.randint(-5, 40))}]
        for chunk in _chunks(scores):
            TestScore.insert_many(chunk).execute()
        FollowUp.insert_many([{"event": event.id, "person": person,
                               "date": datetime.date(2026, 6, 20),
                               "applied": chance.choice(("yes", "partly", "no")),
                               "rating": chance.randint(2, 5),
                               "changes": "Penataan koleksi lebih rapi" if person % 10 == 0
                               else ""} for person in people[:120]]).execute()
        for position, name in enumerate(("Kunjungan", "Peminjaman", "Anggota baru",
                                         "Akses koleksi digital", "Peserta program"), 1):
            metric = ServiceMetric.create(name=name, position=position)
            ServiceStat.insert_many([{"metric": metric.id, "year": 2025 + (m > 12),
                                      "month": (m - 1) % 12 + 1,
                                      "value": chance.randint(200, 3000)}
                                     for m in range(7, 19)]).execute()
    return event.id


def _without_charts(event_id: int, path: Path) -> None:
    """The same document with the charts left out: what the charts cost."""
    from reports.evaluation import report as report

    original = report.means_chart
    report.means_chart = lambda labels, means: report.gap(1)
    try:
        report.write_evaluation_report(event_id, path)
    finally:
        report.means_chart = original


def _time(work) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def _line(label: str, times: list[float]) -> str:
    return (f"{label:<36} median {statistics.median(times) * 1000:6.0f} ms"
            f"   max {max(times) * 1000:6.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="copy the report to this file")
    args = parser.parse_args()
    from models.db import db, open_database
    from models.evaluation.results import event_results
    from models.evaluation.tables import Answer, Response
    from reports.evaluation.report import write_evaluation_report

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        open_database(folder / "bench.sqlite")
        event_id = _fill()
        responses, answers = Response.select().count(), Answer.select().count()
        pages = []
        ours = _time(lambda: pages.append(
            write_evaluation_report(event_id, folder / "r.pdf")))
        aggregates = _time(lambda: event_results(event_id))
        plain = _time(lambda: _without_charts(event_id, folder / "p.pdf"))
        size = (folder / "r.pdf").stat().st_size
        if args.keep:
            shutil.copy(folder / "r.pdf", args.keep)
        db.close()
    print(f"{PEOPLE} participants, {len(SPEAKERS)} speakers; {responses} responses, "
          f"{answers} answers; {RUNS} runs; {pages[-1]} pages, {size / 1024:.0f} KB")
    print(_line("SiBina: evaluation report PDF", ours))
    print(_line("baseline: event_results alone", aggregates))
    print(_line("baseline: same report, no charts", plain))
    verdict = "PASS" if max(ours) < 2 else "FAIL"
    print(f"target: under 2 s (max of the runs): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
