"""Certificate numbers: ``001/SERT/DISPUSIP-TPI/XI/2026`` from the office's pattern.

The pattern is a setting with the placeholders ``{seq}`` (the year's running number,
``{seq:03d}`` for three digits), ``{office}`` (the office's short code), ``{month_roman}``,
``{month}`` and ``{year}`` of the issue date. The sequence starts again at 1 each year.
"""

import datetime
import re
import string

from models import settings
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.text_rules import TITLE_MAX, text_problem

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PLACEHOLDERS = ("seq", "office", "month_roman", "month", "year")
DEFAULT_PATTERN = settings.SPEC_BY_KEY["certificate_number_pattern"].default
# A width or precision is checked before anything is filled in: Python would build a
# "{seq:0999999999d}" number of a billion characters, freezing the window that tried it.
MAX_WIDTH = 6
# A number must fit the certificate's line and the register's column.
MAX_LENGTH = 60


def _says(text: str, **params) -> Message:
    return message("Certificates", text, **params)


def pattern_problem(pattern: str, placeholders: tuple = PLACEHOLDERS) -> Message | None:
    """Why a numbering pattern cannot be used, or None: the one check for every numbered
    paper (certificates; letters, whose ``placeholders`` add ``{code}``)."""
    # Every number it makes is printed and signed: no mark that reads it otherwise.
    wrong = text_problem(pattern, TITLE_MAX)  # the numbers it makes are bounded below
    if wrong is not None:
        return _says(QT_TRANSLATE_NOOP("Certificates", "The number pattern: {reason}"),
                     reason=wrong)
    try:
        names = [name for _text, name, _spec, _conv in string.Formatter().parse(pattern)
                 if name is not None]
    except ValueError:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern has an unmatched {{ or }}."))
    unknown = [n for n in names if n not in placeholders]
    if unknown:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern has an unknown placeholder {{{name}}}; use "
                            "{known}."),
            name=unknown[0], known=", ".join("{" + name + "}" for name in placeholders))
    if "seq" not in names:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern needs {{seq}}, the running number, or two "
                            "papers would get the same number."))
    if "year" not in names:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern needs {{year}}: the running number starts "
                            "again each year, so without the year next year's numbers "
                            "would repeat this year's."))
    cannot_fill = _says(QT_TRANSLATE_NOOP(
        "Certificates", "The number pattern cannot be filled in; write the running "
                        "number as {{seq}} or {{seq:03d}}."))
    specs = [spec for _text, name, spec, _conv in string.Formatter().parse(pattern)
             if name is not None and spec]
    if any("{" in spec or "}" in spec for spec in specs):
        return cannot_fill  # a width taken from another placeholder
    if any(int(digits) > MAX_WIDTH for spec in specs for digits in re.findall(r"\d+", spec)):
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The number pattern asks for too wide a field; the running "
                            "number can have at most {max} digits, as in {{seq:03d}}."),
            max=MAX_WIDTH)
    try:
        longest = format_number(pattern, 10 ** MAX_WIDTH - 1, datetime.date(2026, 12, 1), "X",
                                code="000.0.0.0")
    except (ValueError, TypeError, KeyError, IndexError):
        return cannot_fill
    if len(longest) > MAX_LENGTH:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "A number from this pattern would be longer than {max} "
                            "characters; shorten the pattern."), max=MAX_LENGTH)
    return None


def format_number(pattern: str, seq: int, issued_on: datetime.date, office: str,
                  code: str = "") -> str:
    return pattern.format(seq=seq, office=office, month_roman=ROMAN[issued_on.month - 1],
                          month=f"{issued_on.month:02d}", year=issued_on.year, code=code)


def current_pattern() -> str:
    pattern = settings.get("certificate_number_pattern")
    return pattern if pattern_problem(pattern) is None else DEFAULT_PATTERN
