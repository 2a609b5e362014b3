"""The same figure wherever the office reads it: on the panels, in the PDFs, in the reports.

Each office rule has one implementation; these tests catch a second one growing back by
reading what a user sees in every place that shows the figure.
"""

import datetime as dt

import pytest
from pypdf import PdfReader

from models.evaluation import scores
from models.evaluation import service_stats as stats
from models.events import participants
from models.events import planning as events
from models.events.tables import Registration
from models.staff import staff_list as staff
from reports.evaluation.report import write_evaluation_report
from reports.recaps.event_report import event_report
from reports.report_model import Text
from tests.builders import open_scores_panel, plural, table_rows, tree_rows
from ui.evaluations.results_panel import ResultsPanel

DAY = dt.date(2026, 3, 10)
JULY = dt.date(2026, 7, 1)  # the three months after DAY's are over


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def results_panel(qtbot, event_id, today: dt.date | None = None) -> ResultsPanel:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.today = today
    panel.set_event(event_id)
    return panel


@pytest.fixture
def cancelled_after_the_tests(database):
    """Ani 50 → 100 (g 1.0) and Budi 50 → 60 (g 0.2), then Budi's registration cancelled."""
    ani, budi = (staff.save_person({"name": name}) for name in ("Ani Wulandari",
                                                                "Budi Santoso"))
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    participants.add_people(event.id, [ani.id, budi.id])
    for person, pre, post in ((ani, 50, 100), (budi, 50, 60)):
        scores.set_score(event.id, person.id, scores.PRE, pre)
        scores.set_score(event.id, person.id, scores.POST, post)
    participants.set_cancelled(Registration.get(Registration.event == event.id,
                                                Registration.person == budi.id).id)
    return event


def test_a_cancelled_participants_scores_count_nowhere(qtbot, cancelled_after_the_tests,
                                                      tmp_path):
    event = cancelled_after_the_tests
    # Like the attendance recap, a cancelled registration is no participant any more.
    scores_panel = open_scores_panel(qtbot, event.id)
    assert plural(scores_panel.average.text()) == (
        "Average gain: 1.00 (high), over 1 participant with both scores.")

    results = results_panel(qtbot, event.id)
    assert plural(results.gain_line.text()) == (
        "Pre/post tests: 1 participant with both scores; mean pre 50.0, post 100.0, "
        "normalised gain 1.00 (high); high 1, medium 0, low 0.")

    out = tmp_path / "evaluasi.pdf"
    write_evaluation_report(event.id, out, today=DAY)
    text = pdf_text(out)
    assert "Peserta dengan nilai pre-test dan post-test : 1 orang" in text
    assert "Rata-rata gain ternormalisasi (g) : 1,00 (kategori tinggi)" in text

    gain = next(part for part in event_report(event.id, today=DAY).parts
                if isinstance(part, Text) and part.heading == "Hasil Pre-test dan Post-test")
    assert gain.text.startswith("1 peserta memiliki nilai pre-test dan post-test.")
    assert "gain ternormalisasi 1,00 (kategori tinggi)" in gain.text


@pytest.fixture
def figures_around_an_event(database):
    """An event in March 2026; visits before and after it, and two metrics deactivated
    since: one with a figure in those months, one without."""
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    visits = stats.add_metric("Kunjungan")
    loans = stats.add_metric("Peminjaman")
    unused = stats.add_metric("Pameran")
    for year, month, value in ((2026, 1, 100), (2026, 2, 140), (2026, 4, 150)):
        stats.set_value(visits.id, year, month, value)
    stats.set_value(loans.id, 2026, 2, 40)
    stats.set_value(loans.id, 2026, 5, 50)
    stats.set_value(unused.id, 2025, 6, 9)  # long before: not in the months compared
    stats.set_metric_active(loans.id, False)
    stats.set_metric_active(unused.id, False)
    return event


def test_the_service_figures_before_and_after_agree(qtbot, figures_around_an_event,
                                                    tmp_path):
    event = figures_around_an_event
    # A metric is deactivated rather than deleted so that old reports keep its figures.
    panel = results_panel(qtbot, event.id, JULY)
    assert [[panel.service.item(r, c).text() for c in range(panel.service.columnCount())]
            for r in range(panel.service.rowCount())] == [
        ["Kunjungan", "–", "100", "140", "120", "150", "–", "–", "150", "+25%"],
        ["Peminjaman", "–", "–", "40", "40", "–", "50", "–", "50", "+25%"]]

    out = tmp_path / "evaluasi.pdf"
    write_evaluation_report(event.id, out, today=JULY)
    text = pdf_text(out)
    assert "Kunjungan – 100 140 120 150 – – 150 +25%" in text
    assert "Peminjaman – – 40 40 – 50 – 50 +25%" in text
    assert "Pameran" not in text


def test_a_month_not_over_is_shown_but_counted_nowhere(qapp, qtbot, figures_around_an_event,
                                                      tmp_path, message_boxes):
    """On 15 May, May's visits so far (90) are shown, starred, but no mean takes them: the
    mean after is April's alone, on the panel and in the report."""
    from ui import i18n

    event = figures_around_an_event
    stats.set_value(stats.metrics()[0].id, 2026, 5, 90)
    i18n.install(qapp, "id")
    panel = results_panel(qtbot, event.id, dt.date(2026, 5, 15))
    qtbot.waitUntil(lambda: panel.service.rowCount() == 2)
    service = panel.service
    assert [service.horizontalHeaderItem(c).text() for c in range(5, 8)] == [
        "Apr 2026", "Mei 2026*", "Jun 2026*"]
    assert [service.item(0, c).text() for c in range(service.columnCount())] == [
        "Kunjungan", "–", "100", "140", "120", "150", "90", "–", "150", "+25%"]
    assert panel.service_note.text() == (
        "* Mei 2026: bulan berjalan, belum dihitung; Juni 2026: belum tiba, belum dihitung.")

    out = tmp_path / "evaluasi.pdf"
    panel.save_report(out)  # the panel's report: of the panel's day
    qtbot.waitUntil(lambda: bool(message_boxes))
    text = pdf_text(out)
    assert "Kunjungan – 100 140 120 150 90 – 150 +25%" in text
    assert ("* Mei 2026: bulan berjalan, belum dihitung; Juni 2026: belum tiba, belum "
            "dihitung.") in text


def test_a_mean_has_one_category_on_the_panel_in_the_pdf_and_in_the_recap(
        qapp, qtbot, example, tmp_path):
    """Penguasaan materi averages 3,40: on the bound, so Cukup (2,61–3,40) everywhere;
    once Settings move the bound to 3,39 it is Baik everywhere."""
    from models import settings
    from models.evaluation.categories import SETTING
    from reports.recaps.recaps import speakers
    from ui import i18n
    from ui.evaluations.speaker_ratings_dialog import CATEGORY, SpeakerRatingsDialog

    i18n.install(qapp, "id")
    for bounds, expected in (("1,80; 2,60; 3,40; 4,20", "Cukup"),
                             ("1,80; 2,60; 3,39; 4,20", "Baik")):
        settings.save({SETTING: bounds})
        panel = results_panel(qtbot, example["event"].id)
        row = next(r for r in tree_rows(panel.items) if r[1] == "Penguasaan materi")
        assert row[2:5] == ("5", "3,40", expected)

        out = tmp_path / "evaluasi.pdf"
        write_evaluation_report(example["event"].id, out, today=DAY)
        assert f"Penguasaan materi 5 3,40 {expected}" in pdf_text(out)

    # Maya Sari's 2,67 at the event: Cukup in the dialog and in the speakers' recap.
    dialog = SpeakerRatingsDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Maya Sari, M.Hum."
    assert dialog.table.item(0, CATEGORY).text() == "Cukup"
    [table] = speakers().tables
    assert table.rows[0][:1] + table.rows[0][4:6] == ["Maya Sari, M.Hum.", 2.67, "Cukup"]


def test_a_mean_halfway_between_hundredths_reads_alike_everywhere(qtbot, example):
    """Dr. Rahmat's eight ratings at the workshop add up to 25: a mean of 3,125, which the
    panel and the PDF print 3,13 (half up). The workbooks of the speakers' recap and the
    event report hold the same figure, and every place gives it the same category."""
    from reports.recaps.recaps import speakers
    from reports.report_model import Table
    from tests.builders import _respond

    later = example["later"]
    for answers in ([1, 1], [2, 3], [4, 4]):
        _respond(later, example["speaker"], example["speaker_questions"], None,
                 example["rahmat"], answers)
    panel = results_panel(qtbot, later.id)
    assert table_rows(panel.speakers)[0][:4] == ["Dr. Rahmat Hidayat", "4", "3.13", "Fair"]

    [recap] = speakers().tables
    row = next(r for r in recap.rows if r[2] == "Workshop Otomasi")
    assert row[4:6] == [3.13, "Cukup"]

    summary = next(part for part in event_report(later.id, today=dt.date(2026, 9, 1)).parts
                   if isinstance(part, Table) and part.heading == "B. Evaluasi")
    assert summary.rows[-1] == ["Narasumber: Dr. Rahmat Hidayat", 4, 3.13, "Cukup"]


def test_a_share_of_answers_is_rounded_alike_on_the_panel_and_in_the_report(
        qtbot, example, tmp_path):
    # "Alokasi waktu": three answers, 3, 4, 4 — a third and two thirds.
    panel = results_panel(qtbot, example["event"].id)
    [row] = [r for r in tree_rows(panel.items) if "Alokasi waktu" in r[1]]
    assert "1 (33.3%)" in row and "2 (66.7%)" in row
    out = tmp_path / "evaluasi.pdf"
    write_evaluation_report(example["event"].id, out, today=DAY)
    assert "Alokasi waktu 3 3,67 Baik 0 (0%) 0 (0%) 1 (33,3%) 2 (66,7%)" in pdf_text(out)
