"""Importing the staff list from the spreadsheet the personnel office (SIMPEG) gives.

Two steps, so the office sees what will happen before anything changes:
:func:`read_preview` reads the file and sorts every row into new, update (with each field's
old and new value), weakens (an update that would replace a value with less, held back
until the office ticks it), unchanged, skipped (numbering and signature rows) or rejected
(with the row, column and reason); :func:`apply` then writes the new and changed rows in
one transaction. ``reports.staff.rejects.write_rejects`` saves the rejected rows
with their reasons, to fix and import again.
"""

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

import peewee

from models.base import now
from models.db import db
from models.importing import preview as shared
from models.importing.table_shape import NotPeople, column_letter, with_subheadings
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.bulk import insert_people, read_people, update_people
from models.staff.columns import EXPORT_FIELDS, HEADER_FIELDS, JOINED_FIELDS, header_key
from models.staff.import_changes import changes, weakens
from models.staff.import_matching import StoredPeople, person_key
from models.staff.import_rules import (
    Columns,
    RowProblem,
    cell_text,
    map_columns,
    no_name_column,
    raw_cells,
    row_values,
)

_C = "StaffImport"
NEW, UPDATE = "new", "update"
WEAKENS = "weakens"  # an update replacing a value with less: applied only when agreed
SKIPPED = "skipped"  # a row that is not a person (numbering, signature), with a note
UNCHANGED, REJECTED = shared.UNCHANGED, shared.REJECTED
CHUNK = 200  # rows written between progress reports


@dataclass(slots=True)
class ImportRow(shared.ImportRow):
    # As staff.clean returns them (plus "active" when the file says); for a rejected row
    # only "name" and "nip" as the file writes them, to show which row it is.
    values: dict = field(default_factory=dict)
    raw: list[str] = field(default_factory=list)  # the original cells, one per heading
    person_id: int | None = None  # the person an update (or unchanged row) matches
    filled: frozenset = frozenset()  # fields whose cell was not empty
    changes: tuple = ()  # (field, old, new) for each value an update changes
    weakened: tuple = ()  # the fields of ``changes`` whose new value says less
    apply_anyway: bool = False  # the office agreed to a WEAKENS row


@dataclass
class ImportPreview(shared.ImportPreview):
    nip_column: int | None = None  # index of the column read as the NIP
    # Letters of the columns that hold something under no heading: not read either.
    unheaded_columns: list[str] = field(default_factory=list)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def weakening(self) -> int:
        return self.count(WEAKENS)

    @property
    def skipped(self) -> int:
        return self.count(SKIPPED)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    rejected: int
    unchanged: int = 0  # rows that matched a person who already has the file's values
    held: int = 0  # rows that would weaken a record, left out
    # The preview's rows as matched again when written: a row may weaken a record only
    # now, because someone changed it since the file was read.
    rows: tuple = field(default=(), compare=False, repr=False)


def read_preview(path, progress: Progress = NO_PROGRESS,
                 normal_case: bool = True) -> ImportPreview:
    """Read ``path`` (.xlsx: first sheet; .csv: ``,`` or ``;``) and decide for every row
    what importing would do.

    The headings are the first filled row (or, when that is a title, the first of the
    first rows with a Nama/Name column), read with the row below when that is their second
    row; blank rows are skipped. With ``normal_case``, names in capitals are written in
    normal case (:func:`names.normal_case`). Nothing is written.
    Raises :class:`SiBinaError` naming the file when it cannot be read or has no name
    column.
    """
    try:
        sheet = shared.read_sheet(path, progress, _names_someone, parts=2)
    except shared.NoHeadings as exc:
        raise no_name_column(_headings(exc.first_filled), Path(path).name) from None
    headers, data = _headings(sheet.headings), sheet.rows
    if data and data[0][0] == sheet.header_row + 1:
        combined = _second_heading_row(headers, [cell_text(c) for c in data[0][1]])
        if combined is not None:
            headers, data = combined, data[1:]
    headers = _spans_of_joined(headers)
    columns = map_columns(headers)
    nip_index = columns.fields.get("nip", [None])[0]
    records = []  # (row number, cells as text, the NIP cell as the file holds it)
    for number, cells in data:
        texts = tuple(map(cell_text, cells))
        records.append((number, texts, shared.cell(cells, nip_index)))
    sorter = _RowSorter(columns, normal_case)
    not_people = NotPeople()
    blank = [i for i, text in enumerate(headers) if not text]
    unheaded: set[int] = set()
    total = len(records)
    result = []
    for done, (number, texts, nip_cell) in enumerate(records, start=1):
        note = not_people.note(texts)
        if note is None:
            unheaded.update(i for i in blank if i < len(texts) and texts[i])
            unheaded.update(i for i in range(len(headers), len(texts)) if texts[i])
        result.append(ImportRow(number, SKIPPED, reason=note, raw=list(texts)) if note
                      else sorter.sort(number, texts, nip_cell))
        if done % shared.STEP == 0:
            progress.step(total + done, 2 * total)
    _compare_with_stored(result)
    return ImportPreview(sheet.path, headers, result, columns.ignored, nip_index,
                         [column_letter(i) for i in sorted(unheaded)])


def _names_someone(texts: list[str]) -> bool:
    """Whether a row is the headings: it has a Nama/Name column (a title above has not)."""
    return "name" in map_columns(_headings(texts)).fields


def _second_heading_row(headers: list[str], below: list[str]) -> list[str] | None:
    """The headings read with ``below`` when it is their second row; a person's row has a
    name, where a second heading row has the merged Nama heading's blank."""
    name_index = map_columns(headers).fields["name"][0]
    if shared.cell(tuple(below), name_index):
        return None
    combined = with_subheadings(headers, below, lambda t: header_key(t) in HEADER_FIELDS)
    return None if combined is None else _headings(combined)


def _spans_of_joined(headers: list[str]) -> list[str]:
    """A blank heading right of "Pangkat/Golongan" is that heading merged over both
    columns ("Penata Tingkat I" | "III/d"): the column joins the rank, not left unread."""
    spans = list(headers)
    for index in range(1, len(spans)):
        before = HEADER_FIELDS.get(header_key(spans[index - 1]))
        if not spans[index] and before in JOINED_FIELDS:
            spans[index] = spans[index - 1]
    return spans


def _headings(texts) -> list[str]:
    headers = list(texts)
    while headers and not headers[-1]:
        headers.pop()
    return headers


class _RowSorter:
    """Decides new / update / rejected, remembering the rows already seen in the file."""

    def __init__(self, columns: Columns, normal_case: bool):
        self.columns, self.normal_case = columns, normal_case
        self.stored = StoredPeople()
        self.row_of_nip: dict[str, int] = {}
        self.row_of_person: dict[tuple, int] = {}

    def sort(self, number: int, texts: tuple[str, ...], nip_cell) -> ImportRow:
        raw = raw_cells(texts, nip_cell, self.columns)
        try:
            values, filled = row_values(texts, nip_cell, self.columns, self.normal_case)
            status, person_id = self._match(number, values)
        except RowProblem as problem:
            shown = {f: raw[self.columns.fields[f][0]] if f in self.columns.fields else ""
                     for f in ("name", "nip")}
            return ImportRow(number, REJECTED, self.columns.header_of(problem.field),
                             problem.msg, values=shown, raw=raw)
        return ImportRow(number, status, values=values, raw=raw, person_id=person_id,
                         filled=filled)

    def _match(self, number: int, values: dict) -> tuple[str, int | None]:
        nip = values["nip"]
        if nip:
            earlier = self.row_of_nip.setdefault(nip, number)
            if earlier != number:
                raise RowProblem("nip", message(_C, QT_TRANSLATE_NOOP(
                    "StaffImport",
                    "Same NIP as row {row}: each person may appear only once."), row=earlier))
        else:
            key = person_key(values["name"], values["unit"])
            earlier = self.row_of_person.setdefault(key, number)
            if earlier != number:
                raise RowProblem("name", message(_C, QT_TRANSLATE_NOOP(
                    "StaffImport",
                    "Same name and unit as row {row}, and neither has a NIP: each person "
                    "may appear only once."), row=earlier))
        return _status(self.stored.person_of(values))


def _status(person_id: int | None) -> tuple[str, int | None]:
    return (UPDATE, person_id) if person_id is not None else (NEW, None)


def _compare_with_stored(rows: list[ImportRow]) -> None:
    """Give each update its changes: UNCHANGED when its filled fields already hold the
    file's values (importing the same file again neither counts nor stamps anyone as
    updated), WEAKENS when a change says less than the stored value."""
    updates: dict[int, list[ImportRow]] = {}
    for row in rows:
        if row.status == UPDATE:
            updates.setdefault(row.person_id, []).append(row)
    if not updates:
        return
    filled = set().union(*(row.filled for group in updates.values() for row in group))
    names = [f for f in EXPORT_FIELDS if f in filled]
    for person_id, stored in read_people(list(updates), names):
        for row in updates[person_id]:
            row.changes = changes(stored, row.values, [f for f in names if f in row.filled])
            row.weakened = tuple(f for f, old, new in row.changes if weakens(f, old, new))
            row.status = WEAKENS if row.weakened else UPDATE if row.changes else UNCHANGED


def apply(preview: ImportPreview, progress: Progress = NO_PROGRESS,
          overwrite: bool = False) -> ImportResult:
    """Write the preview's new and updated rows in one transaction.

    Every row is matched again inside the transaction (:mod:`import_matching`): a person
    another import or a clerk added since the file was read is updated, not added twice,
    and a row whose person now holds its values writes nothing. An update overwrites only
    the fields whose cell was filled; an unchanged row writes nothing (its person keeps
    ``updated_at``). A row that weakens a record is written only when ticked
    (``apply_anyway``) or with ``overwrite``. On :class:`Cancelled` or any error nothing
    is written; the preview itself is left as it was.
    """
    stamp = now()
    imported = updated = 0
    try:
        with db.atomic():
            rows = _matched_again(preview.rows)
            good = [r for r in rows if r.status in (NEW, UPDATE)
                    or (r.status == WEAKENS and (overwrite or r.apply_anyway))]
            total = len(good)
            for start in range(0, total, CHUNK):
                chunk = good[start:start + CHUNK]
                imported += insert_people([r.values for r in chunk if r.status == NEW], stamp)
                updated += update_people([(r.person_id, {f: r.values[f] for f in r.filled})
                                          for r in chunk if r.status != NEW], stamp)
                progress.step(start + len(chunk), total)
            progress.step(total, total)  # the last chance to cancel, before the commit
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport",
            "Nothing was imported: the database refused a row ({detail}). Perhaps a NIP in "
            "the file was added by hand meanwhile; read the file again."),
            detail=str(exc))) from exc
    weakening = sum(1 for r in rows if r.status == WEAKENS)
    held = weakening - sum(1 for r in good if r.status == WEAKENS)
    unchanged = sum(1 for r in rows if r.status == UNCHANGED)
    return ImportResult(imported, updated, preview.rejected, unchanged, held, tuple(rows))


def _matched_again(rows: list[ImportRow]) -> list[ImportRow]:
    """Copies of the preview's rows, those that would write matched to the people the
    database holds now, with their changes compared anew. A row the office saw change
    nothing stays so: it never overwrites an edit made since."""
    stored = StoredPeople()
    again = []
    for row in rows:
        if row.status in (NEW, UPDATE, WEAKENS):
            status, person_id = _status(stored.person_of(row.values))
            row = replace(row, status=status, person_id=person_id, changes=(), weakened=())
        again.append(row)
    _compare_with_stored(again)
    return again
