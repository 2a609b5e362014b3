import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from models.events import participants
from models.events import planning as events
from models.events.tables import Theme
from models.staff import staff_list as staff
from ui.events import table_model as events_table_model
from ui.events.page import EventsPage
from ui.events.table_model import DATES, JP, PARTICIPANTS, THEME, TITLE

TODAY = dt.date(2026, 3, 11)  # while the "running" event below runs


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(events_table_model, "today", lambda: TODAY)


def add_events():
    """Two finished events, one running, two planned; participants and JP on the first."""
    digital = Theme.create(name="Digital libraries")
    siti = staff.save_person({"name": "Siti Aminah"})
    budi = staff.save_person({"name": "Budi Santoso"})
    bimtek = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "theme": digital,
                                "start_date": dt.date(2025, 12, 30),
                                "end_date": dt.date(2026, 1, 2), "status": "finished"})
    events.save_session(bimtek.id, {"date": dt.date(2026, 1, 2), "start_time": dt.time(8),
                                    "end_time": dt.time(9, 10), "topic": "DDC", "room": "",
                                    "jp": 1.5})
    participants.add_people(bimtek.id, [siti.id, budi.id])
    made = {"bimtek": bimtek}
    for key, title, kind, start, end, status in (
            ("old", "Seminar Literasi Digital", "seminar", dt.date(2025, 3, 10),
             dt.date(2025, 3, 11), "finished"),
            ("running", "Pelatihan Katalogisasi", "pelatihan", dt.date(2026, 3, 10),
             dt.date(2026, 3, 12), "running"),
            ("later", "Klub Buku Februari", "klub_buku", dt.date(2027, 2, 1),
             dt.date(2027, 2, 1), "planned"),
            ("soon", "Workshop Literasi Informasi", "workshop", dt.date(2026, 6, 2),
             dt.date(2026, 6, 2), "planned")):
        made[key] = events.save_event({"title": title, "kind": kind, "start_date": start,
                                       "end_date": end, "status": status})
    return made


def shown_titles(page):
    model = page.model
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_running_and_planned_events_come_before_the_past(qtbot, database):
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    assert shown_titles(page) == ["Pelatihan Katalogisasi", "Workshop Literasi Informasi",
                                  "Klub Buku Februari", "Bimtek DDC",
                                  "Seminar Literasi Digital"]
    model = page.model
    bimtek = shown_titles(page).index("Bimtek DDC")
    assert model.index(bimtek, DATES).data() == "30 Dec 2025 – 2 Jan 2026"
    assert model.index(bimtek, 1).data() == "Technical guidance (Bimtek)"
    assert model.index(bimtek, THEME).data() == "Digital libraries"
    assert model.index(bimtek, PARTICIPANTS).data() == 2
    assert model.index(bimtek, JP).data() == "1.5"
    assert model.index(bimtek, 6).data() == "Finished"
    assert model.index(0, DATES).data() == "10–12 Mar 2026"
    assert model.index(1, DATES).data() == "2 Jun 2026"
    assert model.index(1, THEME).data() == ""


def test_a_past_event_left_planned_sorts_with_the_past(qtbot, database, monkeypatch):
    add_events()
    monkeypatch.setattr(events_table_model, "today", lambda: dt.date(2026, 7, 1))
    page = EventsPage()
    qtbot.addWidget(page)
    # The March training still says "running" and June's workshop "planned": both are over.
    assert shown_titles(page) == ["Klub Buku Februari", "Workshop Literasi Informasi",
                                  "Pelatihan Katalogisasi", "Bimtek DDC",
                                  "Seminar Literasi Digital"]


def test_count_label_says_how_many_events_match(qtbot, database):
    """Needs the "%n event(s)" plural forms in sibina_en.ts (update.py)."""
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    assert page.count.text() == "5 events"
    qtbot.keyClicks(page.search, "literasi")
    assert page.count.text() == "2 events"
    qtbot.keyClicks(page.search, " digital")
    assert page.count.text() == "1 event"


def test_search_narrows_by_title_words_as_you_type(qtbot, database):
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "literasi")
    assert shown_titles(page) == ["Workshop Literasi Informasi", "Seminar Literasi Digital"]
    qtbot.keyClicks(page.search, " DIGITAL")
    assert shown_titles(page) == ["Seminar Literasi Digital"]


def test_year_kind_theme_and_status_filters(qtbot, database):
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    assert [page.year.itemText(i) for i in range(page.year.count())] == [
        "All years", "2027", "2026", "2025"]
    assert page.year.currentIndex() == 0
    page.year.setCurrentIndex(page.year.findData(2026))  # Bimtek DDC runs into 2026
    assert shown_titles(page) == ["Pelatihan Katalogisasi", "Workshop Literasi Informasi",
                                  "Bimtek DDC"]
    page.status.setCurrentIndex(page.status.findData("planned"))
    assert shown_titles(page) == ["Workshop Literasi Informasi"]
    page.year.setCurrentIndex(0)
    assert shown_titles(page) == ["Workshop Literasi Informasi", "Klub Buku Februari"]
    page.status.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("seminar"))
    assert shown_titles(page) == ["Seminar Literasi Digital"]
    page.kind.setCurrentIndex(0)
    page.theme.setCurrentIndex(page.theme.findData("Digital libraries"))
    assert shown_titles(page) == ["Bimtek DDC"]
    assert page.model.matched_count() == 1


def test_header_click_sorts_by_title(qtbot, database):
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    page.show()
    header = page.table.horizontalHeader()
    qtbot.waitExposed(page)
    titles = sorted(shown_titles(page), key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(TITLE) + 10,
                                header.height() // 2))
    assert header.sortIndicatorSection() == TITLE
    assert shown_titles(page) in (titles, titles[::-1])
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(page) == titles
    page.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert shown_titles(page) == titles[::-1]


def test_double_click_and_enter_open_the_event(qtbot, database):
    made = add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    opened = []
    page.open_event.disconnect(page.edit_event)  # count the openings, no modal dialog
    page.open_event.connect(opened.append)
    row = page.model.row_of(made["bimtek"].id)
    rect = page.table.visualRect(page.model.index(row, TITLE))
    # A person's double-click: the press that selects, then the double-click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [made["bimtek"].id]
    page.table.selectRow(page.model.row_of(made["soon"].id))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [made["bimtek"].id, made["soon"].id]
    page.table.selectRow(page.model.row_of(made["old"].id))
    page.edit_action.trigger()  # the toolbar's Edit, or Ctrl+Enter
    assert opened == [made["bimtek"].id, made["soon"].id, made["old"].id]


def test_reload_keeps_the_filters_and_offers_new_years(qtbot, database):
    add_events()
    page = EventsPage()
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2025))
    added = events.save_event({"title": "Sosialisasi 2028", "kind": "sosialisasi",
                               "start_date": dt.date(2028, 1, 5),
                               "end_date": dt.date(2028, 1, 5)})
    page.reload()
    assert page.year.currentData() == 2025
    assert page.year.findData(2028) > 0
    page.select_event(added.id)  # hidden by the year: the filters make way
    assert page.year.currentIndex() == 0
    assert page.selected_ids() == [added.id]


def test_opening_an_event_edits_it_and_the_list_follows(qtbot, database):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.events.event_dialog import EventDialog

    made = add_events()
    page = EventsPage()
    qtbot.addWidget(page)

    def edit_in_dialog():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, EventDialog) and w.isVisible())
        dialog.title.setText("Bimtek Klasifikasi DDC Edisi 23")
        dialog.save()

    QTimer.singleShot(100, edit_in_dialog)
    page.open_event.emit(made["bimtek"].id)
    assert "Bimtek Klasifikasi DDC Edisi 23" in shown_titles(page)
