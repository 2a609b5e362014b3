"""The Kompetensi tab on the hand-made office: the map's cells, gaps marked in words and
weight as well as colour, filters, sorting, the needs list, registering it for an event,
the export."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from models.events.tables import Registration
from tests.builders import plural, when_modal
from tests.competency_office import TODAY, competency_office
from tests.sheets import table_values
from ui.competency.add_to_event import AddToEventDialog
from ui.competency.page import CompetencyPage


@pytest.fixture
def page(qtbot, database):
    office = competency_office()
    shown = CompetencyPage(today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1024, 700)
    shown.show()
    return shown, office


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_map_shows_jp_per_theme_and_marks_the_gaps(page):
    shown, _office = page
    model = shown.model
    assert headers(model) == ["Name", "Unit", "Teknologi Informasi", "Pemasaran", "Total JP"]
    assert cells(model) == [["Ani Lestari", "Bidang Layanan", "4", "8", "12"],
                            ["Budi Santoso", "Bidang Pengolahan", "2", "2", "4"],
                            ["Citra Dewi", "Bidang Layanan", "0", "0", "0"]]
    gap = model.index(2, 2)
    assert gap.data(Qt.ItemDataRole.FontRole).bold()
    assert gap.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "No JP in Teknologi Informasi in the last 3 years")
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, 4).data(Qt.ItemDataRole.FontRole) is None  # the total is no theme
    assert plural(shown.summary.text()).startswith("3 staff members · JP from 1 July 2023")

    shown.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in cells(model)] == ["Ani Lestari", "Budi Santoso", "Citra Dewi"]
    shown.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in cells(model)] == ["Ani Lestari", "Citra Dewi", "Budi Santoso"]


def test_filters_and_years(page):
    shown, _office = page
    shown.unit.setCurrentIndex(shown.unit.findData("Bidang Layanan"))
    assert [row[0] for row in cells(shown.model)] == ["Ani Lestari", "Citra Dewi"]
    shown.unit.setCurrentIndex(0)
    shown.level.setCurrentIndex(shown.level.findData("Pustakawan Terampil"))
    assert [row[0] for row in cells(shown.model)] == ["Budi Santoso"]
    shown.level.setCurrentIndex(0)
    shown.years.setValue(5)  # the 2022 training is within five years
    assert cells(shown.model)[2][2:] == ["4", "0", "4"]


def test_the_needs_list_registered_for_an_event(page, message_boxes):
    shown, office = page
    shown.theme.setCurrentIndex(shown.theme.findData(office["ti"]))
    assert [shown.needs.item(r, 0).text() for r in range(shown.needs.rowCount())] == [
        "Citra Dewi"]
    shown.theme.setCurrentIndex(shown.theme.findData(office["marketing"]))
    shown.below.setValue(5)
    assert [shown.needs.item(r, 0).text() for r in range(shown.needs.rowCount())] == [
        "Citra Dewi", "Budi Santoso"]
    assert plural(shown.needs_count.text()) == "2 staff members in Pemasaran"

    event = office["planned_marketing"]  # Budi is registered there already

    def choose(dialog):
        dialog.picker.setCurrentIndex(dialog.picker.findData(event.id))
        dialog.buttons.accepted.emit()

    when_modal(choose, AddToEventDialog)
    shown.add_button.click()
    assert {r.person_id for r in Registration.select().where(
        Registration.event == event.id, Registration.role == "peserta")} == {
        office["budi"].id, office["citra"].id}
    assert plural(message_boxes[-1]).endswith(": 1 staff member; already there and skipped: 1.")


def test_the_map_exported_to_excel(page, tmp_path, message_boxes):
    shown, _office = page
    shown.unit.setCurrentIndex(shown.unit.findData("Bidang Layanan"))
    shown.export(tmp_path)
    [book] = tmp_path.glob("*.xlsx")
    rows = table_values(load_workbook(book).active)
    assert [row[1] for row in rows[1:]] == ["Ani Lestari", "Citra Dewi"]
    assert rows[1][4:] == (4, 8, 12)
