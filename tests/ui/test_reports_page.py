"""The Reports tab: every report listed, what each needs, saving to a folder, checked."""

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from models import demo
from models.event import Event
from reports.catalogue import KINDS
from ui.reports_page import ReportsPage

TODAY = dt.date(2026, 3, 1)


def test_reports_are_listed_with_what_each_needs(qtbot, database):
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    assert page.kinds.count() == len(KINDS)
    names = [page.kinds.item(i).text() for i in range(page.kinds.count())]
    assert names[:2] == ["Attendance recap", "JP recap"]
    page.kinds.setCurrentRow(1)  # JP recap: a year and, if wanted, a unit
    assert page.form.isRowVisible(page.year) and page.form.isRowVisible(page.unit)
    assert not page.form.isRowVisible(page.event_picker)
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
    assert message_boxes[-1] == f"Saved to {made} and checked."
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
