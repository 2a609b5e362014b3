"""Where each item of the home screen takes the clerk: the tab (and dialog) where its work
is done. Kept apart from the window so the window only wires the signals."""

from PySide6.QtWidgets import QMainWindow


def connect(window: QMainWindow, page) -> None:
    page.check_in.connect(lambda session_id, event_id: check_in(window, session_id, event_id))
    page.open_event.connect(lambda event_id: open_event(window, event_id))
    page.open_person.connect(lambda person_id: open_person(window, person_id))
    page.open_certificates.connect(lambda event_id: open_certificates(window, event_id))
    page.open_evaluation.connect(lambda event_id: open_evaluation(window, event_id))
    page.back_up.connect(window.back_up)
    page.open_offer.connect(lambda offer_id: open_offer(window, offer_id))


def check_in(window, session_id: int, event_id: int) -> None:
    """The check-in window for that session, over its event's attendance grid (which shows
    the check-ins once it closes)."""
    from models.users.roles import CHECK_IN
    from ui.attendance.checkin_dialog import CheckinDialog

    if not window.may(CHECK_IN):
        return
    window.show_attendance(event_id)
    attendance = window.attendance_page
    attendance.set_session(session_id)
    door = CheckinDialog(window, session_id, attendance.recorded_by())
    if door.session_confirmed():
        door.exec()
        attendance.undo_stack.clear()  # undoing an earlier step could wipe the check-ins
        attendance.reload_grid()
    door.deleteLater()


def open_event(window, event_id: int) -> None:
    window.show_page("events_page")
    window.events_page.select_event(event_id)


def open_person(window, person_id: int) -> None:
    window.show_page("staff_page")
    window.staff_page.select_person(person_id)


def open_certificates(window, event_id: int) -> None:
    window.show_page("certificates_page")
    window.certificates_page.set_event(event_id)


def open_evaluation(window, event_id: int) -> None:
    window.show_page("evaluations_page")
    window.evaluations_page.set_event(event_id)


def open_offer(window, offer_id: int) -> None:
    """The Jejaring tab's training offers, with the offer's dialog open."""
    window.show_page("network_page")
    window.network_page.open_offer(offer_id)
