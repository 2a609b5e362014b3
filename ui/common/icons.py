"""The toolbars' icons: one set (Material Design Icons through qtawesome, whose fonts ship
inside the package, so nothing is fetched), drawn in the window's text colour."""

from functools import cache

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` in Material Design Icons 6 (``"calendar-plus"``)."""
    import qtawesome  # on first use: loading its fonts is not start-up's business

    palette = QApplication.palette()
    return qtawesome.icon(
        f"mdi6.{name}", color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled,
                                     QPalette.ColorRole.WindowText))
