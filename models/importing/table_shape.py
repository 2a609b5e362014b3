"""What office spreadsheets put around their table besides the rows of data: a second
heading row under merged headings, a row numbering the columns, a signature block.

Personnel files are made to be printed and signed, so a merged "Pangkat/Golongan" sits
over "Pangkat | Gol. Ruang", "(1) (2) (3) …" numbers the columns, and the place, date,
position, name and NIP of whoever signs close the sheet. None of these is a person, and
none is an error the office must fix.
"""

import re
from collections.abc import Callable

from openpyxl.utils import get_column_letter

from models.messages import QT_TRANSLATE_NOOP, Message, message

_C = "StaffImport"

NUMBERING = QT_TRANSLATE_NOOP("StaffImport", "skipped: numbering row")
SIGNATURE = QT_TRANSLATE_NOOP("StaffImport", "skipped: signature")

_NUMBER = re.compile(r"^\(?(\d{1,3})\)?\.?$")
_MONTHS = ("januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
           "|desember|january|february|march|may|june|july|august|october|december")
# "Tanjungpinang, 12 Januari 2026", or with the day left blank to be written by hand;
# a date cell read by openpyxl comes as "2026-01-12".
_DATE_LINE = re.compile(
    rf"^[^\W\d][\w .'-]*,\s*(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+\d{{4}}"
    r"|\d{4}-\d\d-\d\d)$",
    re.IGNORECASE)
_NIP_LINE = re.compile(r"^nip\s*[.:]?\s*[\d ]+$", re.IGNORECASE)
# Words a signature block starts with: the signer's position or "on behalf of" (dotted
# only: "An" alone may begin a name).
_SIGNER_WORDS = frozenset(("kepala", "sekretaris", "plt", "plh", "a.n", "u.b",
                           "mengetahui", "ditetapkan", "dibuat", "disahkan", "pejabat"))


def with_subheadings(headings: list[str], below: list[str],
                     known: Callable[[str], bool]) -> list[str] | None:
    """The headings read together with ``below`` when it is their second row, else None.

    It is when it fills a cell under a blank heading (the rest of a merged heading), holds
    only words, and ``known`` recognises one of them (so a person's row missing its name
    is still read as a row, and rejected for it). Each sub-heading ``known`` recognises
    stands for its column; one
    it does not is joined to the heading above ("Tempat/Tgl Lahir – Tempat"), so the
    column is still named among those not used.
    """
    width = max(len(headings), len(below))
    heads = list(headings) + [""] * (width - len(headings))
    subs = list(below) + [""] * (width - len(below))
    if not any(sub and not head for head, sub in zip(heads, subs, strict=True)):
        return None
    if any(sub and (_NUMBER.match(sub) or not any(c.isalpha() for c in sub)) for sub in subs):
        return None
    if not any(known(sub) for sub in subs if sub):
        return None
    combined, parent = [], ""
    for head, sub in zip(heads, subs, strict=True):
        parent = head or parent if (head or sub) else ""
        if not sub:
            combined.append(head)
        elif known(sub):
            combined.append(sub)
        else:
            combined.append(f"{parent} – {sub}" if parent else sub)
    return combined


def column_letter(index: int) -> str:
    """The spreadsheet's name of the column at ``index``: 0 → "A", 26 → "AA"."""
    return get_column_letter(index + 1)


def is_numbering(texts) -> bool:
    """``(1) (2) (3) …`` or ``1 2 3 …`` under the headings: the columns' numbers."""
    numbers = []
    for text in texts:
        if text:
            match = _NUMBER.match(text)
            if match is None:
                return False
            numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def is_signature_line(text: str) -> bool:
    """A line that opens or closes a signature block: the place and date, the signer's
    position, or their NIP."""
    words = text.split()
    if not words:
        return False
    return bool(_DATE_LINE.match(text) or _NIP_LINE.match(text)
                or words[0].casefold().rstrip(".:,") in _SIGNER_WORDS)


class NotPeople:
    """Tells, row by row from the top, which rows are numbering or signature, not people.

    Once a signature block has begun, a row of one or two cells (the signer's name alone,
    a rank under it) belongs to it too.
    """

    def __init__(self):
        self.in_signature = False

    def note(self, texts) -> Message | None:
        filled = [t for t in texts if t]
        if is_numbering(filled):
            return message(_C, NUMBERING)
        if filled and (all(is_signature_line(t) for t in filled)
                       or (self.in_signature and len(filled) <= 2)):
            self.in_signature = True
            return message(_C, SIGNATURE)
        return None
