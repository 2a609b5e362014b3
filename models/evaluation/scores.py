"""Pre-test and post-test scores (0–100) per participant, and the learning gain.

The normalised gain of one person is ``(post − pre) / (100 − pre)``: the share of what
they could still learn that they did learn. It is undefined when a score is missing or
the pre-test was already 100 (nothing left to learn); such people are left out of the
event's average. Bands as usual in the literature (Hake 1998): high ≥ 0.7, medium ≥ 0.3,
low below (a negative gain, someone who did worse after, is low too).

The event's average is the mean of the individual gains, as the brief asks, not Hake's
gain of the class averages; the two differ when people start far apart.

Scores come typed in the Scores grid or from a CSV/XLSX file (:func:`read_import`, then
:func:`apply_import` in one transaction), whose rows find their participant by NIP,
participant number or name.
"""

import math
from dataclasses import dataclass, field

from peewee import EXCLUDED

from models.attendance.marking import GridPerson, participants
from models.db import db
from models.evaluation.tables import TestScore
from models.events.tables import Registration
from models.importing import preview as shared
from models.importing.preview import CellProblem, cell
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.columns import header_key
from models.staff.import_rules import cell_text, nip_cell_problem
from models.staff.nip import normalize

PRE, POST = "pre", "post"
KINDS = (PRE, POST)
HIGH, MEDIUM, LOW = "high", "medium", "low"
BANDS = (HIGH, MEDIUM, LOW)
HIGH_FROM, MEDIUM_FROM = 0.7, 0.3
MAX_SCORE = 100.0


def _says(text: str, **params) -> Message:
    return message("Scores", text, **params)


# --- one score, one gain --------------------------------------------------------------

def parse_score(value) -> float | None:
    """A score from a number or from text with a decimal comma or point; None when empty.

    Raises :class:`SiBinaError` when it is not a number from 0 to 100.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        number = math.nan
    elif isinstance(value, int | float):
        number = float(value)
    else:
        try:  # a score never reaches a thousand, so a comma can only be the decimal one
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            number = math.nan
    if not math.isfinite(number) or not 0 <= number <= MAX_SCORE:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Scores", "A score is a number from 0 to 100, not “{value}”."),
            value=str(value).strip()))
    return number


def gain(pre: float | None, post: float | None) -> float | None:
    """``(post − pre) / (100 − pre)``; None when a score is missing or ``pre`` is 100."""
    if pre is None or post is None or pre >= MAX_SCORE:
        return None
    return (post - pre) / (MAX_SCORE - pre)


def band(g: float | None) -> str | None:
    """``"high"`` (≥ 0.7), ``"medium"`` (≥ 0.3) or ``"low"``; None for no gain."""
    if g is None:
        return None
    # Rounded first so a gain shown as 0.70 is never called medium by float noise
    # ((87.1 − 57) / 43 is 0.69999…).
    g = round(g, 9)
    return HIGH if g >= HIGH_FROM else MEDIUM if g >= MEDIUM_FROM else LOW


def _is_participant(event_id: int, person_id: int) -> bool:
    return (Registration.select().where(
        Registration.event == event_id, Registration.person == person_id,
        Registration.role == "peserta", ~Registration.cancelled).exists())


def set_score(event_id: int, person_id: int, kind: str, score) -> float | None:
    """Record (``score`` None or empty: clear) a participant's pre or post score.

    ``score`` may be text as typed. Returns the score it replaced (None: there was none).
    Raises :class:`SiBinaError` for a value outside 0–100 or someone not registered.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    value = parse_score(score)
    if value is not None and not _is_participant(event_id, person_id):
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Scores", "Only a participant of the event can have a test score.")))
    with db.atomic():
        where = ((TestScore.event == event_id) & (TestScore.person == person_id)
                 & (TestScore.kind == kind))
        before = TestScore.select(TestScore.score).where(where).scalar()
        if value is None:
            TestScore.delete().where(where).execute()
        else:
            _write(event_id, {(person_id, kind): value})
    return before


def clear_score(event_id: int, person_id: int, kind: str) -> float | None:
    return set_score(event_id, person_id, kind, None)


def _write(event_id: int, values: dict[tuple[int, str], float]) -> None:
    """Insert or replace scores, a couple of hundred rows a statement."""
    rows = [{"event": event_id, "person": pid, "kind": kind, "score": score}
            for (pid, kind), score in values.items()]
    for start in range(0, len(rows), 200):  # 4 values a row: well under SQLite's limit
        (TestScore.insert_many(rows[start:start + 200])
         .on_conflict(conflict_target=[TestScore.event, TestScore.person, TestScore.kind],
                      update={TestScore.score: EXCLUDED.score})
         .execute())


def stored(event_id: int) -> dict[tuple[int, str], float]:
    """Every score of the event: ``{(person id, "pre"/"post"): score}``."""
    query = (TestScore.select(TestScore.person, TestScore.kind, TestScore.score)
             .where(TestScore.event == event_id).tuples())
    return {(pid, kind): score for pid, kind, score in query}


# --- the event's table ----------------------------------------------------------------

@dataclass(slots=True)
class ScoreRow:
    person_id: int
    participant_no: int | None
    name: str  # with titles, as printed
    nip: str  # 18 digits or ""
    pre: float | None
    post: float | None
    gain: float | None
    band: str | None  # HIGH / MEDIUM / LOW, None without a gain


@dataclass(slots=True)
class GainSummary:
    """The event's gain, as every screen and report gives it."""

    n: int = 0  # participants with both scores and pre < 100
    incomplete: int = 0  # participants with only one of the two scores
    ceiling: int = 0  # participants whose pre-test was already 100 (no gain possible)
    mean_pre: float | None = None  # of the n counted
    mean_post: float | None = None
    mean_gain: float | None = None  # the mean of the individual gains
    band: str = ""  # of mean_gain; "" without one
    bands: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))


def scores(event_id: int) -> list[ScoreRow]:
    """One row per registered participant, in participant-number order."""
    values = stored(event_id)
    rows = []
    for p in participants(event_id):
        pre, post = values.get((p.id, PRE)), values.get((p.id, POST))
        g = gain(pre, post)
        rows.append(ScoreRow(p.id, p.participant_no, p.name, p.nip, pre, post, g, band(g)))
    return rows


def summarise(rows: list[ScoreRow]) -> GainSummary:
    """The gain of ``rows`` (the Scores grid's, as typed): the Scores panel, the Results
    panel and the reports all count with this."""
    counted = [row for row in rows if row.gain is not None]
    summary = GainSummary(
        n=len(counted),
        incomplete=sum(1 for row in rows if (row.pre is None) != (row.post is None)),
        ceiling=sum(1 for row in rows
                    if row.pre is not None and row.post is not None and row.gain is None))
    if not counted:
        return summary
    summary.mean_pre = sum(row.pre for row in counted) / summary.n
    summary.mean_post = sum(row.post for row in counted) / summary.n
    summary.mean_gain = sum(row.gain for row in counted) / summary.n
    summary.band = band(summary.mean_gain)
    for row in counted:
        summary.bands[band(row.gain)] += 1
    return summary


def event_gain(event_id: int) -> GainSummary:
    """The gain of the event's participants; a cancelled registration's scores stay
    stored but do not count, as the person is no participant any more."""
    return summarise(scores(event_id))


# --- importing a file -----------------------------------------------------------------

OK, UNCHANGED, REJECTED = shared.OK, shared.UNCHANGED, shared.REJECTED
ImportResult = shared.ImportResult

# Headings compared without case or punctuation (header_key): "Pre-Test" → "pretest".
_HEADINGS = {
    "nip": {"nip", "nipbaru", "nonip"},
    "number": {"no", "nopeserta", "nomor", "nomorpeserta", "nourut", "participantno",
               "participantnumber", "number"},
    "name": {"nama", "namapeserta", "namalengkap", "name", "fullname", "participant"},
    PRE: {"pre", "pretest", "tesawal", "testawal", "nilaiawal", "prescore"},
    POST: {"post", "posttest", "tesakhir", "testakhir", "nilaiakhir", "postscore"},
}
_WORDS = ("nilai", "skor", "score")  # "Nilai Pre-test", "Skor Post", "Pre-test score"


def _column_of(heading: str) -> str | None:
    key = header_key(heading)
    for word in _WORDS:
        if key.startswith(word) and key != word:
            key = key[len(word):]
        elif key.endswith(word) and key != word:
            key = key[:-len(word)]
    return next((name for name, keys in _HEADINGS.items() if key in keys), None)


@dataclass(slots=True)
class ImportRow(shared.ImportRow):
    person_id: int | None = None
    name: str = ""  # the participant found, or what the file says
    pre: float | None = None  # None: the cell was empty (the stored score stays)
    post: float | None = None


@dataclass
class ImportPreview(shared.ImportPreview):
    event_id: int = 0
    replaced: int = 0  # stored scores the import would change


def read_import(event_id: int, path, progress: Progress = NO_PROGRESS) -> ImportPreview:
    """Read a CSV (``,`` or ``;``) or XLSX of scores and decide for every row what importing
    would do; nothing is written.

    The first filled row holds the headings: one of NIP / No. (participant number) /
    Nama, and Pre-test and/or Post-test (also "Nilai Pre-test", "Pre", "Tes Awal", …).
    Scores may use a decimal comma. An empty score cell keeps the stored score.
    Raises :class:`SiBinaError` naming the file when it is unreadable or lacks columns.
    """
    sheet = shared.read_sheet(path, progress)
    headers = sheet.headings
    columns: dict[str, int] = {}
    ignored = []
    for index, heading in enumerate(headers):
        name = _column_of(heading)
        if name is None or name in columns:
            if heading:
                ignored.append(heading)
        else:
            columns[name] = index
    found = ", ".join(h for h in headers if h) or "—"
    if PRE not in columns and POST not in columns:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Scores", "{file} has no Pre-test or Post-test column. The first filled row "
                      "must hold the column headings. Headings found: {headers}."),
            file=sheet.path.name, headers=found))
    if not columns.keys() & {"nip", "number", "name"}:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Scores", "{file} has no column that names the participant: NIP, No. "
                      "(participant number) or Nama. Headings found: {headers}."),
            file=sheet.path.name, headers=found))
    matcher = _Matcher(event_id, headers, columns)
    result = [matcher.read(number, cells) for number, cells in sheet.rows]
    progress.step(1, 1)
    return ImportPreview(sheet.path, headers, result, ignored, event_id=event_id,
                         replaced=matcher.replaced)


def _plain(text: str) -> str:
    return " ".join(text.casefold().replace(",", " ").split())


class _Matcher:
    """Finds each row's participant and reads its scores, remembering earlier rows."""

    def __init__(self, event_id: int, headers: list[str], columns: dict[str, int]):
        from models.staff.tables import Person

        self.headers, self.columns = headers, columns
        people = participants(event_id)
        self.by_nip = {p.nip: p for p in people if p.nip}
        self.by_number = {p.participant_no: p for p in people if p.participant_no is not None}
        plain_names = dict(Person.select(Person.id, Person.name)
                           .where(Person.id.in_([p.id for p in people])).tuples())
        self.by_name: dict[str, list] = {}
        for p in people:  # the name with titles, and without them
            for key in {_plain(p.name), _plain(plain_names.get(p.id, ""))}:
                self.by_name.setdefault(key, []).append(p)
        self.stored = stored(event_id)
        self.row_of_person: dict[int, int] = {}
        self.replaced = 0

    def _cell(self, cells: tuple, column: str):
        return cell(cells, self.columns.get(column))

    def _heading(self, column: str) -> str:
        return self.headers[self.columns[column]]

    def read(self, number: int, cells: tuple) -> ImportRow:
        name_text = cell_text(self._cell(cells, "name"))
        try:
            person, matched_by = self._person(cells, name_text)
            name_text = person.name
            scores = {}
            for kind in KINDS:
                if kind in self.columns:
                    try:
                        scores[kind] = parse_score(cell_text(self._cell(cells, kind)))
                    except SiBinaError as exc:
                        raise CellProblem(self._heading(kind), exc.msg) from exc
            if all(v is None for v in scores.values()):
                raise CellProblem(self._heading(PRE if PRE in self.columns else POST), _says(
                    QT_TRANSLATE_NOOP("Scores", "The row has no score.")))
            earlier = self.row_of_person.setdefault(person.id, number)
            if earlier != number:
                raise CellProblem(self._heading(matched_by), _says(QT_TRANSLATE_NOOP(
                    "Scores", "Same participant as row {row}: each may appear only once."),
                    row=earlier))
        except CellProblem as problem:
            return ImportRow(number, REJECTED, problem.column, problem.msg, name=name_text)
        changes = [(kind, v) for kind, v in scores.items()
                   if v is not None and self.stored.get((person.id, kind)) != v]
        self.replaced += sum(1 for kind, _v in changes if (person.id, kind) in self.stored)
        return ImportRow(number, OK if changes else UNCHANGED, person_id=person.id,
                         name=name_text, pre=scores.get(PRE), post=scores.get(POST))

    def _naming_column(self) -> str:
        return next(c for c in ("nip", "number", "name") if c in self.columns)

    def _person(self, cells: tuple, name_text: str) -> tuple[GridPerson, str]:
        """The participant the row names, and the column that named them."""
        nip_cell = self._cell(cells, "nip")
        nip = normalize(cell_text(nip_cell))
        if nip:
            lost = nip_cell_problem(nip_cell)
            if lost is not None:
                raise CellProblem(self._heading("nip"), lost)
            if nip not in self.by_nip:
                raise CellProblem(self._heading("nip"), _says(QT_TRANSLATE_NOOP(
                    "Scores", "No participant of this event has NIP {nip}."), nip=nip))
            return self.by_nip[nip], "nip"
        number_text = cell_text(self._cell(cells, "number"))
        if number_text:
            return self._by_number(number_text, name_text), "number"
        if name_text:
            found = self.by_name.get(_plain(name_text), [])
            if len(found) > 1:
                raise CellProblem(self._heading("name"), _says(QT_TRANSLATE_NOOP(
                    "Scores", "Two participants are named “{name}”: give the NIP or the "
                              "participant number."), name=name_text))
            if not found:
                raise CellProblem(self._heading("name"), _says(QT_TRANSLATE_NOOP(
                    "Scores", "No participant of this event is named “{name}”."),
                    name=name_text))
            return found[0], "name"
        raise CellProblem(self._heading(self._naming_column()), _says(QT_TRANSLATE_NOOP(
            "Scores", "The row does not say whose scores these are: fill in the NIP, the "
                      "participant number or the name.")))

    def _by_number(self, text: str, name_text: str) -> GridPerson:
        heading = self._heading("number")
        try:
            number = int(text.rstrip("."))
        except ValueError:
            number = None
        person = self.by_number.get(number)
        if person is None:
            raise CellProblem(heading, _says(QT_TRANSLATE_NOOP(
                "Scores", "No participant of this event has number {number}."), number=text))
        # A "No" column is often just the row count of the sheet: when the file also names
        # the person, both must agree, or the scores would land on someone else.
        if name_text and person not in self.by_name.get(_plain(name_text), []):
            raise CellProblem(heading, _says(QT_TRANSLATE_NOOP(
                "Scores", "Participant number {number} is {found}, not “{name}”."),
                number=text, found=person.name, name=name_text))
        return person


def apply_import(preview: ImportPreview, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Write the preview's good rows in one transaction; an empty cell keeps the stored
    score. On :class:`~models.progress.Cancelled` or any error nothing is written."""
    values = {}
    for row in preview.rows:
        if row.status == OK:
            for kind, value in ((PRE, row.pre), (POST, row.post)):
                if value is not None:
                    values[(row.person_id, kind)] = value
    with db.atomic():
        current = stored(preview.event_id)
        changed = {key: v for key, v in values.items() if current.get(key) != v}
        _write(preview.event_id, changed)
        progress.step(1, 1)  # the last chance to cancel, before the commit
    return ImportResult.of(preview, len(changed))
