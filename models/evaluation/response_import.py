"""Importing evaluation responses from the CSV a form tool exports (or an XLSX).

Three steps, so the office sees what will happen before anything changes:
:func:`read_table` reads the file; the columns are matched to the questionnaire's questions
(:mod:`models.evaluation.response_columns`: the mapping remembered for the
questionnaire, else a guess from the headings, which the office corrects);
:func:`read_preview` checks every row and lists each problem with its row, column and
reason; :func:`apply` writes the rows that fit in one transaction and remembers the
mapping. A row either comes in whole or not at all. The respondent is the
person with the row's NIP, else the one participant of the event with the row's name, else
nobody: the response is anonymous.

A form tool's export holds every answer given so far, and the office downloads it again as
answers come in. Each imported row keeps a :func:`fingerprint`; a row whose fingerprint the
form already has at the event is *already imported* and skipped, so importing a file twice
changes nothing and a newer download brings in only its new rows.
"""

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from peewee import fn

from models.base import now
from models.db import db
from models.engine import ids_given, marks
from models.evaluation.questionnaires import SPEAKER as SPEAKER_KIND
from models.evaluation.questionnaires import questions_of
from models.evaluation.rating_scales import fold as fold_answer
from models.evaluation.rating_scales import remembered_ratings, suggested_rating
from models.evaluation.response_columns import (
    NAME,
    NIP,
    SPEAKER,
    SPECIAL_TARGETS,
    heading_words,
    mapping_problems,
    remember_mapping,
)
from models.evaluation.responses import (
    CSV,
    AnswerProblem,
    already_answered,
    answer_reader,
    attach,
    event_speakers,
    respondents,
    speaker_problem,
)
from models.evaluation.tables import (
    Answer,
    EventQuestionnaire,
    Questionnaire,
    Response,
)
from models.importing.preview import read_sheet
from models.importing.table_shape import column_letter
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.import_rules import cell_text, nip_cell_problem
from models.staff.nip import grouped
from models.staff.nip import normalize as normalize_nip
from models.staff.tables import Person

_C = "ResponseImport"
OK, REJECTED, ALREADY = "ok", "rejected", "already"
STEP = 200  # rows between progress reports
CHUNK = 250  # responses written between progress reports (and chances to cancel)


# --- the file -------------------------------------------------------------------------------


@dataclass
class SheetTable:
    path: Path
    headers: list[str]
    rows: list[tuple[int, tuple]]  # (row number as the spreadsheet shows it, cells)

    def samples(self, index: int, count: int = 3) -> list[str]:
        """The first few filled cells of a column, to show what it holds."""
        found = []
        for _number, cells in self.rows:
            text = cell_text(cells[index]) if index < len(cells) else ""
            if text:
                found.append(text)
                if len(found) == count:
                    break
        return found


def read_table(path, progress: Progress = NO_PROGRESS) -> SheetTable:
    """The headings (the first filled row) and the filled rows below them (a row of
    spaces is blank).

    Raises :class:`SiBinaError` naming the file when it cannot be read or is empty.
    """
    sheet = read_sheet(path, progress)
    return SheetTable(sheet.path, _headings(sheet.headings), sheet.rows)


def _headings(texts: list[str]) -> list[str]:
    """Headings that tell the columns apart: a blank one is named by its column letter,
    a repeated one gets its column letter added."""
    while texts and not texts[-1]:
        texts.pop()
    headers, seen = [], set()
    for index, text in enumerate(texts):
        name = text or f"({column_letter(index)})"
        if name.casefold() in seen:
            name = f"{name} ({column_letter(index)})"
        seen.add(name.casefold())
        headers.append(name)
    return headers



def rating_texts(table: "SheetTable", mapping: dict, questionnaire_id: int) -> list[str]:
    """The distinct answer texts of the columns matched to rating questions (as first
    written), those on a common scale first, highest value first, then the others."""
    rating_ids = {q.id for q in questions_of(questionnaire_id) if q.qtype == "rating"}
    columns = [i for i, h in enumerate(table.headers) if mapping.get(h) in rating_ids]
    seen: dict[str, str] = {}
    for _number, cells in table.rows:
        for index in columns:
            text = cell_text(cells[index]) if index < len(cells) else ""
            if text:
                seen.setdefault(fold_answer(text), " ".join(text.split()))
    return sorted(seen.values(), key=lambda t: (-(suggested_rating(t) or 0), t.casefold()))



# --- checking every row ---------------------------------------------------------------------


@dataclass(slots=True)
class PreviewRow:
    row: int  # the row number the spreadsheet program shows (the headings are row 1)
    status: str  # OK, REJECTED or ALREADY (imported before: skipped)
    respondent: str = ""  # the person's name, or the name/NIP the row gives; "": anonymous
    person_id: int | None = None
    speaker_id: int | None = None
    answers: list = field(default_factory=list)  # (question id, number, text)
    problems: list = field(default_factory=list)  # (column heading, Message)
    note: Message | None = None  # said about a row that fits (e.g. NIP not found)
    fingerprint: str = ""

    @property
    def column(self) -> str:
        return self.problems[0][0] if self.problems else ""

    @property
    def reason(self) -> Message | None:
        return self.problems[0][1] if self.problems else None


@dataclass
class ResponsePreview:
    path: Path
    event_id: int
    questionnaire_id: int
    headers: list[str]
    mapping: dict
    rows: list[PreviewRow]
    speaker_id: int | None = None  # the speaker of every row, when no column names one
    ratings: dict = field(default_factory=dict)  # answer text (folded): value, as read

    @property
    def ok(self) -> int:
        return sum(1 for r in self.rows if r.status == OK)

    @property
    def already(self) -> int:
        """Rows imported before (from this file or an earlier download of it): skipped."""
        return sum(1 for r in self.rows if r.status == ALREADY)

    @property
    def rejected(self) -> int:
        return sum(1 for r in self.rows if r.status == REJECTED)

    @property
    def anonymous(self) -> int:
        return sum(1 for r in self.rows if r.status == OK and r.person_id is None)

    @property
    def rejected_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == REJECTED]

    @property
    def ignored_columns(self) -> list[str]:
        return [h for h in self.headers if self.mapping.get(h) is None]


@dataclass(frozen=True)
class ResponseImportResult:
    imported: int
    rejected: int
    anonymous: int
    already: int = 0  # rows imported before, skipped


def read_preview(source, event_id: int, questionnaire_id: int, mapping: dict,
                 speaker_id: int | None = None, progress: Progress = NO_PROGRESS,
                 ratings: dict | None = None) -> ResponsePreview:
    """Check every row of ``source`` (a path, or a :class:`SheetTable` already read).

    ``speaker_id`` is the speaker of every row when no column names one (a form tool's
    form per speaker). ``ratings`` gives answer texts of rating questions their value
    (None: as remembered for the questionnaire); a text it leaves out has its suggested
    value (:func:`~models.evaluation.rating_scales.suggested_rating`). Nothing is written.
    Raises :class:`SiBinaError` when the mapping cannot be used (see
    :func:`mapping_problems`).
    """
    table = source if isinstance(source, SheetTable) else read_table(source)
    mapping = {h: mapping.get(h) for h in table.headers}
    questionnaire = Questionnaire.get_by_id(questionnaire_id)
    fixed = speaker_id is not None and SPEAKER not in mapping.values()
    problems = mapping_problems(mapping, questionnaire_id, fixed)
    if problems:
        raise SiBinaError(problems[0])
    if fixed:
        found = speaker_problem(event_id, questionnaire.kind, speaker_id)
        if found:
            raise SiBinaError(found)
    ratings = remembered_ratings(questionnaire_id) if ratings is None else \
        {fold_answer(text): value for text, value in ratings.items()}
    checker = _RowChecker(table.headers, mapping, event_id, questionnaire, speaker_id
                          if fixed else None, ratings)
    rows = []
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows, start=1):
        rows.append(checker.check(number, cells))
        if done % STEP == 0:
            progress.step(done, total)
    return ResponsePreview(table.path, event_id, questionnaire_id, table.headers, mapping,
                           rows, speaker_id if fixed else None, ratings)


class _RowChecker:
    """Reads rows against one mapping, remembering the respondents already seen."""

    def __init__(self, headers, mapping, event_id, questionnaire, speaker_id, ratings):
        questions = {q.id: q for q in questions_of(questionnaire.id)}
        self.question_columns = [(i, qid, answer_reader(questions[qid], ratings), h)
                                 for i, h in enumerate(headers)
                                 if (qid := mapping.get(h)) in questions]
        where = {t: (i, h) for i, h in enumerate(headers)
                 if (t := mapping.get(h)) in SPECIAL_TARGETS}
        self.nip_column, self.name_column = where.get(NIP), where.get(NAME)
        self.speaker_column = where.get(SPEAKER) if questionnaire.kind == SPEAKER_KIND \
            else None
        self.fixed_speaker = speaker_id
        self.owner_of_nip = dict(Person.select(Person.nip, Person.id)
                                 .where(Person.nip.is_null(False)).tuples())
        people = respondents(event_id)
        self.name_of = {p.person_id: p.name for p in people}
        by_name: dict[str, list[int]] = {}
        for p in people:
            for key in {_fold(p.name), _fold(p.bare_name)}:
                by_name.setdefault(key, []).append(p.person_id)
        self.by_name = {k: v[0] for k, v in by_name.items() if len(v) == 1}
        self.speakers = event_speakers(event_id)
        self.speaker_by_name = {}
        for pid, name in self.speakers:
            self.speaker_by_name[_fold(name)] = pid
            self.speaker_by_name.setdefault(_fold(_strip_titles(name)), pid)
        answered = (Response.select(Response.person, Response.speaker)
                    .where(Response.event == event_id,
                           Response.questionnaire == questionnaire.id,
                           Response.person.is_null(False)).tuples())
        self.answered = set(answered)
        self.row_of: dict[tuple, int] = {}
        self.speaker_form = questionnaire.kind == SPEAKER_KIND
        self.timestamp_column = next(((i, h) for i, h in enumerate(headers)
                                      if mapping.get(h) is None
                                      and heading_words(h) in TIMESTAMP_HEADINGS), None)
        self.imported = {f for (f,) in Response.select(Response.fingerprint)
                         .where(Response.event == event_id,
                                Response.questionnaire == questionnaire.id,
                                Response.fingerprint.is_null(False)).tuples()}
        self.copies: dict[str, int] = {}  # identical rows seen so far in this file

    def check(self, number: int, cells: tuple) -> PreviewRow:
        result = PreviewRow(number, OK)
        width = len(cells)
        for index, qid, read, header in self.question_columns:
            raw = cells[index] if index < width else None
            try:
                value = read(raw if type(raw) is str else cell_text(raw))
            except AnswerProblem as problem:
                result.problems.append((header, problem.msg))
                continue
            if value is not None:
                result.answers.append((qid, value[0], value[1]))
        self._respondent(result, cells)
        if self.speaker_form:
            self._speaker(result, cells)
        if not result.problems:
            result.fingerprint = self._fingerprint(result, cells)
            if result.fingerprint in self.imported:
                result.status, result.note = ALREADY, None
                return result
        self._once(result)
        if result.problems:
            result.status = REJECTED
        return result

    def _fingerprint(self, result: PreviewRow, cells: tuple) -> str:
        """The form tool's timestamp, who answered (as written) and the answers as read,
        so "Baik" and "4" are one answer. Identical rows of a file are told apart by their
        order (an export without timestamps): the second one imported before is the
        second one seen again."""
        who = [_fold(self._cell(column, cells)[1])
               for column in (self.timestamp_column, self.nip_column, self.name_column)]
        content = fingerprint(who, result.speaker_id, result.answers)
        copy = self.copies.get(content, 0)
        self.copies[content] = copy + 1
        return fingerprint([content, str(copy)], None, [])

    def _cell(self, column, cells) -> tuple[object, str, str]:
        if column is None:
            return None, "", ""
        index, header = column
        raw = cells[index] if index < len(cells) else None
        return raw, cell_text(raw), header

    def _respondent(self, result: PreviewRow, cells: tuple) -> None:
        raw_nip, nip_text, nip_header = self._cell(self.nip_column, cells)
        _raw, name_text, _header = self._cell(self.name_column, cells)
        result.respondent = name_text
        if nip_text:
            damaged = nip_cell_problem(raw_nip)
            if damaged is not None:
                result.problems.append((nip_header, damaged))
                return
            person_id = self.owner_of_nip.get(normalize_nip(nip_text))
            if person_id in self.name_of:
                result.person_id = person_id
                result.respondent = self.name_of[person_id]
                return
            if person_id is not None:  # someone the office knows, not on this event
                result.respondent = _person_name(person_id)
                result.note = message(_C, QT_TRANSLATE_NOOP(
                    "ResponseImport", "{name} (NIP {nip}) is not registered for this event: "
                                      "imported as anonymous."),
                    name=result.respondent, nip=grouped(nip_text))
                return
            result.respondent = name_text or grouped(nip_text)
        if name_text:
            # "Drs. H. Raja Kamaruddin" finds "Drs. H. Raja Kamaruddin, M.Si.": titles aside.
            person_id = (self.by_name.get(_fold(name_text))
                         or self.by_name.get(_fold(_strip_titles(name_text))))
            if person_id is not None:
                result.person_id = person_id
                result.respondent = self.name_of[person_id]
                return
        if nip_text:
            result.note = message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "No one has the NIP {nip}: imported as anonymous."),
                nip=grouped(nip_text))
        elif name_text:
            result.note = message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "“{name}” is not registered for this event (or the name "
                                  "is not unique): imported as anonymous."), name=name_text)

    def _speaker(self, result: PreviewRow, cells: tuple) -> None:
        if self.fixed_speaker is not None:
            result.speaker_id = self.fixed_speaker
            return
        _raw, text, header = self._cell(self.speaker_column, cells)
        if not text:
            result.problems.append((header, message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "The speaker is missing."))))
            return
        speaker_id = self.speaker_by_name.get(_fold(text)) \
            or self.speaker_by_name.get(_fold(_strip_titles(text)))
        if speaker_id is None:
            result.problems.append((header, message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "“{value}” is not a speaker in the event's schedule "
                                  "({speakers})."),
                value=text, speakers=", ".join(n for _p, n in self.speakers) or "—")))
            return
        result.speaker_id = speaker_id

    def _once(self, result: PreviewRow) -> None:
        """A named person answers the form (about a speaker) once."""
        if result.person_id is None or result.problems:
            return
        key = (result.person_id, result.speaker_id)
        column = (self.nip_column or self.name_column)[1]
        if key in self.answered:
            result.problems.append((column, already_answered(result.respondent)))
            return
        earlier = self.row_of.setdefault(key, result.row)
        if earlier != result.row:
            result.problems.append((column, message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "{name} also answered in row {row}: each person answers "
                                  "once."), name=result.respondent, row=earlier)))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


TIMESTAMP_HEADINGS = {"timestamp", "stempel waktu", "cap waktu", "waktu", "tanggal",
                      "tanggal dan waktu", "waktu pengisian", "submitted at", "submitted",
                      "submission time", "completion time", "start time", "date"}


def fingerprint(texts: list[str], speaker_id: int | None, answers: list) -> str:
    """What recognises an imported row: a hash of its texts and answers."""
    stored = sorted((qid, number, text) for qid, number, text in answers)
    data = json.dumps([texts, speaker_id, stored], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def _strip_titles(name: str) -> str:
    from models.staff.names import split_titles

    return split_titles(name)[1]


def _person_name(person_id: int) -> str:
    return Person.get_by_id(person_id).full_name


# --- writing --------------------------------------------------------------------------------


def apply(preview: ResponsePreview, progress: Progress = NO_PROGRESS) -> ResponseImportResult:
    """Write every row that fits, in one transaction, and remember the mapping.

    A row stored since the file was read (by another import of the same export, or the
    person's form typed in) is skipped as already imported: the transaction starts with
    BEGIN IMMEDIATE, so what it reads first stays true until it commits. On
    :class:`~models.progress.Cancelled` or any error nothing is written.
    """
    stamp = Response.submitted_at.db_value(now())
    response_sql = _insert_sql(Response, [Response.id, Response.event, Response.questionnaire,
                                          Response.person, Response.speaker, Response.source,
                                          Response.submitted_at, Response.fingerprint])
    answer_sql = _insert_sql(Answer, [Answer.response, Answer.question, Answer.number,
                                      Answer.text])
    try:
        with db.atomic():
            good = _not_stored_yet(preview)
            total = len(good)
            attach(preview.event_id, preview.questionnaire_id)
            remember_mapping(preview.questionnaire_id, preview.mapping, preview.ratings)
            # The write lock is held since BEGIN IMMEDIATE, so numbering the new
            # responses here is safe, and their answers need no read-back of the ids.
            next_id = (Response.select(fn.MAX(Response.id)).scalar() or 0) + 1
            cursor = db.cursor()
            for start in range(0, total, CHUNK):
                chunk = good[start:start + CHUNK]
                responses, answers = [], []
                for offset, row in enumerate(chunk):
                    response_id = next_id + start + offset
                    responses.append((response_id, preview.event_id, preview.questionnaire_id,
                                      row.person_id, row.speaker_id, CSV, stamp,
                                      row.fingerprint or None))
                    answers.extend((response_id, *answer) for answer in row.answers)
                cursor.executemany(response_sql, responses)
                cursor.executemany(answer_sql, answers)
                progress.step(start + len(chunk), total)
            ids_given(Response)
            progress.step(total, total)  # the last chance to cancel, before the commit
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "ResponseImport", "Nothing was imported: the database refused a row ({detail}). "
                              "Perhaps the form was changed meanwhile; read the file again."),
            detail=str(exc))) from exc
    stored_meanwhile = preview.ok - total
    return ResponseImportResult(total, preview.rejected,
                                sum(1 for r in good if r.person_id is None),
                                preview.already + stored_meanwhile)


def _not_stored_yet(preview: ResponsePreview) -> list[PreviewRow]:
    """The rows that fit whose fingerprint the form does not hold at the event and whose
    person has not answered it (about that speaker), as the database stands now."""
    mine = ((Response.event == preview.event_id)
            & (Response.questionnaire == preview.questionnaire_id))
    imported = {f for (f,) in Response.select(Response.fingerprint)
                .where(mine, Response.fingerprint.is_null(False)).tuples()}
    answered = set(Response.select(Response.person, Response.speaker)
                   .where(mine, Response.person.is_null(False)).tuples())
    return [r for r in preview.rows if r.status == OK and r.fingerprint not in imported
            and (r.person_id is None or (r.person_id, r.speaker_id) not in answered)]


def _insert_sql(model, fields) -> str:
    """One prepared INSERT for ``executemany``: Peewee's ``insert_many`` builds the SQL text
    anew for every value, which was 6 of the 6.4 s of writing 5,000 responses (52,000
    answers) under the profiler; bench_response_import: apply 3.0 s with insert_many,
    0.26 s like this. Table and column names still come from the model."""
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    return f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks(len(fields))})'


def find_questionnaire(event_id: int, text: str) -> Questionnaire | None:
    """A questionnaire by id or exact name; of several with the name, the one attached to
    the event, else the newest one in use."""
    text = text.strip()
    if text.isdigit():
        return Questionnaire.get_or_none(Questionnaire.id == int(text))
    named = list(Questionnaire.select().where(Questionnaire.name == text)
                 .order_by(Questionnaire.archived, Questionnaire.id.desc()))
    attached = {qid for (qid,) in EventQuestionnaire.select(EventQuestionnaire.questionnaire)
                .where(EventQuestionnaire.event == event_id).tuples()}
    return next((q for q in named if q.id in attached), named[0] if named else None)


def question_labels(questionnaire_id: int) -> list[tuple[int, str]]:
    """(question id, "3. text") for the mapping choices."""
    return [(q.id, f"{number}. {q.text}")
            for number, q in enumerate(questions_of(questionnaire_id), start=1)]

