"""What the Attendance tab prints and keeps beside the grid: sign-in sheets, name tags,
scanned sheets, and who qualifies for a certificate."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from models.events.tables import Event, EventSession
from ui.common.glyph_question import run_checked
from ui.common.save_file import ask_pdf_path, safe_file_name
from ui.common.widgets import error_text, show_error, show_info
from ui.i18n import fill

translate = QCoreApplication.translate

ORDER_LABELS = {  # how the names are listed on paper
    "name": "By name",
    "number": "By participant number",
    "unit": "By unit or institution",
}


def _order_label(code: str) -> str:
    return {"name": translate("AttendanceActions", "By name"),
            "number": translate("AttendanceActions", "By participant number"),
            "unit": translate("AttendanceActions", "By unit or institution")}[code]


def choose_order(parent: QWidget) -> str | None:
    """Ask how to list the names; the last choice is offered first next time."""
    settings = QSettings()
    last = settings.value("print/order", "name")
    codes = list(ORDER_LABELS)
    labels = [_order_label(c) for c in codes]
    current = codes.index(last) if last in codes else 0
    label, ok = QInputDialog.getItem(parent, translate("AttendanceActions", "Order of names"),
                                     translate("AttendanceActions", "List the names:"),
                                     labels, current, False)
    if not ok:
        return None
    code = codes[labels.index(label)]
    settings.setValue("print/order", code)
    return code


def print_sign_in_sheet(parent: QWidget, event_id: int, session_id: int | None,
                        path: Path | None = None, order: str | None = None) -> Path | None:
    """The sheet of one session (or of every session when ``session_id`` is None) as PDF."""
    from reports.attendance.sign_in_sheet import write_sign_in_sheets

    event = Event.get_by_id(event_id)
    title = translate("AttendanceActions", "Save sign-in sheet")
    order = order or choose_order(parent)
    if order is None:
        return None
    if path is None:
        suffix = ""
        if session_id is not None:
            session = EventSession.get_by_id(session_id)
            suffix = f" {session.date.isoformat()} {session.start_time:%H.%M}"
        path = ask_pdf_path(parent, title,
                            safe_file_name(f"Daftar hadir {event.title}{suffix}") + ".pdf")
        if path is None:
            return None
    chosen = None if session_id is None else [session_id]
    return _write(parent, title, lambda made, missing_ok: write_sign_in_sheets(
        event_id, made, chosen, order, missing_ok=missing_ok), path)


def print_name_tags(parent: QWidget, event_id: int, path: Path | None = None,
                    order: str | None = None) -> Path | None:
    from reports.attendance.name_tags import write_name_tags

    event = Event.get_by_id(event_id)
    title = translate("AttendanceActions", "Save name tags")
    order = order or choose_order(parent)
    if order is None:
        return None
    if path is None:
        path = ask_pdf_path(parent, title, safe_file_name(f"Tanda pengenal {event.title}")
                            + ".pdf")
        if path is None:
            return None
    return _write(parent, title, lambda made, missing_ok: write_name_tags(
        event_id, made, order, missing_ok), path)


def _write(parent: QWidget, title: str, write, path: Path) -> Path | None:
    """Write in the background (the window stays responsive), checked where it goes, then
    say where it went. ``write(made, missing_ok)`` makes the file at ``made``, refusing
    characters its font lacks unless ``missing_ok`` (the office is asked)."""
    from models.files.export import write_verified

    outcome: dict = {}

    def done(_result):
        outcome["path"] = path
        show_info(parent, title, fill(translate("AttendanceActions", "Saved to %1."), str(path)))

    def failed(exc):
        show_error(parent, title, error_text(exc))

    run_checked(parent, translate("AttendanceActions", "Writing the PDF…"),
                lambda progress, missing_ok: write_verified(
                    path, lambda made: write(made, missing_ok), progress), done, failed)
    return outcome.get("path")  # known at once only when the runner is synchronous (tests)


def manage_attachments(parent: QWidget, session_id: int | None) -> None:
    from ui.attendance.attachments_dialog import AttachmentsDialog

    if session_id is not None:
        AttachmentsDialog(parent, session_id).exec()


def show_eligibility(parent: QWidget, event_id: int | None) -> None:
    from ui.certificates.eligibility_dialog import EligibilityDialog

    if event_id is not None:
        EligibilityDialog(parent, event_id).exec()
