"""The monthly service figures typed into the year's grid, the metric list, an import."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from models.evaluation import service_stats as stats
from tests.builders import plural, type_in, when_modal
from ui import i18n
from ui.common.files.import_preview import ImportPreviewDialog
from ui.evaluations.service_stats_dialog import ServiceStatsDialog


def open_dialog(qtbot, year=2026):
    dialog = ServiceStatsDialog(None, year)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.table.setFocus()
    return dialog




def metric_ids():
    return {m.name: m.id for m in stats.metrics(include_inactive=True)}


def headers(dialog):
    model = dialog.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_type_a_column_of_months_by_keyboard(qtbot, database):
    dialog = open_dialog(qtbot)
    assert headers(dialog) == ["Kunjungan", "Peminjaman", "Anggota baru",
                               "Pemanfaatan koleksi digital", "Peserta program"]
    assert dialog.model.headerData(2, Qt.Orientation.Vertical) == "March"
    for figure in ("3,210", "2980", "3105"):  # English: a comma groups thousands
        type_in(qtbot, figure)
    assert dialog.table.currentIndex().row() == 3  # Enter went down to April
    for typed, why in (
            ("-5", "“-5” is below zero: a month's figure is 0 or more."),
            ("3105.5", "“3105.5” is not a whole number: a month's figure counts whole "
                       "visits, loans or members."),
            ("1e308", "“1e308” is more than 10 million in a month: check the figure.")):
        type_in(qtbot, typed)
        # The cell is named: the grid's cursor may be elsewhere by the time it is read.
        assert dialog.status.text() == f"Not saved: Kunjungan, April 2026: {why}"
        assert dialog.table.currentIndex().row() == 3
    visits = metric_ids()["Kunjungan"]
    grid = stats.grid(2026)
    assert [grid.value(visits, m) for m in (1, 2, 3, 4)] == [3210, 2980, 3105, None]
    assert dialog.model.index(0, 0).data() == "3,210"

    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert stats.grid(2026).value(visits, 2) is None

    dialog.year.setValue(2025)  # another year: an empty grid
    assert dialog.model.index(0, 0).data() == ""
    dialog.year.setValue(2026)
    assert dialog.model.index(2, 0).data() == "3,105"


def test_indonesian_figures(qtbot, database, qapp):
    i18n.install(qapp, "id")
    dialog = open_dialog(qtbot)
    type_in(qtbot, "12.345")  # a point groups thousands
    type_in(qtbot, "1.250.000")
    type_in(qtbot, "12,5")  # a comma is the decimal one: no half a visit
    assert dialog.status.text() == (
        "Tidak tersimpan: Kunjungan, Maret 2026: “12,5” bukan bilangan bulat: angka "
        "sebulan menghitung kunjungan, peminjaman atau anggota secara utuh.")
    visits = metric_ids()["Kunjungan"]
    assert [stats.grid(2026).value(visits, m) for m in (1, 2, 3)] == [12345, 1250000, None]
    assert [dialog.model.index(r, 0).data() for r in range(3)] == ["12.345", "1.250.000", ""]
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "Januari"


def test_a_figure_an_older_version_let_in_is_named_and_can_be_cleared(qtbot, database):
    from models.evaluation.tables import ServiceStat

    stats.ensure_default_metrics()
    loans = metric_ids()["Peminjaman"]
    ServiceStat.insert(metric=loans, year=2026, month=2, value=1e308).execute()
    dialog = open_dialog(qtbot)
    assert dialog.model.index(1, 1).data() == ""
    assert dialog.status.text() == (
        "Not counted, as no month can have them: Peminjaman, February 2026. Type the "
        "figure again or clear it with Delete.")
    dialog.table.setCurrentIndex(dialog.model.index(1, 1))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert not ServiceStat.select().exists()
    assert dialog.status.text() == ""


def test_edit_the_metric_list(qtbot, database):
    dialog = open_dialog(qtbot)

    def name_it(text):
        def fill(box):
            assert isinstance(box, QInputDialog)
            box.setTextValue(text)
            box.accept()
        return fill

    when_modal(name_it("Kunjungan website"), skip=[ServiceStatsDialog])
    dialog.metric_buttons["add"].click()
    assert headers(dialog)[-1] == "Kunjungan website"
    assert dialog.metric_list.currentItem().text() == "Kunjungan website"
    dialog.metric_buttons["up"].click()
    assert headers(dialog)[-2:] == ["Kunjungan website", "Peserta program"]

    when_modal(name_it("Kunjungan situs web"), skip=[ServiceStatsDialog])
    dialog.metric_buttons["rename"].click()
    assert "Kunjungan situs web" in headers(dialog)

    dialog.metric_list.setCurrentRow(1)  # Peminjaman
    dialog.metric_buttons["active"].click()
    assert "Peminjaman" not in headers(dialog)
    assert dialog.metric_list.currentItem().text() == "Peminjaman (inactive)"
    assert dialog.metric_buttons["active"].text() == "Activate"
    dialog.metric_buttons["active"].click()
    assert "Peminjaman" in headers(dialog)


def test_a_taken_name_is_refused_with_a_message(qtbot, database, message_boxes):
    dialog = open_dialog(qtbot)
    dialog.add_metric("peminjaman")
    assert message_boxes == ["There is already a metric called “Peminjaman”."]
    assert len(headers(dialog)) == 5


def test_import_shows_each_row_then_stores_the_good_ones(qtbot, database, tmp_path):
    stats.ensure_default_metrics()
    path = tmp_path / "statistik.csv"
    path.write_text("Bulan;Kunjungan;Peminjaman;Keterangan\n"
                    "Januari 2026;1.250;300;\n"
                    "Smarch 2026;1;1;\n"
                    "Februari 2026;1.100;3,5;\n", encoding="utf-8")
    dialog = open_dialog(qtbot)
    seen = {}

    def look(preview):
        assert isinstance(preview, ImportPreviewDialog)
        seen["rows"] = [[preview.table.item(r, c).text() for c in range(6)]
                        for r in range(preview.table.rowCount())]
        seen["button"] = preview.import_button.text()
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)

    when_modal(look, skip=[ServiceStatsDialog])
    dialog.import_file(str(path))
    assert seen["rows"] == [
        ["2", "import", "January 2026", "2", "", ""],
        ["3", "rejected", "Smarch 2026", "", "Bulan",
         "“Smarch 2026” is not a month: write it like 2026-03, Maret 2026 or Mar 2026."],
        ["4", "rejected", "Februari 2026", "", "Peminjaman",
         "“3,5” is not a whole number: a month's figure counts whole visits, loans or "
         "members."]]
    assert plural(seen["button"]) == "Import 1 row"
    assert dialog.model.index(0, 0).data() == "1,250"
    assert dialog.model.index(0, 1).data() == "300"
    assert plural(dialog.status.text()) == "Imported: 2 figures stored."


def test_a_file_without_a_month_column_says_so(qtbot, database, tmp_path, message_boxes):
    path = tmp_path / "statistik.csv"
    path.write_text("Tanggal,Kunjungan\n2026-01-01,5\n", encoding="utf-8")
    dialog = open_dialog(qtbot)
    dialog.import_file(str(path))
    assert len(message_boxes) == 1 and "has no Bulan (month) or Periode column" in \
        message_boxes[0]
