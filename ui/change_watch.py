"""Lists that follow what other PCs change: the window asks the database, when it is
brought back to the front and every few seconds, whether anything was committed elsewhere
(models/sharing/changes.py, one cheap query), and if so reads the shown tab again, keeping the
clerk's selection, sort, filter and scrolling.

Never while a form or a question is open on top: the form checks its own record when it
saves (models/sharing/stamps.py), and a list moving under a question would be confusing. The
change is then picked up at the next look after the form closes.
"""

import peewee
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from models.sharing import changes

# Often enough that a check-in at the door shows on the office PC while someone looks,
# rarely enough that an idle window costs the server nothing worth measuring.
INTERVAL_MS = 10_000


class ChangeWatch(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.token = self._read_token()
        # Tabs built but hidden when the data changed; those that do not re-read
        # themselves when shown (Staff, Events) are refreshed when next shown.
        self.stale: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(self._tab_shown)

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            # Queued: a dialog closing also activates the window, before it is gone.
            QTimer.singleShot(0, self.check)
        return False

    def check(self) -> bool:
        """Read the shown tab again if someone else changed the database since the last
        look; whether it was read."""
        if QApplication.activeModalWidget() is not None:
            return False
        token = self._read_token()
        if token is None or token == self.token:
            return False
        name, page = self._shown()
        refresh = getattr(page, "refresh", None)
        if refresh is not None and not refresh():
            return False  # busy (a cell being typed in): looked at again next time
        self.token = token
        self.stale = set(self.window._pages) - {name}
        return True

    def _read_token(self):
        try:
            return changes.token()
        except peewee.DatabaseError:  # a server out of reach for a moment: next time
            return None

    def _shown(self):
        from ui.main_window import PAGES

        name = PAGES[self.window.tabs.currentIndex()][0]
        return name, self.window.page(name)

    def _tab_shown(self, _index: int) -> None:
        name, page = self._shown()
        if name in self.stale:
            self.stale.discard(name)
            # Pages with a _stale flag read themselves again when shown.
            if not hasattr(page, "_stale") and hasattr(page, "refresh"):
                page.refresh()
