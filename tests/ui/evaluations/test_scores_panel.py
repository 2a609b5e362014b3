"""Test scores typed in from the marked papers, keyboard only, and imported from a file."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.evaluation import scores
from tests.builders import (
    event_with_sessions,
    open_scores_panel,
    plural,
    staff_member,
    type_in,
    when_modal,
)
from ui.common.files.import_preview import ImportPreviewDialog
from ui.evaluations.scores_panel import (
    BAND,
    GAIN,
    NAME,
    POST,
    PRE,
)

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def bimtek(database):
    people = [staff_member("Siti Aminah", "196903092000032001", front_title="Dra.",
                           back_title="S.IP."),
              staff_member("Budi Santoso"), staff_member("Dewi Lestari")]
    event, _no_sessions = event_with_sessions(days=(DAY,), hours=(), participants=people)
    return event, people


def shown(panel, row, column):
    return panel.model.index(row, column).data()


def test_type_scores_enter_goes_down_tab_goes_across(qtbot, bimtek):
    event, (siti, budi, dewi) = bimtek
    panel = open_scores_panel(qtbot, event.id)
    assert panel.table.currentIndex().row() == 0
    assert panel.table.currentIndex().column() == PRE

    type_in(qtbot, "40")
    assert panel.table.currentIndex().row() == 1  # Enter went down to Budi
    type_in(qtbot, "50")
    type_in(qtbot, "60")
    panel.table.setCurrentIndex(panel.model.index(0, POST))
    type_in(qtbot, "70", end=Qt.Key.Key_Tab)  # Tab: on to Budi's pre-test...
    qtbot.waitUntil(lambda: panel.table.currentIndex().row() == 1)
    assert panel.table.currentIndex().column() == PRE
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # ...and his post-test
    qtbot.waitUntil(lambda: panel.table.currentIndex().column() == POST)
    type_in(qtbot, "90")
    panel.table.setCurrentIndex(panel.model.index(2, POST))
    type_in(qtbot, "66,0")

    assert scores.stored(event.id) == {
        (siti.id, "pre"): 40, (budi.id, "pre"): 50, (dewi.id, "pre"): 60,
        (siti.id, "post"): 70, (budi.id, "post"): 90, (dewi.id, "post"): 66}
    assert [(shown(panel, r, GAIN), shown(panel, r, BAND)) for r in range(3)] == [
        ("0.50", "Medium"), ("0.80", "High"), ("0.15", "Low")]
    # (0.5 + 0.8 + 0.15) / 3 = 0.4833…
    assert plural(panel.average.text()) == ("Average gain: 0.48 (medium), over 3 participants "
                                    "with both scores.")


def test_a_bad_value_is_refused_with_a_word_and_nothing_saved(qtbot, bimtek):
    event, (siti, *_rest) = bimtek
    panel = open_scores_panel(qtbot, event.id)
    type_in(qtbot, "120")
    assert scores.stored(event.id) == {}
    assert panel.status.text() == "Not saved: A score is a number from 0 to 100, not “120”."
    assert panel.table.currentIndex().row() == 0  # stays, to type it again
    type_in(qtbot, "85,5")
    assert scores.stored(event.id) == {(siti.id, "pre"): 85.5}
    assert shown(panel, 0, PRE) == "85.5" and panel.status.text() == ""
    assert plural(panel.average.text()).endswith(
        "3 participants without both scores yet.")


def test_delete_clears_and_ctrl_z_puts_the_score_back(qtbot, bimtek):
    event, (siti, budi, _dewi) = bimtek
    scores.set_score(event.id, siti.id, "pre", 100)
    scores.set_score(event.id, siti.id, "post", 100)
    scores.set_score(event.id, budi.id, "pre", 40)
    panel = open_scores_panel(qtbot, event.id)
    assert shown(panel, 0, GAIN) == "—"  # a pre-test of 100 leaves nothing to gain
    assert "1 with a pre-test of 100 left out" in panel.average.text()
    assert plural(panel.average.text()).endswith("2 participants without both scores yet.")
    panel.table.setCurrentIndex(panel.model.index(1, PRE))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert scores.stored(event.id).get((budi.id, "pre")) is None
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert scores.stored(event.id)[(budi.id, "pre")] == 40
    assert shown(panel, 1, PRE) == "40"


def test_indonesian_numbers_in_the_grid(qtbot, bimtek, qapp):
    from ui import i18n

    event, (siti, *_rest) = bimtek
    i18n.install(qapp, "id")
    scores.set_score(event.id, siti.id, "pre", 40)
    scores.set_score(event.id, siti.id, "post", 72.5)
    panel = open_scores_panel(qtbot, event.id)
    assert (shown(panel, 0, POST), shown(panel, 0, GAIN)) == ("72,5", "0,54")


def test_no_event_shows_an_empty_grid(qtbot, database):
    panel = open_scores_panel(qtbot, None)
    assert panel.model.rowCount() == 0 and not panel.import_button.isEnabled()
    assert panel.average.text().startswith("Choose an event")


def test_import_shows_the_rows_then_stores_the_good_ones(qtbot, bimtek, tmp_path):
    event, (siti, budi, _dewi) = bimtek
    path = tmp_path / "nilai.csv"
    path.write_text("Nama;Pre-test;Post-test\nSiti Aminah;40;70\nBudi Santoso;50;abc\n",
                    encoding="utf-8")
    panel = open_scores_panel(qtbot, event.id)
    seen = {}

    def look(dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        seen["rows"] = [[dialog.table.item(r, c).text() for c in (0, 1, 2, 5, 6)]
                        for r in range(dialog.table.rowCount())]
        seen["button"] = dialog.import_button.text()
        seen["detail"] = dialog.detail.text()  # the first rejected row, told in full
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(look)
    panel.import_file(str(path))
    assert seen["rows"] == [
        ["2", "import", "Dra. Siti Aminah, S.IP.", "", ""],
        ["3", "rejected", "Budi Santoso", "Post-test",
         "A score is a number from 0 to 100, not “abc”."]]
    assert plural(seen["button"]) == "Import 1 row"
    assert seen["detail"] == ("Row 3, column Post-test: A score is a number from 0 to 100, "
                              "not “abc”.")
    assert scores.stored(event.id) == {(siti.id, "pre"): 40, (siti.id, "post"): 70}
    assert shown(panel, 0, NAME) == "Dra. Siti Aminah, S.IP." and shown(panel, 0, GAIN) == "0.50"
    assert plural(panel.status.text()) == "Imported: 2 scores stored."
