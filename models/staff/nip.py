"""NIP, the 18-digit civil-servant number: birth date, appointment month, gender, sequence.

There is no checksum, so validation checks the structure: digits only, a real birth date,
a plausible appointment month after it, and gender digit 1 (male) or 2 (female).
"""

import datetime
import re

from models.messages import QT_TRANSLATE_NOOP, Message, message

_SEPARATORS = re.compile(r"[\s.\-]")


def normalize(text: str) -> str:
    """Strip the grouping a person may type: spaces, dots and dashes."""
    return _SEPARATORS.sub("", text or "")


def _says(text: str, **params) -> Message:
    return message("Nip", text, **params)


MIN_AGE_AT_APPOINTMENT = 18  # the youngest age at which one can become a civil servant


def problem(text: str, today: datetime.date | None = None) -> Message | None:
    """Why ``text`` is not a valid NIP, or None when it is."""
    nip = normalize(text)
    if not nip.isdigit() or not nip.isascii():
        return _says(QT_TRANSLATE_NOOP("Nip", "NIP may contain only digits."))
    if len(nip) != 18:
        return _says(QT_TRANSLATE_NOOP("Nip", "NIP must have 18 digits, not {count}."),
                     count=len(nip))
    try:
        birth = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "Digits 1–8 of the NIP must be a real birth date (YYYYMMDD)."))
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12 or year < 1900:
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "Digits 9–14 of the NIP must be the appointment year and month (YYYYMM)."))
    if (year - birth.year) * 12 + month - birth.month < MIN_AGE_AT_APPOINTMENT * 12:
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "The appointment date in the NIP (digits 9–14) must be at least 18 years "
                   "after the birth date (digits 1–8)."))
    today = today or datetime.date.today()
    if (year, month) > (today.year, today.month):
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "The appointment date in the NIP (digits 9–14) lies in the future."))
    if nip[14] not in "12":
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "Digit 15 of the NIP must be 1 (male) or 2 (female)."))
    if nip[15:] == "000":
        return _says(QT_TRANSLATE_NOOP(
            "Nip", "The last three digits of the NIP are a sequence number from 001 up."))
    return None


def is_valid(text: str) -> bool:
    return problem(text) is None


def grouped(nip: str) -> str:
    """``196903091994032001`` → ``19690309 199403 2 001``; other text is returned as is."""
    digits = normalize(nip)
    if len(digits) != 18 or not digits.isdigit():
        return nip
    nip = digits
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def gender_of(nip: str) -> str:
    nip = normalize(nip)
    return {"1": "M", "2": "F"}.get(nip[14:15], "")
