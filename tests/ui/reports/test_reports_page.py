"""The Reports tab: every report listed, what each needs, saving to a folder, checked."""

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from models.demo import fill as demo
from models.events.tables import Event
from reports.catalogue import KINDS
from tests.sheets import table_values
from ui.reports.page import ReportsPage

TODAY = dt.date(2026, 3, 1)


def test_reports_are_listed_with_what_each_needs(qtbot, database):
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    assert page.kinds.count() == len(KINDS)
    names = [page.kinds.item(i).text() for i in range(page.kinds.count())]
    assert names[:2] == ["Attendance recap", "JP recap"]
    page.kinds.setCurrentRow(1)  # JP recap: a year and, if wanted, a unit
    assert page.form.isRowVisible(page.rows["year"]) and page.form.isRowVisible(page.unit)
    assert not page.form.isRowVisible(page.rows["event"])
    assert page.description.text().startswith("JP each staff member attended")
    page.kinds.setCurrentRow(3)  # the event report: an event and the office's words
    assert page.form.isRowVisible(page.conclusions)
    assert page.buttons["pdf"].isVisible() and page.buttons["xlsx"].isVisible()


def test_an_event_report_keeps_the_offices_words_and_saves_checked(qtbot, database, tmp_path,
                                                                   message_boxes):
    demo.fill_demo(today=TODAY)
    event = Event.select().where(Event.status == "finished").order_by(Event.start_date).first()
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow(3)
    page.event_picker.reload(event.id)
    page.conclusions.setPlainText("Peserta memahami notasi DDC.")
    page.save_as("pdf", tmp_path)
    [made] = tmp_path.glob("*.pdf")
    assert message_boxes[-1] == f"Saved to {made}. Read back and checked."
    assert Event.get_by_id(event.id).conclusions == "Peserta memahami notasi DDC."
    text = " ".join(p.extract_text() for p in PdfReader(made).pages)
    assert "Peserta memahami notasi DDC." in text and event.title in text

    page.kinds.setCurrentRow(1)
    page.year.setValue(2025)
    page.save_as("xlsx", tmp_path)
    [book] = tmp_path.glob("*.xlsx")
    assert load_workbook(book).sheetnames == ["JP per pegawai", "Per unit"]


def test_a_report_that_lacks_its_event_says_so(qtbot, database, message_boxes):
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow(0)
    page.save_as("pdf")
    assert message_boxes[-1] == "Choose an event first."


def test_the_offices_words_are_kept_as_typed(qtbot, database):
    """Typed conclusions survive choosing another event or report, and leaving the tab."""
    demo.fill_demo(today=TODAY)
    first, second = Event.select().where(Event.status == "finished").order_by(
        Event.start_date).limit(2)
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow(3)
    page.event_picker.reload(first.id)
    page.conclusions.selectAll()
    qtbot.keyClicks(page.conclusions, "Peserta antusias.")  # in place of the demo's words
    page.event_picker.setCurrentIndex(page.event_picker.findData(second.id))
    assert Event.get_by_id(first.id).conclusions == "Peserta antusias."
    assert page.conclusions.toPlainText() == Event.get_by_id(second.id).conclusions
    qtbot.keyClicks(page.recommendations, "Tambah praktik.")
    page.kinds.setCurrentRow(0)  # another report
    assert "Tambah praktik." in Event.get_by_id(second.id).recommendations
    page.kinds.setCurrentRow(3)
    qtbot.keyClicks(page.recommendations, " Lagi.")
    qtbot.waitUntil(lambda: "Lagi." in Event.get_by_id(second.id).recommendations)
    qtbot.keyClicks(page.conclusions, " Baik.")
    page.hide()  # another tab, or the window closed
    assert "Baik." in Event.get_by_id(second.id).conclusions
    page.show()
    page.event_picker.setCurrentIndex(page.event_picker.findData(first.id))
    assert page.conclusions.toPlainText() == "Peserta antusias."


def test_optional_event_and_year_cover_everything_until_ticked(qtbot, database, tmp_path,
                                                               message_boxes):
    demo.fill_demo(today=TODAY)
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    names = [page.kinds.item(i).text() for i in range(page.kinds.count())]
    page.kinds.setCurrentRow(names.index("Certificate register"))
    assert page.only_event.isVisible() and not page.event_picker.isEnabled()
    assert page.parameters()["event"] is None and page.parameters()["year"] is None
    page.save_as("xlsx", tmp_path)
    [book] = tmp_path.glob("*.xlsx")
    from models.certificates.tables import Certificate

    header, *rows = table_values(load_workbook(book).active)
    assert len(rows) == Certificate.select().count()
    page.only_year.setChecked(True)
    page.year.setValue(2025)
    assert page.parameters()["year"] == 2025 and page.parameters()["event"] is None
    page.kinds.setCurrentRow(names.index("Event report"))
    assert not page.only_event.isVisible() and page.event_picker.isEnabled()
    assert not page.buttons["csv"].isVisible()  # several tables: a CSV would lose them
    page.kinds.setCurrentRow(names.index("Training transcript"))
    assert not page.person.new_button.isVisible()
    # Alt+E, Alt+Y, Alt+P reach the fields themselves
    for key, field in (("event", page.event_picker), ("year", page.year),
                       ("person", page.person.combo)):
        assert page.form.labelForField(page.rows[key]).buddy() is field


def test_the_event_report_s_empty_chapters_are_named_before_it_is_saved(qtbot, database):
    from models.events import planning as events

    day = dt.date(2026, 3, 10)
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "start_date": day, "end_date": day,
                               "description": "Koleksi sekolah belum diolah.",
                               "objectives": "Peserta mampu mengklasifikasi.",
                               "audience": "Pustakawan sekolah",
                               "funding": "APBD 2026"})
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow(3)
    page.event_picker.reload(event.id)
    assert page.empty_chapters.isVisible()
    assert page.empty_chapters.text() == (
        "Still empty, so left out of the report: Legal basis, Committee (registered under "
        "Participants), Obstacles, Conclusions, Recommendations. Type the conclusions and "
        "recommendations here, the other chapters on the event's Report texts tab.")
    page.conclusions.setPlainText("Kegiatan berjalan lancar.")
    assert "Conclusions" not in page.empty_chapters.text()

    page.kinds.setCurrentRow(0)  # another report: nothing to say about chapters
    assert not page.empty_chapters.isVisible()


def test_a_theme_s_training_needs_from_the_reports_tab(qtbot, database, tmp_path,
                                                       message_boxes):
    from tests.competency_office import competency_office

    office = competency_office()
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow([k.code for k in KINDS].index("training-needs"))
    assert page.form.isRowVisible(page.theme) and not page.form.isRowVisible(page.rows["year"])
    assert [page.theme.itemText(i) for i in range(page.theme.count())] == [
        "Teknologi Informasi", "Pemasaran"]
    page.theme.setCurrentIndex(page.theme.findData(office["marketing"]))
    page.save_as("xlsx", tmp_path)
    [book] = tmp_path.glob("*.xlsx")
    names = [row[1] for row in table_values(load_workbook(book).active)[1:]]
    assert "Citra Dewi" in names and "Ani Lestari" not in names
