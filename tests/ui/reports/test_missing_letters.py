"""A paper whose font lacks letters of a name: the office is asked, naming the person and
the letters, Cancel being the default; it is written only when the office prints anyway."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.builders import event_with_sessions, staff_member, when_modal
from ui.reports.page import ReportsPage

ARABIC = "محمد علي"


@pytest.fixture
def page(qtbot, database):
    event, _ = event_with_sessions("Bimtek Aksara", participants=[
        staff_member("Siti Aminah"), staff_member(ARABIC)])
    page = ReportsPage()
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentRow(0)  # the attendance recap
    page.event_picker.reload(event.id)
    return page


def test_the_question_defaults_to_cancel_and_writes_nothing(page, qtbot, tmp_path):
    asked = []

    def answer(box: QMessageBox):
        asked.append((box.text(), box.defaultButton().text(),
                      [b.text() for b in box.buttons()]))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default answer

    when_modal(answer, QMessageBox)
    page.save_as("pdf", tmp_path)
    [(text, default, buttons)] = asked
    assert f"• {ARABIC}: " in text and "Siti Aminah" not in text
    assert default == "Cancel" and "Print anyway" in buttons
    assert list(tmp_path.glob("*.pdf")) == []


def test_printed_anyway_when_the_office_chooses(page, tmp_path, message_boxes):
    page.save_as("pdf", tmp_path)
    [made] = tmp_path.glob("*.pdf")
    assert f"• {ARABIC}: " in message_boxes[0]
    assert message_boxes[-1] == f"Saved to {made}. Read back and checked."
