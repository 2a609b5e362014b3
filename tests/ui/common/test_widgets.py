"""The shared question box: a slip of Enter never confirms what cannot be undone."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.builders import when_modal
from ui.common.widgets import confirm


def ask(key):
    when_modal(lambda box: QTest.keyClick(box, key))
    return confirm(None, "Hapus kegiatan", "Hapus “Bimtek DDC”?", "Hapus")


def test_enter_and_escape_answer_cancel(qapp):
    assert ask(Qt.Key.Key_Return) is False
    assert ask(Qt.Key.Key_Escape) is False


def test_the_yes_button_still_confirms(qapp):
    def press_yes(box):
        [yes] = [b for b in box.buttons() if b.text() == "Hapus"]
        yes.click()

    when_modal(press_yes)
    assert confirm(None, "Hapus kegiatan", "Hapus “Bimtek DDC”?", "Hapus") is True


def test_every_question_goes_through_confirm():
    """Questions are asked in one place (widgets.confirm), where Enter and Escape answer
    Cancel; a message box built elsewhere once let Enter cancel an event."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ui"
    asked = sorted(str(path.relative_to(root)) for path in root.rglob("*.py")
                   if path.name != "widgets.py" and any(
                       word in path.read_text(encoding="utf-8") for word in (
                           "QMessageBox(", "QMessageBox.question", "QMessageBox.warning",
                           "QMessageBox.critical", "QMessageBox.information",
                           "StandardButton.Yes", "StandardButton.Discard")))
    assert asked == []
