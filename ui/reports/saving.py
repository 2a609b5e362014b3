"""Saving a report where the office says — a USB stick first — checked before it is called
safe to remove."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reports.catalogue import EVENT, PERSON, THEME, YEAR
from reports.file_names import safe_name
from ui.common.files.save_file import ask_folder, may_replace, write_and_tell
from ui.common.widgets import error_text, show_error
from ui.i18n import fill
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


def choose_folder(parent: QWidget) -> Path | None:
    # The folder only: the report's name comes from what it covers, known once made.
    return ask_folder(parent, translate("ReportSaving", "Save the report"))


def save_report(parent: QWidget, code: str, params: dict, fmt: str,
                folder: Path | None = None) -> None:
    """Make the report, then write it where the office chose — both away from the window's
    thread, so a big report never freezes it."""
    from reports.catalogue import build

    save_made(parent, lambda: build(code, params[EVENT], params[YEAR], params[PERSON],
                                    params["unit"], params[THEME]), fmt, folder)


def save_made(parent: QWidget, make, fmt: str, folder: Path | None = None) -> None:
    """:func:`save_report` for a report ``make()`` builds (the Kompetensi tab's map)."""
    title = translate("ReportSaving", "Save the report")
    folder = folder or choose_folder(parent)
    if folder is None:
        return

    def made(report) -> None:
        target = folder / f"{safe_name(report.file_stem)}.{fmt}"
        if may_replace(parent, title, target):
            _write(parent, title, report, target)

    TaskRunner.run(parent, translate("ReportSaving", "Making the report…"),
                   lambda _progress: make(),
                   made, lambda exc: show_error(parent, title, error_text(exc)))


def _write(parent: QWidget, title: str, report, target: Path) -> None:
    from reports.report_writer import write_report

    write_and_tell(parent, title, target,
                   lambda made, _progress, missing_ok: write_report(report, made, missing_ok),
                   translate("ReportSaving", "Saving the report…"),
                   lambda _result: fill(translate("ReportSaving", "Saved to %1."), str(target)))
