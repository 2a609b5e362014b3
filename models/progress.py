"""Progress and Cancel for long work, without Qt.

Long operations take a :class:`Progress` and call :meth:`Progress.step` as they go; the UI's
background-task helper passes one wired to its progress dialog, the command line passes
none. ``step`` raises :class:`Cancelled` once the user has pressed Cancel, so the operation
stops at a safe point (before its transaction commits).
"""

from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; nothing of the operation was kept."""


class Progress:
    def __init__(self, report: Callable[[int, int], None] | None = None,
                 is_cancelled: Callable[[], bool] | None = None):
        self._report = report
        self._is_cancelled = is_cancelled

    def step(self, done: int, total: int) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total)


NO_PROGRESS = Progress()
