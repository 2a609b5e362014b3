"""Numbers, JP, dates and times on screen, as the user's language writes them.

Everything goes through the default QLocale that ``ui.i18n.install`` sets: in Indonesian
``1.250``, ``12,5``, ``Rabu, 25 November 2026``, ``08.30``; in English ``1,250``, ``12.5``,
``Wednesday, 25 November 2026``, ``08:30``. Printed papers are Indonesian whatever the
screen says and have their own module, ``reports.indonesian``; the two follow the same
rules, so one JP value reads the same on screen (in Indonesian) and on paper.

A model that builds thousands of rows passes its own ``locale``: making a QLocale costs
microseconds each time.
"""

import datetime

from PySide6.QtCore import QDate, QLocale, QTime

from reports.indonesian import rounded


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --- numbers ----------------------------------------------------------------------------


def number(value: float | None, places: int = 2, empty: str = "",
           locale: QLocale | None = None) -> str:
    """``1.250``, ``12,5``: rounded to ``places``, needless zeros left out; ``empty`` for
    nothing. Never a float's tail (``0,30000000000000004``)."""
    if value is None or value == "":
        return empty
    locale = locale or QLocale()
    value = float(value)
    if value.is_integer():  # most JP and counts: no rounding to do (the Events tab's 2,000)
        return locale.toString(value + 0.0, "f", 0)  # + 0.0: no "-0"
    shown = rounded(value, places)
    if shown == shown.to_integral_value():
        return locale.toString(float(int(shown)), "f", 0)  # int(): no "-0"
    return locale.toString(float(shown), "f", places).rstrip("0")


def fixed(value: float | None, places: int = 2, empty: str = "–") -> str:
    """``4,25``, ``4,00``: always ``places`` decimals, for means that line up."""
    if value is None or value == "":
        return empty
    return QLocale().toString(float(rounded(value, places)), "f", places)


def percent(value: float | None, places: int = 0, empty: str = "–",
            locale: QLocale | None = None) -> str:
    """``77%``, ``96,7%`` from a share already in percent."""
    return empty if value is None else number(value, places, locale=locale) + "%"


def share(count: float, total: float, places: int = 0, empty: str = "–",
          locale: QLocale | None = None) -> str:
    """``count`` as a percentage of ``total``; ``empty`` when there is no total."""
    return percent(100.0 * count / total, places, locale=locale) if total else empty


def jp(value: float | None, locale: QLocale | None = None) -> str:
    """``24``, ``1,5``: JP without needless decimals (the unit is in each translated text,
    ``%1 JP``, since a language may put it elsewhere)."""
    return number(value or 0, 2, locale=locale)


# --- dates and times --------------------------------------------------------------------


def long_date(day: datetime.date) -> str:
    """``25 November 2026``."""
    return QLocale().toString(_qdate(day), "d MMMM yyyy")


def short_date(day: datetime.date) -> str:
    """``25 Nov 2026``: for tables."""
    return QLocale().toString(_qdate(day), "d MMM yyyy")


def day_and_date(day: datetime.date) -> str:
    """``Rabu, 25 November 2026``."""
    return QLocale().toString(_qdate(day), "dddd, d MMMM yyyy")


def day_month(day: datetime.date, weekday: bool = False) -> str:
    """``25 Nov``, or ``Rab 25 Nov``: where the year goes without saying (a column)."""
    return QLocale().toString(_qdate(day), "ddd d MMM" if weekday else "d MMM")


def month_name(month: int, year: int | None = None, short: bool = False) -> str:
    """``November``, ``November 2026``, or ``Nov 2026`` for a narrow column."""
    fmt = "MMM" if short else "MMMM"
    if year is None:
        return QLocale().toString(QDate(2000, month, 1), fmt)
    return QLocale().toString(QDate(year, month, 1), f"{fmt} yyyy")


def date_range(start: datetime.date, end: datetime.date | None, short: bool = True) -> str:
    """``25–27 Nov 2026``, ``28 Feb – 2 Mar 2026``, ``30 Des 2025 – 2 Jan 2026``: month
    and year written once if shared; ``short=False`` spells the months out (sentences)."""
    month = "MMM" if short else "MMMM"
    locale = QLocale()

    def shown(day: datetime.date, fmt: str) -> str:
        return locale.toString(_qdate(day), fmt)

    whole = f"d {month} yyyy"
    if end is None or start == end:
        return shown(start, whole)
    if (start.year, start.month) == (end.year, end.month):
        return f"{shown(start, 'd')}–{shown(end, whole)}"
    if start.year == end.year:
        return f"{shown(start, f'd {month}')} – {shown(end, whole)}"
    return f"{shown(start, whole)} – {shown(end, whole)}"


def long_date_range(start: datetime.date, end: datetime.date | None) -> str:
    """``25–27 November 2026``: a range inside a sentence, months spelt out."""
    return date_range(start, end, short=False)


def clock_format(locale: QLocale | None = None) -> str:
    """``HH.mm`` in Indonesian, ``HH:mm`` in English: the locale's own separator."""
    locale = locale or QLocale()
    return "HH.mm" if "." in locale.timeFormat(QLocale.FormatType.ShortFormat) else "HH:mm"


def clock(moment: datetime.time | datetime.datetime | None,
          locale: QLocale | None = None, fmt: str | None = None) -> str:
    """``08.30`` (``08:30`` in English); ``""`` for no time."""
    if moment is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), fmt or clock_format(locale))


def time_range(start: datetime.time, end: datetime.time) -> str:
    """``08.00–10.15``."""
    return f"{clock(start)}–{clock(end)}"


def date_and_time(moment: datetime.datetime) -> str:
    """``10 Mar 2026 08.30``."""
    return f"{short_date(moment)} {clock(moment)}"
