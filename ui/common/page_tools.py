"""What every list tab shares: toolbar actions with shortcuts, Ctrl+F, Enter into results,
Enter on a row to open it."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QToolBar, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def page_action(page: QWidget, toolbar: QToolBar, text: str, slot, keys,
                key_name: str = "", icon: str | None = None) -> QAction:
    """A toolbar action whose shortcut works window-wide while its tab is shown (a hidden
    tab's actions do not fire), so keys work before the user has clicked into the page.

    ``keys`` is one key (text or standard key) or a list of them, the first named in the
    tooltip; ``key_name`` names a key handled elsewhere instead, such as the Enter a table
    opens its row with. ``icon`` names its icon (see ui/common/icons.py); the text stays
    beside it.
    """
    action = QAction(text, page)
    if icon is not None:
        from ui.common.icons import icon as load_icon

        action.setIcon(load_icon(icon))
    action.setShortcuts([QKeySequence(k) for k in (keys if isinstance(keys, list) else [keys])])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shown = key_name or action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text.replace('&', '')} ({shown})")
    # Called bare: triggered's "checked" would land in a slot's optional argument (Edit on
    # the events tab took it for the double-clicked row).
    action.triggered.connect(lambda: slot())
    if icon is not None and toolbar.iconSize().width() > 16:
        # small icons, so a tab's actions still fit a 1024 px window with their words
        toolbar.setIconSize(QSize(16, 16))
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


class _OpenOnEnter(QObject):
    def __init__(self, view: QAbstractItemView, open_row: Callable[[], object]):
        super().__init__(view)  # lives and dies with the view
        self._open_row = open_row

    def eventFilter(self, watched, event):  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and event.key() in _ENTER_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and watched.state() != QAbstractItemView.State.EditingState):
            self._open_row()
            return True
        return False


def open_on_enter(view: QAbstractItemView, open_row: Callable[[], object]) -> QObject:
    """Enter (Return or the keypad's Enter, no other modifier) on the view calls
    ``open_row``, which opens what is selected.

    Taken on the view itself, before a dialog's default button gets it (Enter would close
    the dialog or save it) and never page-wide: a search field hands its Enter on to the
    page after moving the focus to the list, and a page-wide handler would open the first
    match at once. Ctrl+Enter is left to the Edit action it is the shortcut of, and a cell
    being edited keeps its Enter to commit the edit.
    """
    handler = _OpenOnEnter(view, open_row)
    view.installEventFilter(handler)
    return handler


def keep_view(table: QTableView, ids: Callable[[], list[int]], row_of: Callable[[int], int],
              reload: Callable[[], object]) -> None:
    """``reload()`` the table's rows (another PC changed them) leaving the clerk where they
    were: the same records selected (by ``ids()`` and ``row_of``), the same one current, the
    list scrolled as it was; the filter and the sort are the model's and stay."""
    chosen = ids()
    current = table.currentIndex()
    current_id = next((i for i in chosen if row_of(i) == current.row()), None)
    bars = (table.verticalScrollBar(), table.horizontalScrollBar())
    scrolled = [bar.value() for bar in bars]
    reload()
    model, selection = table.model(), table.selectionModel()
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for record_id in chosen:
        if (row := row_of(record_id)) >= 0:
            selection.select(model.index(row, 0), flags)
    if current_id is not None and (row := row_of(current_id)) >= 0:
        selection.setCurrentIndex(model.index(row, max(0, current.column())),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)
    for bar, value in zip(bars, scrolled, strict=True):
        bar.setValue(value)
