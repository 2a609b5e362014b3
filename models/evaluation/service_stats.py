"""The library's monthly service figures: visits, loans, new members, …

The list of figures (metrics) is the office's to edit; the five usual ones are made once.
A metric is deactivated rather than deleted once it has figures, so old reports keep
them. Values are typed in a month × metric grid or imported from a CSV/XLSX file with a
period column (or year and month columns) and one column per metric.

The months before and after an event are put side by side by
:func:`models.evaluation.results.service_summary`: did the service change after the
training?
"""

import math
import re
from dataclasses import dataclass, field

from peewee import EXCLUDED, fn

from models.db import db
from models.evaluation.tables import ServiceMetric, ServiceStat
from models.importing import preview as shared
from models.importing.preview import CellProblem, cell
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.columns import header_key
from models.staff.import_rules import cell_text
from models.text_rules import SHORT_MAX, named_problem

# Office data (Indonesian, renamable), not interface text.
DEFAULT_METRICS = ("Kunjungan", "Peminjaman", "Anggota baru", "Pemanfaatan koleksi digital",
                   "Peserta program")
MONTHS = range(1, 13)


def _says(text: str, **params) -> Message:
    return message("ServiceStats", text, **params)


# --- the list of metrics --------------------------------------------------------------

def ensure_default_metrics() -> list[ServiceMetric]:
    """The five usual metrics, made when the list is still empty (an office that renamed
    or deactivated them keeps its own list). Returns the active metrics."""
    with db.atomic():
        if not ServiceMetric.select().exists():
            ServiceMetric.insert_many([{"name": name, "position": i}
                                       for i, name in enumerate(DEFAULT_METRICS, 1)]).execute()
    return metrics()


def metrics(include_inactive: bool = False) -> list[ServiceMetric]:
    query = ServiceMetric.select().order_by(ServiceMetric.position, ServiceMetric.id)
    if not include_inactive:
        query = query.where(ServiceMetric.active)
    return list(query)


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def name_problem(name: str, metric_id: int | None = None) -> Message | None:
    name = " ".join(str(name or "").split())
    if not name:
        return _says(QT_TRANSLATE_NOOP("ServiceStats", "The metric needs a name."))
    wrong = named_problem(_says(QT_TRANSLATE_NOOP("ServiceStats", "The metric's name")), name,
                          SHORT_MAX)
    if wrong is not None:
        return wrong
    for other_id, other in ServiceMetric.select(ServiceMetric.id, ServiceMetric.name).tuples():
        if other_id != metric_id and _name_key(other) == _name_key(name):
            return _says(QT_TRANSLATE_NOOP(
                "ServiceStats", "There is already a metric called “{name}”."), name=other)
    return None


def _checked_name(name: str, metric_id: int | None = None) -> str:
    problem = name_problem(name, metric_id)
    if problem is not None:
        raise SiBinaError(problem)
    return " ".join(name.split())


def add_metric(name: str) -> ServiceMetric:
    """A new metric at the end of the list; raises SiBinaError for an empty or taken name."""
    with db.atomic():
        name = _checked_name(name)
        last = ServiceMetric.select(fn.MAX(ServiceMetric.position)).scalar() or 0
        return ServiceMetric.create(name=name, position=last + 1)


def rename_metric(metric_id: int, name: str) -> None:
    with db.atomic():
        name = _checked_name(name, metric_id)
        ServiceMetric.update(name=name).where(ServiceMetric.id == metric_id).execute()


def set_metric_order(metric_ids: list[int]) -> None:
    """Put the metrics in this order (those not named keep theirs, after these)."""
    with db.atomic():
        rest = [m.id for m in metrics(include_inactive=True) if m.id not in metric_ids]
        for position, metric_id in enumerate([*metric_ids, *rest], 1):
            ServiceMetric.update(position=position).where(
                ServiceMetric.id == metric_id).execute()


def move_metric(metric_id: int, step: int) -> None:
    """One place up (``step`` −1) or down (+1) in the whole list."""
    ids = [m.id for m in metrics(include_inactive=True)]
    here = ids.index(metric_id)
    there = min(max(here + step, 0), len(ids) - 1)
    ids.insert(there, ids.pop(here))
    set_metric_order(ids)


def set_metric_active(metric_id: int, active: bool) -> None:
    ServiceMetric.update(active=active).where(ServiceMetric.id == metric_id).execute()


def delete_metric(metric_id: int) -> None:
    """Delete a metric that has no figures (one typed in by mistake); else deactivate it."""
    with db.atomic():
        if ServiceStat.select().where(ServiceStat.metric == metric_id).exists():
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "ServiceStats", "This metric has figures, so it cannot be deleted; "
                                "deactivate it instead.")))
        ServiceMetric.delete().where(ServiceMetric.id == metric_id).execute()


# --- values ---------------------------------------------------------------------------

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d*)?$")  # 1.234 or 12.345,5 (Indonesian)
# A city library's month stays far below this; a figure above it is a slip (an extra zero, a
# pasted 1e308) that would swamp every mean and chart it entered.
MAX_FIGURE = 10_000_000


def parse_value(value) -> float | None:
    """A number from a cell or typed text; None for an empty cell (or ``-``). It only reads:
    :func:`checked_value` says whether the number may be stored.

    Text is read the Indonesian way: ``.`` groups thousands and ``,`` is the decimal
    comma (``12.345`` is twelve thousand, ``12,5`` twelve and a half). A lone point not
    followed by three digits is a decimal point (``12.5``), as English files write it.
    Raises :class:`SiBinaError` for text that is no number.
    """
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if text in ("", "-", "–", "—"):
            return None
        if _GROUPED.match(text):
            text = text.replace(".", "")
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = math.nan
    if math.isnan(number):
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "ServiceStats", "“{value}” is not a figure: write a whole number of 0 or more."),
            value=str(value).strip()))
    return number


def figure_problem(number: float, written: str) -> Message | None:
    """What is wrong with ``number`` as a month's figure (``written`` as the user or the
    file wrote it), or None. The one rule, at the grid, at the import and when stored
    figures are read: every metric counts things (visits, loans, members, uses,
    participants), so a figure is a whole number from 0 to :data:`MAX_FIGURE`; a metric
    has no unit or kind that would allow a share or an average."""
    if math.isnan(number):
        return _says(QT_TRANSLATE_NOOP(
            "ServiceStats", "“{value}” is not a figure: write a whole number of 0 or more."),
            value=written)
    if number < 0:
        return _says(QT_TRANSLATE_NOOP(
            "ServiceStats", "“{value}” is below zero: a month's figure is 0 or more."),
            value=written)
    if number > MAX_FIGURE:
        return _says(QT_TRANSLATE_NOOP(
            "ServiceStats", "“{value}” is more than 10 million in a month: check the figure."),
            value=written)
    if not number.is_integer():
        return _says(QT_TRANSLATE_NOOP(
            "ServiceStats", "“{value}” is not a whole number: a month's figure counts whole "
                            "visits, loans or members."), value=written)
    return None


def checked_value(value, written: str | None = None) -> float | None:
    """A figure that may be stored (None for an empty cell); raises :class:`SiBinaError`
    naming the value as ``written`` (by default as given) and what is wrong with it."""
    number = parse_value(value)
    if number is None:
        return None
    problem = figure_problem(number, str(value).strip() if written is None else written)
    if problem is not None:
        raise SiBinaError(problem)
    return number


def counted(value) -> bool:
    """Whether a stored figure is read into grids, summaries and reports: one an older
    SiBina let in against :func:`figure_problem` (``1e308``, ``-50``, ``2,5``) is not."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and figure_problem(float(value), "") is None)


def _check_period(year: int, month: int) -> None:
    if month not in MONTHS or not 1900 <= year <= 2999:
        raise ValueError((year, month))


def set_value(metric_id: int, year: int, month: int, value,
              written: str | None = None) -> float | None:
    """Store one month's figure (None or empty: clear it); returns the figure replaced.

    ``value`` may be a number or text as :func:`parse_value` reads it; a figure
    :func:`figure_problem` refuses raises :class:`SiBinaError` (quoting ``written``, the
    text typed, when given) and changes nothing.
    """
    _check_period(year, month)
    number = checked_value(value, written)
    where = ((ServiceStat.metric == metric_id) & (ServiceStat.year == year)
             & (ServiceStat.month == month))
    with db.atomic():
        before = ServiceStat.select(ServiceStat.value).where(where).scalar()
        if number is None:
            ServiceStat.delete().where(where).execute()
        else:
            _write({(metric_id, year, month): number})
    return before


def _write(values: dict[tuple[int, int, int], float]) -> None:
    rows = [{"metric": m, "year": y, "month": mo, "value": v}
            for (m, y, mo), v in values.items()]
    for start in range(0, len(rows), 200):
        (ServiceStat.insert_many(rows[start:start + 200])
         .on_conflict(conflict_target=[ServiceStat.metric, ServiceStat.year, ServiceStat.month],
                      update={ServiceStat.value: EXCLUDED.value})
         .execute())


def _stored(year_months: list[tuple[int, int]]) -> dict[tuple[int, int, int], float]:
    """``{(metric id, year, month): value}`` for these months."""
    years = sorted({y for y, _m in year_months})
    if not years:
        return {}
    wanted = set(year_months)
    # The value as stored, unconverted: text another tool wrote into the file must leave
    # the figure uncounted, not stop every report that reads the year.
    query = (ServiceStat.select(ServiceStat.metric, ServiceStat.year, ServiceStat.month,
                                fn.COALESCE(ServiceStat.value, None).coerce(False))
             .where(ServiceStat.year.between(years[0], years[-1])).tuples())
    return {(m, y, mo): v for m, y, mo, v in query if (y, mo) in wanted}


def figures(year_months: list[tuple[int, int]]) -> dict[tuple[int, int, int], float]:
    """``{(metric id, year, month): value}`` of the figures that count, for these months."""
    return {key: v for key, v in _stored(year_months).items() if counted(v)}


@dataclass
class YearGrid:
    """A year's figures: ``values[month - 1][column]`` for ``metrics[column]`` (None: none
    typed). The metrics are the active ones, plus an inactive one that has figures that
    year (so nothing typed is hidden)."""

    year: int
    metrics: list[ServiceMetric]
    values: list[list[float | None]]
    # Stored figures that do not count (see :func:`counted`): {(metric id, year, month): v}
    not_counted: dict[tuple[int, int, int], float] = field(default_factory=dict)

    def value(self, metric_id: int, month: int) -> float | None:
        for column, metric in enumerate(self.metrics):
            if metric.id == metric_id:
                return self.values[month - 1][column]
        return None


def grid(year: int) -> YearGrid:
    stored = _stored([(year, m) for m in MONTHS])
    found = {key: v for key, v in stored.items() if counted(v)}
    with_values = {m for m, _y, _mo in stored}
    shown = [m for m in metrics(include_inactive=True) if m.active or m.id in with_values]
    values = [[found.get((m.id, year, month)) for m in shown] for month in MONTHS]
    return YearGrid(year, shown, values,
                    {key: v for key, v in stored.items() if key not in found})


# --- importing a file -----------------------------------------------------------------

OK, UNCHANGED, REJECTED = shared.OK, shared.UNCHANGED, shared.REJECTED
ImportResult = shared.ImportResult

# Month names as offices write them: Indonesian and English, whole or shortened.
_MONTH_NAMES = {}
for _number, _names in enumerate((
        "januari january jan", "februari pebruari february feb peb",
        "maret march mar", "april apr", "mei may", "juni june jun", "juli july jul",
        "agustus august agu agt ags aug", "september sept sep", "oktober october okt oct",
        "november nopember nov nop", "desember december des dec"), 1):
    for _name in _names.split():
        _MONTH_NAMES[_name] = _number

_YEAR_HEADINGS = {"tahun", "year", "thn"}
_MONTH_HEADINGS = {"bulan", "month", "periode", "period", "bulantahun", "monthyear", "bln"}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$")  # 2026-03, 2026-03-01
_MONTH_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{4})$")  # 03/2026
_NAMED = re.compile(r"^([^\W\d_]+)\.?[\s\-/]*'?(\d{4}|\d{2})?$")  # Maret 2026, Mar-26, Mei


def parse_period(text: str, year: int | None = None) -> tuple[int, int] | None:
    """``(year, month)`` from ``2026-03``, ``03/2026``, ``Mar 2026``, ``Maret 2026`` or a
    month alone (a number or a name) when ``year`` comes from another column; None when
    the text is not understood."""
    text = text.strip().casefold()
    if match := _ISO.match(text):
        found = int(match[1]), int(match[2])
    elif match := _MONTH_FIRST.match(text):
        found = int(match[2]), int(match[1])
    elif text.isdigit() and year is not None:
        found = year, int(text)
    elif (match := _NAMED.match(text)) and match[1] in _MONTH_NAMES:
        written = match[2]
        if written is None and year is None:
            return None
        found_year = (year if written is None
                      else int(written) + 2000 if len(written) == 2 else int(written))
        found = found_year, _MONTH_NAMES[match[1]]
    else:
        return None
    return found if found[1] in MONTHS and 1900 <= found[0] <= 2999 else None


@dataclass(slots=True)
class ImportRow(shared.ImportRow):
    year: int | None = None
    month: int | None = None
    values: dict[int, float] = field(default_factory=dict)  # metric id → figure
    period: str = ""  # the period as the file writes it


@dataclass
class ImportPreview(shared.ImportPreview):
    metric_columns: dict[str, int] = field(default_factory=dict)  # heading → metric id
    replaced: int = 0  # stored figures the import would change


def read_import(path, progress: Progress = NO_PROGRESS) -> ImportPreview:
    """Read a CSV (``,`` or ``;``) or XLSX of monthly figures; nothing is written.

    The first filled row holds the headings: a period column (Bulan/Periode: ``2026-03``,
    ``Maret 2026``, …) or Tahun and Bulan columns, and one column per metric named as in
    the metric list (case and spacing aside). Headings matching no metric are listed in
    ``ignored_columns``. An empty cell (or ``-``) keeps the stored figure. A row with a
    bad period or a bad figure is rejected whole, with its column and reason.
    """
    sheet = shared.read_sheet(path, progress)
    reader = _RowReader(sheet.path.name, sheet.headings)
    result = [reader.read(number, cells) for number, cells in sheet.rows]
    progress.step(1, 1)
    return ImportPreview(sheet.path, sheet.headings, result, reader.ignored,
                         metric_columns=reader.metric_columns, replaced=reader.replaced)


class _RowReader:
    def __init__(self, file_name: str, headers: list[str]):
        self.headers = headers
        by_name = {_name_key(m.name): m.id for m in metrics(include_inactive=True)}
        self.year_column = self.month_column = None
        self.metric_columns: dict[str, int] = {}
        self.metric_at: dict[int, int] = {}  # column index → metric id
        self.ignored: list[str] = []
        for index, heading in enumerate(headers):
            key = header_key(heading)
            metric_id = by_name.get(_name_key(heading))
            if key in _YEAR_HEADINGS and self.year_column is None:
                self.year_column = index
            elif key in _MONTH_HEADINGS and self.month_column is None:
                self.month_column = index
            elif metric_id is not None and metric_id not in self.metric_at.values():
                self.metric_at[index] = metric_id
                self.metric_columns[heading] = metric_id
            elif heading:
                self.ignored.append(heading)
        found = ", ".join(h for h in headers if h) or "—"
        if self.month_column is None:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "ServiceStats", "{file} has no Bulan (month) or Periode column. The first "
                                "filled row must hold the column headings. Headings found: "
                                "{headers}."), file=file_name, headers=found))
        if not self.metric_at:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "ServiceStats", "No column of {file} is named like a metric ({metrics}). "
                                "Headings found: {headers}."), file=file_name,
                headers=found, metrics=", ".join(m.name for m in metrics())))
        self.row_of_period: dict[tuple[int, int], int] = {}
        self.replaced = 0
        self._stored: dict[tuple[int, int, int], float] = {}
        self._years_read: set[int] = set()

    def read(self, number: int, cells: tuple) -> ImportRow:
        period_text = cell_text(cell(cells, self.month_column))
        try:
            year, month = self._period(cells, period_text)
            values = {}
            for index, metric_id in self.metric_at.items():
                try:
                    value = checked_value(cell(cells, index))
                except SiBinaError as exc:
                    raise CellProblem(self.headers[index], exc.msg) from exc
                if value is not None:
                    values[metric_id] = value
            if not values:
                raise CellProblem(self.headers[next(iter(self.metric_at))], _says(
                    QT_TRANSLATE_NOOP("ServiceStats", "The row has no figure.")))
            earlier = self.row_of_period.setdefault((year, month), number)
            if earlier != number:
                raise CellProblem(self.headers[self.month_column], _says(QT_TRANSLATE_NOOP(
                    "ServiceStats", "Same month as row {row}: each month may appear only "
                                    "once."), row=earlier))
        except CellProblem as problem:
            return ImportRow(number, REJECTED, problem.column, problem.msg,
                             period=period_text)
        stored = self._stored_values(year)
        changed = [(m, v) for m, v in values.items() if stored.get((m, year, month)) != v]
        self.replaced += sum(1 for m, _v in changed if (m, year, month) in stored)
        return ImportRow(number, OK if changed else UNCHANGED, year=year, month=month,
                         values=values, period=period_text)

    def _stored_values(self, year: int) -> dict:
        """The stored figures, read a year at a time as the file's rows reach it."""
        if year not in self._years_read:
            self._years_read.add(year)
            self._stored.update(_stored([(year, m) for m in MONTHS]))
        return self._stored

    def _period(self, cells: tuple, period_text: str) -> tuple[int, int]:
        month_heading = self.headers[self.month_column]
        year = None
        if self.year_column is not None:
            year_text = cell_text(cell(cells, self.year_column))
            if year_text:
                if not (year_text.isdigit() and 1900 <= int(year_text) <= 2999):
                    raise CellProblem(self.headers[self.year_column], _says(QT_TRANSLATE_NOOP(
                        "ServiceStats", "“{value}” is not a year."), value=year_text))
                year = int(year_text)
        if not period_text:
            raise CellProblem(month_heading, _says(QT_TRANSLATE_NOOP(
                "ServiceStats", "The month is missing.")))
        found = parse_period(period_text, year)
        if found is None:
            if year is None and (period_text.isdigit() or period_text.casefold().rstrip(".")
                                 in _MONTH_NAMES):
                raise CellProblem(month_heading, _says(QT_TRANSLATE_NOOP(
                    "ServiceStats", "“{value}” gives no year: write it like 2026-03 or "
                                    "Maret 2026, or add a Tahun column."), value=period_text))
            raise CellProblem(month_heading, _says(QT_TRANSLATE_NOOP(
                "ServiceStats", "“{value}” is not a month: write it like 2026-03, "
                                "Maret 2026 or Mar 2026."), value=period_text))
        return found


def apply_import(preview: ImportPreview, progress: Progress = NO_PROGRESS) -> ImportResult:
    """Write the preview's good rows in one transaction; an empty cell keeps the stored
    figure. On :class:`~models.progress.Cancelled` or any error nothing is written."""
    values = {(metric_id, row.year, row.month): value
              for row in preview.rows if row.status == OK
              for metric_id, value in row.values.items()}
    with db.atomic():
        current = _stored(sorted({(y, m) for _id, y, m in values}))
        changed = {key: v for key, v in values.items() if current.get(key) != v}
        _write(changed)
        progress.step(1, 1)  # the last chance to cancel, before the commit
    return ImportResult.of(preview, len(changed))
