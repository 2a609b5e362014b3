"""Characters the printing fonts lack: one check for every paper SiBina prints.

A character a font has no glyph for does not print (ReportLab leaves it out or draws an
empty box): an Arabic name on a recap would print "Nama :" and nothing. Every writer hands
its texts here, record by record (a person, an event, a heading), before it draws; what is
missing is named by record and character, and the paper is refused unless the office chose
to print it anyway (:class:`MissingCharacters` carries the list for that question).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from reports.pdf_base import REGULAR, missing_glyphs

SHOWN = 15  # records named in a message; the rest are counted


@dataclass(frozen=True)
class Lacking:
    record: str  # whose text it is: a person's name, an event's title, a heading
    characters: str  # the characters no font given can draw, each once, in order
    blank: bool  # nothing of the record's own text would print at all


def lacking(records: Iterable[tuple[str, Iterable[str]]],
            fonts: Iterable[str] = (REGULAR,)) -> list[Lacking]:
    """For each record — (its name, the texts printed for it) — the characters the fonts
    lack, records in the order given, each named once."""
    fonts = tuple(fonts)
    found: dict[str, set[str]] = {}
    blank: dict[str, bool] = {}
    for record, texts in records:
        texts = [t for t in texts if t]
        missing = set()
        for font in fonts:
            for text in texts:
                missing |= missing_glyphs(text, font)
        if not missing:
            continue
        found.setdefault(record, set()).update(missing)
        # The record's name is among its texts when it prints it (a name on a form).
        shown = [t for t in texts if t == record] or texts
        blank[record] = blank.get(record, False) or any(
            all(ch.isspace() or ch in missing for ch in text) for text in shown)
    return [Lacking(record, "".join(sorted(chars)), blank[record])
            for record, chars in found.items()]


class MissingCharacters(SiBinaError):
    """A paper would print without some characters; ``lacking`` says whose and which."""

    def __init__(self, found: list[Lacking], paper: str):
        lines = "\n".join(f"• {item.record}: {' '.join(item.characters)}"
                          for item in found[:SHOWN])
        if len(found) > SHOWN:
            lines += f"\n… (+{len(found) - SHOWN})"
        super().__init__(message("Glyphs", QT_TRANSLATE_NOOP(
            "Glyphs", "{paper}: the printing font has no letters for some characters, which "
                      "would be left out:\n{lines}\nWrite these texts in Latin letters (a "
                      "name as the person's identity card spells it), or print anyway."),
            paper=paper, lines=lines))
        self.lacking = found
        self.paper = paper


def check(records: Iterable[tuple[str, Iterable[str]]], paper: str,
          missing_ok: bool = False, fonts: Iterable[str] = (REGULAR,)) -> list[Lacking]:
    """Refuse (:class:`MissingCharacters`) a paper whose texts the fonts cannot print whole,
    unless ``missing_ok`` (the office was asked and chose to print anyway); returns what
    is lacking."""
    found = lacking(records, fonts)
    if found and not missing_ok:
        raise MissingCharacters(found, paper)
    return found
