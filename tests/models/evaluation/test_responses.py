"""Evaluation responses: reading answers as the office writes them, saving a form whole."""

import datetime as dt

import pytest

from models.evaluation import responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, EventQuestionnaire, Question, Response
from models.messages import ValidationError
from tests.builders import full_form

DAY = dt.date(2026, 3, 10)
SITI_NIP = "196903091994032001"


def q(qtype, required=False, choices=""):
    return Question(qtype=qtype, required=required, choices=choices, text="?")


@pytest.mark.parametrize("raw, stored", [
    ("4", (4.0, "")), (" 5 ", (5.0, "")), ("Baik", (4.0, "")), ("sangat  baik", (5.0, "")),
    ("SANGAT TIDAK BAIK", (1.0, "")), ("Cukup", (3.0, "")), ("4,0", (4.0, "")), ("", None),
])
def test_ratings_in_digits_or_indonesian_labels(raw, stored):
    assert responses.parse_answer(q("rating"), raw) == stored


@pytest.mark.parametrize("raw", ["0", "6", "4,5", "bagus", "-1"])
def test_a_rating_outside_one_to_five_is_refused(raw):
    msg = responses.answer_problems(q("rating"), raw)
    assert msg is not None and msg.english().startswith(f"“{raw}” is not a rating")


def test_yes_no_choice_number_text_and_required():
    for raw, value in (("ya", 1.0), ("Tidak", 0.0), ("YES", 1.0), ("no", 0.0), ("1", 1.0),
                       ("0", 0.0), ("y", 1.0), ("t", 0.0)):
        assert responses.parse_answer(q("yesno"), raw) == (value, "")
    assert "is not yes or no" in responses.answer_problems(q("yesno"), "mungkin").english()

    choice = q("choice", choices="Surat undangan\nAtasan\nMedia sosial")
    assert responses.parse_answer(choice, "media SOSIAL") == (None, "Media sosial")
    problem = responses.answer_problems(choice, "Radio").english()
    assert problem == "“Radio” is not one of the choices: Surat undangan / Atasan / Media sosial."

    assert responses.parse_answer(q("number"), "3,5") == (3.5, "")
    assert responses.parse_answer(q("number"), "1.234,5") == (1234.5, "")
    assert responses.parse_answer(q("number"), "12.5") == (12.5, "")
    assert responses.answer_problems(q("number"), "dua").english() == "“dua” is not a number."
    assert responses.answer_problems(q("number"), "inf") is not None

    assert responses.parse_answer(q("text"), "  Ruangan dingin  ") == (None, "Ruangan dingin")
    assert responses.answer_problems(q("text", required=True), " ").english() == \
        "An answer is required."
    assert responses.answer_problems(q("rating", required=False), "") is None


def test_forms_are_offered_without_attaching_and_attached_by_a_saved_response(responses_event):
    event, organisation = responses_event["event"], responses_event["organisation"]
    assert [t.kind for t in responses.templates_for(event.id)] == ["organisation", "speaker"]
    assert EventQuestionnaire.select().count() == 0  # looking changes nothing
    responses.save_response(event.id, organisation.id, full_form(organisation.id))
    assert [q.id for q in responses.templates_for(event.id)] == [
        organisation.id, responses_event["speaker_form"].id]  # the speaker form stays on offer
    assert EventQuestionnaire.select().count() == 2


def test_save_a_form_then_list_and_delete_it(responses_event):
    event, organisation = responses_event["event"], responses_event["organisation"]
    questions = questions_of(organisation.id)
    answers = full_form(organisation.id)
    answers[questions[0].id] = "Sangat Baik"
    answers[questions[-1].id] = ""  # comments left empty: no answer stored
    response = responses.save_response(event.id, organisation.id, answers,
                                       person_id=responses_event["siti"].id)
    stored = {a.question_id: (a.number, a.text) for a in response.answers}
    assert stored[questions[0].id] == (5.0, "")
    assert stored[questions[8].id] == (1.0, "")  # yes/no
    assert stored[questions[9].id] == (None, "Atasan")
    assert questions[-1].id not in stored and len(stored) == len(questions) - 1

    anonymous = responses.save_response(event.id, organisation.id, full_form(organisation.id))
    rows = responses.responses_of(event.id)
    assert [(r.id, r.respondent, r.source) for r in rows] == [
        (anonymous.id, "", "paper"), (response.id, "Dra. Siti Aminah", "paper")]
    assert rows[0].questionnaire == "Evaluasi Penyelenggaraan"

    responses.delete_response(response.id)
    assert [r.id for r in responses.responses_of(event.id)] == [anonymous.id]
    assert not Answer.select().where(Answer.response == response.id).exists()


def test_nothing_is_saved_until_every_answer_fits(responses_event):
    event, organisation = responses_event["event"], responses_event["organisation"]
    questions = questions_of(organisation.id)
    answers = full_form(organisation.id)
    answers[questions[1].id] = "7"
    answers[questions[2].id] = ""  # required rating
    with pytest.raises(ValidationError) as caught:
        responses.save_response(event.id, organisation.id, answers)
    problems = caught.value.problems
    assert set(problems) == {questions[1].id, questions[2].id}
    assert problems[questions[2].id].english() == "An answer is required."
    assert Response.select().count() == 0 and Answer.select().count() == 0


def test_a_person_answers_a_form_once(responses_event):
    event, organisation = responses_event["event"], responses_event["organisation"]
    siti = responses_event["siti"]
    responses.save_response(event.id, organisation.id, full_form(organisation.id),
                            person_id=siti.id)
    with pytest.raises(ValidationError) as caught:
        responses.save_response(event.id, organisation.id, full_form(organisation.id),
                                person_id=siti.id)
    assert caught.value.problems["person"].english().startswith(
        "Dra. Siti Aminah has already answered this form")


def test_a_speaker_form_needs_a_speaker_of_the_schedule(responses_event):
    event, form = responses_event["event"], responses_event["speaker_form"]
    with pytest.raises(ValidationError) as caught:
        responses.save_response(event.id, form.id, full_form(form.id))
    assert caught.value.problems["speaker"].english() == "Choose the speaker this form is about."
    with pytest.raises(ValidationError) as caught:
        responses.save_response(event.id, form.id, full_form(form.id),
                                speaker_id=responses_event["guest"].id)
    assert caught.value.problems["speaker"].english() == \
        "This person does not speak in the event's schedule."
    saved = responses.save_response(event.id, form.id, full_form(form.id),
                                    person_id=responses_event["budi"].id,
                                    speaker_id=responses_event["speaker"].id)
    assert saved.speaker_id == responses_event["speaker"].id
    assert responses.responses_of(event.id)[0].speaker == "Rina Marlina, M.Hum."
    with pytest.raises(ValidationError) as caught:
        responses.save_response(event.id, responses_event["organisation"].id,
                                full_form(responses_event["organisation"].id),
                                speaker_id=responses_event["speaker"].id)
    assert caught.value.problems["speaker"].english() == "This form is not about a speaker."


def test_respondents_found_by_number_nip_or_name(responses_event):
    people = responses.respondents(responses_event["event"].id)
    assert [(p.name, p.participant_no) for p in people] == [("Dra. Siti Aminah", 1),
                                                             ("Budi Santoso", 2)]
    find = responses.find_respondent
    assert find(people, "2").name == "Budi Santoso"
    assert find(people, "19690309 199403 2 001").name == "Dra. Siti Aminah"
    assert find(people, "siti aminah").name == "Dra. Siti Aminah"
    assert find(people, "9") is None and find(people, "Rina") is None
    assert responses.event_speakers(responses_event["event"].id) == [
        (responses_event["speaker"].id, "Rina Marlina, M.Hum.")]
