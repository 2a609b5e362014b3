"""What every list tab shares: toolbar actions with shortcuts, Ctrl+F, Enter into results."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QTableView, QToolBar, QWidget


def page_action(page: QWidget, toolbar: QToolBar, text: str, slot, keys,
                key_name: str = "") -> QAction:
    """A toolbar action whose shortcut works window-wide while its tab is shown (a hidden
    tab's actions do not fire), so keys work before the user has clicked into the page.

    ``keys`` is one key (text or standard key) or a list of them, the first named in the
    tooltip; ``key_name`` names a key handled elsewhere instead, such as the Enter a table
    opens its row with.
    """
    action = QAction(text, page)
    action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shown = key_name or action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text.replace('&', '')} ({shown})")
    # Called bare: triggered's "checked" would land in a slot's optional argument (Edit on
    # the events tab took it for the double-clicked row).
    action.triggered.connect(lambda: slot())
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
