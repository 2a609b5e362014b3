"""Printing a paper whose font lacks some of its characters: the one question the office is
asked, naming whose text and which characters, Cancel being the default."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reports.glyphs import MissingCharacters
from ui.common.widgets import confirm, error_text
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


def print_anyway(parent: QWidget | None, exc: MissingCharacters) -> bool:
    """Ask; Enter and Escape answer Cancel: a name printed without its letters is a paper
    the office would have to print again."""
    return confirm(parent, translate("Glyphs", "Letters missing from the font"),
                   error_text(exc), translate("Glyphs", "Print anyway"))


def run_checked(parent: QWidget | None, label: str, work: Callable[[object, bool], object],
                done: Callable[[object], None], failed: Callable[[BaseException], None],
                declined: Callable[[], None] | None = None) -> None:
    """Run ``work(progress, missing_ok)`` in the background as :class:`TaskRunner` does,
    first refusing characters the font lacks; when the office chooses to print anyway,
    once more with them allowed (``declined`` runs when it does not)."""

    def refused(exc: BaseException) -> None:
        if not isinstance(exc, MissingCharacters):
            failed(exc)
        elif print_anyway(parent, exc):
            TaskRunner.run(parent, label, lambda progress: work(progress, True), done, failed)
        elif declined is not None:
            declined()

    TaskRunner.run(parent, label, lambda progress: work(progress, False), done, refused)
