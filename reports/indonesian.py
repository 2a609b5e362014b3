"""Dates, times and numbers as Indonesian office documents write them.

Printed documents (sign-in sheets, name tags, certificates, reports) follow Indonesian
office conventions whatever language the screen is in, so they do not go through Qt.
"""

import datetime

from models.evaluation import categories
from models.numbers import rounded  # noqa: F401  the screen's formats round alike

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
ORGANISATION_KIND_NAMES = {
    "perpusnas": "Perpustakaan Nasional", "provincial": "Perpustakaan Provinsi",
    "city_library": "Perpustakaan Kabupaten/Kota", "association": "Asosiasi Profesi",
    "university": "Perguruan Tinggi", "community": "Komunitas", "publisher": "Penerbit",
    "sponsor": "Sponsor", "other": "Lainnya"}
COOPERATION_KIND_NAMES = {"mou": "MoU", "pks": "PKS"}
RATING_CATEGORY_NAMES = categories.NAMES  # the scale labels' words too


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


SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des")


def month_name(year: int, month: int, short: bool = False) -> str:
    """``November 2026``, or ``Nov 2026`` where a table heading has little room."""
    return f"{(SHORT_MONTHS if short else MONTHS)[month - 1]} {year}"


# --- numbers ----------------------------------------------------------------------------
# One rule for every printed number: a dot between thousands, a decimal comma, and no
# needless zeros (``1.250``, ``12,5``, ``24 JP``). Only a column of means keeps its zeros
# (``fixed``), so that ``4,00`` lines up under ``4,25``.


def _grouped(text: str) -> str:
    """Python's ``1,250.5`` turned into ``1.250,5``."""
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def number(value: float | None, places: int = 2, empty: str = "") -> str:
    """``1.250``, ``12,5``, ``0,33``: rounded to ``places``, needless zeros left out;
    ``empty`` for nothing (by default an empty cell stays empty)."""
    if value is None or value == "":
        return empty
    shown = rounded(value, places)
    if shown == shown.to_integral_value():
        return _grouped(f"{int(shown):,}")
    return _grouped(f"{shown:,f}".rstrip("0"))


def fixed(value: float | None, places: int = 2, empty: str = "–") -> str:
    """``4,25``, ``4,00``, ``1.250,50``: always ``places`` decimals, for means."""
    if value is None or value == "":
        return empty
    return _grouped(f"{rounded(value, places):,f}")


def percent(value: float | None, places: int = 1, empty: str = "–") -> str:
    """``33,3%``, ``50%`` from a share already in percent."""
    return empty if value is None else number(value, places) + "%"


def share(part: float, whole: float, places: int = 1) -> str:
    """``33,3%`` of ``whole``; ``–`` when there is no whole to share."""
    return percent(100.0 * part / whole, places) if whole else "–"


def response_rate(found) -> str:
    """``75%`` of an event's results (models.evaluation.results.EventResults); or
    ``23 respons untuk 21 peserta`` when anonymous forms outnumber the participants;
    ``–`` without participants."""
    if found.response_rate is None:
        return "–"
    if found.more_than_participants:
        return (f"{number(found.respondents)} respons untuk "
                f"{number(found.participants)} peserta")
    return percent(100.0 * found.response_rate)


def rating_category(mean: float | None, bounds=None) -> str:
    """``Sangat Baik``: the category of a mean rating (models.evaluation.categories)."""
    code = categories.category(mean, bounds)
    return RATING_CATEGORY_NAMES[code] if code else "–"


def rating_scale(bounds=None) -> str:
    """``1,00–1,80 Sangat Kurang; 1,81–2,60 Kurang; …`` for a report's note."""
    return "; ".join(f"{fixed(low)}–{fixed(high)} {RATING_CATEGORY_NAMES[code]}"
                     for low, high, code in categories.intervals(bounds))


def jp(value: float | None) -> str:
    """``24 JP``, ``1,5 JP`` (*jam pelajaran*: 45 minutes each)."""
    return f"{number(value or 0)} JP"


def place(*parts: str) -> str:
    """Where something is held, each part once: a room already named in the venue (``Aula``
    in ``Aula Lantai 2``), or the venue in the room, is not written twice."""
    kept: list[str] = []
    for part in (p.strip() for p in parts if p and p.strip()):
        if any(part.casefold() in k.casefold() for k in kept):
            continue
        kept = [k for k in kept if k.casefold() not in part.casefold()] + [part]
    return ", ".join(kept)


def rupiah(value: int) -> str:
    """``Rp1.250.000`` (no space, as Indonesian forms write it)."""
    return f"Rp{number(value)}"


_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas")


def _words(value: int) -> str:
    if value < 12:
        return _ONES[value]
    if value < 20:
        return f"{_ONES[value - 10]} belas"
    if value < 100:
        return f"{_ONES[value // 10]} puluh {_words(value % 10)}".strip()
    if value < 200:  # "seratus", never "satu ratus"
        return f"seratus {_words(value - 100)}".strip()
    if value < 1000:
        return f"{_ONES[value // 100]} ratus {_words(value % 100)}".strip()
    if value < 2000:  # "seribu"
        return f"seribu {_words(value - 1000)}".strip()
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"),
                       (10**3, "ribu")):
        if value >= size:
            return f"{_words(value // size)} {word} {_words(value % size)}".strip()
    raise ValueError(value)


def terbilang(value: int) -> str:
    """The amount in words, as a kuitansi spells it: 1.250.000 → ``satu juta dua ratus lima
    puluh ribu rupiah``."""
    if value < 0:
        raise ValueError(value)
    return f"{_words(value) if value else 'nol'} rupiah"
