"""What any typed or imported text may hold: one rule for the forms, the imports and the
command line, so nothing the database accepts can break a printed paper.

Control characters (NUL, ESC, BEL, …) do not print and can cut a PDF or CSV short; the
bidirectional overrides make a name read differently from what is stored (a forged
certificate could show one name while holding another). Lengths are bounded so that every
report and every certificate's QR code still has room for the longest accepted value.
"""

from models.messages import QT_TRANSLATE_NOOP, Message, message

NAME_MAX = 150
TITLE_MAX = 200  # an event's title, a session's topic, a unit, a position, an institution
SHORT_MAX = 100  # academic titles, rank, room, region, a certificate number
LONG_MAX = 4000  # notes, description, objectives: several lines
FILE_NAME_MAX = 255  # what Windows and most file systems allow

_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_LINE_BREAKS = frozenset("\n\r\t")


def bad_character(value: str, multiline: bool = False) -> str | None:
    """The first character ``value`` must not hold, or None."""
    for ch in value:
        code = ord(ch)
        if multiline and ch in _LINE_BREAKS:
            continue
        if code < 0x20 or 0x7F <= code <= 0x9F or code in _BIDI:
            return ch
        if 0xD800 <= code <= 0xDFFF:
            return ch  # a lone surrogate cannot even be written to the database as UTF-8
    return None


def text_problem(value: str, max_len: int, multiline: bool = False) -> Message | None:
    """Why ``value`` cannot be kept in a field of at most ``max_len`` characters, or None.

    Only ``multiline`` fields (notes, description) may hold line breaks and tabs.
    """
    value = value or ""
    if len(value) > max_len:
        return message("TextRules", QT_TRANSLATE_NOOP(
            "TextRules", "This is {count} characters long; at most {limit} fit here."),
            count=len(value), limit=max_len)
    ch = bad_character(value, multiline)
    if ch is not None:
        if ch in _LINE_BREAKS:
            return message("TextRules", QT_TRANSLATE_NOOP(
                "TextRules", "Write this on one line: it holds a line break or a tab."))
        return message("TextRules", QT_TRANSLATE_NOOP(
            "TextRules", "This holds an invisible control character ({code}) after “{before}”; "
                         "type the text again instead of pasting it."),
            code=f"U+{ord(ch):04X}", before=value[:value.index(ch)][-20:])
    return None


def field_problems(values: dict, limits: dict[str, int],
                   multiline=frozenset()) -> dict[str, Message]:
    """Each field of ``values`` named in ``limits`` (field → longest) that breaks the text
    rule, and why; the fields in ``multiline`` may hold line breaks."""
    found = {}
    for name, limit in limits.items():
        problem = text_problem(str(values.get(name) or "").strip(), limit, name in multiline)
        if problem is not None:
            found[name] = problem
    return found


def strip_controls(value: str, multiline: bool = True) -> str:
    """``value`` without the characters :func:`text_problem` refuses (for free-text
    answers, where the office keeps what a respondent wrote rather than refusing it)."""
    kept = [ch for ch in value if bad_character(ch, multiline) is None]
    return "".join(kept)


def named_problem(field: Message, value: str, max_len: int,
                  multiline: bool = False) -> Message | None:
    """:func:`text_problem` with the field's name in front, for a message shown away from
    the field (a dialog, the command line)."""
    wrong = text_problem(value, max_len, multiline)
    if wrong is None:
        return None
    return message("TextRules", QT_TRANSLATE_NOOP("TextRules", "{field}: {reason}"),
                   field=field, reason=wrong)
