"""Editing the theme list from the event form, by keyboard."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from models.events import themes
from ui.events.event_dialog import EventDialog
from ui.events.themes_dialog import ThemesDialog


def test_a_theme_is_added_moved_up_and_saved(qtbot, database):
    dialog = ThemesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus)
    qtbot.keyClick(dialog.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = dialog.list.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Kearsipan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    listed = [name for _id, name, _used in themes.listing()]
    assert listed == [*themes.DEFAULT_THEMES[:-1], "Kearsipan", themes.DEFAULT_THEMES[-1]]


def test_a_theme_made_from_the_event_form_can_be_chosen_at_once(qtbot, database):
    dialog = EventDialog()
    qtbot.addWidget(dialog)

    def add_theme():
        themes_dialog = QApplication.activeModalWidget()
        assert isinstance(themes_dialog, ThemesDialog)
        themes_dialog.add()
        themes_dialog.list.currentItem().setText("Kearsipan")
        themes_dialog.save()

    QTimer.singleShot(0, add_theme)
    dialog.edit_themes()
    assert dialog.themes_changed
    assert dialog.theme.findText("Kearsipan") == dialog.theme.count() - 1
