"""Which column of a form tool's export holds what: a question, the respondent's NIP or
name, the speaker rated. Guessed from the headings, corrected by the office, remembered
per questionnaire with the values it gave the rating words (:mod:`response_import` reads
the rows with it).

A mapping is ``{heading: target}``: a question id, or :data:`NIP`, :data:`NAME` or
:data:`SPEAKER`; ``None`` (or a heading left out) ignores the column.
"""

import difflib
import json
import re

from models.evaluation.questionnaires import SPEAKER as SPEAKER_KIND
from models.evaluation.questionnaires import questions_of
from models.evaluation.rating_scales import fold as fold_answer
from models.evaluation.rating_scales import remembered_ratings
from models.evaluation.tables import ImportMapping, Questionnaire
from models.messages import QT_TRANSLATE_NOOP, Message, message

_C = "ResponseImport"
NIP, NAME, SPEAKER = "nip", "name", "speaker"
SPECIAL_TARGETS = (NIP, NAME, SPEAKER)
SIMILAR = 0.75  # how alike a heading and a question must be to be guessed a pair


# --- which column holds what ----------------------------------------------------------------

_NOT_WORD = re.compile(r"[^\w]+")
_NUMBERING = re.compile(r"^(?:q|no)?\s*\d+\s*[.):-]?\s+", re.IGNORECASE)
_BRACKETED = re.compile(r"\[([^\]]+)\]\s*$")
NIP_HEADINGS = {"nip", "nip peserta", "nip responden", "nomor induk pegawai", "nip nik",
                "nip nrp", "employee number"}
NAME_HEADINGS = {"nama", "name", "nama lengkap", "nama peserta", "nama responden",
                 "nama lengkap dan gelar", "nama lengkap beserta gelar", "full name",
                 "your name", "nama anda"}
SPEAKER_WORDS = ("narasumber", "pemateri", "speaker", "pembicara")


def heading_words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _special(header: str, speaker_form: bool) -> str | None:
    norm = heading_words(header)
    if speaker_form and any(word in norm.split() for word in SPEAKER_WORDS) \
            and len(norm.split()) <= 3:
        return SPEAKER
    if norm in NIP_HEADINGS or norm.startswith("nip "):
        return NIP
    if norm in NAME_HEADINGS:
        return NAME
    return None


def _likeness(header: str, question_text: str) -> float:
    """1 for the same words; a little less for the question in a heading such as
    "Penilaian materi [Materi mudah dipahami]" or "3. Materi mudah dipahami"."""
    wanted = heading_words(question_text)
    if not wanted:
        return 0.0
    candidates = [header, _NUMBERING.sub("", header)]
    bracketed = _BRACKETED.search(header)
    if bracketed:
        candidates.append(bracketed.group(1))
    best = 0.0
    for text in candidates:
        norm = heading_words(text)
        if norm == wanted:
            return 1.0 if text is header else 0.99
        if len(wanted) >= 8 and wanted in norm:
            best = max(best, 0.9)
        best = max(best, difflib.SequenceMatcher(None, norm, wanted).ratio() * 0.95)
    return best


def guess_mapping(headers: list[str], questions, speaker_form: bool = False) -> dict:
    """A first guess: NIP, name and speaker columns by their usual headings; each question
    to the column whose heading reads most like it (at most one column per question)."""
    mapping: dict = {}
    for header in headers:
        target = _special(header, speaker_form)
        if target is not None and target not in mapping.values():
            mapping[header] = target
    open_headers = [h for h in headers if h not in mapping]
    pairs = sorted(((_likeness(h, q.text), i, j) for i, h in enumerate(open_headers)
                    for j, q in enumerate(questions)), reverse=True)
    used_headers, used_questions = set(), set()
    for score, i, j in pairs:
        if score < SIMILAR:
            break
        if i in used_headers or j in used_questions:
            continue
        used_headers.add(i)
        used_questions.add(j)
        mapping[open_headers[i]] = questions[j].id
    return {h: mapping.get(h) for h in headers}


def remembered_mapping(questionnaire_id: int) -> dict:
    """The headings the office matched for this questionnaire before (``None``: ignored)."""
    row = ImportMapping.get_or_none(ImportMapping.questionnaire == questionnaire_id)
    if row is None:
        return {}
    try:
        stored = json.loads(row.mapping or "{}")
    except ValueError:
        return {}
    valid = {q.id for q in questions_of(questionnaire_id)}
    return {h: t for h, t in stored.items()
            if t is None or t in SPECIAL_TARGETS or (isinstance(t, int) and t in valid)}


def remember_mapping(questionnaire_id: int, mapping: dict, ratings: dict | None = None) -> None:
    """Keep this file's headings (and the values of its rating answers) with those
    remembered from other files (another form tool may name its columns differently)."""
    merged = {**remembered_mapping(questionnaire_id), **mapping}
    text = json.dumps(merged, ensure_ascii=False)
    values = {**remembered_ratings(questionnaire_id),
              **{fold_answer(t): v for t, v in (ratings or {}).items()}}
    scale = json.dumps(values, ensure_ascii=False)
    (ImportMapping.insert(questionnaire=questionnaire_id, mapping=text, ratings=scale)
     .on_conflict(conflict_target=[ImportMapping.questionnaire],
                  update={ImportMapping.mapping: text, ImportMapping.ratings: scale})
     .execute())



def mapping_for(headers: list[str], questionnaire_id: int) -> dict:
    """The remembered mapping for the headings it knows, a guess for the others."""
    questionnaire = Questionnaire.get_by_id(questionnaire_id)
    questions = questions_of(questionnaire_id)
    remembered = remembered_mapping(questionnaire_id)
    known = {h: remembered[h] for h in headers if h in remembered}
    taken = {t for t in known.values() if t is not None}
    rest = [h for h in headers if h not in known]
    guessed = guess_mapping(rest, [q for q in questions if q.id not in taken],
                            questionnaire.kind == SPEAKER_KIND)
    guessed = {h: (t if t not in taken else None) for h, t in guessed.items()}
    merged = {**known, **guessed}
    return {h: merged.get(h) for h in headers}


_ONE_COLUMN_ONLY = {
    NIP: QT_TRANSLATE_NOOP("ResponseImport",
                           "The columns {columns} all hold the respondent's NIP: keep one."),
    NAME: QT_TRANSLATE_NOOP("ResponseImport",
                            "The columns {columns} all hold the respondent's name: keep one."),
    SPEAKER: QT_TRANSLATE_NOOP("ResponseImport",
                               "The columns {columns} all name the speaker: keep one."),
}


def mapping_problems(mapping: dict, questionnaire_id: int,
                     fixed_speaker: bool = False) -> list[Message]:
    """What keeps the mapping from being used, in the order to fix it."""
    questionnaire = Questionnaire.get_by_id(questionnaire_id)
    questions = questions_of(questionnaire_id)
    found = []
    columns_of: dict = {}
    for header, target in mapping.items():
        if target is not None:
            columns_of.setdefault(target, []).append(header)
    texts = {q.id: q.text for q in questions}
    for target, headers in columns_of.items():
        if len(headers) > 1:
            columns = ", ".join(f"“{h}”" for h in headers)
            if target in texts:
                found.append(message(_C, QT_TRANSLATE_NOOP(
                    "ResponseImport", "The columns {columns} all hold “{target}”: keep one."),
                    columns=columns, target=texts[target]))
            else:
                found.append(message(_C, _ONE_COLUMN_ONLY[target], columns=columns))
    if not any(q.id in columns_of for q in questions):
        found.append(message(_C, QT_TRANSLATE_NOOP(
            "ResponseImport", "No column is matched to a question of the form.")))
    for question in questions:
        if question.required and question.id not in columns_of:
            found.append(message(_C, QT_TRANSLATE_NOOP(
                "ResponseImport", "No column holds the required question “{question}”."),
                question=question.text))
    if questionnaire.kind == SPEAKER_KIND and SPEAKER not in columns_of and not fixed_speaker:
        found.append(message(_C, QT_TRANSLATE_NOOP(
            "ResponseImport", "Choose the column naming the speaker, or the speaker every "
                              "row is about.")))
    return found
