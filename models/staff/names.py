"""Names as personnel files write them: academic and religious titles in the same cell.

SIMPEG and most office spreadsheets put the whole printed name in one cell —
``Dra. Siti Aminah, S.IP., M.Hum.`` — while SiBina keeps front title, name and back titles
apart. :func:`split_titles` takes such a cell apart without inventing titles for names
that have none.
"""

import re

# Titles written before the name. Matched without regard to case (SIMPEG often exports
# names in capitals: "DRS. H. AHMAD"), always with their dot, so a name that merely starts
# with the same letters ("Ira", "Hendra") is left alone. Spelled as the office writes them.
FRONT_TITLES = ("Prof.", "Dr.", "Dra.", "Drs.", "Ir.", "H.", "Hj.", "dr.", "apt.", "Ns.")

_LONGEST_FIRST = sorted(FRONT_TITLES, key=len, reverse=True)
_FRONT = re.compile(
    r"(?:" + "|".join(re.escape(t) for t in _LONGEST_FIRST) + r")\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# A back title is an abbreviation: "S.IP.", "M.Hum", "A.Md.Kom.", "Ph.D.", "SE", "MM", "Lc".
_DOTTED = re.compile(r"^[A-Za-z][A-Za-z().\-]*\.[A-Za-z().\-]*$")
_BARE = re.compile(r"^(?:[A-Z]{2,5}|Lc|Ak|Amd)$")


def looks_like_back_title(text: str) -> bool:
    """True for one abbreviation such as ``S.IP.`` or ``MM``; false for words of a name."""
    text = text.strip()
    if not text or len(text) > 16:
        return False
    return all(_DOTTED.match(part) or _BARE.match(part) for part in text.split())


def split_titles(text: str) -> tuple[str, str, str]:
    """``"Dr. H. Ahmad Fauzi, M.Si."`` → ``("Dr. H.", "Ahmad Fauzi", "M.Si.")``.

    Front titles are the known ones at the start; back titles are everything after the
    first comma that follows the name, provided every part there looks like an
    abbreviation (otherwise the comma belongs to the name and nothing is split off).
    """
    text = _SPACES.sub(" ", text or "").strip()
    fronts = []
    rest = text
    while True:
        match = _FRONT.match(rest)
        # A title must be followed by more of the name: "H." alone stays the name.
        if not match or not rest[match.end():].strip(" ,"):
            break
        fronts.append(match.group(0).strip())
        rest = rest[match.end():]
    name, comma, tail = rest.partition(",")
    back = ""
    if comma:
        parts = [p.strip() for p in tail.split(",") if p.strip()]
        if all(looks_like_back_title(p) for p in parts):
            back = ", ".join(parts)
        else:
            name = rest
    return " ".join(fronts), name.strip(" ,"), back


def titles_out_of_name(front: str, name: str, back: str) -> tuple[str, str, str]:
    """A form's front title, name and back titles once the titles typed into the name are
    moved to their own fields: ``("", "Dra. Siti Aminah, S.IP.", "")`` →
    ``("Dra.", "Siti Aminah", "S.IP.")``.

    Titles already in their fields stay; those found in the name join them in reading
    order (front ones after, back ones before), as the printed name would read.
    """
    found_front, name, found_back = split_titles(name)
    front = " ".join(p for p in (front.strip(), found_front) if p)
    back = ", ".join(p for p in (found_back, back.strip()) if p)
    return front, name, back


# Words that join a name rather than start one: "Ahmad bin Abdullah", "Maya van der Berg".
PARTICLES = frozenset(("bin", "binti", "bt", "van", "der", "den", "von", "de", "da", "di",
                       "dos", "du", "la", "le", "ibn"))
# Prefixes written lower-case before a capital: "Muhammad al-Faruqi".
_PREFIXES = ("al-", "el-")
_CANONICAL_FRONT = {}
for _title in FRONT_TITLES:
    _CANONICAL_FRONT.setdefault(_title.casefold(), _title)  # "DR." is Dr., not dr.


def _capitalised(word: str) -> str:
    """``"SRI-WAHYUNI"`` → ``"Sri-Wahyuni"``; ``"MA'RUF"`` → ``"Ma'ruf"``."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _name_word(word: str, first: bool) -> str:
    lower = word.casefold()
    if not first and lower in PARTICLES:
        return lower
    for prefix in _PREFIXES:
        if lower.startswith(prefix) and len(lower) > len(prefix):
            head = prefix.capitalize() if first else prefix
            return head + _capitalised(word[len(prefix):])
    return _capitalised(word)


def normal_case(text: str) -> str:
    """A name cell written in capitals, as the office writes names:
    ``"DRA. SITI BINTI YUSUF, M.Hum."`` → ``"Dra. Siti binti Yusuf, M.Hum."``.

    Only a name without a lower-case letter is changed: one in normal case is the office's
    own spelling ("McDonald") and stays. Front titles take their usual spelling; back
    titles are kept as written, since "S.IP." and "SE" cannot be told from their capitals.
    """
    front, name, back = split_titles(text)
    if not name or any(char.islower() for char in name):
        return text
    fronts = " ".join(_CANONICAL_FRONT.get(t.casefold(), t) if t.isupper() else t
                      for t in front.split())
    words = [_name_word(w, i == 0) for i, w in enumerate(name.split())]
    whole = " ".join(part for part in (fronts, " ".join(words)) if part)
    return f"{whole}, {back}" if back else whole
