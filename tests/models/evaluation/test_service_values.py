"""What a month's service figure may be: a count of visits, loans, members… is a whole
number of 0 or more, and no library has ten million of them in a month. One rule, at the
grid, at the import, and again when old figures are read."""

import datetime as dt

import pytest

from models.db import db
from models.evaluation import results
from models.evaluation import service_stats as stats
from models.evaluation.tables import ServiceStat
from models.events import planning as events
from models.messages import SiBinaError
from reports.recaps.narratives import annual_report
from reports.report_writer import write_report
from tests.sheets import write_xlsx


@pytest.fixture
def metrics(database):
    return {m.name: m.id for m in stats.ensure_default_metrics()}


def reason(metric_id: int, value) -> str:
    """Why storing ``value`` as March 2026's figure is refused."""
    with pytest.raises(SiBinaError) as refused:
        stats.set_value(metric_id, 2026, 3, value)
    return refused.value.msg.english()


def test_a_figure_is_a_whole_number_from_nought_to_ten_million(metrics):
    visits = metrics["Kunjungan"]
    assert stats.set_value(visits, 2026, 1, "1.250") is None
    assert stats.set_value(visits, 2026, 2, 10_000_000) is None  # the bound itself is fine
    for typed, why in (
            ("3,5", "“3,5” is not a whole number: a month's figure counts whole visits, "
                    "loans or members."),
            (3.5, "“3.5” is not a whole number: a month's figure counts whole visits, "
                  "loans or members."),
            ("-3", "“-3” is below zero: a month's figure is 0 or more."),
            (1e308, "“1e+308” is more than 10 million in a month: check the figure."),
            ("10.000.001", "“10.000.001” is more than 10 million in a month: check the "
                           "figure."),
            (float("inf"), "“inf” is more than 10 million in a month: check the figure."),
            ("banyak", "“banyak” is not a figure: write a whole number of 0 or more.")):
        assert reason(visits, typed) == why
    # Nothing refused was stored, and what was stored stays.
    assert [(s.month, s.value) for s in ServiceStat.select().order_by(ServiceStat.month)] == [
        (1, 1250), (2, 10_000_000)]


def test_the_import_names_the_row_and_column_of_a_figure_refused(metrics, tmp_path):
    path = write_xlsx(tmp_path / "statistik.xlsx", [
        ["Bulan", "Kunjungan", "Peminjaman"],
        ["2026-01", 1200, 300],
        ["2026-02", 1100, 3.5],
        ["2026-03", 1e308, 250],
        ["2026-04", -4, 250],
        ["2026-05", "12.000.000", 250]])
    preview = stats.read_import(path)
    assert [(r.row, r.status, r.column, r.reason.english() if r.reason else "")
            for r in preview.rows] == [
        (2, "ok", "", ""),
        (3, "rejected", "Peminjaman", "“3.5” is not a whole number: a month's figure counts "
                                      "whole visits, loans or members."),
        (4, "rejected", "Kunjungan", "“1e+308” is more than 10 million in a month: check "
                                     "the figure."),
        (5, "rejected", "Kunjungan", "“-4” is below zero: a month's figure is 0 or more."),
        (6, "rejected", "Kunjungan", "“12.000.000” is more than 10 million in a month: "
                                     "check the figure.")]
    stats.apply_import(preview)
    assert ServiceStat.select().count() == 2  # January's two figures only


def _store_raw(metric_id: int, year: int, month: int, value: float) -> None:
    """A figure an older SiBina let in, written past today's door."""
    ServiceStat.insert(metric=metric_id, year=year, month=month, value=value).execute()


# Only a SQLite file can hold a value longer than its column (or a figure no column
# type takes); PostgreSQL refuses it when it is written.
@pytest.mark.sqlite_only
def test_absurd_figures_from_an_old_database_are_not_counted(metrics, tmp_path):
    visits, loans = metrics["Kunjungan"], metrics["Peminjaman"]
    for month, value in ((1, 1000), (2, 1e308), (4, 1200), (5, -50), (6, float("inf"))):
        _store_raw(visits, 2026, month, value)
    _store_raw(loans, 2026, 4, 2.5)
    db.execute_sql("INSERT INTO service_stat (metric_id, year, month, value) "
                   "VALUES (?, 2026, 7, 'banyak')", (loans,))  # another tool's text

    grid = stats.grid(2026)
    assert [grid.value(visits, m) for m in range(1, 7)] == [1000, None, None, 1200, None,
                                                              None]
    assert grid.value(loans, 4) is None
    assert sorted((m, metric) for (metric, _y, m) in grid.not_counted) == [
        (2, visits), (4, loans), (5, visits), (6, visits), (7, loans)]

    event = events.save_event({"title": "Bimtek", "kind": "bimtek",
                               "start_date": dt.date(2026, 3, 10),
                               "end_date": dt.date(2026, 3, 10)})
    row = results.service_summary(event, today=dt.date(2026, 12, 1)).rows[0]
    assert (row.before, row.after) == ([None, 1000, None], [1200, None, None])
    assert (row.before_mean, row.after_mean) == (1000, 1200)

    made = annual_report(2026, today=dt.date(2026, 12, 1))
    service = next(t for t in made.tables if t.heading == "Statistik Layanan per Bulan")
    assert [row[:3] for row in service.rows] == [["Januari", 1000, None],
                                                 ["April", 1200, None]]
    for name in ("tahunan.pdf", "tahunan.xlsx"):
        write_report(made, tmp_path / name)
        assert (tmp_path / name).stat().st_size > 0
