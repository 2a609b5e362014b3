"""Correcting a response from the Responses list: it opens filled in, and is saved over."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.evaluation import responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, Response
from tests.builders import full_form, when_modal
from ui.evaluations.response_entry import ResponseEntryDialog
from ui.evaluations.responses_panel import ResponsesPanel


def shown_panel(qtbot, event_id):
    panel = ResponsesPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.set_event(event_id)
    return panel


def row_of(panel, response_id):
    return next(line for line in range(panel.model.rowCount())
                if panel.model.row_at(line).id == response_id)


def numbers(response_id):
    return [a.number for a in Answer.select().where(Answer.response == response_id)
            .order_by(Answer.question)]


def test_enter_opens_a_response_filled_in_to_correct_it(qtbot, entry_event,
                                                        message_boxes):
    event, form = entry_event["event"], entry_event["organisation"]
    questions = questions_of(form.id)
    budi = responses.save_response(event.id, form.id, full_form(form.id),
                                   person_id=entry_event["budi"].id)
    other = responses.save_response(event.id, form.id, full_form(form.id))
    panel = shown_panel(qtbot, event.id)
    panel.table.setFocus()
    panel.table.selectRow(row_of(panel, budi.id))
    assert panel.edit_button.isEnabled()
    seen = {}

    def correct(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        seen["title"] = dialog.windowTitle()
        seen["respondent"] = dialog.respondent.text()
        seen["fields"] = [row.field.text() for row in dialog.rows]
        seen["meaning"] = dialog.rows[0].meaning.text()
        # The paper said 2 for the first question, and Siti filled it, not Budi.
        dialog.respondent.setText("Siti Aminah")
        dialog.rows[0].field.setFocus()
        qtbot.keyClicks(dialog.rows[0].field, "2")
        qtbot.keyClick(dialog.rows[0].field, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)

    when_modal(correct, ResponseEntryDialog)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)

    assert seen["title"].startswith("Correct a form — Evaluasi Penyelenggaraan")
    assert seen["respondent"] == "Budi Santoso"
    kinds = [q.qtype for q in questions]
    expected = {"rating": "4", "yesno": "ya", "choice": "2", "text": "Bagus"}
    assert seen["fields"] == [expected[kind] for kind in kinds]  # Atasan: choice 2
    assert seen["meaning"] == "Baik"
    response = Response.get_by_id(budi.id)
    assert response.person_id == entry_event["siti"].id
    assert numbers(budi.id)[0] == 2.0 and numbers(budi.id)[1:8] == [4.0] * 7
    assert Response.select().count() == 2 and numbers(other.id)[0] == 4.0
    assert panel.table.selectionModel().selectedRows()[0].row() == row_of(panel, budi.id)
    assert panel.model.index(row_of(panel, budi.id), 0).data() == "Dra. Siti Aminah"


def test_a_double_click_opens_it_and_a_wrong_answer_keeps_it_open(qtbot,
                                                                   entry_event):
    event, form = entry_event["event"], entry_event["speaker_form"]
    anonymous = responses.save_response(event.id, form.id, full_form(form.id),
                                        speaker_id=entry_event["rina"].id)
    panel = shown_panel(qtbot, event.id)
    seen = {}

    def try_a_blank(dialog):
        seen["anonymous"] = dialog.anonymous.isChecked()
        seen["speaker"] = dialog.speaker.currentData()
        dialog.rows[0].field.clear()
        dialog.save()  # a required rating left blank: asked, and Cancel keeps it open
        seen["open"] = dialog.isVisible()
        seen["problem"] = dialog.rows[0].problem.text()
        dialog.rows[0].field.setText("4")  # as it was: closing asks nothing

    def keep_the_form(box):
        seen["asked"] = box.text()
        box.reject()

    when_modal(try_a_blank, ResponseEntryDialog)
    when_modal(keep_the_form, QMessageBox)
    centre = panel.table.visualRect(panel.model.index(0, 0)).center()
    # a double-click is a press, then the second one
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert seen["anonymous"] and seen["speaker"] == entry_event["rina"].id
    assert seen["asked"].startswith("1 required question")
    assert seen["open"] and seen["problem"] == "An answer is required."
    assert numbers(anonymous.id)[0] == 4.0


def test_deleting_asks_first_and_cancel_keeps_the_response(qtbot, entry_event):
    event, form = entry_event["event"], entry_event["organisation"]
    response = responses.save_response(event.id, form.id, full_form(form.id))
    panel = shown_panel(qtbot, event.id)
    panel.table.setFocus()
    panel.table.selectRow(0)
    asked = []

    def press_enter(box):
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer

    when_modal(press_enter, QMessageBox)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert asked == ["Delete the response of anonymous to “Evaluasi Penyelenggaraan”? "
                     "Its answers go with it."]
    assert Response.get_or_none(Response.id == response.id) is not None
