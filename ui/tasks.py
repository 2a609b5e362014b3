"""One way to run long work off the GUI thread, with progress and Cancel.

``run_task`` runs a plain function ``fn(progress)`` on the global ``QThreadPool``; the
function reports through the :class:`~models.progress.Progress` it receives and the result
(or the exception) comes back to the GUI thread through a signal. Tests set
``TaskRunner.synchronous`` so the work runs inline, the way Picard's FakeThreadPool does.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.db import db
from models.progress import Cancelled, Progress


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self):
        progress = Progress(self.signals.progress.emit, self.cancel.is_set)
        try:
            try:
                result = self.fn(progress)
            except BaseException as exc:  # handed to the GUI thread, which decides what to show
                self.signals.failed.emit(exc)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:
            pass  # the application quit while this ran: nobody is left to tell
        finally:
            if not db.is_closed():
                db.close()  # this worker's own connection; the GUI thread keeps its own


class TaskRunner:
    synchronous = False
    _running: set = set()

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

        cancel = threading.Event()
        signals = _Signals()
        cls._running.add(signals)
        dialog = None
        if label is not None:
            dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0,
                                     parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(cancel.set)

        def on_progress(done, total):
            if dialog is not None:
                dialog.setMaximum(total)
                dialog.setValue(done)

        def finish(callback, value):
            cls._running.discard(signals)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            callback(value)

        signals.progress.connect(on_progress)
        signals.finished.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(failed, exc))
        QThreadPool.globalInstance().start(_Job(fn, signals, cancel))
