"""Questionnaire templates on screen: the editor by keyboard, the list, the event's forms."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox

from models.evaluation import questionnaires, templates
from models.evaluation.tables import Answer, Question, Questionnaire, Response
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from tests.builders import activate, answering, templates_as_shipped_before
from ui.evaluations.forms_panel import FormsPanel
from ui.evaluations.template_editor import CHOICES, REQUIRED, SECTION, TEXT, TYPE, TemplateEditor
from ui.evaluations.templates_dialog import TemplatesDialog

DAY = dt.date(2026, 3, 10)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shipped(database):
    return templates_as_shipped_before()


@pytest.fixture
def event(shipped):
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    people = [staff.save_person({"name": n}).id for n in ("Siti Aminah", "Budi Santoso")]
    participants.add_people(event.id, people)
    speaker = staff.save_person({"name": "Dr. Rina", "is_external": True})
    events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                   "end_time": dt.time(9, 30), "topic": "Dasar DDC",
                                   "room": "", "jp": 2, "speaker": speaker.id})
    return event




def open_editor(qtbot, questionnaire_id=None):
    editor = TemplateEditor(None, questionnaire_id)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    return editor


def finish_cell(qtbot, field, key=Qt.Key.Key_Return):
    """Enter commits a cell on the next turn of the event loop (Qt queues it)."""
    qtbot.keyClick(field, key)
    QApplication.processEvents()


def type_cell(qtbot, editor, row, column, text, finish=Qt.Key.Key_Tab):
    """Go to the cell, open it with Enter, type, and leave it as a person would."""
    editor.table.setFocus()
    editor.table.setCurrentCell(row, column)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    field = QApplication.focusWidget()
    assert field is not editor.table, "the cell did not open"
    field.selectAll()
    qtbot.keyClicks(field, text)
    finish_cell(qtbot, field, finish)


def choose_type(qtbot, editor, row, code):
    editor.table.setFocus()
    editor.table.setCurrentCell(row, TYPE)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    combo = QApplication.focusWidget()
    while combo.currentData() != code:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    finish_cell(qtbot, combo)


def cell(editor, row, column):
    return editor.table.item(row, column).text()


def press_save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)




# ---------------------------------------------------------------- the editor


def test_a_new_template_with_one_question_of_each_type_by_keyboard(qtbot, shipped):
    editor = open_editor(qtbot)
    assert editor.name.hasFocus()
    qtbot.keyClicks(editor.name, "Evaluasi Kelas Menulis")
    # The first question: Ctrl+N opens its section, Tab goes on to the question itself.
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL)
    assert editor.table.rowCount() == 1
    section = QApplication.focusWidget()
    qtbot.keyClicks(section, "Materi")
    qtbot.keyClick(section, Qt.Key.Key_Tab)
    question = QApplication.focusWidget()
    qtbot.keyClicks(question, "Materi mudah dipahami")
    finish_cell(qtbot, question)
    assert (cell(editor, 0, SECTION), cell(editor, 0, TEXT)) == ("Materi",
                                                                  "Materi mudah dipahami")
    assert editor.table.item(0, TYPE).data(Qt.ItemDataRole.UserRole) == "rating"
    # Ctrl+N again: the new question is in the same section, its text open for typing.
    for text, code in (("Apakah materi baru?", "yesno"), ("Asal informasi", "choice"),
                       ("Berapa kali ikut pelatihan?", "number"), ("Saran", "text")):
        qtbot.keyClick(editor.table, Qt.Key.Key_N, CTRL)
        field = QApplication.focusWidget()
        qtbot.keyClicks(field, text)
        finish_cell(qtbot, field)
        choose_type(qtbot, editor, editor.table.currentRow(), code)
    assert [cell(editor, r, SECTION) for r in range(5)] == ["Materi"] * 5
    # Choices are typed one per line (Enter), Tab ends them; only a choice question has any.
    assert not editor.table.item(0, CHOICES).flags() & Qt.ItemFlag.ItemIsEditable
    editor.table.setCurrentCell(2, CHOICES)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    box = QApplication.focusWidget()
    for line in ("Surat", "Atasan", "Media sosial"):
        qtbot.keyClicks(box, line)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    finish_cell(qtbot, box, Qt.Key.Key_Tab)
    assert cell(editor, 2, CHOICES) == "Surat\nAtasan\nMedia sosial\n"
    # Space ticks Required.
    editor.table.setCurrentCell(0, REQUIRED)
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert editor.table.item(0, REQUIRED).checkState() == Qt.CheckState.Checked
    # Enter on Required ticks or unticks it too, rather than pressing Save.
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert editor.table.item(0, REQUIRED).checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(editor.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert editor.table.item(0, REQUIRED).checkState() == Qt.CheckState.Checked
    assert editor.isVisible()
    # The last question goes to the top, the first one down one place.
    editor.table.setCurrentCell(4, TEXT)
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Up, CTRL)
    assert editor.table.currentRow() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Down, CTRL)
    assert [cell(editor, r, TEXT) for r in range(2)] == ["Materi mudah dipahami", "Saran"]

    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible(), editor.questions_error.text()
    saved = Questionnaire.get_by_id(editor.saved_id)
    assert (saved.name, saved.kind, saved.version) == ("Evaluasi Kelas Menulis",
                                                       "organisation", 1)
    stored = questionnaires.questions_of(saved.id)
    assert [(q.text, q.qtype, q.required) for q in stored] == [
        ("Materi mudah dipahami", "rating", True), ("Saran", "text", False),
        ("Apakah materi baru?", "yesno", False), ("Asal informasi", "choice", False),
        ("Berapa kali ikut pelatihan?", "number", False)]
    assert questionnaires.choices_of(stored[3]) == ["Surat", "Atasan", "Media sosial"]


def test_problems_are_shown_with_their_row_and_nothing_is_saved(qtbot, shipped):
    editor = open_editor(qtbot)
    qtbot.keyClicks(editor.name, "Evaluasi Narasumber")  # taken
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Umum")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # no text typed
    choose_type(qtbot, editor, 0, "choice")
    press_save(qtbot, editor)
    assert editor.isVisible()
    assert editor.form.errors["name"].text() == (
        "Another template is already called “Evaluasi Narasumber”.")
    assert editor.questions_error.text() == "Question 1: type the question."
    assert editor.table.item(0, TEXT).toolTip() == "Question 1: type the question."
    assert Questionnaire.select().count() == 2
    # Fixing the row shows the next problem at once.
    type_cell(qtbot, editor, 0, TEXT, "Asal informasi")
    assert editor.questions_error.text().startswith(
        "Question 1: a single-choice question needs at least two choices")


def test_remove_and_cancel_asks_before_discarding(qtbot, shipped, message_boxes):
    organisation, _ = shipped
    editor = open_editor(qtbot, organisation.id)
    assert editor.table.rowCount() == 11
    editor.table.setCurrentCell(3, TEXT)
    qtbot.keyClick(editor, Qt.Key.Key_Delete, CTRL)
    assert editor.table.rowCount() == 10 and editor.table.currentRow() == 3
    editor.reject()  # Escape: the message box is answered Discard
    assert message_boxes == ["Discard the changes to this template?"]
    assert not editor.isVisible()
    assert len(questionnaires.questions_of(organisation.id)) == 11


def test_a_template_with_answers_is_saved_as_a_new_version(qtbot, event, shipped,
                                                           message_boxes):
    organisation, _ = shipped
    templates.attach(event.id, organisation.id)
    response = Response.create(event=event, questionnaire=organisation)
    first = questionnaires.questions_of(organisation.id)[0]
    Answer.create(response=response, question=first, number=5)
    editor = open_editor(qtbot, organisation.id)
    # (Plural forms come from sibina_en.qm; "1 answered form" holds before and after the
    # translation lists this text.)
    assert editor.note.text().startswith("1 answered form")
    assert "saved as a new version" in editor.note.text()
    type_cell(qtbot, editor, 0, TEXT, "Materi sesuai dengan tugas saya")
    press_save(qtbot, editor)
    assert message_boxes == ["Responses were given on the earlier version; it is kept and "
                             "this is saved as version 2."]
    assert editor.new_version
    new = Questionnaire.get_by_id(editor.saved_id)
    assert (new.version, new.copied_from_id) == (2, organisation.id)
    assert questionnaires.questions_of(new.id)[0].text == "Materi sesuai dengan tugas saya"
    assert Question.get_by_id(first.id).text == "Materi sesuai dengan kebutuhan tugas saya"
    assert Answer.get(Answer.response == response).question_id == first.id
    # The earlier version opens to be read only.
    old = open_editor(qtbot, organisation.id)
    assert old.read_only and "version 1" in old.note.text()
    assert not old.buttons.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    # Enter opens no cell there, and does not close the dialog either.
    old.table.setCurrentCell(0, TEXT)
    qtbot.keyClick(old.table, Qt.Key.Key_Return)
    assert old.table.state() != QAbstractItemView.State.EditingState and old.isVisible()


# ---------------------------------------------------------------- the list


def test_the_list_copies_archives_and_opens_templates(qtbot, shipped, message_boxes):
    dialog = TemplatesDialog(None)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Evaluasi Narasumber", "Evaluasi Penyelenggaraan"]
    assert dialog.table.item(0, 4).text() == "Not yet"
    dialog.table.selectRow(1)
    copy_id = dialog.copy_selected("Evaluasi Webinar")
    assert dialog.selected_id() == copy_id
    assert len(questionnaires.questions_of(copy_id)) == 11
    assert dialog.copy_selected("Evaluasi Narasumber") is None  # the name is taken
    assert message_boxes[-1] == "Another template is already called “Evaluasi Narasumber”."

    activate(qtbot, dialog)  # back from the message box
    qtbot.keyClick(dialog, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert Questionnaire.get_by_id(copy_id).archived
    assert dialog.table.item(dialog.table.rowCount() - 1, 5).text() == "Archived"
    assert dialog.archive_action.text() == "Re&store"
    dialog.toggle_archived()
    assert not Questionnaire.get_by_id(copy_id).archived

    def rename(editor):
        assert editor.questionnaire_id == copy_id
        editor.name.selectAll()
        qtbot.keyClicks(editor.name, "Evaluasi Webinar Literasi")
        press_save(qtbot, editor)

    with answering(rename):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert Questionnaire.get_by_id(copy_id).name == "Evaluasi Webinar Literasi"
    assert dialog.selected().name == "Evaluasi Webinar Literasi"


# ---------------------------------------------------------------- an event's forms


def test_forms_panel_attaches_detaches_and_prints(qtbot, event, shipped, tmp_path,
                                                  message_boxes):
    organisation, speaker = shipped
    panel = FormsPanel()
    qtbot.addWidget(panel)
    assert not panel.print_button.isEnabled()
    panel.set_event(event.id)
    assert panel.attached_ids() == []
    assert panel.available.count() == 2
    # The first template on offer is chosen already: Attach works without opening the list.
    assert panel.available.currentText() == (
        "Evaluasi Penyelenggaraan · Organisation (evaluasi penyelenggaraan)")
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.attached_ids() == [organisation.id]
    assert panel.available.currentData() == speaker.id
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert panel.attached_ids() == [organisation.id, speaker.id]
    assert not panel.attach_button.isEnabled()  # nothing left to attach
    assert [q.id for q in templates.attached(event.id)] == [organisation.id, speaker.id]

    path = panel.print_forms(tmp_path / "forms.pdf", anonymous=False)
    assert path == tmp_path / "forms.pdf"
    reader = PdfReader(path)
    assert panel.last_pages == len(reader.pages) == 4  # two people, two one-page forms
    assert "Budi Santoso" in reader.pages[0].extract_text()
    assert "Budi Santoso" not in reader.pages[1].extract_text()  # the speaker form
    assert message_boxes[-1].endswith(f" saved to {path}. Read back and checked.")
    assert message_boxes[-1].startswith("4 page")
    assert not panel.named_speakers.isChecked()
    panel.named_speakers.setChecked(True)
    named = PdfReader(panel.print_forms(tmp_path / "named.pdf", anonymous=False))
    assert "Budi Santoso" in named.pages[1].extract_text()
    panel.anonymous.setChecked(True)
    assert not panel.named_speakers.isEnabled()  # an anonymous set names no one
    panel.anonymous.setChecked(False)
    panel.print_forms(tmp_path / "anonymous.pdf", anonymous=True)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "anonymous.pdf").pages)
    assert "Siti" not in text and "Budi" not in text and "Dr. Rina" in text

    Response.create(event=event, questionnaire=organisation)
    panel.refresh()
    assert " · 1 answered form" in panel.attached_list.item(0).text()
    panel.attached_list.setCurrentRow(0)
    qtbot.mouseClick(panel.detach_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1].startswith("Answers to “Evaluasi Penyelenggaraan” are recorded")
    assert panel.attached_ids() == [organisation.id, speaker.id]
    panel.attached_list.setCurrentRow(1)
    qtbot.mouseClick(panel.detach_button, Qt.MouseButton.LeftButton)
    assert panel.attached_ids() == [organisation.id]
    panel.set_event(None)
    assert panel.attached_ids() == [] and not panel.attach_button.isEnabled()


def test_forms_panel_says_why_nothing_was_printed(qtbot, shipped, tmp_path, message_boxes):
    empty = events.save_event({"title": "Kosong", "kind": "seminar", "start_date": DAY,
                               "end_date": DAY})
    organisation, _ = shipped
    templates.attach(empty.id, organisation.id)
    panel = FormsPanel()
    qtbot.addWidget(panel)
    panel.set_event(empty.id)
    assert panel.print_forms(tmp_path / "x.pdf", anonymous=False) is None
    assert message_boxes == ["This event has no participants yet: register them first."]
    assert not (tmp_path / "x.pdf").exists()
