"""Demo evaluations: what the office collects after its events.

For every finished event: both shipped questionnaires attached, a response from most
participants who came (ratings mostly Baik and Sangat Baik, a few comments in Indonesian),
a speaker form per speaker (one outside speaker rated clearly lower than the rest), pre/post
tests for the trainings, follow-ups for events over three months old, and 24 months of the
library's service figures with visible rises after some events.
"""

import datetime

from models.attendance.tables import Attendance
from models.evaluation.questionnaires import choices_of, ensure_default_templates, questions_of
from models.evaluation.tables import (
    Answer,
    EventQuestionnaire,
    FollowUp,
    Response,
    ServiceMetric,
    ServiceStat,
    TestScore,
)
from models.events.tables import Event, EventSession, Registration
from models.vocab import PRESENT_STATUSES

TESTED_KINDS = {"pelatihan", "bimtek", "kelas_keterampilan"}
METRICS = [("Kunjungan", 5200), ("Peminjaman", 3100), ("Anggota baru", 140),
           ("Pemanfaatan koleksi digital", 900), ("Peserta program", 260)]
COMMENTS = [
    "Materinya sangat bermanfaat untuk pekerjaan sehari-hari.",
    "Waktu praktik sebaiknya ditambah.",
    "Ruangan agak panas, mohon pendingin ruangan diperiksa.",
    "Semoga ada kelanjutan kegiatan ini tahun depan.",
    "Konsumsi terlambat datang pada hari kedua.",
    "Narasumber menjelaskan dengan contoh yang mudah dipahami.",
    "Modul sebaiknya dibagikan sebelum kegiatan dimulai.",
]
SPEAKER_COMMENTS = {
    "good": ["Penjelasan runtut dan jelas.", "Contoh-contohnya relevan dengan perpustakaan kami."],
    "weak": ["Penyampaian terlalu cepat dan sulit diikuti.",
             "Kurang memberi kesempatan bertanya."],
}
CHANGES = [
    "Menerapkan klasifikasi DDC 23 untuk koleksi baru di layanan anak.",
    "Mulai mengunggah naskah lokal ke repositori digital.",
    "Membuat jadwal unggahan media sosial perpustakaan setiap minggu.",
    "Menyusun panduan singkat untuk pemustaka.",
    "Belum sempat diterapkan karena beban kerja layanan.",
]


def add_evaluations(ctx) -> dict:
    rng, today = ctx.rng, ctx.today
    organisation, speaker_form = ensure_default_templates()
    org_questions = questions_of(organisation.id)
    speaker_questions = questions_of(speaker_form.id)
    finished = list(Event.select().where(Event.status == "finished").order_by(Event.start_date))
    weak = _weak_speaker(finished)
    counts = {"responses": 0, "answers": 0, "test_scores": 0, "follow_ups": 0}
    for event in finished:
        EventQuestionnaire.insert_many([{"event": event, "questionnaire": organisation},
                                        {"event": event, "questionnaire": speaker_form}]
                                       ).execute()
        came = _attendees(event.id)
        speakers = _speakers(event.id)
        answers = []
        for person in came:
            if rng.random() < 0.85:
                answers += _respond(rng, event, organisation, org_questions, person, None,
                                    mood=rng.choice((3.9, 4.2, 4.4, 4.6)))
                counts["responses"] += 1
            for speaker in speakers:
                if rng.random() < 0.75:
                    mood = 2.6 if speaker == weak else rng.choice((4.1, 4.3, 4.6))
                    answers += _respond(rng, event, speaker_form, speaker_questions,
                                        person, speaker, mood)
                    counts["responses"] += 1
        for start in range(0, len(answers), 300):
            Answer.insert_many(answers[start:start + 300]).execute()
        counts["answers"] += len(answers)
        if event.kind in TESTED_KINDS:
            counts["test_scores"] += _tests(rng, event, came)
        if event.end_date <= today - datetime.timedelta(days=92):
            counts["follow_ups"] += _follow_ups(rng, event, came)
    for event in finished[:-1]:  # the latest waits for the office to write its own
        _office_words(rng, event)
    counts["service_stats"] = _service_figures(rng, today, finished)
    return counts


_CONCLUSIONS = (
    "Kegiatan berjalan lancar sesuai jadwal. Peserta aktif berdiskusi dan sebagian besar "
    "telah mampu mempraktikkan materi yang disampaikan.",
    "Tujuan kegiatan tercapai. Kehadiran peserta baik dan hasil post-test menunjukkan "
    "peningkatan pemahaman dibandingkan pre-test.",
    "Materi diterima dengan baik oleh peserta. Beberapa peserta masih memerlukan "
    "pendampingan untuk menerapkan materi di unit kerja masing-masing.",
)
_RECOMMENDATIONS = (
    "Menambah porsi praktik langsung pada kegiatan berikutnya.\n\nMelakukan pendampingan "
    "di unit kerja tiga bulan setelah kegiatan.",
    "Menyediakan bahan ajar dalam bentuk digital sebelum kegiatan dimulai.\n\n"
    "Mengundang kembali narasumber dengan penilaian tertinggi.",
    "Menjadwalkan kegiatan lanjutan tingkat mahir bagi peserta dengan nilai post-test "
    "tertinggi.",
)


def _office_words(rng, event: Event) -> None:
    """What the office typed for the event report: its conclusions and recommendations."""
    Event.update(conclusions=rng.choice(_CONCLUSIONS),
                 recommendations=rng.choice(_RECOMMENDATIONS)).where(
        Event.id == event.id).execute()


def _attendees(event_id: int) -> list[int]:
    """Participants present at one session at least (only they can judge the event)."""
    query = (Attendance.select(Attendance.person).distinct()
             .join(EventSession)
             .join(Registration, on=((Registration.event == EventSession.event)
                                     & (Registration.person == Attendance.person)))
             .where(EventSession.event == event_id, Attendance.status.in_(PRESENT_STATUSES),
                    Registration.role == "peserta", ~Registration.cancelled)
             .order_by(Attendance.person))
    return [pid for (pid,) in query.tuples()]


def _speakers(event_id: int) -> list[int]:
    seen = []
    for (pid,) in (EventSession.select(EventSession.speaker)
                   .where(EventSession.event == event_id, EventSession.speaker.is_null(False))
                   .order_by(EventSession.date, EventSession.start_time).tuples()):
        if pid not in seen:
            seen.append(pid)
    return seen


def _weak_speaker(events: list[Event]) -> int | None:
    """An outside speaker of the oldest event: the one the office learns not to invite."""
    from models.staff.tables import Person

    for event in events:
        for pid in _speakers(event.id):
            if Person.get_by_id(pid).is_external:
                return pid
    return None


def _respond(rng, event, form, questions, person, speaker, mood) -> list[dict]:
    submitted = datetime.datetime.combine(event.end_date, datetime.time(15, rng.randint(0, 59)))
    anonymous = rng.random() < 0.1
    response = Response.create(event=event, questionnaire=form,
                               person=None if anonymous else person, speaker=speaker,
                               source="paper", submitted_at=submitted)
    rows = []
    for question in questions:
        number, text = None, ""
        if question.qtype == "rating":
            number = float(min(5, max(1, round(rng.gauss(mood, 0.7)))))
        elif question.qtype == "yesno":
            number = 1.0 if rng.random() < (0.9 if mood > 3.5 else 0.5) else 0.0
        elif question.qtype == "choice":
            text = rng.choice(choices_of(question))
        elif question.qtype == "text":
            if rng.random() < 0.25:
                pool = COMMENTS if speaker is None else SPEAKER_COMMENTS[
                    "weak" if mood < 3 else "good"]
                text = rng.choice(pool)
            else:
                continue
        rows.append({"response": response.id, "question": question.id, "number": number,
                     "text": text})
    return rows


def _tests(rng, event, people) -> int:
    rows = []
    for person in people:
        pre = rng.randint(30, 70)
        post = min(100, pre + rng.randint(-5, 45))
        rows += [{"event": event, "person": person, "kind": "pre", "score": pre},
                 {"event": event, "person": person, "kind": "post", "score": post}]
    if rows:
        TestScore.insert_many(rows).execute()
    return len(rows)


def _follow_ups(rng, event, people) -> int:
    chosen = [p for p in people if rng.random() < 0.6]
    day = event.end_date + datetime.timedelta(days=rng.randint(90, 110))
    rows = [{"event": event, "person": person, "date": day,
             "applied": rng.choice(("yes", "yes", "partly", "partly", "no")),
             "changes": rng.choice(CHANGES), "rated_by": rng.choice(("participant",
                                                                      "supervisor")),
             "rating": rng.randint(2, 5)} for person in chosen]
    if rows:
        FollowUp.insert_many(rows).execute()
    return len(rows)


def _service_figures(rng, today, events) -> int:
    """24 months up to last month; figures rise for a few months after the bigger events."""
    metrics = []
    for position, (name, _base) in enumerate(METRICS):
        metric, _made = ServiceMetric.get_or_create(name=name, defaults={"position": position})
        metrics.append(metric)
    boosts = {}
    for event in events:
        if event.kind in TESTED_KINDS | {"seminar"}:
            key = (event.start_date.year, event.start_date.month)
            boosts[key] = boosts.get(key, 0) + 0.06
    rows = []
    year, month = today.year, today.month
    months = []
    for _ in range(24):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        months.append((year, month))
    months.reverse()
    lift = 0.0
    for year, month in months:
        lift = lift * 0.7 + boosts.get((year, month), 0)
        season = 1.0 + (0.12 if month in (6, 7, 12) else 0) - (0.1 if month in (3, 4) else 0)
        for metric, (_name, base) in zip(metrics, METRICS, strict=True):
            value = base * season * (1 + lift) * rng.uniform(0.93, 1.07)
            rows.append({"metric": metric, "year": year, "month": month,
                         "value": float(round(value))})
    ServiceStat.insert_many(rows).execute()
    return len(rows)
