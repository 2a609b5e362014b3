"""Importing responses in the window: columns, preview, import; and the Responses panel."""

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.evaluation import response_columns, responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, Response
from models.progress import Progress
from tests.builders import (
    event_with_sessions,
    plural,
    staff_member,
    templates_as_shipped_before,
)
from ui import tasks
from ui.evaluations.response_import_dialog import ResponseImportDialog
from ui.evaluations.responses_panel import ResponsesPanel

DAY = dt.date(2026, 3, 10)
SITI_NIP = "196903091994032001"
QUESTIONS = ["Materi sesuai dengan kebutuhan tugas saya", "Materi mudah dipahami",
             "Materi dapat langsung diterapkan di tempat kerja",
             "Kesesuaian jadwal dan alokasi waktu", "Kenyamanan ruang dan kelengkapan fasilitas",
             "Konsumsi", "Pelayanan panitia", "Secara keseluruhan, kegiatan ini bermanfaat",
             "Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?",
             "Informasi kegiatan ini Anda peroleh dari", "Kritik dan saran"]
# A form tool's own wording for one question: no guess finds it, the office matches it.
HEADERS = ["Timestamp", "NIP", "Nama", *QUESTIONS[:5], "Makan siang dan snack",
           *QUESTIONS[6:]]


@pytest.fixture
def evaluated(database):
    siti = staff_member("Siti Aminah", SITI_NIP, front_title="Dra.")
    budi = staff_member("Budi Santoso")
    event, _no_sessions = event_with_sessions(days=(DAY,), hours=(), participants=[siti, budi])
    templates_as_shipped_before()
    organisation, _speaker = responses.templates_for(event.id)
    return {"event": event, "siti": siti, "budi": budi, "organisation": organisation}


def write_csv(path):
    rows = [
        HEADERS,
        ["2026/03/10 15:00", SITI_NIP, "Siti Aminah", *["Baik"] * 8, "Ya", "Atasan", "Bagus"],
        ["2026/03/10 15:01", "", "Budi Santoso", *["5"] * 8, "Tidak", "Rekan kerja", ""],
        ["2026/03/10 15:02", "", "", "5", "8", *["4"] * 6, "Ya", "Televisi", ""],
        ["2026/03/10 15:03", "", "", *["3"] * 8, "Ya", "Media sosial", "Ruang dingin"],
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def open_dialog(qtbot, evaluated, path):
    dialog = ResponseImportDialog(None, evaluated["event"].id, evaluated["organisation"].id,
                                  str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    return dialog


def combo_text(dialog, heading):
    line = dialog.table.headers.index(heading)
    return dialog.mapping_table.cellWidget(line, 2).currentText()


def test_match_columns_preview_and_import_the_rows_that_fit(qtbot, evaluated, tmp_path,
                                                            message_boxes):
    path = write_csv(tmp_path / "evaluasi.csv")
    dialog = open_dialog(qtbot, evaluated, path)
    assert combo_text(dialog, "NIP") == "Respondent's NIP"
    assert combo_text(dialog, "Nama") == "Respondent's name"
    assert combo_text(dialog, "Timestamp") == "— ignore —"
    assert combo_text(dialog, "Materi mudah dipahami") == "2. Materi mudah dipahami"
    assert combo_text(dialog, "Makan siang dan snack") == "— ignore —"
    assert dialog.mapping_problems.text() == \
        "No column holds the required question “Konsumsi”."
    assert not dialog.next_button.isEnabled()

    konsumsi = questions_of(evaluated["organisation"].id)[5]
    dialog.set_target("Makan siang dan snack", konsumsi.id)
    assert dialog.mapping_problems.isHidden() and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    assert plural(dialog.summary.text()) == \
        "3 rows fit, 1 rejected. 1 anonymous (naming no participant of this event)."
    assert "the rejected rows are not imported" in dialog.explanation.text()
    lines = [[dialog.model.index(r, c).data() for c in range(5)]
             for r in range(dialog.model.rowCount())]
    assert lines == [
        [4, "rejected", "anonymous", "Materi mudah dipahami",
         "“8” has no rating value: give it one from 1 to 5 among the rating answers when "
         "matching the columns."],
        [4, "rejected", "anonymous", "Informasi kegiatan ini Anda peroleh dari",
         "“Televisi” is not one of the choices: Surat undangan / Atasan / Media sosial / "
         "Rekan kerja."],
    ]
    assert dialog.detail.text().startswith("Row 4, column Materi mudah dipahami: “8”")
    dialog.only_rejected.setChecked(False)
    assert dialog.model.rowCount() == 5
    assert dialog.model.index(1, 2).data() == "Budi Santoso"  # found by name
    assert plural(dialog.import_button.text()) == "Import 3 rows"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported and not dialog.import_button.isEnabled()
    assert plural(message_boxes[-1]) == ("3 responses imported (1 anonymous); 1 row rejected. "
                                         "The rejected rows stay listed below.")
    assert Response.select().where(Response.source == "csv").count() == 3
    assert {r.person_id for r in Response.select()} == {evaluated["siti"].id,
                                                        evaluated["budi"].id, None}

    # The next file from the same tool: the office's choice is remembered.
    again = open_dialog(qtbot, evaluated, path)
    assert combo_text(again, "Makan siang dan snack") == "6. Konsumsi"
    assert again.next_button.isEnabled()
    # The same file again: its rows are recognised, nothing is counted twice.
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    assert plural(again.summary.text()) == (
        "0 rows fit, 1 rejected. 0 anonymous (naming no participant of this event). "
        "3 already imported before.")
    assert plural(again.earlier.text()).startswith("3 rows of this file were already imported")
    assert not again.import_button.isEnabled()
    again.only_rejected.setChecked(False)
    assert [again.model.index(r, 1).data() for r in range(again.model.rowCount())] == [
        "already imported", "already imported", "rejected", "rejected", "already imported"]
    assert Response.select().count() == 3


def test_cancel_imports_nothing(qtbot, evaluated, tmp_path, monkeypatch, message_boxes):
    dialog = open_dialog(qtbot, evaluated, write_csv(tmp_path / "evaluasi.csv"))
    dialog.set_target("Makan siang dan snack", questions_of(evaluated["organisation"].id)[5].id)
    dialog.check_rows()
    # The progress dialog's Cancel, pressed while the rows are being written.
    monkeypatch.setattr(tasks, "Progress", lambda: Progress(None, lambda: True))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Import cancelled: nothing was imported."
    assert Response.select().count() == 0 and dialog.import_button.isEnabled()
    assert response_columns.remembered_mapping(evaluated["organisation"].id) == {}


def test_a_file_that_cannot_be_read_says_why(qtbot, evaluated, tmp_path, message_boxes):
    bad = tmp_path / "evaluasi.xlsx"
    bad.write_text("not a workbook")
    dialog = open_dialog(qtbot, evaluated, bad)
    assert "damaged or is not really an Excel workbook" in message_boxes[0]
    assert not dialog.next_button.isEnabled()


def test_panel_lists_imports_and_deletes_responses(qtbot, evaluated, tmp_path, monkeypatch,
                                                   message_boxes):
    panel = ResponsesPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    assert panel.summary.text() == "Choose an event to see its evaluation responses."
    assert not panel.import_button.isEnabled()
    panel.set_event(evaluated["event"].id)
    assert [panel.forms.itemText(i) for i in range(panel.forms.count())] == [
        "Evaluasi Penyelenggaraan", "Evaluasi Narasumber"]
    assert panel.summary.text().startswith("No responses yet")

    def import_everything(dialog):
        dialog.set_target("Makan siang dan snack",
                          questions_of(evaluated["organisation"].id)[5].id)
        dialog.check_rows()
        dialog.run_import()
        return 0

    monkeypatch.setattr(ResponseImportDialog, "exec", import_everything)
    panel.import_file(str(write_csv(tmp_path / "evaluasi.csv")))
    assert panel.model.rowCount() == 3
    respondents = sorted(panel.model.index(r, 0).data() for r in range(3))
    assert respondents == ["Budi Santoso", "Dra. Siti Aminah", "anonymous"]
    assert panel.model.index(0, 3).data() == "imported file"

    panel.activateWindow()  # back from the import's message box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert message_boxes[-1].startswith("Delete the response of ")
    assert panel.model.rowCount() == 2 and Response.select().count() == 2


def test_a_named_row_imported_as_anonymous_is_shown_with_its_note(qtbot, evaluated,
                                                                   tmp_path, message_boxes):
    rows = [HEADERS, ["2026/03/10 15:00", "", "Orang Asing", *["4"] * 8, "Ya", "Atasan", ""]]
    path = tmp_path / "evaluasi.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    dialog = open_dialog(qtbot, evaluated, path)
    dialog.set_target("Makan siang dan snack", questions_of(evaluated["organisation"].id)[5].id)
    dialog.check_rows()
    # Nothing is rejected, yet the row that needs a look is what the list shows first.
    assert dialog.only_rejected.isChecked() and dialog.model.rowCount() == 1
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == ["fits",
                                                               "anonymous (Orang Asing)"]
    assert "“Orang Asing” is not registered for this event" in dialog.model.index(0, 4).data()


def test_the_answers_of_rating_questions_get_their_values(qtbot, evaluated, tmp_path,
                                                          message_boxes):
    """A form worded "Sangat Setuju … Kurang", one answer in the office's own word."""
    path = tmp_path / "evaluasi.csv"
    ratings = ["Sangat Setuju", "Setuju", "Kurang", "Lumayan", "Puas", "Setuju", "Netral",
               "Setuju"]
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([
            HEADERS, ["2026/03/10 15:00", "", "", *ratings, "Ya", "Atasan", ""],
            ["2026/03/10 15:05", "", "", *["Setuju"] * 8, "Ya", "Atasan", ""]])
    dialog = open_dialog(qtbot, evaluated, path)
    dialog.set_target("Makan siang dan snack", questions_of(evaluated["organisation"].id)[5].id)
    values = dialog.rating_values
    assert values.isVisible()
    shown = [(values.cellWidget(line, 0).text(), values.cellWidget(line, 1).currentText())
             for line in range(values.rowCount())]
    assert shown == [("Sangat Setuju", "5"), ("Puas", "4"), ("Setuju", "4"), ("Netral", "3"),
                     ("Kurang", "2"), ("Lumayan", "— no value: its rows are refused —")]

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert plural(dialog.summary.text()).startswith("1 row fit, 1 rejected.")
    assert dialog.model.index(0, 4).data().startswith("“Lumayan” has no rating value")

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    values.set_value("Lumayan", 3)
    values.set_value("Puas", 5)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert plural(dialog.summary.text()).startswith("2 rows fit, 0 rejected.")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    first = Response.select().order_by(Response.id).first()
    numbers = [a.number for a in first.answers.order_by(Answer.question)][:8]
    assert numbers == [5, 4, 2, 3, 5, 4, 3, 4]

    # Remembered for the form: the next file's "Lumayan" is a 3 already.
    again = open_dialog(qtbot, evaluated, path)
    line = again.rating_values.texts.index("Lumayan")
    assert again.rating_values.cellWidget(line, 1).currentText() == "3"
