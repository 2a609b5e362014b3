"""Dates, times and numbers as Indonesian office documents write them.

Printed documents (sign-in sheets, name tags, certificates, reports) follow Indonesian
office conventions whatever language the screen is in, so they do not go through Qt.
"""

import datetime

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROLE_NAMES = {"peserta": "Peserta", "narasumber": "Narasumber", "moderator": "Moderator",
              "panitia": "Panitia", "fasilitator": "Fasilitator"}
KIND_NAMES = {"pelatihan": "Pelatihan", "bimtek": "Bimbingan Teknis", "seminar": "Seminar",
              "workshop": "Workshop/Lokakarya", "webinar": "Webinar",
              "sosialisasi": "Sosialisasi", "studi_banding": "Studi Banding",
              "literasi_informasi": "Literasi Informasi", "klub_buku": "Klub Buku",
              "kelas_keterampilan": "Kelas Keterampilan"}


def long_date(day: datetime.date) -> str:
    """``25 November 2026``"""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def day_and_date(day: datetime.date) -> str:
    """``Rabu, 25 November 2026``"""
    return f"{DAYS[day.weekday()]}, {long_date(day)}"


def date_range(start: datetime.date, end: datetime.date) -> str:
    """``10–12 Maret 2026``, ``30 Desember 2025 – 2 Januari 2026``"""
    if start == end:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


def clock(moment: datetime.time) -> str:
    """``08.30`` (Indonesian writes the time with a dot)."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_range(start: datetime.time, end: datetime.time) -> str:
    return f"{clock(start)}–{clock(end)} WIB"


def number(value: float) -> str:
    """``12,5`` and ``1.250``: a decimal comma and dots between thousands."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, fraction = f"{value:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + "," + fraction
