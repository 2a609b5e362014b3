"""What the Attendance tab prints and keeps beside the grid: sign-in sheets, name tags,
scanned sheets, and who qualifies for a certificate."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from models.events.tables import Event, EventSession
from ui.common.files.save_file import ask_pdf_path, safe_file_name, write_and_tell
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


def choose_sheet(parent: QWidget, event_id: int) -> bool | None:
    """Whether to print the committee's and speakers' sheet rather than the participants'
    (asked only when the event has a committee or speakers); None when cancelled."""
    from models.attendance.roles import CREW, people_in_roles

    if not people_in_roles(event_id, CREW):
        return False
    labels = [translate("AttendanceActions", "Participants"),
              translate("AttendanceActions", "Committee and speakers")]
    label, ok = QInputDialog.getItem(parent, translate("AttendanceActions", "Sign-in sheet"),
                                     translate("AttendanceActions", "Whose sheet:"), labels,
                                     0, False)
    return labels.index(label) == 1 if ok else None


def print_sign_in_sheet(parent: QWidget, event_id: int, session_id: int | None,
                        path: Path | None = None, order: str | None = None,
                        crew: bool | None = None) -> Path | None:
    """The sheet of one session (or of every session when ``session_id`` is None) as PDF:
    the participants', or (``crew``; asked when None) the committee's and speakers'."""
    from reports.attendance.sign_in_sheet import write_sign_in_sheets

    event = Event.get_by_id(event_id)
    title = translate("AttendanceActions", "Save sign-in sheet")
    crew = choose_sheet(parent, event_id) if crew is None else crew
    if crew is None:
        return None
    order = order or ("name" if crew else choose_order(parent))  # the committee: by role
    if order is None:
        return None
    if path is None:
        suffix = ""
        if session_id is not None:
            session = EventSession.get_by_id(session_id)
            suffix = f" {session.date.isoformat()} {session.start_time:%H.%M}"
        whose = "Daftar hadir panitia" if crew else "Daftar hadir"
        path = ask_pdf_path(parent, title,
                            safe_file_name(f"{whose} {event.title}{suffix}") + ".pdf")
        if path is None:
            return None
    chosen = None if session_id is None else [session_id]
    return _write(parent, title, lambda made, missing_ok: write_sign_in_sheets(
        event_id, made, chosen, order, crew=crew, missing_ok=missing_ok), path)


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
    say where it went, offering to open or print it. ``write(made, missing_ok)`` makes the
    file at ``made``, refusing characters its font lacks unless ``missing_ok`` (the office
    is asked)."""
    outcome: dict = {}

    def said(_result) -> str:
        outcome["path"] = path
        return fill(translate("AttendanceActions", "Saved to %1."), str(path))

    write_and_tell(parent, title, path,
                   lambda made, _progress, missing_ok: write(made, missing_ok),
                   translate("AttendanceActions", "Writing the PDF…"), said)
    return outcome.get("path")  # known at once only when the runner is synchronous (tests)


def manage_attachments(parent: QWidget, session_id: int | None) -> None:
    from ui.attendance.attachments_dialog import AttachmentsDialog

    if session_id is not None:
        AttachmentsDialog(parent, session_id).exec()


def show_eligibility(parent: QWidget, event_id: int | None) -> None:
    from ui.certificates.eligibility_dialog import EligibilityDialog

    if event_id is not None:
        EligibilityDialog(parent, event_id).exec()
