"""The category of a mean rating: the office's interval scale, bounds from Settings."""

from decimal import Decimal

import pytest

from models import settings
from models.evaluation import categories


@pytest.mark.parametrize("mean, expected", [
    (1.0, "very_poor"), (1.8, "very_poor"), (1.8049, "very_poor"),  # reads 1,80
    (1.805, "poor"), (1.81, "poor"), (2.6, "poor"), (2.61, "fair"), (3.4, "fair"),
    (17 / 5, "fair"), (3.41, "good"), (4.2, "good"), (4.21, "very_good"), (5.0, "very_good"),
    (None, None),
])
def test_a_mean_is_judged_as_it_is_printed(database, mean, expected):
    assert categories.category(mean) == expected


def test_the_bounds_are_a_setting(database):
    settings.save({categories.SETTING: "1,5; 2,5; 3,5; 4,5"})
    assert categories.category(3.4) == "fair" and categories.category(3.51) == "good"
    assert categories.intervals()[:2] == [
        (Decimal("1.00"), Decimal("1.50"), "very_poor"),
        (Decimal("1.51"), Decimal("2.50"), "poor")]
    assert categories.intervals()[-1] == (Decimal("4.51"), Decimal("5.00"), "very_good")


def test_damaged_bounds_fall_back_to_the_usual_scale(database):
    settings.put(categories.SETTING, "rusak")
    assert categories.category(3.41) == "good"


@pytest.mark.parametrize("text, says", [
    ("1,80; 2,60; 3,40", "four upper bounds"),
    ("1,80, 2,60, 3,40, 4,20", "four upper bounds"),
    ("1,80; dua; 3,40; 4,20", "at most two decimals"),
    ("1,805; 2,60; 3,40; 4,20", "at most two decimals"),
    ("1,80; 2,60; 2,60; 4,20", "each above the one before"),
    ("0,80; 2,60; 3,40; 4,20", "from 1.00 to below 5.00"),
    ("1,80; 2,60; 3,40; 5", "from 1.00 to below 5.00"),
])
def test_bounds_that_cannot_make_a_scale_are_explained(text, says):
    assert says in categories.bounds_problem(text).english()


def test_the_usual_bounds_read_with_comma_or_dot():
    assert categories.bounds_problem("1,80; 2,60; 3,40; 4,20") is None
    assert categories.parse_bounds(" 1.8;2.6 ; 3.4;4.2 ") == tuple(
        Decimal(b) for b in ("1.80", "2.60", "3.40", "4.20"))


def test_the_scale_labels_and_the_categories_are_one_vocabulary():
    from models.evaluation.questionnaires import RATING_LABELS
    from reports.indonesian import RATING_CATEGORY_NAMES

    # A form answered "Kurang" throughout is judged "Kurang": the words a respondent ticks
    # are the words the result is reported in.
    assert [RATING_LABELS[v] for v in (1, 2, 3, 4, 5)] == [
        "Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]
    assert [RATING_CATEGORY_NAMES[c] for c in categories.CATEGORIES] == [
        RATING_LABELS[v] for v in (1, 2, 3, 4, 5)]
