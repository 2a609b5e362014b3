"""Numbers, JP, dates and times on screen follow the user's language; in Indonesian they
read as the printed papers do."""

import datetime as dt

import pytest

from reports import indonesian
from ui import i18n
from ui.common import formats


@pytest.fixture
def indonesian_screen(qapp):
    i18n.install(qapp, "id")
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize("value, id_text, en_text", [
    (1250, "1.250", "1,250"), (1234567.891, "1.234.567,89", "1,234,567.89"),
    (12.5, "12,5", "12.5"), (4.50, "4,5", "4.5"), (0, "0", "0"),
    (0.1 + 0.2, "0,3", "0.3"),  # a float sum's tail is never shown
    (2.675, "2,68", "2.68"),  # halves round up, as on paper
])
def test_numbers_in_each_language(qapp, value, id_text, en_text):
    assert formats.number(value) == en_text
    i18n.install(qapp, "id")
    try:
        assert formats.number(value) == id_text
    finally:
        i18n.install(qapp, "en")


def test_nothing_shows_as_empty_or_a_dash(indonesian_screen):
    assert formats.number(None) == formats.number("") == ""
    assert formats.number(None, 1, "–") == "–"
    assert formats.fixed(None) == "–"
    assert formats.fixed(None, 2, "") == ""
    assert formats.percent(None) == "–"
    assert formats.share(1, 0) == "–"
    assert formats.jp(None) == "0"


def test_means_percentages_and_shares(indonesian_screen):
    assert [formats.fixed(4.25), formats.fixed(4), formats.fixed(1250.5),
            formats.fixed(3.456, 1)] == ["4,25", "4,00", "1.250,50", "3,5"]
    assert formats.share(29, 30, 1) == "96,7%"
    assert formats.share(1, 3) == "33%"
    assert formats.share(3, 4, 1) == "75%"
    assert formats.percent(-25.0, 1) == "-25%"
    assert formats.share(1, 8) == "13%"  # 12,5: half up, as on paper
    assert formats.share(1, 0, 0, "") == ""  # the attendance grid before any session


@pytest.mark.parametrize("value, shown", [
    (24, "24"), (24.0, "24"), (1.5, "1,5"), (0.5, "0,5"), (1250, "1.250"),
])
def test_jp_whole_and_half(indonesian_screen, value, shown):
    assert formats.jp(value) == shown


def test_dates_and_times_in_indonesian(indonesian_screen):
    day = dt.date(2026, 11, 25)
    assert formats.long_date(day) == "25 November 2026"
    assert formats.short_date(day) == "25 Nov 2026"
    assert formats.day_and_date(day) == "Rabu, 25 November 2026"
    assert formats.day_month(day) == "25 Nov"
    assert formats.day_month(day, weekday=True) == "Rab 25 Nov"
    assert formats.month_name(8) == "Agustus"
    assert formats.month_name(8, 2026) == "Agustus 2026"
    assert formats.month_name(8, 2026, short=True) == "Agu 2026"
    assert formats.clock(dt.time(8, 30)) == "08.30"
    assert formats.clock(None) == ""
    assert formats.time_range(dt.time(8), dt.time(10, 15)) == "08.00–10.15"
    assert formats.date_and_time(dt.datetime(2026, 3, 10, 8, 30)) == "10 Mar 2026 08.30"


def test_dates_and_times_in_english(qapp):
    day = dt.date(2026, 11, 25)
    assert formats.day_and_date(day) == "Wednesday, 25 November 2026"
    assert formats.clock(dt.time(8, 30)) == "08:30"
    assert formats.date_range(dt.date(2026, 2, 28), dt.date(2026, 3, 2)) == "28 Feb – 2 Mar 2026"


@pytest.mark.parametrize("start, end, short, long", [
    ((2026, 11, 25), (2026, 11, 25), "25 Nov 2026", "25 November 2026"),
    ((2026, 11, 25), (2026, 11, 27), "25–27 Nov 2026", "25–27 November 2026"),
    ((2026, 2, 28), (2026, 3, 2), "28 Feb – 2 Mar 2026", "28 Februari – 2 Maret 2026"),
    ((2025, 12, 30), (2026, 1, 2), "30 Des 2025 – 2 Jan 2026",
     "30 Desember 2025 – 2 Januari 2026"),
])
def test_date_ranges_write_a_shared_month_and_year_once(indonesian_screen, start, end, short,
                                                        long):
    start, end = dt.date(*start), dt.date(*end)
    assert formats.date_range(start, end) == short
    assert formats.long_date_range(start, end) == long
    assert formats.long_date_range(start, None) == formats.long_date(start)


@pytest.mark.parametrize("value", [0, 0.5, 1.5, 24, 37.5, 1250, 0.1 + 0.2, 2.675, 1234.25])
def test_the_screen_in_indonesian_reads_as_the_paper(indonesian_screen, value):
    assert formats.number(value) == indonesian.number(value)
    assert formats.fixed(value) == indonesian.fixed(value)
    assert f"{formats.jp(value)} JP" == indonesian.jp(value)
    day, other = dt.date(2026, 11, 25), dt.date(2027, 1, 2)
    assert formats.long_date(day) == indonesian.long_date(day)
    assert formats.day_and_date(day) == indonesian.day_and_date(day)
    assert formats.long_date_range(day, other) == indonesian.date_range(day, other)
    assert formats.clock(dt.time(8, 5)) == indonesian.clock(dt.time(8, 5))
