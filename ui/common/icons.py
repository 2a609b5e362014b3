"""The toolbars' icons: one set, Material Design Icons 6 as qtawesome bundles it (the font
and its map of names inside the package, so nothing is fetched), drawn in the window's
text colour.

Only that font is read, and qtawesome itself is not imported: it loads all eleven of its
fonts and, through QtPy, modules SiBina never uses, which cost a quarter of a second at
start-up.
"""

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

SIZES = (16, 24, 32)  # toolbars, buttons, a screen scaled to 200 %


# Where the built program carries the two files (packaging/build.py puts them there).
BUNDLED = Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "mdi"


def font_folder() -> Path:
    """The folder of the font: the built program's copy, or the installed package's."""
    if BUNDLED.is_dir():
        return BUNDLED
    return Path(find_spec("qtawesome").submodule_search_locations[0]) / "fonts"


def font_files(folder: Path) -> tuple[Path, Path]:
    """The font and its map of names (their names carry qtawesome's version numbers)."""
    [ttf] = sorted(folder.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    [charmap] = sorted(folder.glob("materialdesignicons6-webfont-charmap-*.json"))
    return ttf, charmap


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The font's family name and its map of icon names to code points."""
    folder = font_folder()
    ttf, charmap = font_files(folder)
    [family] = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(ttf)))
    return family, json.loads(charmap.read_text(encoding="utf-8"))


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` in Material Design Icons 6 (``"calendar-plus"``)."""
    family, charmap = _font()
    glyph = chr(int(charmap[name], 16))
    palette = QApplication.palette()
    made = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.WindowText)
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            font = QFont(family)
            font.setPixelSize(size)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
            painter.end()
            made.addPixmap(pixmap, mode)
    return made
