"""Importing the staff list from the spreadsheet the personnel office (SIMPEG) gives.

Two steps, so the office sees what will happen before anything changes:
:func:`read_preview` reads the file and sorts every row into new, update, unchanged or
rejected (with the row, column and reason); :func:`apply` then writes the new and changed
rows in one transaction. ``reports.staff.rejects.write_rejects`` saves the rejected rows
with their reasons, to fix and import again.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from models.base import now
from models.db import db
from models.importing import preview as shared
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.bulk import insert_people, read_people, update_people
from models.staff.import_rules import (
    Columns,
    RowProblem,
    cell_text,
    map_columns,
    no_name_column,
    raw_cells,
    row_values,
)
from models.staff.tables import Person

_C = "StaffImport"
NEW, UPDATE = "new", "update"
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


@dataclass
class ImportPreview(shared.ImportPreview):
    nip_column: int | None = None  # index of the column read as the NIP

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


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    rejected: int
    unchanged: int = 0  # rows that matched a person who already has the file's values


def read_preview(path, progress: Progress = NO_PROGRESS) -> ImportPreview:
    """Read ``path`` (.xlsx: first sheet; .csv: ``,`` or ``;``) and decide for every row
    what importing would do.

    The headings are the first filled row (or, when that is a title, the first of the
    first rows with a Nama/Name column); blank rows are skipped. Nothing is written.
    Raises :class:`SiBinaError` naming the file when it cannot be read or has no name
    column.
    """
    try:
        sheet = shared.read_sheet(path, progress, _names_someone, parts=2)
    except shared.NoHeadings as exc:
        raise no_name_column(_headings(exc.first_filled), Path(path).name) from None
    headers = _headings(sheet.headings)
    columns = map_columns(headers)
    nip_index = columns.fields.get("nip", [None])[0]
    records = []  # (row number, cells as text, the NIP cell as the file holds it)
    for number, cells in sheet.rows:
        texts = tuple(map(cell_text, cells))
        records.append((number, texts, shared.cell(cells, nip_index)))
    sorter = _RowSorter(columns)
    total = len(records)
    result = []
    for done, (number, texts, nip_cell) in enumerate(records, start=1):
        result.append(sorter.sort(number, texts, nip_cell))
        if done % shared.STEP == 0:
            progress.step(total + done, 2 * total)
    _mark_unchanged(result)
    return ImportPreview(sheet.path, headers, result, columns.ignored, nip_index)


def _names_someone(texts: list[str]) -> bool:
    """Whether a row is the headings: it has a Nama/Name column (a title above has not)."""
    return "name" in map_columns(_headings(texts)).fields


def _headings(texts) -> list[str]:
    headers = list(texts)
    while headers and not headers[-1]:
        headers.pop()
    return headers


class _RowSorter:
    """Decides new / update / rejected, remembering the rows already seen in the file."""

    def __init__(self, columns: Columns):
        self.columns = columns
        self.owner_of_nip = dict(
            Person.select(Person.nip, Person.id).where(Person.nip.is_null(False)).tuples())
        self.without_nip: dict[tuple, list[int]] = {}
        for pid, name, unit in (Person.select(Person.id, Person.name, Person.unit)
                                .where(Person.nip.is_null()).tuples()):
            self.without_nip.setdefault(_person_key(name, unit), []).append(pid)
        self.row_of_nip: dict[str, int] = {}
        self.row_of_person: dict[tuple, int] = {}

    def sort(self, number: int, texts: tuple[str, ...], nip_cell) -> ImportRow:
        raw = raw_cells(texts, nip_cell, self.columns)
        try:
            values, filled = row_values(texts, nip_cell, self.columns)
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
            person_id = self.owner_of_nip.get(nip)
            return (UPDATE, person_id) if person_id is not None else (NEW, None)
        key = _person_key(values["name"], values["unit"])
        earlier = self.row_of_person.setdefault(key, number)
        if earlier != number:
            raise RowProblem("name", message(_C, QT_TRANSLATE_NOOP(
                "StaffImport",
                "Same name and unit as row {row}, and neither has a NIP: each person may "
                "appear only once."), row=earlier))
        matches = self.without_nip.get(key, [])
        return (UPDATE, matches[0]) if len(matches) == 1 else (NEW, None)


def _person_key(name: str, unit: str) -> tuple[str, str]:
    return " ".join(name.casefold().split()), " ".join(unit.casefold().split())


def _mark_unchanged(rows: list[ImportRow]) -> None:
    """Make UNCHANGED each update whose filled fields already hold the file's values, so
    importing the same file again neither counts nor stamps anyone as updated."""
    updates: dict[int, list[ImportRow]] = {}
    for row in rows:
        if row.status == UPDATE:
            updates.setdefault(row.person_id, []).append(row)
    if not updates:
        return
    names = sorted(set().union(*(row.filled for group in updates.values() for row in group)))
    for person_id, stored in read_people(list(updates), names):
        for row in updates[person_id]:
            if all(row.values[f] == stored[f] for f in row.filled):
                row.status = UNCHANGED


def apply(preview: ImportPreview, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Write the preview's new and updated rows in one transaction.

    An update overwrites only the fields whose cell was filled; an unchanged row writes
    nothing (its person keeps ``updated_at``). On :class:`Cancelled` or any error nothing
    is written.
    """
    good = [r for r in preview.rows if r.status in (NEW, UPDATE)]
    total = len(good)
    stamp = now()
    imported = updated = 0
    try:
        with db.atomic():
            for start in range(0, total, CHUNK):
                chunk = good[start:start + CHUNK]
                imported += insert_people([r.values for r in chunk if r.status == NEW], stamp)
                updated += update_people([(r.person_id, {f: r.values[f] for f in r.filled})
                                          for r in chunk if r.status == UPDATE], stamp)
                progress.step(start + len(chunk), total)
            progress.step(total, total)  # the last chance to cancel, before the commit
    except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "StaffImport",
            "Nothing was imported: the database refused a row ({detail}). Perhaps a NIP in "
            "the file was added by hand meanwhile; read the file again."),
            detail=str(exc))) from exc
    return ImportResult(imported, updated, preview.rejected, preview.unchanged)
