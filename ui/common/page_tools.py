"""What every list tab shares: toolbar actions with shortcuts, Ctrl+F, Enter into results."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QTableView, QToolBar, QWidget


def page_action(page: QWidget, toolbar: QToolBar, text: str, slot, shortcut) -> QAction:
    """A toolbar action whose shortcut works window-wide while its tab is shown (a hidden
    tab's actions do not fire), so keys work before the user has clicked into the page."""
    action = QAction(text, page)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
    action.triggered.connect(slot)
    toolbar.addAction(action)
    page.addAction(action)
    return action


def add_find_shortcut(page: QWidget, search: QLineEdit) -> None:
    """Ctrl+F puts the cursor in the page's search field, its text selected."""
    find = QAction(page)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    find.triggered.connect(lambda: (search.setFocus(), search.selectAll()))
    page.addAction(find)


def enter_results(table: QTableView) -> None:
    """Enter in the search field: into the table, on the first match, ready for Enter."""
    table.setFocus()
    if table.model().rowCount() and not table.selectionModel().hasSelection():
        table.selectRow(0)
