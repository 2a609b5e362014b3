from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import save_button
from ui.staff.person_dialog import PersonDialog


def test_typing_a_valid_person_saves_it(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["nip"], "196903091994032001")
    qtbot.keyClicks(dialog.fields["front_title"], "Dra.")
    qtbot.keyClicks(dialog.fields["name"], "Siti Aminah")
    qtbot.keyClicks(dialog.fields["back_title"], "S.IP., M.Hum.")
    dialog.fields["unit"].setCurrentText("Bidang Layanan")
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    person = Person.get(Person.nip == "196903091994032001")
    assert person.full_name == "Dra. Siti Aminah, S.IP., M.Hum."
    assert person.unit == "Bidang Layanan"
    assert dialog.saved_id == person.id


def test_bad_fields_are_marked_and_save_is_refused(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["name"], "Budi")
    qtbot.keyClicks(dialog.fields["nip"], "19850115201001100")  # 17 digits
    qtbot.keyClicks(dialog.fields["email"], "budi@perpus")
    assert not save_button(dialog).isEnabled()
    assert dialog.errors["nip"].isVisible()
    assert dialog.errors["nip"].text() == "NIP must have 18 digits, not 17."
    assert "not an e-mail address" in dialog.errors["email"].text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert dialog.isVisible() and Person.select().count() == 0

    qtbot.keyClicks(dialog.fields["nip"], "3")
    dialog.fields["email"].setText("budi@perpus.go.id")
    assert not dialog.errors["nip"].isVisible()
    assert save_button(dialog).isEnabled()


def test_impossible_date_and_gender_digit_are_explained(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["nip"], "19691309 199403 2 001")
    assert "real birth date" in dialog.errors["nip"].text()
    dialog.fields["nip"].clear()
    qtbot.keyClicks(dialog.fields["nip"], "19690309 199403 5 001")
    assert "1 (male) or 2 (female)" in dialog.errors["nip"].text()


def test_duplicate_nip_names_the_person_who_has_it(qtbot, database):
    staff.save_person({"nip": "196903091994032001", "front_title": "Dra.",
                       "name": "Siti Aminah"})
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["name"], "Orang Lain")
    qtbot.keyClicks(dialog.fields["nip"], "19690309 199403 2 001")
    assert dialog.errors["nip"].text() == "Dra. Siti Aminah already has this NIP."
    assert not save_button(dialog).isEnabled()


def test_a_nip_taken_meanwhile_is_named_on_screen_when_saving(qtbot, database):
    """Someone else saved the same NIP (another window, an import) while this dialog was
    open: Save does not store a second person with it, and says who has it."""
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["name"], "Orang Lain")
    qtbot.keyClicks(dialog.fields["nip"], "19690309 199403 2 001")
    assert not dialog.errors["nip"].isVisible()  # free while it was typed
    staff.save_person({"nip": "196903091994032001", "front_title": "Dra.",
                       "name": "Siti Aminah"})
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.errors["nip"].isVisible()
    assert dialog.errors["nip"].text() == "Dra. Siti Aminah already has this NIP."
    assert [p.name for p in Person.select()] == ["Siti Aminah"]


def test_empty_name_is_flagged_only_when_save_is_tried(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.errors["name"].isVisible()  # no scolding before typing
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].text() == "The name is required."
    assert not save_button(dialog).isEnabled() and Person.select().count() == 0


def test_gender_chosen_against_the_nip_is_explained(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["nip"], "19850115 201001 1 003")
    qtbot.keyClicks(dialog.fields["name"], "Budi Santoso")
    dialog.fields["gender"].setCurrentIndex(dialog.fields["gender"].findData("F"))
    assert dialog.errors["gender"].text() == "The gender does not match digit 15 of the NIP."
    assert not save_button(dialog).isEnabled()


def test_escape_asks_before_discarding_typed_work(qtbot, database, message_boxes):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert message_boxes == [] and not dialog.isVisible()
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["name"], "Budi")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert message_boxes == ["Discard the changes to this person?"]


def test_editing_shows_grouped_nip_and_keeps_it(qtbot, database):
    person = staff.save_person({"nip": "198501152010011003", "name": "Budi Santoso"})
    dialog = PersonDialog(person_id=person.id)
    qtbot.addWidget(dialog)
    assert dialog.fields["nip"].text() == "19850115 201001 1 003"
    dialog.fields["position"].setCurrentText("Pranata Komputer")
    dialog.save()
    person = Person.get_by_id(person.id)
    assert person.position == "Pranata Komputer" and person.nip == "198501152010011003"


def test_saving_from_the_name_field_moves_its_titles_too(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["front_title"], "Dr.")
    qtbot.keyClicks(dialog.fields["name"], "H. Ahmad Fauzi, M.Si.")
    dialog.save()  # Ctrl+S while the cursor is still in the name
    person = Person.get_by_id(dialog.saved_id)
    assert (person.front_title, person.name, person.back_title) == ("Dr. H.", "Ahmad Fauzi",
                                                                    "M.Si.")


def test_gender_follows_the_nip_until_the_clerk_chooses_one(qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    gender = dialog.fields["gender"]
    qtbot.keyClicks(dialog.fields["nip"], "19850115 201001 2 003")
    assert gender.currentText() == "Female"
    dialog.fields["nip"].clear()
    qtbot.keyClicks(dialog.fields["nip"], "19850115 201001 1 003")  # digit 15 corrected
    assert gender.currentText() == "Male"
    assert not dialog.errors["gender"].isVisible()


def test_an_outsider_added_on_the_spot_starts_external_with_the_cursor_in_the_name(
        qtbot, database):
    dialog = PersonDialog(external=True)
    qtbot.addWidget(dialog)
    assert dialog.fields["is_external"].isChecked()
    assert dialog.focusWidget() is dialog.fields["name"]
    qtbot.keyClicks(dialog.fields["name"], "Rudi Hartono")
    dialog.save()
    assert Person.get_by_id(dialog.saved_id).is_external


def test_a_pasted_control_character_or_overlong_name_is_explained_under_the_name(
        qtbot, database):
    dialog = PersonDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("Siti\x1b[2J Aminah")
    qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not save_button(dialog).isEnabled()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == (
        "This holds an invisible control character (U+001B) after “Siti”; type the text "
        "again instead of pasting it.")
    dialog.fields["name"].selectAll()
    qtbot.keyClicks(dialog.fields["name"], "S" * 151)
    assert dialog.errors["name"].text() == "This is 151 characters long; at most 150 fit here."
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Person.select().count() == 0
    dialog.fields["name"].setText("Siti Aminah")
    assert save_button(dialog).isEnabled()
