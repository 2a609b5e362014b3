"""A mean rating's category in the user's language (the rule: models.evaluation.categories)."""

from PySide6.QtCore import QCoreApplication

from models.evaluation import categories


def category_text(mean: float | None, bounds: categories.Bounds | None = None) -> str:
    """``Good`` (``Baik``) for a mean rating; a dash without one."""
    code = categories.category(mean, bounds)
    return "–" if code is None else category_name(code)


def category_name(code: str) -> str:
    return QCoreApplication.translate("RatingCategory", categories.CATEGORIES[code])
