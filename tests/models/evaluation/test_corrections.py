"""Correcting a saved response: its answers replaced whole, or nothing changed."""

import pytest

from models.evaluation import corrections, responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, Response
from models.messages import ValidationError
from tests.builders import full_form


def stored(response_id):
    return {a.question_id: (a.number, a.text)
            for a in Answer.select().where(Answer.response == response_id)}


def test_a_response_is_corrected_in_place(responses_event):
    event, form = responses_event["event"], responses_event["organisation"]
    questions = questions_of(form.id)
    response = responses.save_response(event.id, form.id, full_form(form.id),
                                       person_id=responses_event["budi"].id)
    saved = corrections.answers_of(response.id)
    assert (saved.person_id, saved.answers[questions[0].id]) == (responses_event["budi"].id,
                                                                 (4.0, ""))

    # The typist took Siti's form for Budi's, and a 4 for the 2 on the paper.
    fixed = full_form(form.id)
    fixed[questions[0].id] = "2"
    fixed[questions[-1].id] = ""  # the comment was not on the paper after all
    corrections.correct_response(response.id, fixed, person_id=responses_event["siti"].id)
    again = Response.get_by_id(response.id)
    assert (again.person_id, again.source) == (responses_event["siti"].id, "paper")
    answers = stored(response.id)
    assert answers[questions[0].id] == (2.0, "")
    assert questions[-1].id not in answers
    assert Response.select().count() == 1


def test_a_wrong_correction_changes_nothing(responses_event):
    event, form = responses_event["event"], responses_event["organisation"]
    questions = questions_of(form.id)
    siti = responses.save_response(event.id, form.id, full_form(form.id),
                                   person_id=responses_event["siti"].id)
    budi = responses.save_response(event.id, form.id, full_form(form.id),
                                   person_id=responses_event["budi"].id)
    before = stored(budi.id)
    bad = full_form(form.id)
    bad[questions[1].id] = "7"
    with pytest.raises(ValidationError) as caught:
        corrections.correct_response(budi.id, bad, person_id=responses_event["budi"].id)
    assert list(caught.value.problems) == [questions[1].id]
    # Saved again as Siti, who has her own form: refused, naming her.
    with pytest.raises(ValidationError) as caught:
        corrections.correct_response(budi.id, full_form(form.id),
                                     person_id=responses_event["siti"].id)
    assert caught.value.problems[responses.PERSON].english().startswith(
        "Dra. Siti Aminah has already answered this form")
    assert stored(budi.id) == before
    assert Response.get_by_id(budi.id).person_id == responses_event["budi"].id
    assert siti.id != budi.id
