"""The shared toolbar action (its keys, its tooltip, how it calls its slot) and Enter on a
table row."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.common.page_tools import open_on_enter, page_action


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


def make_dialog(qtbot, editable=False):
    """A dialog whose default button Enter would press, over a table of three rows."""
    dialog = QDialog()
    model = QStandardItemModel(3, 2, dialog)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"r{row}c{column}"))
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table.setFocus()
    return dialog, table


def test_enter_on_a_row_opens_it_rather_than_pressing_the_default_button(qtbot):
    dialog, table = make_dialog(qtbot)
    opened = []
    open_on_enter(table, lambda: opened.append(table.currentIndex().row()))
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    table.selectRow(2)
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [1, 2]
    assert dialog.isVisible() and dialog.result() == 0  # the OK button was not pressed


def test_other_keys_and_ctrl_enter_pass_on(qtbot):
    _dialog, table = make_dialog(qtbot)
    opened = []
    open_on_enter(table, lambda: opened.append("opened"))
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # the view still moves
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == []


def test_a_cell_being_edited_keeps_its_enter(qtbot):
    _dialog, table = make_dialog(qtbot, editable=True)
    opened = []
    open_on_enter(table, lambda: opened.append("opened"))
    index = table.model().index(0, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index) or table.focusWidget()
    assert table.state() == QAbstractItemView.State.EditingState
    editor.selectAll()
    qtbot.keyClicks(editor, "typed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert index.data() == "typed"
    assert opened == []
