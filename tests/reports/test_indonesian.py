"""Printed papers write numbers, JP, dates and times one way, the Indonesian office's."""

import datetime as dt

import pytest

from reports import indonesian


@pytest.mark.parametrize("value, shown", [
    (1250, "1.250"), (1250.0, "1.250"), (1234567, "1.234.567"), (0, "0"),
    (12.5, "12,5"), (1234.5, "1.234,5"), (4.25, "4,25"), (4.50, "4,5"),
    (0.1 + 0.2, "0,3"),  # a float sum's tail is never printed
    (-3.5, "-3,5"),
])
def test_numbers_group_thousands_with_a_dot_and_write_decimals_with_a_comma(value, shown):
    assert indonesian.number(value) == shown


def test_numbers_round_to_their_places():
    assert indonesian.number(33.333, 1) == "33,3"
    assert indonesian.number(33.96, 1) == "34"
    assert indonesian.number(1.234, 2) == "1,23"


def test_halves_round_up_as_the_figure_reads():
    assert indonesian.number(2.5, 0) == "3"
    assert indonesian.number(12.25, 1) == "12,3"
    assert indonesian.number(2.675) == "2,68"  # 2.67499… in binary
    assert indonesian.fixed(2.675) == "2,68"
    assert indonesian.share(1, 8) == "12,5%"
    assert indonesian.number(-0.001) == indonesian.number(-0.0) == "0"
    assert indonesian.fixed(-0.001) == "0,00"


def test_nothing_prints_as_an_empty_cell_or_a_dash():
    assert indonesian.number(None) == indonesian.number("") == ""
    assert indonesian.number(None, 1, "–") == "–"
    assert indonesian.fixed(None) == "–"
    assert indonesian.fixed(None, 1, "-") == "-"
    assert indonesian.percent(None) == "–"
    assert indonesian.jp(None) == "0 JP"


def test_means_keep_their_decimals_so_a_column_lines_up():
    assert [indonesian.fixed(4.25), indonesian.fixed(4), indonesian.fixed(1250.5),
            indonesian.fixed(3.456, 1), indonesian.fixed(7, 0)] == [
        "4,25", "4,00", "1.250,50", "3,5", "7"]


def test_percentages_and_shares():
    assert indonesian.percent(33.333) == "33,3%"
    assert indonesian.percent(50.0) == "50%"
    assert indonesian.percent(1250) == "1.250%"
    assert indonesian.share(1, 3) == "33,3%"
    assert indonesian.share(3, 3) == "100%"
    assert indonesian.share(1, 0) == "–"


@pytest.mark.parametrize("value, shown", [
    (24, "24 JP"), (24.0, "24 JP"), (1.5, "1,5 JP"), (0.5, "0,5 JP"), (1250, "1.250 JP"),
    (0.1 + 0.2, "0,3 JP"),
])
def test_jp_without_needless_decimals(value, shown):
    assert indonesian.jp(value) == shown


def test_dates_in_indonesian():
    day = dt.date(2026, 11, 25)
    assert indonesian.long_date(day) == "25 November 2026"
    assert indonesian.day_and_date(day) == "Rabu, 25 November 2026"
    assert indonesian.day_and_date(dt.date(2026, 3, 1)) == "Minggu, 1 Maret 2026"
    assert indonesian.month_name(2026, 8) == "Agustus 2026"
    assert indonesian.month_name(2026, 8, short=True) == "Agu 2026"


@pytest.mark.parametrize("start, end, shown", [
    ((2026, 11, 25), (2026, 11, 25), "25 November 2026"),
    ((2026, 11, 25), (2026, 11, 27), "25–27 November 2026"),
    ((2026, 2, 28), (2026, 3, 2), "28 Februari – 2 Maret 2026"),
    ((2025, 12, 30), (2026, 1, 2), "30 Desember 2025 – 2 Januari 2026"),
])
def test_date_ranges_write_a_shared_month_and_year_once(start, end, shown):
    assert indonesian.date_range(dt.date(*start), dt.date(*end)) == shown


def test_times_with_a_dot():
    assert indonesian.clock(dt.time(8, 30)) == "08.30"
    assert indonesian.clock(dt.time(13, 5)) == "13.05"
    assert indonesian.time_range(dt.time(8), dt.time(9, 30)) == "08.00–09.30 WIB"


def test_terbilang_spells_an_amount_as_a_kuitansi_does():
    from reports.indonesian import rupiah, terbilang

    assert terbilang(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah"
    assert terbilang(111_011) == "seratus sebelas ribu sebelas rupiah"
    assert terbilang(1_500) == "seribu lima ratus rupiah"
    assert terbilang(2_019_000_100) == "dua miliar sembilan belas juta seratus rupiah"
    assert terbilang(0) == "nol rupiah"
    assert rupiah(1_250_000) == "Rp1.250.000"
