"""One way to run long work off the GUI thread, with progress and Cancel.

``TaskRunner.run`` runs a plain function ``fn(progress)`` on a worker thread; the function
reports through the :class:`~models.progress.Progress` it receives. The worker never calls
Qt: it leaves its progress and its outcome (result or exception) in a plain object that a
timer on the GUI thread reads, so no Qt object is touched from two threads (PySide can
deadlock when a worker emits while the GUI thread calls back into Python). Tests set
``TaskRunner.synchronous`` so the work runs inline, the way Picard's FakeThreadPool does.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.db import db
from models.progress import Cancelled, Progress

POLL_MS = 40


class _Job:
    """What the worker and the GUI thread share: plain attributes, each written by one side."""

    def __init__(self, fn: Callable[[Progress], object]):
        self.fn = fn
        self.cancel = threading.Event()
        self.progress: tuple[int, int] | None = None  # written by the worker
        self.outcome: tuple[bool, object] | None = None  # (succeeded, result or exception)

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            self.progress = (done, total)

        try:
            result = self.fn(Progress(report, self.cancel.is_set))
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.outcome = (False, exc)
        else:
            self.outcome = (True, result)
        finally:
            if not db.is_closed():
                db.close()  # this worker's own connection; the GUI thread keeps its own


class TaskRunner:
    synchronous = False

    @classmethod
    def run_quietly(cls, fn: Callable[[Progress], object], on_done: Callable[[object], None],
                    on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run short background work (such as loading a table) with no progress dialog."""
        cls.run(None, None, fn, on_done, on_error)

    @classmethod
    def run(cls, parent: QWidget | None, label: str | None, fn: Callable[[Progress], object],
            on_done: Callable[[object], None],
            on_error: Callable[[BaseException], None] | None = None,
            on_cancel: Callable[[], None] | None = None) -> None:
        """Run ``fn`` with a progress dialog; exactly one of the callbacks runs afterwards."""

        def failed(exc):
            if isinstance(exc, Cancelled):
                if on_cancel:
                    on_cancel()
            elif on_error:
                on_error(exc)
            else:
                raise exc

        if cls.synchronous:
            try:
                result = fn(Progress())
            except Exception as exc:  # same path as from a worker thread
                failed(exc)
            else:
                on_done(result)
            return

        job = _Job(fn)
        dialog = None
        if label is not None:
            dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0,
                                     parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(job.cancel.set)
        timer = QTimer(dialog or QCoreApplication.instance())
        timer.setInterval(POLL_MS)

        def poll():
            if dialog is not None and job.progress is not None:
                done, total = job.progress
                dialog.setMaximum(total)
                dialog.setValue(done)
            if job.outcome is None:
                return
            timer.stop()
            timer.deleteLater()
            if dialog is not None:
                dialog.canceled.disconnect(job.cancel.set)
                dialog.close()
                dialog.deleteLater()
            succeeded, value = job.outcome
            on_done(value) if succeeded else failed(value)

        timer.timeout.connect(poll)
        timer.start()
        threading.Thread(target=job.run, daemon=True).start()
