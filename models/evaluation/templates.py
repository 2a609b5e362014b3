"""Editing questionnaire templates, and which of them an event hands out.

A template whose questions have been answered is never changed under its answers: saving
it makes a new version (``version`` + 1, ``copied_from`` the old one) that carries the
changes, and the old one is archived with its questions as they were. Events that have
answers on the old version keep it; events that have none yet move to the new one.
``copied_from`` means "the version this one replaced" only — a copy the office makes
under another name starts a template of its own (version 1, no ``copied_from``), so
reports that follow the chain of versions never mix two different templates.

Questions of an unused template are edited in place and keep their ids, which the CSV
import remembers its column mapping by.
"""

import json
from dataclasses import dataclass

from peewee import JOIN, fn

from models.db import db
from models.evaluation.questionnaires import (
    ORGANISATION,
    QTYPES,
    SPEAKER,
    ensure_default_templates,
    questions_of,
)
from models.evaluation.tables import (
    EventQuestionnaire,
    ImportMapping,
    Question,
    Questionnaire,
    Response,
)
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.sharing.stamps import UNCHECKED, fresh, save_if_unchanged
from models.text_rules import TITLE_MAX, text_problem

_C = "Templates"

KINDS = {
    ORGANISATION: QT_TRANSLATE_NOOP("Templates", "Organisation (evaluasi penyelenggaraan)"),
    SPEAKER: QT_TRANSLATE_NOOP("Templates", "Speaker (evaluasi narasumber)"),
}
QTYPE_LABELS = {
    "rating": QT_TRANSLATE_NOOP("Templates", "Rating 1–5"),
    "yesno": QT_TRANSLATE_NOOP("Templates", "Yes / no"),
    "choice": QT_TRANSLATE_NOOP("Templates", "Single choice"),
    "number": QT_TRANSLATE_NOOP("Templates", "Number"),
    "text": QT_TRANSLATE_NOOP("Templates", "Free text"),
}

MAX_TEXT = 500  # a question longer than this does not fit a printed form's row
MIN_CHOICES = 2


class TemplateProblems(SiBinaError):
    """What is wrong with a template: ``fields`` by name ("name", "kind", "questions"),
    ``rows`` by question index (0-based); every row message names its row (1-based)."""

    def __init__(self, fields: dict[str, Message], rows: dict[int, Message]):
        first = next(iter(fields.values()), None) or next(iter(rows.values()))
        super().__init__(first)
        self.fields = fields
        self.rows = rows


@dataclass(slots=True)
class TemplateRow:
    """One line of the templates list."""

    id: int
    name: str
    kind: str
    version: int
    archived: bool
    questions: int
    responses: int  # answers given on this version (any event)
    events: int  # events it is attached to

    @property
    def in_use(self) -> bool:
        return self.responses > 0


@dataclass(slots=True)
class Saved:
    questionnaire: Questionnaire
    new_version: bool  # answers existed: the changes went into a new version


# ---------------------------------------------------------------- listing


def listing() -> list[TemplateRow]:
    """Every template: the current ones first, then archived ones; by name, newest version
    first. The two shipped templates are made first if they are missing."""
    ensure_default_templates()
    questions = (Question.select(Question.questionnaire, fn.COUNT(Question.id).alias("n"))
                 .group_by(Question.questionnaire))
    counts = {qid: n for qid, n in questions.tuples()}
    responses = _counts(Response)
    events = _counts(EventQuestionnaire)
    rows = [TemplateRow(q.id, q.name, q.kind, q.version, q.archived, counts.get(q.id, 0),
                        responses.get(q.id, 0), events.get(q.id, 0))
            for q in Questionnaire.select()]
    rows.sort(key=lambda r: (r.archived, r.name.casefold(), -r.version, r.id))
    return rows


def _counts(model) -> dict[int, int]:
    query = (model.select(model.questionnaire, fn.COUNT(model.id))
             .group_by(model.questionnaire).tuples())
    return dict(query)


def current_templates() -> list[Questionnaire]:
    """The templates that can be attached to an event (not archived), by kind then name."""
    ensure_default_templates()
    found = list(Questionnaire.select().where(~Questionnaire.archived))
    found.sort(key=lambda q: (q.kind != ORGANISATION, q.name.casefold(), q.id))
    return found


def response_count(questionnaire_id: int, event_id: int | None = None) -> int:
    query = Response.select().where(Response.questionnaire == questionnaire_id)
    if event_id is not None:
        query = query.where(Response.event == event_id)
    return query.count()


def newer_version(questionnaire_id: int) -> Questionnaire | None:
    """The version that replaced this one, if any."""
    return (Questionnaire.select().where(Questionnaire.copied_from == questionnaire_id)
            .order_by(Questionnaire.version.desc()).first())


def question_rows(questionnaire_id: int) -> list[dict]:
    """The questions as :func:`save_template` takes them (with their ids)."""
    return [{"id": q.id, "section": q.section, "text": q.text, "qtype": q.qtype,
             "choices": q.choices, "required": q.required}
            for q in questions_of(questionnaire_id)]


# ---------------------------------------------------------------- checking


def _row_says(row: int, text: str, **params) -> Message:
    return message(_C, text, row=row + 1, **params)


def clean_question(data: dict) -> dict:
    choices = data.get("choices") or ""
    lines = choices if isinstance(choices, (list, tuple)) else str(choices).splitlines()
    qtype = str(data.get("qtype") or "").strip()
    return {
        "id": data.get("id"),
        "section": " ".join(str(data.get("section") or "").split()),
        "text": " ".join(str(data.get("text") or "").split()),
        "qtype": qtype,
        # Only a choice question has choices; a type changed away from it drops them.
        "choices": "\n".join(line.strip() for line in lines if str(line).strip())
        if qtype == "choice" else "",
        "required": bool(data.get("required")),
    }


def question_problem(row: int, question: dict) -> Message | None:
    """What is wrong with one cleaned question, the row named 1-based; None if nothing."""
    if question["qtype"] not in QTYPES:
        return _row_says(row, QT_TRANSLATE_NOOP(
            "Templates", "Question {row}: choose the type of answer."))
    if not question["text"]:
        return _row_says(row, QT_TRANSLATE_NOOP(
            "Templates", "Question {row}: type the question."))
    if len(question["text"]) > MAX_TEXT:
        return _row_says(row, QT_TRANSLATE_NOOP(
            "Templates", "Question {row} is longer than {limit} characters; shorten it so it "
                         "fits the printed form."), limit=MAX_TEXT)
    for key in ("text", "section", "choices"):
        wrong = text_problem(question[key], MAX_TEXT * 4, multiline=key == "choices")
        if wrong is not None:
            return _row_says(row, QT_TRANSLATE_NOOP("Templates", "Question {row}: {reason}"),
                             reason=wrong)
    if not question["section"]:
        return _row_says(row, QT_TRANSLATE_NOOP(
            "Templates", "Question {row}: type the section it belongs to (for example "
                         "Materi)."))
    if question["qtype"] == "choice":
        choices = question["choices"].splitlines()
        if len(choices) < MIN_CHOICES:
            return _row_says(row, QT_TRANSLATE_NOOP(
                "Templates", "Question {row}: a single-choice question needs at least two "
                             "choices, one per line."))
        seen = set()
        for choice in choices:
            if choice.casefold() in seen:
                return _row_says(row, QT_TRANSLATE_NOOP(
                    "Templates", "Question {row}: the choice “{choice}” is there twice."),
                    choice=choice)
            seen.add(choice.casefold())
    return None


def problems(name: str, kind: str, questions: list[dict],
             questionnaire_id: int | None = None) -> tuple[dict[str, Message],
                                                         dict[int, Message]]:
    """Problems with the template's fields and with each question row (0-based)."""
    fields: dict[str, Message] = {}
    name = " ".join((name or "").split())
    wrong = text_problem(name, TITLE_MAX)
    if wrong is not None:
        fields["name"] = wrong
    elif not name:
        fields["name"] = message(_C, QT_TRANSLATE_NOOP("Templates", "The name is required."))
    else:
        other = _current_named(name, questionnaire_id)
        if other is not None:
            fields["name"] = message(_C, QT_TRANSLATE_NOOP(
                "Templates", "Another template is already called “{name}”."), name=name)
    if kind not in KINDS:
        fields["kind"] = message(_C, QT_TRANSLATE_NOOP(
            "Templates", "Choose whether the form evaluates the organisation or a speaker."))
    if not questions:
        fields["questions"] = message(_C, QT_TRANSLATE_NOOP(
            "Templates", "Add at least one question."))
    rows = {}
    for index, data in enumerate(questions):
        found = question_problem(index, clean_question(data))
        if found is not None:
            rows[index] = found
    return fields, rows


def _current_named(name: str, except_id: int | None) -> Questionnaire | None:
    """A current template of that name (earlier versions share their name and are archived)."""
    query = Questionnaire.select().where(~Questionnaire.archived,
                                         fn.LOWER(Questionnaire.name) == name.casefold())
    if except_id is not None:
        query = query.where(Questionnaire.id != except_id)
    return query.first()


# ---------------------------------------------------------------- saving


def _earlier_version(questionnaire: Questionnaire) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "Templates", "“{name}” version {version} is an earlier version, kept for the answers "
                     "given on it; edit the current version instead."),
        name=questionnaire.name, version=questionnaire.version))


def save_template(questionnaire_id: int | None, name: str, kind: str,
                  questions: list[dict], loaded=UNCHECKED) -> Saved:
    """Create a template, or change one; raise :class:`TemplateProblems` naming every bad
    field and row. A template with answers gets a new version instead (see the module).
    ``loaded``: the stamp the editor loaded (see models/sharing/stamps.py)."""
    with db.atomic():
        if questionnaire_id is not None:  # checked and stamped first: read below anew
            save_if_unchanged(Questionnaire, questionnaire_id, loaded, {})
        old = None if questionnaire_id is None else Questionnaire.get_by_id(questionnaire_id)
        if old is not None and old.archived and newer_version(old.id) is not None:
            raise _earlier_version(old)
        fields, rows = problems(name, kind, questions, questionnaire_id)
        if fields or rows:
            raise TemplateProblems(fields, rows)
        name = " ".join(name.split())
        cleaned = [clean_question(q) for q in questions]
        if old is None:
            made = Questionnaire.create(name=name, kind=kind, **fresh())
            _insert_questions(made, cleaned)
            return Saved(made, False)
        answered = Response.select().where(Response.questionnaire == old.id).exists()
        if not answered:
            old.name, old.kind = name, kind
            old.save()
            _edit_in_place(old, cleaned)
            return Saved(old, False)
        if kind == old.kind and _same_questions(old.id, cleaned):
            # Only the name changed: the answers mean what they meant.
            old.name = name
            old.save()
            return Saved(old, False)
        return Saved(_new_version(old, name, kind, cleaned), True)


def _insert_questions(questionnaire: Questionnaire, cleaned: list[dict]) -> dict:
    """Insert the questions in order; return {id given in the row: new id}."""
    made = {}
    for position, q in enumerate(cleaned, start=1):
        question = Question.create(questionnaire=questionnaire, position=position,
                                   section=q["section"], text=q["text"], qtype=q["qtype"],
                                   choices=q["choices"], required=q["required"])
        if q["id"] is not None:
            made[q["id"]] = question.id
    return made


def _edit_in_place(questionnaire: Questionnaire, cleaned: list[dict]) -> None:
    existing = {q.id: q for q in questions_of(questionnaire.id)}
    kept = set()
    for position, q in enumerate(cleaned, start=1):
        question = existing.get(q["id"])
        if question is None:
            Question.create(questionnaire=questionnaire, position=position,
                            section=q["section"], text=q["text"], qtype=q["qtype"],
                            choices=q["choices"], required=q["required"])
            continue
        kept.add(question.id)
        question.position = position
        for key in ("section", "text", "qtype", "choices", "required"):
            setattr(question, key, q[key])
        question.save()
    gone = [qid for qid in existing if qid not in kept]
    if gone:
        Question.delete().where(Question.id.in_(gone)).execute()


def _same_questions(questionnaire_id: int, cleaned: list[dict]) -> bool:
    keys = ("section", "text", "qtype", "choices", "required")
    now = [tuple(getattr(q, k) for k in keys) for q in questions_of(questionnaire_id)]
    return now == [tuple(q[k] for k in keys) for q in cleaned]


def _new_version(old: Questionnaire, name: str, kind: str, cleaned: list[dict]) -> Questionnaire:
    new = Questionnaire.create(name=name, kind=kind, version=old.version + 1, copied_from=old,
                               **fresh())
    renumbered = _insert_questions(new, cleaned)
    old.archived = True
    old.save()
    # Events with no answers yet hand out the new version from now on.
    answered = Response.select(Response.event).where(Response.questionnaire == old.id)
    (EventQuestionnaire.update(questionnaire=new)
     .where(EventQuestionnaire.questionnaire == old.id,
            EventQuestionnaire.event.not_in(answered))
     .execute())
    _carry_import_mapping(old, new, renumbered)
    return new


def _carry_import_mapping(old: Questionnaire, new: Questionnaire, renumbered: dict) -> None:
    """The CSV columns mapped to the old questions map to the same questions of the new
    version; a column of a question that was removed is forgotten."""
    mapping = ImportMapping.get_or_none(ImportMapping.questionnaire == old.id)
    if mapping is None:
        return
    try:
        columns = json.loads(mapping.mapping or "{}")
    except ValueError:
        return
    if not isinstance(columns, dict):
        return
    carried = {column: renumbered[target] if isinstance(target, int) else target
               for column, target in columns.items()
               if not isinstance(target, int) or target in renumbered}
    ImportMapping.create(questionnaire=new, mapping=json.dumps(carried),
                         ratings=mapping.ratings)


def copy_template(questionnaire_id: int, name: str) -> Questionnaire:
    """A new template of its own with the same kind and questions, under ``name``."""
    source = Questionnaire.get_by_id(questionnaire_id)
    saved = save_template(None, name, source.kind, [
        {**row, "id": None} for row in question_rows(questionnaire_id)])
    return saved.questionnaire


def set_archived(questionnaire_id: int, archived: bool) -> None:
    """Archive a template (it is no longer offered for new events), or bring it back."""
    with db.atomic():
        questionnaire = Questionnaire.get_by_id(questionnaire_id)
        if not archived:
            if newer_version(questionnaire_id) is not None:
                raise _earlier_version(questionnaire)
            if _current_named(questionnaire.name, questionnaire_id) is not None:
                raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
                    "Templates", "Another template is already called “{name}”; rename it "
                                 "first."), name=questionnaire.name))
        questionnaire.archived = archived
        for field, value in fresh().items():
            setattr(questionnaire, field, value)
        questionnaire.save()


# ---------------------------------------------------------------- events


def attached(event_id: int) -> list[Questionnaire]:
    """The templates the event hands out: organisation forms first, then in the order they
    were attached."""
    rows = list(Questionnaire.select(Questionnaire, EventQuestionnaire.id.alias("link"))
                .join(EventQuestionnaire, JOIN.INNER,
                      on=EventQuestionnaire.questionnaire == Questionnaire.id)
                .where(EventQuestionnaire.event == event_id)
                .objects())
    rows.sort(key=lambda q: (q.kind != ORGANISATION, q.link))
    return rows


def attach(event_id: int, questionnaire_id: int) -> None:
    """Hand the template out at the event (attaching it twice changes nothing)."""
    with db.atomic():
        questionnaire = Questionnaire.get_by_id(questionnaire_id)
        if questionnaire.archived:
            raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
                "Templates", "“{name}” is archived; choose a current template."),
                name=questionnaire.name))
        (EventQuestionnaire.insert(event=event_id, questionnaire=questionnaire_id)
         .on_conflict_ignore().execute())


def why_not_detachable(event_id: int, questionnaire_id: int) -> Message | None:
    count = response_count(questionnaire_id, event_id)
    if not count:
        return None
    name = Questionnaire.get_by_id(questionnaire_id).name
    return message(_C, QT_TRANSLATE_NOOP(
        "Templates", "Answers to “{name}” are recorded for this event ({count}); the template "
                     "stays attached while they exist."), count=count, name=name)


def detach(event_id: int, questionnaire_id: int) -> None:
    """Stop handing the template out at the event; refused once answers are recorded."""
    with db.atomic():
        reason = why_not_detachable(event_id, questionnaire_id)
        if reason is not None:
            raise SiBinaError(reason)
        (EventQuestionnaire.delete()
         .where(EventQuestionnaire.event == event_id,
                EventQuestionnaire.questionnaire == questionnaire_id)
         .execute())
