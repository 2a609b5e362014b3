"""What an import would change in a person already on file, and which changes weaken it.

A SIMPEG file is often poorer than what the office typed by hand: fewer titles, a rank
without its golongan, a name in capitals. Such a change is shown and waits for the
office's word (:data:`importer.WEAKENS`) instead of quietly replacing a better value.
"""

import re

# "III/d", "IV/a": the golongan ruang part of a rank.
_GOLONGAN = re.compile(r"\b[IV]{1,3}\s*/\s*[a-e]\b", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s,]+")


def _words(text: str) -> frozenset[str]:
    """The words of a value without case or dots: "S.IP., M.Hum." → {"sip", "mhum"}."""
    return frozenset(re.sub(r"\W", "", w).casefold() for w in _WORD_SPLIT.split(text) if w)


def shown(value) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def weakens(field_name: str, old, new) -> bool:
    """Whether ``new`` says less than ``old``: empty, fewer words (titles, a rank without
    its golongan), or a name that is the same letters in capitals."""
    if isinstance(old, bool) or isinstance(new, bool):
        return False
    old, new = shown(old), shown(new)
    if not old or old == new:
        return False
    if not new:
        return True
    if field_name == "name" and new.casefold() == old.casefold():
        return new.isupper() and not old.isupper()
    if _words(new) < _words(old):
        return True
    return field_name == "rank" and bool(_GOLONGAN.search(old)) and not _GOLONGAN.search(new)


def changes(stored: dict, values: dict, fields) -> tuple[tuple[str, object, object], ...]:
    """``(field, old, new)`` for each of ``fields`` whose value differs from the stored one,
    in ``fields``' order. None and "" are the same: both are nothing typed."""
    found = []
    for name in fields:
        old, new = stored[name], values[name]
        if old != new and not (old in (None, "") and new in (None, "")):
            found.append((name, old, new))
    return tuple(found)
