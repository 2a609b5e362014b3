"""A problem appearing as one types moves no field, and is shown whole."""

from PySide6.QtWidgets import QLabel

from tests.builders import save_button
from ui.staff.person_dialog import PersonDialog


def places(dialog):
    return {name: field.mapTo(dialog, field.rect().topLeft())
            for name, field in dialog.fields.items()}


def test_a_problem_moves_no_field_and_is_shown_whole(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before, size = places(dialog), dialog.size()
    qtbot.keyClicks(dialog.fields["name"], "Budi")
    qtbot.keyClicks(dialog.fields["nip"], "19850115201001100")  # 17 digits
    qtbot.keyClicks(dialog.fields["email"], "budi@perpus")
    qtbot.wait(10)
    assert not save_button(dialog).isEnabled()
    assert places(dialog) == before and dialog.size() == size
    for name, start in (("nip", "NIP must have 18 digits"), ("email", "")):
        error = dialog.errors[name]
        assert error.isVisible() and error.text().startswith(start)
        # the whole sentence: as tall as its wrapped lines need, inside the dialog
        assert error.height() >= error.heightForWidth(error.width())
        assert dialog.rect().contains(error.mapTo(dialog, error.rect().bottomRight()))
    named = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()
             and "href" in label.text()]
    assert any(">NIP<" in text for text in named)  # which field it is about


def test_the_link_of_a_problem_goes_to_its_field(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["nip"], "123")
    link = next(label for label in dialog.findChildren(QLabel)
                if label.isVisible() and ">NIP<" in label.text())
    dialog.fields["name"].setFocus()
    link.linkActivated.emit("#")
    assert dialog.focusWidget() is dialog.fields["nip"]
