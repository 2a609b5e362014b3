import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from models import settings
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.staff import history as person_history
from models.staff import staff_list as staff
from ui.staff.page import StaffPage


@pytest.fixture
def office(database):
    settings.save({"jp_target": 20})
    siti = staff.save_person({"name": "Siti Aminah", "front_title": "Dra.",
                              "employment": "PNS"})
    staff.save_person({"name": "Budi Santoso", "employment": "PPPK"})
    guest = staff.save_person({"name": "Rahmat Hidayat", "is_external": True})

    ddc = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "status": "finished",
                             "start_date": dt.date(2026, 3, 10),
                             "end_date": dt.date(2026, 3, 11)})
    for day, start, end, jp in ((10, 8, 11, 4), (10, 13, 15, 3), (11, 8, 10, 2)):
        session = events.save_session(ddc.id, {
            "date": dt.date(2026, 3, day), "start_time": dt.time(start),
            "end_time": dt.time(end), "topic": "DDC", "room": "", "jp": jp})
        Attendance.create(session=session, person=siti,
                          status="izin" if day == 11 else "hadir")
    participants.add_people(ddc.id, [siti.id])
    participants.add_people(ddc.id, [siti.id], role="panitia")
    participants.add_people(ddc.id, [guest.id], role="narasumber")

    training = events.save_event({"title": "Pelatihan Katalogisasi", "kind": "pelatihan",
                                  "status": "finished", "start_date": dt.date(2025, 11, 3),
                                  "end_date": dt.date(2025, 11, 5)})
    participants.add_people(training.id, [siti.id])
    for day in (3, 4, 5):
        session = events.save_session(training.id, {
            "date": dt.date(2025, 11, day), "start_time": dt.time(8),
            "end_time": dt.time(14), "topic": "RDA", "room": "", "jp": 8})
        Attendance.create(session=session, person=siti, status="hadir")


@pytest.fixture
def page(qtbot, office):
    page = StaffPage()
    page.history.this_year = 2026
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def dialogs_opened(qapp):
    """Closes every dialog that opens and keeps its class name."""
    seen: list[str] = []

    def close_dialogs():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.append(type(widget).__name__)
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(close_dialogs)
    timer.start(20)
    yield seen
    timer.stop()


def panel_text(page) -> str:
    """What the panel shows, line by line: heading, each year and each event's columns."""
    panel = page.history
    lines = [] if panel.heading.isHidden() else [panel.heading.text()]
    if not panel.tree.isHidden():
        for i in range(panel.tree.topLevelItemCount()):
            year = panel.tree.topLevelItem(i)
            lines.append(year.text(0))
            for j in range(year.childCount()):
                event = year.child(j)
                lines.append(" | ".join(event.text(c) for c in range(panel.tree.columnCount())))
    if not panel.empty.isHidden():
        lines.append(panel.empty.text())
    return "\n".join(lines)


def click_row_of(qtbot, page, name):
    row = next(r for r in range(page.model.rowCount()) if name in page.model.row_at(r).full_name)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_finding_a_person_shows_their_years_jp_and_events(qtbot, page, dialogs_opened):
    assert "Select one person" in panel_text(page)
    qtbot.keyClicks(page.search, "siti")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # into the list, on the match
    assert dialogs_opened == []  # a second Enter opens the person, not the first
    text = panel_text(page)
    # "1 event" whether or not the English plural forms are compiled in yet
    heading, this_year = text.splitlines()[:2]
    assert heading == "Dra. Siti Aminah"
    # The year is still running: how far to go, not "short"
    assert this_year.startswith("2026: 7 of 20 JP (13 JP to go this year)  ·  1 event")
    assert "2025: 24 of 20 JP (target met)  ·  1 event" in text
    assert text.index("2026:") < text.index("Bimtek DDC") < text.index("2025:")
    assert ("10–11 Mar 2026 | Technical guidance (Bimtek) | Bimtek DDC | "
            "Participant (Peserta), Committee (Panitia) | Finished | 7 / 9") in text
    assert "Pelatihan Katalogisasi" in text and "24 / 24" in text
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialogs_opened == ["PersonDialog"])


def test_the_panel_follows_the_selection(qtbot, page):
    click_row_of(qtbot, page, "Rahmat Hidayat")
    text = panel_text(page)
    assert "Rahmat Hidayat" in text
    assert "2026: 0 JP  ·  1 event" in text  # a guest: no yearly target
    assert "Speaker (Narasumber)" in text
    click_row_of(qtbot, page, "Siti Aminah")
    assert "Bimtek DDC" in panel_text(page) and "Rahmat" not in panel_text(page)
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert "Select one person" in panel_text(page)  # two people selected


def test_the_target_is_shown_to_whom_it_binds_as_in_the_jp_recap(qtbot, office):
    from models.events.tables import EventSession
    from reports.recaps.recaps import jp_recap

    honorer = staff.save_person({"name": "Rina Honorer", "employment": "NON_ASN"})
    ddc = events.listing(2026)[0][0]
    participants.add_people(ddc, [honorer.id])
    first = (EventSession.select().where(EventSession.event == ddc)
             .order_by(EventSession.date, EventSession.start_time).first())
    Attendance.create(session=first, person=honorer, status="hadir")
    page = StaffPage()
    page.history.this_year = 2026
    qtbot.addWidget(page)
    page.show()
    click_row_of(qtbot, page, "Rina Honorer")
    assert panel_text(page).splitlines()[1].startswith("2026: 4 JP  ·  1 event")
    [row] = [r for r in jp_recap(2026).tables[0].rows if r[1] == "Rina Honorer"]
    assert row[6:] == [4.0, None, "-"]  # JP, short by, target


def test_a_person_without_events_shows_the_empty_text(qtbot, page):
    click_row_of(qtbot, page, "Budi Santoso")
    heading, this_year, empty = panel_text(page).splitlines()
    assert (heading, empty) == ("Budi Santoso", "No events yet.")
    assert this_year.startswith("2026: 0 of 20 JP (20 JP to go this year)  ·  0 event")


def test_typing_in_the_search_reads_no_one_s_record(qtbot, page, monkeypatch):
    click_row_of(qtbot, page, "Siti Aminah")
    calls = []
    real = person_history.history
    monkeypatch.setattr(person_history, "history",
                        lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    qtbot.keyClicks(page.search, "santoso")
    assert calls == []
    assert "Select one person" in panel_text(page)  # the list was refreshed: no selection
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert len(calls) == 1 and "Budi Santoso" in panel_text(page)


def test_the_split_between_list_and_panel_is_remembered(qtbot, page):
    page.splitter.moveSplitter(300, 1)
    sizes = page.splitter.sizes()
    again = StaffPage()
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == sizes
