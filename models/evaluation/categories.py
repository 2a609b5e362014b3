"""The category of a mean rating on the interval scale the office reports with.

A mean of ratings 1–5 is read as Sangat Kurang, Kurang, Cukup, Baik or Sangat Baik. The
usual scale cuts 1–5 into five intervals of 0,80: 1,00–1,80, 1,81–2,60, 2,61–3,40,
3,41–4,20, 4,21–5,00. Its four upper bounds are a setting, since a head of office may
prescribe another scale. A mean is judged as it is printed, rounded half up to two
decimals, so a mean that reads ``1,80`` is Sangat Kurang whatever digits followed.
"""

from decimal import Decimal, InvalidOperation

from models import settings
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.numbers import rounded

SETTING = "rating_category_bounds"
PLACES = 2
LOWEST, HIGHEST = Decimal("1.00"), Decimal("5.00")
STEP = Decimal(1).scaleb(-PLACES)  # an interval starts one step above the bound before it

# Lowest first; the labels are English sources, the office's words in the .ts and on paper.
CATEGORIES = {
    "very_poor": QT_TRANSLATE_NOOP("RatingCategory", "Very poor"),
    "poor": QT_TRANSLATE_NOOP("RatingCategory", "Poor"),
    "fair": QT_TRANSLATE_NOOP("RatingCategory", "Fair"),
    "good": QT_TRANSLATE_NOOP("RatingCategory", "Good"),
    "very_good": QT_TRANSLATE_NOOP("RatingCategory", "Very good"),
}
_CODES = tuple(CATEGORIES)
# The office's own words for the five grades, lowest first: a printed form's scale labels
# (1 = Sangat Kurang … 5 = Sangat Baik) and the category of a mean are one vocabulary, so a
# form answered "Kurang" throughout is judged "Kurang", never a word the form did not use.
GRADE_WORDS = ("Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik")
NAMES = dict(zip(_CODES, GRADE_WORDS, strict=True))

Bounds = tuple[Decimal, ...]


def _problem(text: str) -> Message:
    return message("RatingCategory", text)


def parse_bounds(text: str) -> Bounds | Message:
    """The four upper bounds typed as ``1,80; 2,60; 3,40; 4,20``, or why they cannot be."""
    parts = [p.strip() for p in (text or "").split(";")]
    if len(parts) != len(_CODES) - 1:
        return _problem(QT_TRANSLATE_NOOP(
            "RatingCategory", "Write four upper bounds separated by semicolons, lowest "
                              "first: 1.80; 2.60; 3.40; 4.20."))
    try:
        bounds = tuple(Decimal(p.replace(",", ".")) for p in parts)
    except InvalidOperation:
        bounds = ()
    if not bounds or any(not b.is_finite() or b.as_tuple().exponent < -PLACES
                         for b in bounds):
        return _problem(QT_TRANSLATE_NOOP(
            "RatingCategory", "Each upper bound is a number with at most two decimals, "
                              "such as 1.80."))
    rising = all(a < b for a, b in zip(bounds, bounds[1:], strict=False))
    if not (rising and LOWEST <= bounds[0] and bounds[-1] < HIGHEST):
        return _problem(QT_TRANSLATE_NOOP(
            "RatingCategory", "The upper bounds must rise from 1.00 to below 5.00, each "
                              "above the one before."))
    return tuple(b.quantize(STEP) for b in bounds)


def bounds_problem(text: str) -> Message | None:
    found = parse_bounds(text)
    return found if isinstance(found, Message) else None


def current_bounds() -> Bounds:
    """The bounds in Settings; the usual ones if the stored text was damaged by hand."""
    found = parse_bounds(settings.get(SETTING))
    if isinstance(found, Message):
        found = parse_bounds(settings.SPEC_BY_KEY[SETTING].default)
    return found


def category(mean: float | None, bounds: Bounds | None = None) -> str | None:
    """``"very_poor"`` … ``"very_good"`` for a mean rating (as printed); None without one."""
    if mean is None:
        return None
    shown = rounded(mean, PLACES)
    for code, bound in zip(_CODES, bounds or current_bounds(), strict=False):
        if shown <= bound:
            return code
    return _CODES[-1]


def intervals(bounds: Bounds | None = None) -> list[tuple[Decimal, Decimal, str]]:
    """(lowest, highest, category) of each interval, lowest first, for the scale's note."""
    uppers = (*(bounds or current_bounds()), HIGHEST)
    lowers = (LOWEST, *(b + STEP for b in uppers[:-1]))
    return list(zip(lowers, uppers, _CODES, strict=True))
