"""Dates and times typed the way the office writes them, and Tab going on to the next
field."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.builders import activate
from ui import i18n
from ui.common.date_time import DateEdit, TimeEdit


def form_with(qtbot, box):
    """The box between two line edits in a shown window, gone into with Tab."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before, after = QLineEdit(), QLineEdit()
    for widget in (before, box, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # into the box, as a person goes there
    assert box.hasFocus()
    return window, after


@pytest.mark.parametrize("typed", ["14/12/2026", "14-12-2026", "14.12.2026"])
def test_a_date_is_typed_as_written_and_tab_goes_on(qtbot, typed):
    box = DateEdit(dt.date(2026, 1, 1))
    _window, after = form_with(qtbot, box)
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date().toPython() == dt.date(2026, 12, 14)
    assert box.text() == "14/12/2026"
    assert after.hasFocus()  # not the month section of the same box


def test_the_date_is_read_back_in_words(qtbot, qapp):
    i18n.install(qapp, "id")
    box = DateEdit(dt.date(2026, 12, 14))
    qtbot.addWidget(box)
    assert box.spelled.text() == "Senin, 14 Desember 2026"


@pytest.mark.parametrize("typed", ["08.00", "8.00", "08:00", "0800"])
def test_a_time_is_typed_and_shown_as_every_list_shows_it(qtbot, qapp, typed):
    i18n.install(qapp, "id")
    box = TimeEdit(dt.time(13, 30))
    assert box.text() == "13.30"
    _window, after = form_with(qtbot, box)
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.time().toPython() == dt.time(8, 0)
    assert box.text() == "08.00"
    assert after.hasFocus()


def test_a_date_typed_without_leading_zeros(qtbot):
    box = DateEdit(dt.date(2026, 1, 1))
    _window, _after = form_with(qtbot, box)
    qtbot.keyClicks(box, "8/3/2027")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.date().toPython() == dt.date(2027, 3, 8)


def test_every_form_uses_these_boxes():
    """One date box and one time box: no form builds Qt's own."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ui"
    own = [str(path.relative_to(root)) for path in root.rglob("*.py")
           if path.name != "date_time.py" and any(
               name in path.read_text(encoding="utf-8")
               for name in ("QDateEdit(", "QTimeEdit(", "QDateTimeEdit("))]
    assert own == []
