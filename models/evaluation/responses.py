"""Evaluation responses: reading an answer as the office writes it, and saving a form.

An answer arrives as text (typed from a paper form, or a CSV cell) and is stored the way
:mod:`models.evaluation.questionnaires` describes. :func:`answer_reader` makes one checker per
question, so an import of thousands of rows does not look the question up again for every
cell. A speaker questionnaire is answered about one speaker of the event's schedule; a
response without a person is anonymous, and a named person answers a form (about a
speaker) once.
"""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN

from models.db import db
from models.evaluation.questionnaires import (
    NO,
    SPEAKER,
    YES,
    choices_of,
    ensure_default_templates,
    questions_of,
)
from models.evaluation.rating_scales import rating_value
from models.evaluation.tables import Answer, EventQuestionnaire, Questionnaire, Response
from models.events.tables import Event, EventSession, Registration
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.staff.nip import normalize as normalize_nip
from models.staff.tables import Person, join_name
from models.text_rules import strip_controls

_C = "Responses"
PAPER, CSV = "paper", "csv"
PERSON, SPEAKER_KEY = "person", "speaker"  # problem keys besides the question ids

# ya/tidak as the office writes them, and the English and digit forms form tools export;
# y/t are the keys the paper-form entry uses.
YES_WORDS = {"ya": YES, "y": YES, "yes": YES, "1": YES, "iya": YES,
             "tidak": NO, "t": NO, "no": NO, "n": NO, "0": NO, "tdk": NO}
_SPACES = re.compile(r"\s+")


class AnswerProblem(Exception):
    def __init__(self, msg: Message):
        super().__init__(msg.english())
        self.msg = msg


# (number, text) as stored in Answer, or None for an empty answer (no Answer row).
Stored = tuple[float | None, str] | None


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.strip()).casefold()


def parse_number(text: str) -> float | None:
    """``3,5`` (Indonesian) and ``3.5`` both mean 3.5; ``1.234,5`` is 1234.5. None if not
    a finite number."""
    text = text.strip().replace(" ", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")  # dots group thousands
    else:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def answer_reader(question, ratings: dict | None = None) -> Callable[[str], Stored]:
    """A function reading one raw answer to ``question``; it raises :class:`AnswerProblem`.

    ``question`` needs ``qtype``, ``choices`` and ``required`` (a :class:`Question`).
    ``ratings`` are the values an import gave answer texts of rating questions (see
    :mod:`models.evaluation.rating_scales`); None for a form typed in.
    """
    qtype, required = question.qtype, bool(question.required)
    choices = {_fold(c): c for c in choices_of(question)}

    def read(raw) -> Stored:
        # A respondent's pasted control characters are dropped, not refused: the answer is
        # theirs to give, and the office cannot send the form back.
        text = "" if raw is None else strip_controls(str(raw)).strip()
        if not text:
            if required:
                raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
                    "Responses", "An answer is required.")))
            return None
        if qtype == "rating":
            return _rating(text, ratings), ""
        if qtype == "yesno":
            value = YES_WORDS.get(text.casefold())
            if value is None:
                raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
                    "Responses", "“{value}” is not yes or no: write ya or tidak (yes/no, "
                                 "1/0)."), value=text))
            return value, ""
        if qtype == "choice":
            chosen = choices.get(_fold(text))
            if chosen is None:
                raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
                    "Responses", "“{value}” is not one of the choices: {choices}."),
                    value=text, choices=" / ".join(choices.values())))
            return None, chosen
        if qtype == "number":
            value = parse_number(text)
            if value is None:
                raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
                    "Responses", "“{value}” is not a number."), value=text))
            return value, ""
        return None, text

    return read


def _rating(text: str, ratings: dict | None) -> float:
    value = rating_value(text, ratings)
    if value is None and ratings is not None:
        raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
            "Responses", "“{value}” has no rating value: give it one from 1 to 5 among the "
                         "rating answers when matching the columns."), value=text))
    if value is None:
        raise AnswerProblem(message(_C, QT_TRANSLATE_NOOP(
            "Responses", "“{value}” is not a rating: write 1 to 5, or a label from Sangat "
                         "Kurang to Sangat Baik."), value=text))
    return float(value)


def answer_problems(question, raw) -> Message | None:
    """Why ``raw`` cannot be an answer to ``question``, or None when it can."""
    try:
        answer_reader(question)(raw)
    except AnswerProblem as problem:
        return problem.msg
    return None


def parse_answer(question, raw) -> Stored:
    """``raw`` as stored: ``(number, text)``, or None when empty. Raises AnswerProblem."""
    return answer_reader(question)(raw)


# --- who answers, and about whom ---------------------------------------------------------


def event_speakers(event_id: int) -> list[tuple[int, str]]:
    """The speakers of the event's schedule as (person id, full name), first session first."""
    query = (EventSession.select(Person.id, Person.front_title, Person.name, Person.back_title)
             .join(Person, on=(EventSession.speaker == Person.id))
             .where(EventSession.event == event_id)
             .order_by(EventSession.date, EventSession.start_time, EventSession.id).tuples())
    seen: dict[int, str] = {}
    for pid, front, name, back in query:
        seen.setdefault(pid, join_name(front, name, back))
    return list(seen.items())


@dataclass(frozen=True, slots=True)
class Respondent:
    person_id: int
    name: str  # full name, titles included
    bare_name: str  # without titles, as people often write it on a form
    nip: str
    participant_no: int | None


def respondents(event_id: int) -> list[Respondent]:
    """Who may be named on a form: the event's participants (not cancelled), by number."""
    query = (Registration.select(Person.id, Person.front_title, Person.name, Person.back_title,
                                 Person.nip, Registration.participant_no)
             .join(Person)
             .where(Registration.event == event_id, Registration.role == "peserta",
                    ~Registration.cancelled)
             .order_by(Registration.participant_no.is_null(), Registration.participant_no,
                       Person.name).tuples())
    return [Respondent(pid, join_name(front, name, back), name, nip or "", number)
            for pid, front, name, back, nip, number in query]


def find_respondent(people: list[Respondent], text: str) -> Respondent | None:
    """The one person ``text`` names: participant number, NIP, or the (full) name."""
    text = text.strip()
    digits = normalize_nip(text)
    if digits.isdigit():
        if len(digits) == 18:
            return next((p for p in people if p.nip == digits), None)
        number = int(digits)
        return next((p for p in people if p.participant_no == number), None)
    wanted = _fold(text)
    matches = [p for p in people if wanted in (_fold(p.name), _fold(p.bare_name))]
    return matches[0] if len(matches) == 1 else None


def existing_response(event_id: int, questionnaire_id: int, person_id: int,
                      speaker_id: int | None = None,
                      other_than: int | None = None) -> Response | None:
    """The response this person already gave to the form (about this speaker), if any;
    ``other_than`` leaves out the response being corrected."""
    query = Response.select().where(Response.event == event_id,
                                    Response.questionnaire == questionnaire_id,
                                    Response.person == person_id)
    if speaker_id is not None:
        query = query.where(Response.speaker == speaker_id)
    if other_than is not None:
        query = query.where(Response.id != other_than)
    return query.first()


def already_answered(person_name: str) -> Message:
    return message(_C, QT_TRANSLATE_NOOP(
        "Responses", "{name} has already answered this form; delete that response first to "
                     "enter it again."), name=person_name)


def speaker_problem(event_id: int, questionnaire_kind: str,
                    speaker_id: int | None) -> Message | None:
    if questionnaire_kind != SPEAKER:
        if speaker_id is not None:
            return message(_C, QT_TRANSLATE_NOOP(
                "Responses", "This form is not about a speaker."))
        return None
    if speaker_id is None:
        return message(_C, QT_TRANSLATE_NOOP(
            "Responses", "Choose the speaker this form is about."))
    if speaker_id not in dict(event_speakers(event_id)):
        return message(_C, QT_TRANSLATE_NOOP(
            "Responses", "This person does not speak in the event's schedule."))
    return None


# --- saving, listing, deleting ------------------------------------------------------------


def only_blanks(problems: dict, answers: dict) -> bool:
    """Whether every problem of a form is a required question left blank."""
    return bool(problems) and all(
        isinstance(key, int) and not str(answers.get(key) or "").strip() for key in problems)


def attach(event_id: int, questionnaire_id: int) -> None:
    """Make sure the event lists the questionnaire its responses answer. The first response
    of an event that had no forms chosen attaches the forms it was offered (the shipped
    two), so the other one stays on offer."""
    offered = [] if _attached(event_id) else [q.id for q in templates_for(event_id)]
    if questionnaire_id not in offered:
        offered = []
    for form_id in dict.fromkeys([*offered, questionnaire_id]):
        (EventQuestionnaire.insert(event=event_id, questionnaire=form_id)
         .on_conflict_ignore().execute())


def save_response(event_id: int, questionnaire_id: int, answers: dict, person_id=None,
                  speaker_id=None, source: str = PAPER,
                  blanks_allowed: bool = False) -> Response:
    """Save one filled form in one transaction.

    ``answers`` maps question ids to the raw text typed (missing or empty: not answered).
    Raises :class:`ValidationError` whose ``problems`` map question ids (and ``"person"``,
    ``"speaker"``) to their reason; then nothing is saved. ``blanks_allowed`` saves a paper
    form whose respondent left a required question blank, as it was filled in.
    """
    with db.atomic():
        stored = checked_form(event_id, questionnaire_id, answers, person_id, speaker_id,
                              blanks_allowed)
        attach(event_id, questionnaire_id)
        response = Response.create(event=event_id, questionnaire=questionnaire_id,
                                   person=person_id, speaker=speaker_id, source=source)
        write_answers(response.id, stored)
        return response


def checked_form(event_id: int, questionnaire_id: int, answers: dict, person_id=None,
                 speaker_id=None, blanks_allowed: bool = False,
                 other_than: int | None = None) -> list[tuple]:
    """A filled form's answers as stored ``(question id, number, text)``, or
    :class:`ValidationError` (see :func:`save_response`); ``other_than`` is the response
    being corrected, which the person may well have given."""
    questionnaire = Questionnaire.get_by_id(questionnaire_id)
    questions = questions_of(questionnaire_id)
    unknown = set(answers) - {q.id for q in questions}
    if unknown:
        raise ValueError(f"questions {sorted(unknown)} are not in {questionnaire.name}")
    problems: dict = {}
    stored = []
    for question in questions:
        raw = answers.get(question.id)
        if blanks_allowed and not str(raw or "").strip():
            continue
        try:
            value = parse_answer(question, raw)
        except AnswerProblem as problem:
            problems[question.id] = problem.msg
            continue
        if value is not None:
            stored.append((question.id, *value))
    found = speaker_problem(event_id, questionnaire.kind, speaker_id)
    if found:
        problems[SPEAKER_KEY] = found
    if person_id is not None:
        earlier = existing_response(event_id, questionnaire_id, person_id, speaker_id,
                                    other_than)
        if earlier is not None:
            problems[PERSON] = already_answered(Person.get_by_id(person_id).full_name)
    if problems:
        raise ValidationError(problems)
    return stored


def write_answers(response_id: int, stored: list[tuple]) -> None:
    if stored:
        Answer.insert_many([(response_id, qid, number, text) for qid, number, text in stored],
                           fields=[Answer.response, Answer.question, Answer.number,
                                   Answer.text]).execute()


@dataclass(frozen=True, slots=True)
class ResponseRow:
    id: int
    questionnaire_id: int
    questionnaire: str
    person_id: int | None  # None: anonymous
    respondent: str
    speaker: str
    source: str
    submitted_at: object  # datetime.datetime


def responses_of(event_id: int) -> list[ResponseRow]:
    """The event's responses, newest first, one query (thousands after an import)."""
    speaker = Person.alias()
    query = (Response.select(Response.id, Questionnaire.id, Questionnaire.name, Person.id,
                             Person.front_title, Person.name, Person.back_title,
                             speaker.front_title, speaker.name, speaker.back_title,
                             Response.source, Response.submitted_at)
             .join(Questionnaire, on=(Response.questionnaire == Questionnaire.id))
             .switch(Response).join(Person, JOIN.LEFT_OUTER, on=(Response.person == Person.id))
             .switch(Response).join(speaker, JOIN.LEFT_OUTER,
                                    on=(Response.speaker == speaker.id))
             .where(Response.event == event_id)
             .order_by(Response.submitted_at.desc(), Response.id.desc()).tuples())
    return [ResponseRow(rid, qid, qname, pid, join_name(pf or "", pn or "", pb or ""),
                        join_name(sf or "", sn or "", sb or ""), source, submitted)
            for (rid, qid, qname, pid, pf, pn, pb, sf, sn, sb, source, submitted) in query]


def delete_response(response_id: int) -> None:
    delete_responses([response_id])


def delete_responses(response_ids) -> int:
    """Delete responses and their answers in one transaction; returns how many went."""
    ids = list(dict.fromkeys(response_ids))
    deleted = 0
    with db.atomic():
        for start in range(0, len(ids), 400):
            chunk = ids[start:start + 400]
            Answer.delete().where(Answer.response.in_(chunk)).execute()
            deleted += Response.delete().where(Response.id.in_(chunk)).execute()
    return deleted


def templates_for(event_id: int) -> list[Questionnaire]:
    """The questionnaires attached to the event; when none is, the newest versions of the
    two shipped ones, so every event can be evaluated without setting anything up. Only a
    saved response attaches its form: looking at an event changes nothing."""
    Event.get_by_id(event_id)  # a wrong id fails here, not with a foreign-key error
    attached = _attached(event_id)
    if attached:
        return attached
    return [_latest_version(template) for template in ensure_default_templates()]


def _latest_version(template: Questionnaire) -> Questionnaire:
    """A shipped template the office has since edited lives on in its newest version."""
    seen = {template.id}
    while True:
        newer = (Questionnaire.select().where(Questionnaire.copied_from == template.id)
                 .order_by(Questionnaire.version.desc(), Questionnaire.id.desc()).first())
        if newer is None or newer.id in seen:
            return template
        seen.add(newer.id)
        template = newer


def _attached(event_id: int) -> list[Questionnaire]:
    return list(Questionnaire.select()
                .join(EventQuestionnaire,
                      on=(EventQuestionnaire.questionnaire == Questionnaire.id))
                .where(EventQuestionnaire.event == event_id)
                .order_by(Questionnaire.kind, Questionnaire.id))
