"""Typing paper evaluation forms, driven from the keyboard only, as the office does."""

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.evaluation import responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Response
from tests.builders import plural, when_modal
from ui.evaluations.response_entry import AnswerField, ResponseEntryDialog

DAY = dt.date(2026, 3, 10)
SITI_NIP = "196903091994032001"


def open_entry(qtbot, entry_event, form="organisation"):
    dialog = ResponseEntryDialog(None, entry_event["event"].id, entry_event[form].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def focused():
    return QApplication.focusWidget()


def type_keys(qtbot, keys):
    """One key at a time to whatever has the cursor, as fingers on a keyboard would."""
    for key in keys:
        qtbot.keyClicks(focused(), key)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def count_text(dialog):
    """The counter, whether or not the compiled translation has its plural forms yet."""
    return re.sub(r"\b(\d+) form\(s\)",
                  lambda m: f"{m[1]} form" + ("" if m[1] == "1" else "s"), dialog.counter.text())


def answers_of(response):
    return {a.question.text: (a.number, a.text) for a in response.answers}


def test_forms_one_after_another_from_the_keyboard(qtbot, entry_event):
    dialog = open_entry(qtbot, entry_event)
    assert focused() is dialog.respondent

    type_keys(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.respondent_note.text() == "Dra. Siti Aminah · no. 1"
    first = dialog.rows[0].field
    assert focused() is first
    type_keys(qtbot, "45344355")  # eight ratings, each moves on by itself
    assert dialog.rows[0].meaning.text() == "Baik"
    assert isinstance(focused(), AnswerField) and focused().qtype == "yesno"
    type_keys(qtbot, "y")
    type_keys(qtbot, "2")  # the second choice
    assert dialog.rows[9].meaning.text() == "Atasan"
    assert focused() is dialog.rows[10].field
    qtbot.keyClicks(focused(), "Ruangan terlalu dingin")
    press(qtbot, Qt.Key.Key_Return)  # Enter on the last question saves

    [saved] = Response.select()
    assert saved.person_id == entry_event["siti"].id and saved.source == "paper"
    stored = answers_of(saved)
    assert stored["Materi sesuai dengan kebutuhan tugas saya"] == (4.0, "")
    assert stored["Secara keseluruhan, kegiatan ini bermanfaat"] == (5.0, "")
    assert stored["Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?"] == (1.0, "")
    assert stored["Informasi kegiatan ini Anda peroleh dari"] == (None, "Atasan")
    assert stored["Kritik dan saran"] == (None, "Ruangan terlalu dingin")
    assert count_text(dialog) == "1 form entered"
    assert dialog.status.text() == "Form 1 saved: Dra. Siti Aminah."
    # A blank form, the cursor on the respondent.
    assert focused() is dialog.respondent and dialog.respondent.text() == ""
    assert all(row.field.text() == "" for row in dialog.rows)

    # An anonymous form: Alt+A, a wrong key refused in place, saved with Ctrl+Enter.
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.anonymous.isChecked() and focused() is first
    type_keys(qtbot, "33333333t")
    type_keys(qtbot, "7")  # there are four choices
    assert dialog.rows[9].problem.text().startswith("Type the number of a choice: 1 Surat")
    type_keys(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert Response.select().count() == 2
    anonymous = Response.select().order_by(Response.id.desc()).first()
    assert anonymous.person_id is None
    assert answers_of(anonymous)["Informasi kegiatan ini Anda peroleh dari"] == \
        (None, "Rekan kerja")
    assert "Kritik dan saran" not in answers_of(anonymous)
    assert count_text(dialog) == "2 forms entered"
    assert not dialog.anonymous.isChecked() and focused() is dialog.respondent


def decline_the_question() -> list[str]:
    """Press Cancel on the next question box, keeping what it asked."""
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        next(b for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    when_modal(answer, kind=QMessageBox)
    return asked


def test_a_form_with_blank_required_questions_is_saved_as_filled_in_when_asked(
        qtbot, entry_event, message_boxes):
    dialog = open_entry(qtbot, entry_event)
    qtbot.keyClicks(dialog.respondent, "2")
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "455")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert plural(message_boxes[0]).startswith("5 required questions are blank on this form")
    saved = Response.get()
    assert saved.person_id == entry_event["budi"].id
    assert sorted(a.number for a in saved.answers) == [4.0, 5.0, 5.0]
    assert dialog.status.text().startswith("Form 1 saved")


def test_problems_are_shown_in_their_row_and_nothing_is_saved(qtbot, entry_event):
    dialog = open_entry(qtbot, entry_event)
    responses.save_response(entry_event["event"].id, entry_event["organisation"].id,
                            {q.id: "4" for q in questions_of(entry_event["organisation"].id)
                             if q.qtype == "rating"}, person_id=entry_event["siti"].id)

    qtbot.keyClicks(dialog.respondent, "Siti Aminah")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.respondent_note.text().startswith("Dra. Siti Aminah has already answered")
    assert focused() is dialog.respondent

    dialog.respondent.clear()
    qtbot.keyClicks(dialog.respondent, "7")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.respondent_note.text() == "No participant of this event matches “7”."

    dialog.respondent.clear()
    qtbot.keyClicks(dialog.respondent, "2")
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "9")  # not a rating: refused, the cursor stays
    assert dialog.rows[0].problem.text() == "Type 1 to 5."
    assert focused() is dialog.rows[0].field
    type_keys(qtbot, "455")
    press(qtbot, Qt.Key.Key_Return)  # an empty required rating: Enter does not move on
    assert dialog.rows[3].problem.text() == "An answer is required."
    assert focused() is dialog.rows[3].field
    asked = decline_the_question()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert plural(asked[0]) == ("5 required questions are blank on this form. Save it as it "
                                "was filled in?")
    assert Response.select().count() == 1  # only the one saved above
    assert dialog.status.text() == "Not saved: correct the marked answers."
    assert [bool(row.problem.text()) for row in dialog.rows[3:9]] == \
        [True, True, True, True, True, False]
    qtbot.waitUntil(lambda: focused() is dialog.rows[3].field)  # back from the question


def test_escape_asks_before_discarding_a_typed_form(qtbot, entry_event, message_boxes):
    dialog = open_entry(qtbot, entry_event)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    type_keys(qtbot, "44")
    press(qtbot, Qt.Key.Key_Escape)
    assert message_boxes == ["Discard the form being typed?"]
    assert not dialog.isVisible()
    assert Response.select().count() == 0


def test_a_speaker_form_names_the_speaker_once_for_a_pile(qtbot, entry_event):
    dialog = open_entry(qtbot, entry_event, "speaker_form")
    # Printed without a name, a speaker form starts anonymous, the cursor on the speaker.
    assert dialog.anonymous.isChecked()
    qtbot.waitUntil(lambda: focused() is dialog.speaker)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # this one names Budi
    assert focused() is dialog.respondent
    qtbot.keyClicks(dialog.respondent, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.speaker
    assert dialog.speaker_note.text() == ""  # the respondent's Enter does not reach it
    press(qtbot, Qt.Key.Key_Return)  # no speaker chosen yet
    assert dialog.speaker_note.text() == "Choose the speaker this form is about."
    type_keys(qtbot, "1")  # the first speaker of the list, by its number
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.rows[0].field
    type_keys(qtbot, "555555555")
    press(qtbot, Qt.Key.Key_Return)
    saved = Response.get()
    assert (saved.person_id, saved.speaker_id) == (entry_event["budi"].id, entry_event["rina"].id)

    # The next form keeps the speaker and is anonymous again: straight to the speaker.
    assert dialog.speaker.currentData() == entry_event["rina"].id
    assert dialog.anonymous.isChecked()
    qtbot.waitUntil(lambda: focused() is dialog.speaker)
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "444444444")
    press(qtbot, Qt.Key.Key_Return)
    assert Response.select().where(Response.speaker == entry_event["rina"].id).count() == 2


def test_a_wrong_key_moves_no_question(qtbot, entry_event):
    """The problem of a wrong key is said in the line kept under its question: the
    questions below stay where they were, and stay when the right key follows."""
    dialog = open_entry(qtbot, entry_event)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # anonymous: on to question 1

    def places():
        return [row.field.mapTo(dialog, row.field.rect().topLeft()) for row in dialog.rows]

    before = places()
    type_keys(qtbot, "9")
    qtbot.wait(10)
    assert dialog.rows[0].problem.text() == "Type 1 to 5."
    assert places() == before
    type_keys(qtbot, "4")
    qtbot.wait(10)
    assert dialog.rows[0].problem.text() == ""
    assert places() == before
