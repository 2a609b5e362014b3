"""The shared toolbar action: its keys, its tooltip, and how it calls its slot."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QToolBar, QVBoxLayout, QWidget

from ui.common.page_tools import page_action


def make_page(qtbot):
    page = QWidget()
    toolbar = QToolBar(page)
    field = QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(toolbar)
    layout.addWidget(field)
    qtbot.addWidget(page)
    return page, toolbar, field


def test_one_key_named_in_the_tooltip(qtbot):
    page, toolbar, _field = make_page(qtbot)
    action = page_action(page, toolbar, "&New event", lambda: None, "Ctrl+N")
    assert action.shortcuts() == [QKeySequence("Ctrl+N")]
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert action.toolTip() == "New event (Ctrl+N)"
    assert action in toolbar.actions() and action in page.actions()


def test_several_keys_the_first_named(qtbot):
    page, toolbar, _field = make_page(qtbot)
    action = page_action(page, toolbar, "&Add session", lambda: None, ["Ctrl+N", "Ins"])
    assert action.shortcuts() == [QKeySequence("Ctrl+N"), QKeySequence("Ins")]
    assert action.toolTip() == "Add session (Ctrl+N)"


def test_a_standard_key(qtbot):
    page, toolbar, _field = make_page(qtbot)
    action = page_action(page, toolbar, "&Add person", lambda: None,
                         QKeySequence.StandardKey.New)
    assert action.shortcuts() == [QKeySequence(QKeySequence.StandardKey.New)]


def test_a_key_handled_elsewhere_named_instead(qtbot):
    page, toolbar, _field = make_page(qtbot)
    action = page_action(page, toolbar, "&Edit", lambda: None, ["Ctrl+Return"], "Enter")
    assert action.shortcuts() == [QKeySequence("Ctrl+Return")]
    assert action.toolTip() == "Edit (Enter)"


def test_the_slot_is_called_without_the_checked_flag(qtbot):
    page, toolbar, _field = make_page(qtbot)
    calls = []

    def open_selected(index=None):  # a double-click passes the row; the action nothing
        calls.append(index)

    action = page_action(page, toolbar, "&Edit", open_selected, "Ctrl+Return")
    action.trigger()
    assert calls == [None]


def test_the_key_works_wherever_the_focus_is_in_the_window(qtbot):
    page, toolbar, field = make_page(qtbot)
    calls = []
    page_action(page, toolbar, "&New", lambda: calls.append("new"), ["Ctrl+N", "Ins"])
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # shortcuts need it
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Insert)
    assert calls == ["new", "new"]
