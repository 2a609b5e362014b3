"""The window follows what another PC changes: the shown list is read again when the
window comes back to the front or the timer ticks (the test calls the check directly)."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from models.events import planning as events
from models.staff.tables import Person
from tests.builders import on_another_pc, staff_member
from ui.main_window import MainWindow


def staff_tab(qtbot):
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.show_page("staff_page")
    return window, window.staff_page


def names(page) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("engine", ["sqlite", "postgres"], indirect=True)
def test_a_person_added_on_another_pc_shows_at_the_next_look(qtbot, database):
    for name in ("Ani Lestari", "Budi Santoso", "Citra Dewi"):
        staff_member(name, unit="Layanan")
    window, page = staff_tab(qtbot)
    page.search.setText("a")  # the clerk's filter, and Budi selected
    page.select_person(Person.get(Person.name == "Budi Santoso").id)
    assert not window.change_watch.check()  # nothing changed: nothing read

    on_another_pc(lambda: staff_member("Bayu Aditya", unit="Layanan"))
    assert "Bayu Aditya" not in names(page)
    assert window.change_watch.check()
    assert "Bayu Aditya" in names(page)
    assert page.search.text() == "a"
    assert page.selected_ids() == [Person.get(Person.name == "Budi Santoso").id]
    assert not window.change_watch.check()  # read once per change


def test_not_while_a_form_is_open_on_top(qtbot, database):
    window, page = staff_tab(qtbot)
    on_another_pc(lambda: staff_member("Bayu Aditya"))
    form = QDialog(window)
    form.setModal(True)
    form.show()
    assert not window.change_watch.check()
    assert names(page) == []
    form.close()
    assert window.change_watch.check()
    assert names(page) == ["Bayu Aditya"]


def test_a_hidden_list_is_read_when_its_tab_is_shown(qtbot, database):
    day = dt.date(2026, 3, 10)
    window, _page = staff_tab(qtbot)
    window.show_page("events_page")
    window.show_page("staff_page")
    on_another_pc(lambda: events.save_event({"title": "Bimtek DDC", "kind": "bimtek",
                                             "start_date": day, "end_date": day}))
    assert window.change_watch.check()  # the staff tab is shown: it is read again
    window.show_page("events_page")
    model = window.events_page.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["Bimtek DDC"]


def test_a_check_in_at_the_door_shows_in_the_grid_keeping_the_cell(qtbot, database):
    from models.attendance import marking
    from tests.builders import event_with_sessions

    people = [staff_member(n) for n in ("Ani Lestari", "Budi Santoso")]
    event, (first, second) = event_with_sessions("Bimtek DDC", hours=(8, 13),
                                                 participants=people)
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.show_attendance(event.id)
    page = window.attendance_page
    page.set_session(second.id)
    cell = page.table.currentIndex()
    on_another_pc(lambda: marking.set_marks(first.id, [people[1].id], "hadir", "Rina"))
    assert (people[1].id, first.id) not in page.model.grid.marks
    assert window.change_watch.check()
    assert page.model.grid.marks[(people[1].id, first.id)].status == "hadir"
    assert page.model.current_session() == second.id
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (
        cell.row(), cell.column())


def test_the_certificates_tab_keeps_the_ticks_set_by_hand(qtbot, course):
    from PySide6.QtCore import Qt

    from models.attendance import marking
    from ui.certificates.ticks import by_hand

    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.show_page("certificates_page")
    page = window.certificates_page
    page.set_event(course["event"].id)
    siti = next(r for r in range(page.table.rowCount())
                if "Siti Aminah" in page.table.item(r, 0).text())
    page.table.blockSignals(True)
    page.table.item(siti, 0).setCheckState(Qt.CheckState.Unchecked)  # left out by hand
    page.table.blockSignals(False)
    before = by_hand(page.table, page.candidates)
    assert before
    second = sorted(course["event"].sessions, key=lambda s: (s.date, s.start_time))[1]
    on_another_pc(lambda: marking.set_marks(second.id, [course["budi"].id], "hadir", "Rina"))
    assert window.change_watch.check()
    assert by_hand(page.table, page.candidates) == before
