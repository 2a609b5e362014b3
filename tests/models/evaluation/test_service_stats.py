import datetime as dt

import pytest

from models.evaluation import results
from models.evaluation import service_stats as stats
from models.evaluation.tables import ServiceMetric, ServiceStat
from models.events import planning as events
from models.messages import SiBinaError
from tests.sheets import write_xlsx


@pytest.fixture
def metrics(database):
    """The five default metrics by name."""
    return {m.name: m.id for m in stats.ensure_default_metrics()}


def test_default_metrics_are_made_once(metrics):
    assert list(metrics) == ["Kunjungan", "Peminjaman", "Anggota baru",
                             "Pemanfaatan koleksi digital", "Peserta program"]
    stats.rename_metric(metrics["Kunjungan"], "Kunjungan fisik")
    stats.set_metric_active(metrics["Peserta program"], False)
    stats.ensure_default_metrics()
    assert [m.name for m in stats.metrics(include_inactive=True)] == [
        "Kunjungan fisik", "Peminjaman", "Anggota baru", "Pemanfaatan koleksi digital",
        "Peserta program"]
    assert "Peserta program" not in [m.name for m in stats.metrics()]


def test_add_rename_reorder_and_delete_metrics(metrics):
    added = stats.add_metric("  Kunjungan   website ")
    assert added.name == "Kunjungan website"
    with pytest.raises(SiBinaError, match="already a metric called “Peminjaman”"):
        stats.add_metric("peminjaman")
    with pytest.raises(SiBinaError, match="needs a name"):
        stats.rename_metric(added.id, "  ")
    stats.move_metric(added.id, -1)
    stats.move_metric(metrics["Kunjungan"], -1)  # already first: stays
    assert [m.name for m in stats.metrics()][-2:] == ["Kunjungan website", "Peserta program"]
    stats.set_value(metrics["Kunjungan"], 2026, 1, 10)
    with pytest.raises(SiBinaError, match="has figures"):
        stats.delete_metric(metrics["Kunjungan"])
    stats.delete_metric(added.id)
    assert not ServiceMetric.select().where(ServiceMetric.id == added.id).exists()


def test_values_are_read_the_indonesian_way():
    assert stats.parse_value("12.345") == 12345
    assert stats.parse_value("1.234.567,5") == 1234567.5
    assert stats.parse_value("12,5") == 12.5
    assert stats.parse_value("12.5") == 12.5  # a lone point: an English decimal
    assert stats.parse_value(" - ") is None and stats.parse_value("") is None
    assert stats.parse_value(7) == 7
    for bad in ("banyak", "1,2,3"):
        with pytest.raises(SiBinaError, match="is not a figure"):
            stats.parse_value(bad)
    # Read, but not a figure a month may have (see test_service_values).
    with pytest.raises(SiBinaError, match="below zero"):
        stats.checked_value("-3")


def test_set_values_and_the_years_grid(metrics):
    visits, loans = metrics["Kunjungan"], metrics["Peminjaman"]
    assert stats.set_value(visits, 2026, 1, "1.250") is None
    assert stats.set_value(visits, 2026, 1, 1300) == 1250
    stats.set_value(loans, 2026, 12, "480")
    stats.set_value(loans, 2025, 12, "999")  # another year
    grid = stats.grid(2026)
    assert [m.name for m in grid.metrics] == list(metrics)
    assert len(grid.values) == 12 and len(grid.values[0]) == 5
    assert grid.values[0][:2] == [1300, None]
    assert grid.value(loans, 12) == 480
    assert stats.set_value(visits, 2026, 1, None) == 1300  # cleared
    assert stats.grid(2026).value(visits, 1) is None
    with pytest.raises(ValueError):
        stats.set_value(visits, 2026, 13, 1)


def test_an_inactive_metric_stays_in_the_grid_of_a_year_it_has_figures(metrics):
    stats.set_value(metrics["Peserta program"], 2025, 6, 40)
    stats.set_metric_active(metrics["Peserta program"], False)
    assert "Peserta program" in [m.name for m in stats.grid(2025).metrics]
    assert "Peserta program" not in [m.name for m in stats.grid(2026).metrics]


def test_periods_as_offices_write_them():
    assert stats.parse_period("2026-03") == (2026, 3)
    assert stats.parse_period("2026-03-01") == (2026, 3)
    assert stats.parse_period("03/2026") == (2026, 3)
    assert stats.parse_period("Mar 2026") == (2026, 3)
    assert stats.parse_period("Maret 2026") == (2026, 3)
    assert stats.parse_period("Agt-26") == (2026, 8)
    assert stats.parse_period("Mei", 2026) == (2026, 5)
    assert stats.parse_period("11", 2025) == (2025, 11)
    assert stats.parse_period("Mei") is None  # no year anywhere
    assert stats.parse_period("2026-13") is None
    assert stats.parse_period("Smarch 2026") is None


def test_import_with_bad_rows_reports_row_column_and_reason(metrics, tmp_path):
    stats.set_value(metrics["Kunjungan"], 2026, 1, 1000)
    path = tmp_path / "statistik.csv"
    path.write_text(
        "Bulan;Kunjungan;Peminjaman;Anggota Baru;Catatan\n"
        "Januari 2026;1.250;300;12;libur\n"  # replaces the 1000
        "2026-02;1.100;;10;\n"  # an empty loan cell keeps what is stored
        "Maret;900;250;8;\n"  # no year
        "2026-04;banyak;250;8;\n"  # not a number
        "Feb 2026;5;5;5;\n"  # February twice
        "Smarch 2026;1;1;1;\n"
        "2026-05;;;;\n", encoding="utf-8")
    preview = stats.read_import(path)
    assert preview.metric_columns == {"Kunjungan": metrics["Kunjungan"],
                                      "Peminjaman": metrics["Peminjaman"],
                                      "Anggota Baru": metrics["Anggota baru"]}
    assert preview.ignored_columns == ["Catatan"]
    assert [(r.row, r.status, r.column, r.reason.english() if r.reason else "")
            for r in preview.rows] == [
        (2, "ok", "", ""), (3, "ok", "", ""),
        (4, "rejected", "Bulan",
         "“Maret” gives no year: write it like 2026-03 or Maret 2026, or add a Tahun column."),
        (5, "rejected", "Kunjungan",
         "“banyak” is not a figure: write a whole number of 0 or more."),
        (6, "rejected", "Bulan", "Same month as row 3: each month may appear only once."),
        (7, "rejected", "Bulan",
         "“Smarch 2026” is not a month: write it like 2026-03, Maret 2026 or Mar 2026."),
        (8, "rejected", "Kunjungan", "The row has no figure.")]
    assert preview.replaced == 1
    assert ServiceStat.select().count() == 1  # nothing written yet

    result = stats.apply_import(preview)
    assert (result.written, result.rows, result.rejected) == (5, 2, 5)
    grid = stats.grid(2026)
    assert grid.value(metrics["Kunjungan"], 1) == 1250
    assert grid.value(metrics["Peminjaman"], 1) == 300
    assert grid.value(metrics["Peminjaman"], 2) is None
    assert grid.value(metrics["Anggota baru"], 2) == 10


def test_import_from_year_and_month_columns_in_a_workbook(metrics, tmp_path):
    path = write_xlsx(tmp_path / "statistik.xlsx", [
        ["Tahun", "Bulan", "Kunjungan"], [2025, 12, 800], [2026, "Jan", 950.0]])
    preview = stats.read_import(path)
    assert [(r.year, r.month, r.status) for r in preview.rows] == [
        (2025, 12, "ok"), (2026, 1, "ok")]
    stats.apply_import(preview)
    assert stats.grid(2025).value(metrics["Kunjungan"], 12) == 800


def test_import_without_a_month_or_a_metric_column_is_refused(metrics, tmp_path):
    no_month = tmp_path / "a.csv"
    no_month.write_text("Tanggal,Kunjungan\n2026-01-01,5\n", encoding="utf-8")
    with pytest.raises(SiBinaError, match="no Bulan"):
        stats.read_import(no_month)
    no_metric = tmp_path / "b.csv"
    no_metric.write_text("Bulan,Pengunjung\n2026-01,5\n", encoding="utf-8")
    with pytest.raises(SiBinaError, match="named like a metric"):
        stats.read_import(no_metric)


def _event(start: dt.date, end: dt.date):
    return events.save_event({"title": "Bimtek", "kind": "bimtek", "start_date": start,
                              "end_date": end})


def test_around_an_event_compares_the_three_months_before_and_after(metrics):
    visits, loans, members = (metrics["Kunjungan"], metrics["Peminjaman"],
                              metrics["Anggota baru"])
    for (year, month), value in {(2025, 12): 1000, (2026, 1): 1200, (2026, 2): 1100,
                                 (2026, 3): 5000,  # the event's month: on neither side
                                 (2026, 4): 1300, (2026, 5): 1400}.items():
        stats.set_value(visits, year, month, value)
    for month in (12, 1, 2):
        stats.set_value(members, 2025 if month == 12 else 2026, month, 0)
    stats.set_value(members, 2026, 4, 5)
    stats.set_value(loans, 2026, 4, 300)

    found = results.service_summary(_event(dt.date(2026, 3, 10), dt.date(2026, 3, 10)),
                                    today=dt.date(2026, 7, 1))
    assert found.before_months == [(2025, 12), (2026, 1), (2026, 2)]
    assert found.after_months == [(2026, 4), (2026, 5), (2026, 6)]
    by_name = {m.name: m for m in found.rows}
    kunjungan = by_name["Kunjungan"]
    assert kunjungan.before == [1000, 1200, 1100]
    assert kunjungan.after == [1300, 1400, None]  # June not typed yet
    assert (kunjungan.before_mean, kunjungan.after_mean) == (1100, 1350)
    assert kunjungan.change_pct == pytest.approx(250 / 1100 * 100)  # 22.7 %
    assert by_name["Peminjaman"].before_mean is None
    assert by_name["Peminjaman"].change_pct is None  # nothing to compare with
    assert by_name["Anggota baru"].before_mean == 0
    assert by_name["Anggota baru"].change_pct is None  # no percentage of nothing
    assert by_name["Pemanfaatan koleksi digital"].before == [None, None, None]
    assert (found.unfinished, found.running, found.after_n) == ([], None, 3)


def test_a_month_not_over_is_shown_but_not_counted(metrics):
    """On 15 May the event of March has April behind it, May half gone and June ahead:
    May's figure is shown but a half month would read as a fall, so only April counts."""
    visits = metrics["Kunjungan"]
    for (year, month), value in {(2026, 1): 1200, (2026, 2): 1000, (2026, 4): 1400,
                                 (2026, 5): 600}.items():
        stats.set_value(visits, year, month, value)
    event = _event(dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    found = results.service_summary(event, today=dt.date(2026, 5, 15))
    assert found.running == (2026, 5)
    assert found.unfinished == [(2026, 5), (2026, 6)]
    assert found.after_n == 1
    kunjungan = found.rows[0]
    assert kunjungan.after == [1400, 600, None]
    assert (kunjungan.before_mean, kunjungan.after_mean) == (1100, 1400)
    assert kunjungan.change_pct == pytest.approx(300 / 1100 * 100)

    # Once May is over it counts: (1400 + 600) / 2.
    found = results.service_summary(event, today=dt.date(2026, 6, 1))
    assert (found.running, found.after_n, found.rows[0].after_mean) == ((2026, 6), 2, 1000)

    # Before an event next month, the month in progress is one of the "before" months.
    early = results.service_summary(_event(dt.date(2026, 6, 2), dt.date(2026, 6, 2)),
                                    today=dt.date(2026, 5, 15))
    assert early.running == (2026, 5)
    assert early.rows[0].before == [None, 1400, 600]
    assert early.rows[0].before_mean == 1400
    assert (early.after_n, early.rows[0].after_mean) == (0, None)


def test_around_an_event_running_into_the_next_month_starts_after_its_end(metrics):
    found = results.service_summary(_event(dt.date(2026, 1, 30), dt.date(2026, 2, 2)),
                                    today=dt.date(2026, 7, 1))
    assert found.before_months == [(2025, 10), (2025, 11), (2025, 12)]
    assert found.after_months == [(2026, 3), (2026, 4), (2026, 5)]


def test_an_inactive_metric_is_compared_when_it_has_figures_then(metrics):
    stats.set_value(metrics["Peminjaman"], 2026, 2, 40)
    stats.set_value(metrics["Anggota baru"], 2025, 6, 9)  # long before the event
    for name in ("Peminjaman", "Anggota baru"):
        stats.set_metric_active(metrics[name], False)
    found = results.service_summary(_event(dt.date(2026, 3, 10), dt.date(2026, 3, 10)),
                                    today=dt.date(2026, 7, 1))
    assert [row.name for row in found.rows] == [
        "Kunjungan", "Peminjaman", "Pemanfaatan koleksi digital", "Peserta program"]
