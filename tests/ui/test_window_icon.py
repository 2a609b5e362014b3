from pathlib import Path

from PySide6.QtWidgets import QDialog

from ui.app import set_window_icon
from ui.main_window import MainWindow


def test_the_window_and_its_dialogs_show_the_sibina_mark(qtbot, qapp, database):
    set_window_icon(qapp)
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    dialog = QDialog(window)
    for shown in (window.windowIcon(), dialog.windowIcon()):
        small = shown.pixmap(16, 16).toImage()
        assert not small.isNull() and small.width() == 16
        # The navy of the mark, not Qt's default blank icon.
        centre = small.pixelColor(8, 2)
        assert centre.blue() > centre.red() and centre.alpha() == 255
