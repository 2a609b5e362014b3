"""An event's evaluation results, every figure checked against a hand-computed example.

The example (``fill_example``, in tests/builders.py) is shared with the report, panel and
command-line tests.
"""

import datetime as dt

import pytest

from models.evaluation import results
from models.events import planning as events
from tests.builders import EXAMPLE_END as END
from tests.builders import EXAMPLE_START as START
from tests.builders import more_forms_than_participants


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


def test_the_response_rate_never_exceeds_100_percent(example):
    more_forms_than_participants(example)
    r = results.event_results(example["event"].id)
    assert (r.participants, r.respondents) == (4, 5)
    assert r.response_rate == 1.0
    assert r.more_than_participants
    assert results.response_rate(23, 21) == 1.0
    assert results.response_rate(3, 4) == 0.75
    assert results.response_rate(0, 0) is None
