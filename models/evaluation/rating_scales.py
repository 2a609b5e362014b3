"""The value (1–5) of an answer text to a rating question.

Forms made with a form tool use the office's own wording: "Sangat Setuju … Sangat Tidak
Setuju", "Puas", "Kurang Sesuai". :func:`suggested_rating` knows the common Indonesian
five-point scales and the digits; an import shows every distinct answer text of its rating
columns with that suggestion, the office corrects it, and the values are remembered per
questionnaire with the column matching (:class:`~models.evaluation.tables.ImportMapping`).
A text without a value still refuses its row, naming the text.
"""

import json
import re

from models.evaluation.categories import GRADE_WORDS
from models.evaluation.tables import ImportMapping

_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"([1-5])(?:[.,]0+)?")

# Highest first; "Netral" and "Ragu-ragu" are the middle of the Setuju scale alike.
SCALES = (
    tuple(reversed(GRADE_WORDS)),  # the printed forms' own
    ("Sangat Setuju", "Setuju", ("Netral", "Ragu-ragu", "Ragu ragu"), "Tidak Setuju",
     "Sangat Tidak Setuju"),
    ("Sangat Puas", "Puas", "Cukup Puas", "Tidak Puas", "Sangat Tidak Puas"),
    ("Sangat Sesuai", "Sesuai", "Cukup Sesuai", "Kurang Sesuai", "Tidak Sesuai"),
    # What forms printed by SiBina before the scale took the categories' words said.
    ("Sangat Baik", "Baik", "Cukup", "Tidak Baik", "Sangat Tidak Baik"),
)


def fold(text: str) -> str:
    """An answer text as compared: spaces collapsed, case ignored."""
    return _SPACES.sub(" ", str(text).strip()).casefold()


def _suggestions() -> dict[str, int]:
    found: dict[str, int] = {}
    for scale in SCALES:
        for value, texts in zip((5, 4, 3, 2, 1), scale, strict=True):
            for text in (texts,) if isinstance(texts, str) else texts:
                found.setdefault(fold(text), value)
    return found


_SUGGESTED = _suggestions()


def suggested_rating(text: str) -> int | None:
    """The value an answer text has on the common scales (``Setuju`` 4, ``Kurang`` 2, ``5``
    5), or None when it is on none of them."""
    folded = fold(text)
    digit = _DIGIT.fullmatch(folded)
    if digit:
        return int(digit.group(1))
    return _SUGGESTED.get(folded)


def remembered_ratings(questionnaire_id: int) -> dict[str, int | None]:
    """The values the office gave answer texts of this questionnaire (folded text: value;
    None: the office refused the text)."""
    row = ImportMapping.get_or_none(ImportMapping.questionnaire == questionnaire_id)
    try:
        stored = json.loads(row.ratings or "{}") if row is not None else {}
    except ValueError:
        return {}
    return {fold(text): value for text, value in stored.items()
            if value is None or (isinstance(value, int) and 1 <= value <= 5)}


def ratings_for(texts, questionnaire_id: int) -> dict[str, int | None]:
    """Each text's value: as remembered for the questionnaire, else the suggestion."""
    remembered = remembered_ratings(questionnaire_id)
    return {text: remembered[fold(text)] if fold(text) in remembered
            else suggested_rating(text) for text in texts}


def rating_value(text: str, ratings: dict[str, int | None] | None = None) -> int | None:
    """The value of ``text``: the one given in ``ratings`` (folded keys), else the
    suggestion."""
    folded = fold(text)
    if ratings and folded in ratings:
        return ratings[folded]
    return suggested_rating(text)
