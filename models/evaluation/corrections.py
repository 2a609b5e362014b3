"""Correcting a response already saved: a typing slip on a paper form, a wrong speaker.

The entry form opens with the response's answers (:func:`answers_of`); saving replaces
them, the respondent and the speaker in one transaction (:func:`correct_response`), checked
by the same rules as a new form. Where the response came from (paper, an imported file)
and when it was entered stay; an imported row keeps its fingerprint, so importing its file
again does not bring the uncorrected row back.
"""

from dataclasses import dataclass

from models.db import db
from models.evaluation.responses import checked_form, write_answers
from models.evaluation.tables import Answer, Response


@dataclass(frozen=True)
class SavedResponse:
    id: int
    event_id: int
    questionnaire_id: int
    person_id: int | None  # None: anonymous
    speaker_id: int | None
    answers: dict  # question id: (number, text) as stored


def answers_of(response_id: int) -> SavedResponse:
    """A response and its answers as stored (a wrong id raises ``Response.DoesNotExist``)."""
    response = Response.get_by_id(response_id)
    answers = {qid: (number, text) for qid, number, text in
               Answer.select(Answer.question, Answer.number, Answer.text)
               .where(Answer.response == response_id).tuples()}
    return SavedResponse(response.id, response.event_id, response.questionnaire_id,
                         response.person_id, response.speaker_id, answers)


def correct_response(response_id: int, answers: dict, person_id=None, speaker_id=None,
                     blanks_allowed: bool = False) -> None:
    """Replace a response's answers, respondent and speaker, all or nothing.

    ``answers`` maps question ids to the raw text typed, as for
    :func:`~models.evaluation.responses.save_response`, whose rules apply and whose
    :class:`~models.messages.ValidationError` is raised; then nothing changes.
    """
    with db.atomic():
        response = Response.get_by_id(response_id)
        stored = checked_form(response.event_id, response.questionnaire_id, answers,
                              person_id, speaker_id, blanks_allowed, other_than=response_id)
        (Response.update(person=person_id, speaker=speaker_id)
         .where(Response.id == response_id).execute())
        Answer.delete().where(Answer.response == response_id).execute()
        write_answers(response_id, stored)
