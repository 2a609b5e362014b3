"""What every importer shares: finding the headings row of a sheet, and the preview of what
importing would do, row by row, before anything is written.

Each importer keeps its own rules (which headings it knows, how it matches a row to a
person or a month); this module only reads the sheet the same way for all of them, so a
file with blank rows on top, or a title above the table, reads alike everywhere.
"""

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from models.importing.sheet_reader import open_rows
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.import_rules import cell_text

OK, UNCHANGED, REJECTED = "ok", "unchanged", "rejected"
STEP = 200  # rows between progress reports
# How far down a title may push the headings (SIMPEG puts "DAFTAR PEGAWAI …" above its
# table); past it, the file is not the kind the importer reads.
HEADER_SEARCH = 20


def filled(cells: tuple) -> bool:
    """Whether the row shows anything: a row of spaces looks blank in a spreadsheet."""
    return any(cell_text(c) for c in cells)


@dataclass
class Sheet:
    path: Path
    header_row: int  # the headings' row number, as the spreadsheet program shows it
    headings: list[str]  # the headings row's cells as text, one per column
    rows: list[tuple[int, tuple]]  # the filled rows below: (row number, cells as read)


class NoHeadings(Exception):
    """No filled row down to row :data:`HEADER_SEARCH` was taken for the headings."""

    def __init__(self, first_filled: list[str]):
        super().__init__(", ".join(first_filled))
        self.first_filled = first_filled  # the top filled row, to show what the file has


def read_sheet(path, progress: Progress = NO_PROGRESS,
               is_headings: Callable[[list[str]], bool] | None = None,
               parts: int = 1) -> Sheet:
    """The headings and the filled rows below them; blank rows are skipped.

    The headings are the first filled row, or, with ``is_headings``, the first filled row
    it accepts (the rows above are a title), looked for until a filled row it refuses
    is row :data:`HEADER_SEARCH` or lower. Reading reports progress as the first of
    ``parts`` equal shares of the job.

    Raises :class:`SiBinaError` when the file cannot be read or shows nothing, and
    :class:`NoHeadings` when ``is_headings`` accepts none of the top rows.
    """
    path = Path(path)
    estimate, source = open_rows(path)
    headings: list[str] | None = None
    first_filled: list[str] | None = None
    header_row = 0
    rows = []
    with closing(source):
        for number, cells in source:
            if headings is not None:
                if filled(cells):
                    rows.append((number, cells))
            else:
                texts = [cell_text(c) for c in cells]
                if any(texts):
                    first_filled = first_filled or texts
                    if is_headings is None or is_headings(texts):
                        headings, header_row = texts, number
                    elif number >= HEADER_SEARCH:
                        raise NoHeadings(first_filled)
            if number % STEP == 0:
                progress.step(number, parts * max(estimate, number))
    if first_filled is None:
        raise SiBinaError(message("StaffImport", QT_TRANSLATE_NOOP(
            "StaffImport", "{file} is empty."), file=path.name))
    if headings is None:
        raise NoHeadings(first_filled)
    return Sheet(path, header_row, headings, rows)


def cell(cells: tuple, index: int | None):
    """The cell in column ``index``, or None when the row is shorter (or no such column)."""
    return cells[index] if index is not None and index < len(cells) else None


class CellProblem(Exception):
    """Why a row cannot come in, and the heading of the cell at fault."""

    def __init__(self, column: str, msg: Message):
        super().__init__(msg.english())
        self.column, self.msg = column, msg


@dataclass(slots=True)
class ImportRow:
    row: int  # as the spreadsheet program numbers it
    status: str  # OK, UNCHANGED or REJECTED (or an importer's own)
    column: str = ""  # the heading of the offending cell
    reason: Message | None = None


@dataclass
class ImportPreview:
    path: Path
    headers: list[str]
    rows: list
    ignored_columns: list[str] = field(default_factory=list)  # headings nothing reads

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def rejected_rows(self) -> list:
        return [r for r in self.rows if r.status == REJECTED]


@dataclass(frozen=True)
class ImportResult:
    """What an import of figures wrote (scores, service figures): an empty cell keeps
    the stored value, so values and rows are counted apart."""

    written: int  # values stored (new or changed)
    rows: int  # rows that changed something
    unchanged: int
    rejected: int

    @classmethod
    def of(cls, preview: ImportPreview, written: int) -> "ImportResult":
        return cls(written, preview.count(OK), preview.count(UNCHANGED),
                   preview.count(REJECTED))
