"""The Results panel and the speaker ratings across events, as the office sees them."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from tests.builders import more_forms_than_participants, plural, table_rows, tree_rows
from ui import i18n
from ui.evaluations.results_panel import ResultsPanel
from ui.evaluations.speaker_ratings_dialog import MEAN, SpeakerRatingsDialog


@pytest.fixture
def panel(qtbot, example):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_event(example["event"].id)
    return panel


def headers(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_without_an_event_it_asks_for_one(qtbot, database):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Choose an event to see its evaluation results."
    assert not panel.save_button.isEnabled()


def test_summary_and_questions(panel):
    assert plural(panel.summary.text()) == (
        "4 participants · 3 respondents to the organisation form · response rate 75% · "
        "Evaluasi Penyelenggaraan: 4 responses (mean 3.70, Good) · "
        "Evaluasi Narasumber: 5 responses (mean 3.56, Good)")
    assert panel.save_button.isEnabled()
    rows = tree_rows(panel.items)
    # A form's and a section's count is of answers, said in words; n counts respondents.
    assert plural(rows[0][1]) == "Evaluasi Penyelenggaraan (10 answers)"
    assert rows[0][2:5] == ("", "3.70", "Good")
    assert plural(rows[1][1]) == "Materi (7 answers)"
    assert rows[1][2:5] == ("", "3.86", "Good")
    assert rows[2] == (2, "Materi sesuai kebutuhan", "4", "4.00", "Good", "0 (0%)", "0 (0%)",
                       "1 (25%)", "2 (50%)", "1 (25%)", "")
    by_text = {row[1]: row for row in rows}
    assert by_text["Akan merekomendasikan?"][-1] == "yes 2, no 1"
    assert by_text["Sumber informasi"][-1] == "Surat 2; Atasan 1; Teman 1"
    assert by_text["Jarak dari rumah (km)"][3:5] == ("15.00", "")  # a number: no category
    assert by_text["Penguasaan materi"][2:5] == ("5", "3.40", "Fair")  # on the bound


def test_speakers_highlights_and_comments(panel):
    assert headers(panel.speakers) == ["Speaker", "Responses", "Overall mean", "Category",
                                       "Penguasaan materi", "Ketepatan waktu"]
    assert table_rows(panel.speakers) == [
        ["Maya Sari, M.Hum.", "2", "2.67", "Fair", "2.50 (Poor)", "3.00 (Fair)"],
        ["Dr. Rahmat Hidayat", "3", "4.00", "Good", "4.00 (Good)", "4.00 (Good)"]]
    assert tree_rows(panel.highlights) == [
        (0, "Strongest", "", "", ""), (1, "Materi sesuai kebutuhan", "4", "4.00", "Good"),
        (1, "Ketepatan waktu", "4", "3.75", "Good"), (1, "Alokasi waktu", "3", "3.67", "Good"),
        (0, "Weakest", "", "", ""), (1, "Kenyamanan ruang", "3", "3.33", "Fair"),
        (1, "Penguasaan materi", "5", "3.40", "Fair")]
    assert tree_rows(panel.comments) == [
        (0, "Kritik dan saran  ·  2 comments"), (1, "Bagus"), (1, "Ruang panas"),
        (0, "Saran untuk narasumber — Maya Sari, M.Hum.  ·  1 comment"), (1, "Terlalu cepat"),
        (0, "Saran untuk narasumber — Dr. Rahmat Hidayat  ·  1 comment"), (1, "Jelas sekali")]


def test_gain_follow_up_and_service(panel):
    assert plural(panel.gain_line.text()) == (
        "Pre/post tests: 3 participants with both scores; mean pre 50.0, post 68.3, "
        "normalised gain 0.32 (medium); high 1, medium 1, low 1.")
    assert plural(panel.follow_up_line.text()) == (
        "Follow-up: 4 records; applied: yes 1, partly 1, no 1; mean rating 4.00.")
    assert headers(panel.service) == ["Figure", "Dec 2025", "Jan 2026", "Feb 2026",
                                      "Mean before", "Apr 2026", "May 2026", "Jun 2026",
                                      "Mean after", "Change"]
    assert table_rows(panel.service) == [
        ["Lama", "–", "7", "–", "7", "–", "–", "–", "–", "–"],
        ["Kunjungan", "100", "120", "140", "120", "150", "150", "180", "160", "+33.3%"],
        ["Peminjaman", "–", "30", "50", "40", "30", "–", "–", "30", "-25%"]]


def test_numbers_follow_the_language(qapp, panel, example):
    i18n.install(qapp, "id")
    panel.set_event(example["event"].id)
    assert tree_rows(panel.items)[1][3] == "3,86"
    assert table_rows(panel.speakers)[0][2] == "2,67"


def test_an_event_without_results(qtbot, panel):
    from models.events import planning as events

    empty = events.save_event({"title": "Seminar", "kind": "seminar",
                               "start_date": dt.date(2026, 9, 1),
                               "end_date": dt.date(2026, 9, 1)})
    panel.set_event(empty.id)
    assert plural(panel.summary.text()) == (
        "0 participants · 0 respondents to the organisation form · no responses yet")
    assert tree_rows(panel.items) == []
    assert tree_rows(panel.comments) == [(0, "No comments yet.")]
    assert panel.gain_line.text() == "Pre/post tests: no participant has both scores yet."
    assert panel.follow_up_line.text() == "Follow-up: none recorded yet."
    assert panel.save_button.isEnabled()  # a report that says "nothing yet" is still one


def test_save_report_as_pdf(qtbot, panel, usb_stick, message_boxes):
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    [name] = usb_stick.names
    assert name.startswith("Laporan evaluasi ") and name.endswith(".pdf")
    out = usb_stick.path / name
    pages = len(PdfReader(out).pages)
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert list(map(plural, message_boxes)) == [
        f"{pages} pages saved to {out}. Read back and checked."]
    assert "LAPORAN EVALUASI KEGIATAN" in PdfReader(out).pages[0].extract_text()


def test_a_report_that_cannot_be_written_says_why(qtbot, panel, tmp_path, message_boxes):
    panel.save_report(tmp_path / "gone" / "laporan.pdf")
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert message_boxes[0] == (f"{tmp_path / 'gone' / 'laporan.pdf'} could not be written: "
                                "the USB stick or folder is no longer there. Nothing was "
                                "saved under that name.")
    assert not (tmp_path / "gone").exists()


def test_speaker_ratings_across_events(qtbot, example):
    dialog = SpeakerRatingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = table_rows(dialog.table)
    assert [(r[0], r[2], r[3], r[4], r[5], r[6]) for r in rows] == [
        ("Maya Sari, M.Hum.", "Bimtek Klasifikasi DDC", "Klasifikasi", "2.67", "Fair", "2"),
        ("Dr. Rahmat Hidayat", "Bimtek Klasifikasi DDC", "Klasifikasi", "4.00", "Good", "3"),
        ("Dr. Rahmat Hidayat", "Workshop Otomasi", "Teknologi Informasi", "5.00", "Very good",
         "1")]
    assert plural(dialog.status.text()) == "2 speakers · 2 rated events"

    header = dialog.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(MEAN) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [r[4] for r in table_rows(dialog.table)] == ["2.67", "4.00", "5.00"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [r[4] for r in table_rows(dialog.table)] == ["5.00", "4.00", "2.67"]

    dialog.theme.setCurrentIndex(dialog.theme.findText("Teknologi Informasi"))
    assert [r[2] for r in table_rows(dialog.table)] == ["Workshop Otomasi"]
    dialog.theme.setCurrentIndex(0)
    dialog.speaker.setCurrentIndex(dialog.speaker.findText("Dr. Rahmat Hidayat"))
    assert [(r[2], r[4]) for r in table_rows(dialog.table)] == [
        ("Workshop Otomasi", "5.00"), ("Bimtek Klasifikasi DDC", "4.00")]  # sort kept
    assert plural(dialog.status.text()) == "1 speaker · 2 rated events"


def test_while_another_event_loads_nothing_of_the_last_one_shows(qtbot, panel, example,
                                                                  monkeypatch):
    """Reading runs in the background: meanwhile the panel must not show the previous
    event's figures under the new event, nor offer to save them as its report."""
    from models.events import planning as events
    from ui.tasks import TaskRunner

    assert panel.service.rowCount() and panel.save_button.isEnabled()
    other = events.save_event({"title": "Sosialisasi SLiMS", "kind": "sosialisasi",
                               "start_date": dt.date(2026, 5, 4),
                               "end_date": dt.date(2026, 5, 4)})
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    panel.set_event(other.id)
    assert panel.summary.text() == "Reading the results…"
    assert not panel.save_button.isEnabled()
    assert panel.service.rowCount() == 0 and tree_rows(panel.items) == []
    qtbot.waitUntil(lambda: panel.summary.text() != "Reading the results…")


def test_more_forms_than_participants_are_counted_not_given_a_rate(panel, example):

    more_forms_than_participants(example)
    panel.set_event(example["event"].id)
    summary = plural(panel.summary.text())
    assert summary.startswith("4 participants · 5 respondents to the organisation form · "
                              "5 responses for 4 participants (the extra forms are "
                              "anonymous: no response rate) · ")
    assert "%" not in summary
