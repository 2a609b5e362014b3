"""Editing questionnaire templates, their versions, and attaching them to events."""

import datetime as dt
import json

import pytest

from models.evaluation import questionnaires, templates
from models.evaluation.tables import (
    Answer,
    EventQuestionnaire,
    ImportMapping,
    Question,
    Questionnaire,
    Response,
)
from models.events import planning as events
from models.messages import SiBinaError
from models.staff import staff_list as staff
from tests.builders import templates_as_shipped_before

DAY = dt.date(2026, 3, 10)

ONE_OF_EACH = [
    {"section": "Materi", "text": "Materi mudah dipahami", "qtype": "rating", "choices": "",
     "required": True},
    {"section": "Materi", "text": "Apakah materi baru bagi Anda?", "qtype": "yesno"},
    {"section": "Umum", "text": "Asal informasi", "qtype": "choice",
     "choices": "Surat\n  Atasan \n\nMedia sosial"},
    {"section": "Umum", "text": "Berapa kali Anda ikut pelatihan tahun ini?",
     "qtype": "number", "choices": "stray text"},
    {"section": "Umum", "text": "Kritik dan saran", "qtype": "text"},
]


@pytest.fixture
def event(database):
    return events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                              "end_date": DAY})


def answered(event, questionnaire, person=None):
    """A response with one answer per question, as a clerk typing a paper form leaves it."""
    response = Response.create(event=event, questionnaire=questionnaire, person=person)
    for question in questionnaires.questions_of(questionnaire.id):
        Answer.create(response=response, question=question, number=4, text="")
    return response


def test_listing_ships_the_two_templates_and_puts_archived_ones_last(database):
    rows = templates.listing()
    assert [(r.name, r.kind, r.version) for r in rows] == [
        ("Evaluasi Narasumber", "speaker", 1), ("Evaluasi Penyelenggaraan", "organisation", 1)]
    assert [r.questions for r in rows] == [11, 15]
    templates.set_archived(rows[0].id, True)
    assert [r.name for r in templates.listing()] == ["Evaluasi Penyelenggaraan",
                                                     "Evaluasi Narasumber"]
    assert [q.name for q in templates.current_templates()] == ["Evaluasi Penyelenggaraan"]
    templates.set_archived(rows[0].id, False)
    assert [q.kind for q in templates.current_templates()] == ["organisation", "speaker"]


def test_a_new_template_keeps_its_questions_in_order_typed_cleanly(database):
    saved = templates.save_template(None, "  Evaluasi  Daring ", "organisation", ONE_OF_EACH)
    assert not saved.new_version
    assert saved.questionnaire.name == "Evaluasi Daring"
    stored = questionnaires.questions_of(saved.questionnaire.id)
    assert [q.qtype for q in stored] == list(questionnaires.QTYPES)
    assert [q.position for q in stored] == [1, 2, 3, 4, 5]
    assert questionnaires.choices_of(stored[2]) == ["Surat", "Atasan", "Media sosial"]
    assert stored[2].choices == "Surat\nAtasan\nMedia sosial"
    assert stored[3].choices == ""  # only a choice question keeps choices
    assert [q.required for q in stored] == [True, False, False, False, False]


def test_problems_name_every_bad_row(database):
    questionnaires.ensure_default_templates()
    rows = [
        {"section": "Materi", "text": "", "qtype": "rating"},
        {"section": "", "text": "Tanpa bagian", "qtype": "rating"},
        {"section": "Umum", "text": "Pilih", "qtype": "choice", "choices": "Satu"},
        {"section": "Umum", "text": "Pilih lagi", "qtype": "choice", "choices": "A\na"},
        {"section": "Umum", "text": "Apa", "qtype": "scale"},
        {"section": "Umum", "text": "x" * 501, "qtype": "text"},
        {"section": "Umum", "text": "Baik", "qtype": "text"},
    ]
    with pytest.raises(templates.TemplateProblems) as caught:
        templates.save_template(None, "Evaluasi Narasumber", "guest", rows)
    problems = caught.value
    assert set(problems.fields) == {"name", "kind"}
    assert problems.fields["name"].english() == (
        "Another template is already called “Evaluasi Narasumber”.")
    assert sorted(problems.rows) == [0, 1, 2, 3, 4, 5]
    english = {i: m.english() for i, m in problems.rows.items()}
    assert english[0] == "Question 1: type the question."
    assert english[1].startswith("Question 2: type the section")
    assert english[2].startswith("Question 3: a single-choice question needs at least two")
    assert english[3] == "Question 4: the choice “a” is there twice."
    assert english[4] == "Question 5: choose the type of answer."
    assert english[5].startswith("Question 6 is longer than 500 characters")
    assert problems.rows[0].context == "Templates"
    with pytest.raises(templates.TemplateProblems) as caught:
        templates.save_template(None, "", "speaker", [])
    assert set(caught.value.fields) == {"name", "questions"}
    assert Questionnaire.select().count() == 2  # the shipped ones only


def test_an_unused_template_is_edited_in_place_keeping_question_ids(event):
    organisation, _ = templates_as_shipped_before()
    templates.attach(event.id, organisation.id)
    rows = templates.question_rows(organisation.id)
    first_id, last_id = rows[0]["id"], rows[-1]["id"]
    rows[0]["text"] = "Materi sesuai kebutuhan"
    rows = [rows[-1]] + rows[:-2]  # the last moves to the top, the choice question goes
    rows.append({"section": "Umum", "text": "Jumlah buku yang dipinjam", "qtype": "number"})
    saved = templates.save_template(organisation.id, "Evaluasi Penyelenggaraan",
                                    "organisation", rows)
    assert not saved.new_version and saved.questionnaire.id == organisation.id
    stored = questionnaires.questions_of(organisation.id)
    assert [q.id for q in stored[:2]] == [last_id, first_id]
    assert stored[1].text == "Materi sesuai kebutuhan"
    assert stored[-1].qtype == "number" and len(stored) == 11
    assert not [q for q in stored if q.qtype == "choice"]
    assert Questionnaire.select().count() == 2


def test_saving_a_template_with_answers_makes_a_new_version(event, database):
    organisation, speaker = templates_as_shipped_before()
    other = events.save_event({"title": "Seminar Literasi", "kind": "seminar",
                               "start_date": DAY, "end_date": DAY})
    templates.attach(event.id, organisation.id)
    templates.attach(other.id, organisation.id)
    person = staff.save_person({"name": "Siti Aminah"})
    response = answered(event, organisation, person)
    old_questions = [(q.id, q.text) for q in questionnaires.questions_of(organisation.id)]
    first_id = old_questions[0][0]
    ImportMapping.create(questionnaire=organisation,
                         mapping=json.dumps({"Materi sesuai": first_id, "Nama": "person",
                                             "Hilang": old_questions[-1][0]}))

    rows = templates.question_rows(organisation.id)[:-1]  # drop "Kritik dan saran"
    rows[0]["text"] = "Materi sesuai dengan tugas"
    saved = templates.save_template(organisation.id, "Evaluasi Penyelenggaraan",
                                    "organisation", rows)

    assert saved.new_version
    new = saved.questionnaire
    assert (new.version, new.copied_from_id, new.archived) == (2, organisation.id, False)
    old = Questionnaire.get_by_id(organisation.id)
    assert old.archived
    # The old version and its answers are as they were.
    assert [(q.id, q.text) for q in questionnaires.questions_of(old.id)] == old_questions
    assert Answer.select().where(Answer.response == response).count() == 11
    assert [q.text for q in questionnaires.questions_of(new.id)][0] == (
        "Materi sesuai dengan tugas")
    assert len(questionnaires.questions_of(new.id)) == 10
    # The event with answers keeps the old version; the other moves on.
    assert [q.id for q in templates.attached(event.id)] == [old.id]
    assert [q.id for q in templates.attached(other.id)] == [new.id]
    # The CSV import's mapping follows its questions to the new version.
    carried = json.loads(ImportMapping.get(ImportMapping.questionnaire == new).mapping)
    new_first = questionnaires.questions_of(new.id)[0].id
    assert carried == {"Materi sesuai": new_first, "Nama": "person"}
    # The earlier version cannot be edited or brought back beside the new one.
    with pytest.raises(SiBinaError, match="earlier version"):
        templates.save_template(old.id, old.name, old.kind, rows)
    with pytest.raises(SiBinaError, match="earlier version"):
        templates.set_archived(old.id, False)
    assert [r.version for r in templates.listing() if r.name.endswith("Penyelenggaraan")] == [
        2, 1]
    assert templates.newer_version(old.id).id == new.id
    # The speaker template, unused, is untouched.
    assert not Questionnaire.get_by_id(speaker.id).archived


def test_a_template_with_answers_renamed_only_is_not_versioned(event):
    organisation, _ = templates_as_shipped_before()
    answered(event, organisation)
    saved = templates.save_template(organisation.id, "Evaluasi Kegiatan", "organisation",
                                    templates.question_rows(organisation.id))
    assert not saved.new_version and saved.questionnaire.id == organisation.id
    assert Questionnaire.get_by_id(organisation.id).name == "Evaluasi Kegiatan"
    changed = templates.save_template(organisation.id, "Evaluasi Kegiatan", "speaker",
                                      templates.question_rows(organisation.id))
    assert changed.new_version  # a change of kind changes what the answers mean


def test_a_copy_is_a_template_of_its_own(database):
    organisation, _ = templates_as_shipped_before()
    copy = templates.copy_template(organisation.id, "Evaluasi Webinar")
    assert (copy.name, copy.kind, copy.version, copy.copied_from_id) == (
        "Evaluasi Webinar", "organisation", 1, None)
    original = questionnaires.questions_of(organisation.id)
    copied = questionnaires.questions_of(copy.id)
    assert [(q.section, q.text, q.qtype, q.choices, q.required) for q in copied] == [
        (q.section, q.text, q.qtype, q.choices, q.required) for q in original]
    assert not {q.id for q in copied} & {q.id for q in original}
    with pytest.raises(templates.TemplateProblems):
        templates.copy_template(organisation.id, "evaluasi webinar")  # the name is taken


def test_attach_detach_and_the_order_forms_are_handed_out(event):
    organisation, speaker = templates_as_shipped_before()
    templates.attach(event.id, speaker.id)
    templates.attach(event.id, organisation.id)
    templates.attach(event.id, organisation.id)  # twice: still once
    assert [q.id for q in templates.attached(event.id)] == [organisation.id, speaker.id]
    assert EventQuestionnaire.select().count() == 2
    templates.detach(event.id, speaker.id)
    assert [q.id for q in templates.attached(event.id)] == [organisation.id]

    answered(event, organisation)
    assert templates.why_not_detachable(event.id, organisation.id) is not None
    with pytest.raises(SiBinaError) as caught:
        templates.detach(event.id, organisation.id)
    assert caught.value.msg.english() == (
        "Answers to “Evaluasi Penyelenggaraan” are recorded for this event (1); the "
        "template stays attached while they exist.")
    assert [q.id for q in templates.attached(event.id)] == [organisation.id]


def test_an_archived_template_cannot_be_attached(event):
    organisation, _ = templates_as_shipped_before()
    templates.set_archived(organisation.id, True)
    with pytest.raises(SiBinaError, match="archived"):
        templates.attach(event.id, organisation.id)
    assert templates.attached(event.id) == []


def test_bringing_back_a_template_whose_name_was_taken_is_refused(database):
    organisation, _ = templates_as_shipped_before()
    templates.set_archived(organisation.id, True)
    templates.save_template(None, "Evaluasi Penyelenggaraan", "organisation", ONE_OF_EACH)
    with pytest.raises(SiBinaError, match="already called"):
        templates.set_archived(organisation.id, False)
    assert Question.select().where(Question.questionnaire == organisation).count() == 11


def test_control_characters_in_a_template_are_named_by_question(database):
    rows = [
        {"section": "Materi", "text": "Materi\x1b sesuai", "qtype": "rating"},
        {"section": "Umum\u202e", "text": "Saran", "qtype": "text"},
        {"section": "Umum", "text": "Pilih", "qtype": "choice", "choices": "Satu\nDua\x00"},
        {"section": "Umum", "text": "Baik", "qtype": "text"},
    ]
    with pytest.raises(templates.TemplateProblems) as caught:
        templates.save_template(None, "Evaluasi\x07 Baru", "organisation", rows)
    assert set(caught.value.fields) == {"name"}
    english = {i: m.english() for i, m in caught.value.rows.items()}
    assert sorted(english) == [0, 1, 2]
    assert english[0].startswith("Question 1: This holds an invisible control character "
                                 "(U+001B)")
    assert "U+202E" in english[1] and "U+0000" in english[2]
