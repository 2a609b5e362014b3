"""What a new office sees first: a maximised window, lists that say how to start, toolbar
actions with an icon beside their words."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from tests.builders import staff_member
from ui.main_window import PAGES, MainWindow


def window_on(qtbot):
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_opens_maximised_the_first_time(qtbot, database):
    window = window_on(qtbot)
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_an_empty_staff_list_offers_the_simpeg_import(qtbot, database):
    window = window_on(qtbot)
    window.show_page("staff_page")
    page = window.staff_page
    qtbot.waitUntil(lambda: page.model.complete)
    assert page.empty.isVisible()
    assert "SIMPEG" in page.empty.text.text()
    words = page.empty.text
    assert words.height() >= words.heightForWidth(words.width())  # all of it shows
    assert [b.text() for b in page.empty.buttons] == ["Import…", "Add person"]
    staff_member("Siti Aminah")
    page.reload()
    assert not page.empty.isVisible()


def test_an_empty_events_list_says_how_to_start(qtbot, database):
    window = window_on(qtbot)
    window.show_page("events_page")
    page = window.events_page
    assert page.empty.isVisible() and "first training" in page.empty.text.text()
    assert [b.text() for b in page.empty.buttons] == ["New event"]
    page.search.setText("nothing like this")  # a filter hiding everything is not "empty"
    assert page.empty.isVisible()  # still no event at all


def test_every_toolbar_action_has_an_icon_beside_its_words(qtbot, database):
    window = window_on(qtbot)
    for name, _module, _class in PAGES:
        page = window.page(name)
        for toolbar in page.findChildren(QToolBar):
            assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            for action in toolbar.actions():
                if action.isSeparator():
                    continue
                assert action.text() and not action.icon().isNull(), (name, action.text())
                assert isinstance(toolbar.widgetForAction(action), QToolButton)


def test_every_toolbar_shows_all_its_actions_at_1024(qtbot, qapp, database):
    from ui import i18n

    i18n.install(qapp, "id")  # the longer words
    window = window_on(qtbot)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 740)
    for index, (name, _module, _class) in enumerate(PAGES):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = window.page(name)
        views = getattr(page, "views", None)  # Jejaring shows one of its views at a time
        for view in range(views.count() if views is not None else 1):
            if views is not None:
                views.setCurrentIndex(view)
                qtbot.wait(10)
            for toolbar in page.findChildren(QToolBar):
                if views is not None and not toolbar.isVisibleTo(page):
                    continue  # the other view's, checked in its turn
                hidden = [a.text() for a in toolbar.actions() if not a.isSeparator()
                          and not toolbar.widgetForAction(a).isVisible()]
                assert hidden == [], name
