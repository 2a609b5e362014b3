"""The person form when another PC saved the same person while it was open."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import on_another_pc, save_button, staff_member, when_modal
from ui import i18n
from ui.common import formats
from ui.staff.person_dialog import PersonDialog


def opened_then_changed_elsewhere(qtbot, name="Rina"):
    """Siti's form open here; meanwhile ``name`` moved her to Pengolahan on another PC;
    here the phone is typed in."""
    person = staff_member("Siti Aminah", unit="Layanan")
    dialog = PersonDialog(person_id=person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    on_another_pc(lambda: staff.save_person(
        {**staff.person_values(person), "unit": "Pengolahan"}, person.id), name=name)
    qtbot.keyClicks(dialog.fields["phone"], "0812 7000 111")
    return person, dialog


def answer(button_text: str, seen: list):
    def press(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton().text(),
                     [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == button_text).click()
    return press


def test_the_question_names_who_and_when_and_cancel_keeps_the_form(qtbot, database):
    person, dialog = opened_then_changed_elsewhere(qtbot)
    seen = []
    when_modal(answer("Cancel", seen), QMessageBox)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    at = Person.get_by_id(person.id).changed_at
    question, detail, default, buttons = seen[0]
    assert question == (f"This record was changed by Rina at {formats.clock(at)} while you "
                        "were editing it.")
    assert "what you typed here is lost" in detail
    assert default == "Cancel" and sorted(buttons) == ["Cancel", "Reload", "Save mine"]
    assert dialog.isVisible() and dialog.fields["phone"].text() == "0812 7000 111"
    stored = Person.get_by_id(person.id)
    assert (stored.unit, stored.phone) == ("Pengolahan", "")


def test_reload_shows_the_other_pc_s_values(qtbot, database):
    person, dialog = opened_then_changed_elsewhere(qtbot)
    when_modal(answer("Reload", []), QMessageBox)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert (dialog.fields["unit"].currentText(), dialog.fields["phone"].text()) == (
        "Pengolahan", "")
    qtbot.keyClicks(dialog.fields["phone"], "0812 7000 111")  # typed again, saved
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    stored = Person.get_by_id(person.id)
    assert (stored.unit, stored.phone) == ("Pengolahan", "0812 7000 111")


def test_save_mine_overwrites_knowingly(qtbot, database):
    person, dialog = opened_then_changed_elsewhere(qtbot)
    when_modal(answer("Save mine", []), QMessageBox)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    stored = Person.get_by_id(person.id)
    assert not dialog.isVisible()
    assert (stored.unit, stored.phone) == ("Layanan", "0812 7000 111")


def test_a_person_deleted_meanwhile_is_said_so(qtbot, database):
    person = staff_member("Siti Aminah")
    dialog = PersonDialog(person_id=person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    on_another_pc(lambda: Person.delete_by_id(person.id))
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()), QMessageBox)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert "deleted on another PC" in seen[0]
    assert dialog.isVisible() and not Person.select().exists()


def test_the_question_in_indonesian(qtbot, qapp, database):
    i18n.install(qapp, "id")
    person, dialog = opened_then_changed_elsewhere(qtbot)
    seen = []
    when_modal(answer("Batal", seen), QMessageBox)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    clock = formats.clock(Person.get_by_id(person.id).changed_at)
    assert "." in clock
    assert seen[0][0] == (f"Data ini diubah oleh Rina pukul {clock} sementara Anda "
                          "menyuntingnya.")
    assert seen[0][2] == "Batal"
    assert sorted(seen[0][3]) == ["Batal", "Muat ulang", "Simpan punya saya"]
