"""An event's evaluation results, every figure checked against a hand-computed example.

The example (``fill_example``) is shared with the report, panel and command-line tests.
"""

import datetime as dt

import pytest

from models.evaluation import results
from models.evaluation.tables import (
    Answer,
    EventQuestionnaire,
    FollowUp,
    Question,
    Questionnaire,
    Response,
    ServiceMetric,
    ServiceStat,
)
from models.evaluation.tables import TestScore as Score  # renamed: pytest collects Test* classes
from models.events import participants
from models.events import planning as events
from models.events.tables import Registration, Theme
from models.staff import staff_list as staff

START, END = dt.date(2026, 3, 10), dt.date(2026, 3, 11)

# Organisation questionnaire: (section, text, type, choices)
ORGANISATION = [
    ("Materi", "Materi sesuai kebutuhan", "rating", ""),
    ("Materi", "Alokasi waktu", "rating", ""),
    ("Penyelenggaraan", "Kenyamanan ruang", "rating", ""),
    ("Umum", "Akan merekomendasikan?", "yesno", ""),
    ("Umum", "Sumber informasi", "choice", "Surat\nAtasan"),
    ("Umum", "Jarak dari rumah (km)", "number", ""),
    ("Umum", "Kritik dan saran", "text", ""),
]
SPEAKER = [
    ("Narasumber", "Penguasaan materi", "rating", ""),
    ("Narasumber", "Ketepatan waktu", "rating", ""),
    ("Narasumber", "Saran untuk narasumber", "text", ""),
]


def _template(name, kind, questions):
    template = Questionnaire.create(name=name, kind=kind)
    made = [Question.create(questionnaire=template, position=i, section=section, text=text,
                            qtype=qtype, choices=choices)
            for i, (section, text, qtype, choices) in enumerate(questions, 1)]
    return template, made


def _respond(event, template, questions, person, speaker, answers):
    """``answers`` in question order; None leaves the question unanswered."""
    response = Response.create(event=event, questionnaire=template, person=person,
                               speaker=speaker)
    for question, value in zip(questions, answers, strict=False):
        if value is None:
            continue
        if isinstance(value, str):
            Answer.create(response=response, question=question, text=value)
        else:
            Answer.create(response=response, question=question, number=value)
    return response


def fill_example() -> dict:
    """The made-up event the figures below were computed by hand from."""
    theme = Theme.create(name="Klasifikasi")
    other_theme = Theme.create(name="Teknologi Informasi")
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "theme": theme.id, "venue": "Aula Lantai 2",
                               "start_date": START, "end_date": END})
    people = {n: staff.save_person({"name": n}) for n in
              ("Ani Wulandari", "Budi Santoso", "Citra Lestari", "Dedi Kurniawan", "Eka Putri")}
    rahmat = staff.save_person({"name": "Rahmat Hidayat", "front_title": "Dr.",
                                "is_external": True})
    maya = staff.save_person({"name": "Maya Sari", "back_title": "M.Hum.",
                              "is_external": True})
    a, b, c, d, e = people.values()
    participants.add_people(event.id, [p.id for p in people.values()])
    (Registration.update(cancelled=True)
     .where(Registration.event == event.id, Registration.person == e.id).execute())
    # Maya speaks first: the speakers are listed in session order, not by name.
    for hour, speaker in ((8, maya), (13, rahmat)):
        events.save_session(event.id, {"date": START, "start_time": dt.time(hour),
                                       "end_time": dt.time(hour + 2), "topic": "DDC",
                                       "room": "", "jp": 2, "speaker": speaker.id,
                                       "moderator": None})

    org, oq = _template("Evaluasi Penyelenggaraan", "organisation", ORGANISATION)
    spk, sq = _template("Evaluasi Narasumber", "speaker", SPEAKER)
    for template in (org, spk):
        EventQuestionnaire.create(event=event, questionnaire=template)
    _respond(event, org, oq, a, None, [5, 4, 3, 1, "Surat", 10, "Bagus"])
    _respond(event, org, oq, b, None, [4, 4, 2, 1, "Atasan", 20, ""])
    _respond(event, org, oq, None, None, [4, 3, 5, 0, "Surat", None, "Ruang panas"])
    # Ani twice (a second paper form): she is still one respondent.
    _respond(event, org, oq, a, None, [3, None, None, None, "Teman", None, "   "])
    _respond(event, spk, sq, a, rahmat, [5, 4, "Jelas sekali"])
    _respond(event, spk, sq, b, rahmat, [4, 5])
    _respond(event, spk, sq, None, rahmat, [3, 3])
    _respond(event, spk, sq, a, maya, [2, 3, "Terlalu cepat"])
    _respond(event, spk, sq, b, maya, [3, None])

    for person, pre, post in ((a, 40, 82), (b, 50, 65), (c, 60, 58), (d, 100, 100)):
        Score.create(event=event, person=person, kind="pre", score=pre)
        Score.create(event=event, person=person, kind="post", score=post)
    Score.create(event=event, person=e, kind="pre", score=70)

    for person, applied, rating, changes, by in (
            (a, "yes", 4, "Menata ulang rak 000–099", "participant"),
            (b, "partly", 3, "", "participant"),
            (c, "no", None, "", "participant"),
            (d, "", 5, "Katalog lebih rapi", "supervisor")):
        FollowUp.create(event=event, person=person, date=dt.date(2026, 6, 15), applied=applied,
                        rating=rating, changes=changes, rated_by=by)

    visits = ServiceMetric.create(name="Kunjungan", position=1)
    loans = ServiceMetric.create(name="Peminjaman", position=2)
    old = ServiceMetric.create(name="Lama", position=0, active=False)
    for metric, year, month, value in (
            (visits, 2025, 11, 999), (visits, 2025, 12, 100), (visits, 2026, 1, 120),
            (visits, 2026, 2, 140), (visits, 2026, 3, 500), (visits, 2026, 4, 150),
            (visits, 2026, 5, 150), (visits, 2026, 6, 180), (visits, 2026, 7, 999),
            (loans, 2026, 1, 30), (loans, 2026, 2, 50), (loans, 2026, 4, 30),
            (old, 2026, 1, 7)):
        ServiceStat.create(metric=metric, year=year, month=month, value=value)

    # A later event on another theme where Dr. Rahmat speaks again.
    later = events.save_event({"title": "Workshop Otomasi", "kind": "workshop",
                               "theme": other_theme.id, "start_date": dt.date(2026, 8, 4),
                               "end_date": dt.date(2026, 8, 4)})
    _respond(later, spk, sq, None, rahmat, [5, 5, "Mantap"])
    return {"event": event, "later": later, "rahmat": rahmat, "maya": maya, "theme": theme,
            "other_theme": other_theme, "organisation": org, "speaker": spk,
            "org_questions": oq, "speaker_questions": sq}


@pytest.fixture
def example(database):
    return fill_example()


def test_summary_and_response_rate(example):
    r = results.event_results(example["event"].id)
    assert (r.title, r.venue, r.start_date, r.end_date) == (
        "Bimtek Klasifikasi DDC", "Aula Lantai 2", START, END)
    assert r.participants == 4  # Eka cancelled
    assert r.respondents == 3  # Ani (twice), Budi, one anonymous
    assert r.response_rate == pytest.approx(0.75)
    assert [(t.name, t.kind, t.responses) for t in r.templates] == [
        ("Evaluasi Penyelenggaraan", "organisation", 4), ("Evaluasi Narasumber", "speaker", 5)]
    assert r.responses == 9


def test_each_question_mean_and_distribution(example):
    r = results.event_results(example["event"].id)
    org = r.templates[0]
    items = {item.text: item for item in org.items}
    materi = items["Materi sesuai kebutuhan"]  # 5, 4, 4, 3
    assert (materi.n, materi.mean, materi.distribution) == (4, 4.0, [0, 0, 1, 2, 1])
    assert materi.percent(2) == 50.0
    waktu = items["Alokasi waktu"]  # 4, 4, 3
    assert (waktu.n, waktu.distribution) == (3, [0, 0, 1, 2, 0])
    assert waktu.mean == pytest.approx(11 / 3)
    ruang = items["Kenyamanan ruang"]  # 3, 2, 5
    assert (ruang.n, ruang.distribution) == (3, [0, 1, 1, 0, 1])
    assert ruang.mean == pytest.approx(10 / 3)
    yesno = items["Akan merekomendasikan?"]
    assert (yesno.n, yesno.yes, yesno.no) == (3, 2, 1)
    choice = items["Sumber informasi"]
    assert (choice.n, choice.choices) == (4, [("Surat", 2), ("Atasan", 1), ("Teman", 1)])
    distance = items["Jarak dari rumah (km)"]
    assert (distance.n, distance.mean) == (2, 15.0)

    speaker = {item.text: item for item in r.templates[1].items}
    mastery = speaker["Penguasaan materi"]  # 5, 4, 3 (Rahmat), 2, 3 (Maya)
    assert (mastery.n, mastery.distribution) == (5, [0, 1, 2, 1, 1])
    assert mastery.mean == pytest.approx(3.4)
    timing = speaker["Ketepatan waktu"]  # 4, 5, 3, 3
    assert (timing.n, timing.mean, timing.distribution) == (4, 3.75, [0, 0, 2, 1, 1])


def test_section_and_questionnaire_means_weigh_every_answer(example):
    r = results.event_results(example["event"].id)
    org, spk = r.templates
    sections = {s.name: s for s in org.sections}
    assert list(sections) == ["Materi", "Penyelenggaraan", "Umum"]
    assert sections["Materi"].n == 7
    assert sections["Materi"].mean == pytest.approx(27 / 7)  # (16 + 11) / 7 answers
    assert sections["Penyelenggaraan"].mean == pytest.approx(10 / 3)
    assert (sections["Umum"].n, sections["Umum"].mean) == (0, None)  # no ratings there
    assert (org.n, org.mean) == (10, pytest.approx(3.7))
    assert (spk.n, spk.mean) == (9, pytest.approx(32 / 9))


def test_speakers_in_session_order_with_their_item_means(example):
    r = results.event_results(example["event"].id)
    mastery, timing = (q.id for q in example["speaker_questions"][:2])
    maya, rahmat = r.speakers
    assert (maya.name, maya.responses, maya.n) == ("Maya Sari, M.Hum.", 2, 3)
    assert maya.item_means == {mastery: 2.5, timing: 3.0}
    assert maya.item_counts == {mastery: 2, timing: 1}
    assert maya.mean == pytest.approx(8 / 3)
    assert (rahmat.name, rahmat.responses, rahmat.n, rahmat.mean) == (
        "Dr. Rahmat Hidayat", 3, 6, 4.0)
    assert rahmat.item_means == {mastery: 4.0, timing: 4.0}
    assert [i.text for i in r.speaker_items] == ["Penguasaan materi", "Ketepatan waktu"]


def test_strongest_and_weakest_items(example):
    r = results.event_results(example["event"].id)
    # Means: 4.0, 3.67, 3.33 (organisation); 3.4, 3.75 (speakers)
    assert [i.text for i in r.strongest] == ["Materi sesuai kebutuhan", "Ketepatan waktu",
                                             "Alokasi waktu"]
    assert [i.text for i in r.weakest] == ["Kenyamanan ruang", "Penguasaan materi"]


def test_highlight_ties_keep_question_order():
    def item(order, mean):
        return results.ItemResult(order, 1, order, "", f"q{order}", "rating", n=1, mean=mean)

    items = [item(0, 3.0), item(1, 4.0), item(2, 3.0), item(3, 4.0), item(4, 4.0),
             item(5, 4.0), item(6, 3.0), results.ItemResult(7, 1, 7, "", "empty", "rating")]
    strongest, weakest = results._highlights(items)
    assert [i.order for i in strongest] == [1, 3, 4]
    assert [i.order for i in weakest] == [0, 2, 6]


def test_comments_by_question_then_speaker(example):
    r = results.event_results(example["event"].id)
    assert [(c.question, c.speaker, c.text) for c in r.comments] == [
        ("Kritik dan saran", "", "Bagus"),
        ("Kritik dan saran", "", "Ruang panas"),
        ("Saran untuk narasumber", "Maya Sari, M.Hum.", "Terlalu cepat"),
        ("Saran untuk narasumber", "Dr. Rahmat Hidayat", "Jelas sekali"),
    ]


def test_gain(example):
    gain = results.event_results(example["event"].id).gain
    # g: 42/60 = 0.7 (high), 15/50 = 0.3 (medium), -2/40 = -0.05 (low); 100 → 100 left out;
    # Eka's pre-test alone does not make her incomplete: her registration was cancelled.
    assert (gain.n, gain.ceiling, gain.incomplete) == (3, 1, 0)
    assert gain.mean_pre == pytest.approx(50.0)
    assert gain.mean_post == pytest.approx(205 / 3)
    assert gain.mean_gain == pytest.approx(0.95 / 3)
    assert gain.band == "medium"
    assert gain.bands == {"high": 1, "medium": 1, "low": 1}


def test_follow_up(example):
    follow = results.event_results(example["event"].id).follow_up
    assert follow.n == 4
    assert follow.applied == {"yes": 1, "partly": 1, "no": 1}
    assert follow.unknown == 1
    assert (follow.rated, follow.mean_rating) == (3, 4.0)
    assert [(c.name, c.text, c.rated_by) for c in follow.changes] == [
        ("Ani Wulandari", "Menata ulang rak 000–099", "participant"),
        ("Dedi Kurniawan", "Katalog lebih rapi", "supervisor")]


def test_service_three_months_either_side(example):
    service = results.event_results(example["event"].id).service
    assert service.before_months == [(2025, 12), (2026, 1), (2026, 2)]
    assert service.after_months == [(2026, 4), (2026, 5), (2026, 6)]
    # The inactive metric keeps its figure of January; it comes first, as in the list.
    old, visits, loans = service.rows
    assert (old.name, old.before, old.after, old.before_mean, old.change_pct) == (
        "Lama", [None, 7, None], [None, None, None], 7, None)
    assert (visits.name, visits.before, visits.after) == (
        "Kunjungan", [100, 120, 140], [150, 150, 180])
    assert (visits.before_mean, visits.after_mean) == (120, 160)
    assert visits.change_pct == pytest.approx(100 / 3)
    assert (loans.before, loans.after) == ([None, 30, 50], [30, None, None])
    assert (loans.before_mean, loans.after_mean, loans.change_pct) == (40, 30, -25)
    assert service.has_data


def test_an_event_with_nothing_yet(database):
    event = events.save_event({"title": "Seminar", "kind": "seminar",
                               "start_date": dt.date(2026, 12, 1),
                               "end_date": dt.date(2027, 1, 2)})
    r = results.event_results(event.id)
    assert (r.participants, r.respondents, r.response_rate, r.responses) == (0, 0, None, 0)
    assert (r.templates, r.speakers, r.comments, r.strongest, r.weakest) == ([], [], [], [], [])
    assert (r.gain.n, r.gain.mean_gain, r.follow_up.n, r.follow_up.mean_rating) == (
        0, None, 0, None)
    # Across a year end, from the month after the event's last month.
    assert r.service.before_months == [(2026, 9), (2026, 10), (2026, 11)]
    assert r.service.after_months == [(2027, 2), (2027, 3), (2027, 4)]
    assert not r.service.has_data


def test_speaker_history_across_events_and_themes(example):
    history = results.speaker_history()
    assert [(h.speaker, h.title, h.theme, round(h.mean, 4), h.n) for h in history] == [
        ("Maya Sari, M.Hum.", "Bimtek Klasifikasi DDC", "Klasifikasi", round(8 / 3, 4), 2),
        ("Dr. Rahmat Hidayat", "Bimtek Klasifikasi DDC", "Klasifikasi", 4.0, 3),
        ("Dr. Rahmat Hidayat", "Workshop Otomasi", "Teknologi Informasi", 5.0, 1),
    ]
    assert history[2].start_date == dt.date(2026, 8, 4)
    only_it = results.speaker_history(theme_id=example["other_theme"].id)
    assert [(h.speaker_id, h.event_id) for h in only_it] == [
        (example["rahmat"].id, example["later"].id)]
    only_maya = results.speaker_history(speaker_id=example["maya"].id)
    assert [h.event_id for h in only_maya] == [example["event"].id]
