"""A report as plain data: what it is called, its tables, its paragraphs and charts.

Every report (attendance recap, JP recap, transcript, event report, annual report,
speakers, certificate register) is built as a :class:`Report`; the writers in ``reports/``
turn one into a PDF with the office's letterhead, an XLSX workbook (a sheet per table) or
a CSV (the main table). Reports are printed in Indonesian whatever the screen's language,
as the office's papers are.
"""

import datetime
from dataclasses import dataclass, field

TEXT, CODE, NUMBER, PERCENT, DATE = "text", "code", "number", "percent", "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT  # CODE: text that looks like a number (a NIP), kept as text in Excel
    width: float = 1.0  # share of the page's width in the PDF
    places: int = 1  # decimals shown for NUMBER and PERCENT
    key: bool = False  # repeated in each part of a table too wide for one page (a name)
    printed: bool = True  # False: in the workbook and the CSV only, the page has no room


@dataclass
class Table:
    heading: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    total: list | None = None  # a closing row (sums), printed in bold
    sheet: str = ""  # the XLSX sheet's name (31 characters at most)
    note: str = ""  # a line under the table
    dense: bool = False  # a long list (the register): smaller type, more rows a page


@dataclass
class Chart:
    """Bars of values by label, drawn in the PDF (spreadsheets carry the table instead)."""

    title: str
    labels: list[str]
    values: list[float]
    unit: str = ""


@dataclass(frozen=True)
class Text:
    heading: str
    text: str  # paragraphs separated by blank lines; "-" when there is nothing


@dataclass(frozen=True)
class Heading:
    """A chapter's heading (``I. PENDAHULUAN``): it never ends a page."""

    text: str


@dataclass(frozen=True)
class Picture:
    caption: str
    data: bytes  # PNG or JPEG
    max_height_mm: float = 190  # a whole page; documentation photos go two to a page


@dataclass
class Report:
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # "Kegiatan : …" lines
    parts: list = field(default_factory=list)  # Table, Chart, Text, Picture, in print order
    signed: bool = True  # the date line and the signature block at the end
    date: datetime.date | None = None  # the date line's date (today if None)
    file_stem: str = "Laporan"  # a name to suggest when saving
    # Printed after the signature under LAMPIRAN: what is attached, not what is reported.
    appendix: list = field(default_factory=list)
    # Who made the paper (pdf_base.Officer, the Ketua Panitia): signed beside the head of
    # office's "Mengetahui," instead of by the head alone.
    chair: object | None = None

    @property
    def tables(self) -> list[Table]:
        """The tables, for the spreadsheets (a sheet each; a CSV takes the first)."""
        return [part for part in self.parts + self.appendix if isinstance(part, Table)]


def total_row(columns: list[Column], rows: list[list], summed: tuple[str, ...],
              given: dict[str, object] | None = None, label: str = "Jumlah") -> list:
    """A table's closing Jumlah row: the columns titled in ``summed`` added up, the values
    in ``given`` (a share, a mean: what a sum would get wrong) as they are, ``label`` in
    the first text column and nothing elsewhere."""
    given = given or {}
    first_text = next((i for i, c in enumerate(columns) if c.kind == TEXT), 0)
    total = []
    for index, column in enumerate(columns):
        if column.title in given:
            total.append(given[column.title])
        elif column.title in summed:
            total.append(sum(row[index] or 0 for row in rows if index < len(row)))
        else:
            total.append(label if index == first_text else None)
    return total
