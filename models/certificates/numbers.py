"""Certificate numbers: ``001/SERT/DISPUSIP-TPI/XI/2026`` from the office's pattern.

The pattern is a setting with the placeholders ``{seq}`` (the year's running number,
``{seq:03d}`` for three digits), ``{office}`` (the office's short code), ``{month_roman}``,
``{month}`` and ``{year}`` of the issue date. The sequence starts again at 1 each year.
"""

import datetime
import string

from models import settings
from models.messages import QT_TRANSLATE_NOOP, Message, message

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PLACEHOLDERS = ("seq", "office", "month_roman", "month", "year")
DEFAULT_PATTERN = settings.SPEC_BY_KEY["certificate_number_pattern"].default


def _says(text: str, **params) -> Message:
    return message("Certificates", text, **params)


def pattern_problem(pattern: str) -> Message | None:
    """Why a numbering pattern cannot be used, or None."""
    try:
        names = [name for _text, name, _spec, _conv in string.Formatter().parse(pattern)
                 if name is not None]
    except ValueError:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern has an unmatched {{ or }}."))
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern has an unknown placeholder {{{name}}}; use "
                            "{{seq}}, {{office}}, {{month_roman}}, {{month}} and {{year}}."),
            name=unknown[0])
    if "seq" not in names:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern needs {{seq}}, the running number, or two "
                            "certificates would get the same number."))
    if "year" not in names:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern needs {{year}}: the running number starts "
                            "again each year, so without the year next year's numbers "
                            "would repeat this year's."))
    try:
        format_number(pattern, 1, datetime.date(2026, 1, 1), "X")
    except (ValueError, TypeError):
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern cannot be filled in; write the running "
                            "number as {{seq}} or {{seq:03d}}."))
    return None


def format_number(pattern: str, seq: int, issued_on: datetime.date, office: str) -> str:
    return pattern.format(seq=seq, office=office, month_roman=ROMAN[issued_on.month - 1],
                          month=f"{issued_on.month:02d}", year=issued_on.year)


def current_pattern() -> str:
    pattern = settings.get("certificate_number_pattern")
    return pattern if pattern_problem(pattern) is None else DEFAULT_PATTERN
