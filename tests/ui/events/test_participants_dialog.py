"""The participants editor, driven as the office would, checked in the database."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from models import settings
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.events.tables import Registration
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import when_modal
from ui.events.participants_dialog import ParticipantsDialog
from ui.events.participants_table_model import NAME, NIP, NUMBER, ROLE, STATUS, UNIT

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def office(database):
    people = {}
    for name, unit, position, nip, employment in (
            ("Siti Aminah", "Bidang Layanan", "Pustakawan Ahli Muda", "196903091994032001",
             "PNS"),
            ("Budi Santoso", "Bidang Layanan", "Pranata Komputer", None, "NON_ASN"),
            ("Dewi Lestari", "Bidang Pengolahan", "Pustakawan Ahli Muda", None, "PPPK"),
            ("Rina Marlina", "Bidang Pengolahan", "Pustakawan Ahli Pertama", None, "")):
        people[name.split()[0]] = staff.save_person({"name": name, "unit": unit,
                                                     "position": position, "nip": nip or "",
                                                     "employment": employment})
    people["Rahmat"] = staff.save_person({"name": "Rahmat Hidayat", "is_external": True,
                                          "institution": "Perpustakaan Nasional RI"})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY, "capacity": 30})
    return people, event


def open_dialog(qtbot, event_id):
    dialog = ParticipantsDialog(None, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keyboard shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def registered(event, role="peserta", cancelled=False):
    """Names registered in ``role`` (cancelled or not), sorted."""
    query = (Registration.select(Person.name).join(Person)
             .where(Registration.event == event, Registration.role == role,
                    Registration.cancelled == cancelled))
    return sorted(name for (name,) in query.tuples())


def shown(dialog, column=NAME):
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_names(qtbot, dialog, *names):
    """Click the first name's row, Ctrl+click the others."""
    for i, name in enumerate(names):
        row = shown(dialog).index(name)
        rect = dialog.table.visualRect(dialog.model.index(row, NAME))
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())


def press_in_message_box(button_text, seen):
    """Answer the next message box with the named button (the user declines)."""
    def press(box):
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()
    when_modal(press, kind=QMessageBox)


def test_registrations_are_listed_with_speakers_from_the_schedule(qtbot, office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                   "end_time": dt.time(11), "topic": "DDC", "room": "Aula",
                                   "jp": 4, "speaker": people["Rahmat"].id})
    dialog = open_dialog(qtbot, event.id)
    assert dialog.windowTitle() == "Participants: Bimtek DDC"
    assert dialog.header.text() == "2 participants of 30 places"
    assert shown(dialog) == ["Siti Aminah", "Budi Santoso", "Rahmat Hidayat"]
    assert shown(dialog, NUMBER) == [1, 2, ""]
    assert shown(dialog, NIP)[0] == "19690309 199403 2 001"
    assert shown(dialog, UNIT) == ["Bidang Layanan", "Bidang Layanan",
                                   "Perpustakaan Nasional RI"]
    assert shown(dialog, ROLE)[2] == "Speaker (Narasumber)"
    assert set(shown(dialog, STATUS)) == {"Registered"}

    dialog.role_filter.setCurrentIndex(dialog.role_filter.findData("narasumber"))
    assert shown(dialog) == ["Rahmat Hidayat"]
    dialog.role_filter.setCurrentIndex(0)
    qtbot.keyClicks(dialog.search, "budi")
    assert shown(dialog) == ["Budi Santoso"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "1994032")  # part of a NIP
    assert shown(dialog) == ["Siti Aminah"]


def test_no_capacity_says_no_limit(qtbot, office):
    _people, event = office
    events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                       "end_date": DAY, "capacity": None}, event.id)
    dialog = open_dialog(qtbot, event.id)
    assert dialog.header.text() == "0 participants, no limit"


def test_add_by_filter_registers_everyone_in_the_unit(qtbot, office):
    people, event = office
    dialog = open_dialog(qtbot, event.id)
    chooser = dialog.add_by_filter()
    chooser.unit.setCurrentIndex(chooser.unit.findText("Bidang Pengolahan"))
    assert chooser.matches.text().startswith("2 ")
    assert [chooser.model.index(r, 0).data() for r in range(2)] == ["Dewi Lestari",
                                                                    "Rina Marlina"]
    qtbot.mouseClick(ok_button(chooser), Qt.MouseButton.LeftButton)
    assert registered(event) == ["Dewi Lestari", "Rina Marlina"]
    assert shown(dialog) == ["Dewi Lestari", "Rina Marlina"]
    assert len(dialog.selected_rows()) == 2  # the newcomers are selected
    assert dialog.header.text() == "2 participants of 30 places"


def test_add_by_filter_below_the_years_jp_target(qtbot, office):
    """Siti attended 5 JP this (the event's) year, over the target of 4; Dewi's 6 JP were
    the year before and do not count."""
    people, event = office
    settings.save({"jp_target": 4})
    for day, person in ((dt.date(2026, 1, 20), "Siti"), (dt.date(2025, 11, 3), "Dewi")):
        earlier = events.save_event({"title": f"Seminar {day}", "kind": "seminar",
                                     "start_date": day, "end_date": day})
        session = events.save_session(earlier.id, {
            "date": day, "start_time": dt.time(8), "end_time": dt.time(12), "topic": "Topik",
            "room": "", "jp": 5 if person == "Siti" else 6})
        Attendance.create(session=session, person=people[person], status="hadir")
    # An honorer: the target does not bind them, so they are never "below" it.
    staff.save_person({"name": "Yanti Honorer", "unit": "Bidang Layanan",
                       "position": "Pustakawan Ahli Muda", "employment": "NON_ASN"})
    dialog = open_dialog(qtbot, event.id)
    chooser = dialog.add_by_filter()
    assert chooser.below_target.text() == (
        "Only staff the 2026 JP target binds, below it (4 JP)")
    chooser.position.setCurrentIndex(chooser.position.findText("Pustakawan Ahli Muda"))
    assert chooser.model.rowCount() == 3
    qtbot.mouseClick(chooser.below_target, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, chooser.below_target.height() // 2))  # on the box
    assert chooser.model.rowCount() == 1
    assert chooser.model.index(0, 0).data() == "Dewi Lestari"
    assert chooser.model.index(0, 4).data() == "0"
    chooser.role_combo.setCurrentIndex(chooser.role_combo.findData("panitia"))
    qtbot.mouseClick(ok_button(chooser), Qt.MouseButton.LeftButton)
    assert registered(event, "panitia") == ["Dewi Lestari"]
    assert registered(event) == []


def tick(qtbot, picker, text):
    """Search, press Enter to go into the list, Space to tick the first match."""
    picker.search.clear()
    qtbot.keyClicks(picker.search, text)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.keyClick(picker.table, Qt.Key.Key_Space)


def test_add_by_hand_staff_and_an_existing_external(qtbot, office):
    people, event = office
    dialog = open_dialog(qtbot, event.id)
    picker = dialog.add_people()
    tick(qtbot, picker, "siti")
    tick(qtbot, picker, "rahmat")
    assert picker.model.index(0, 3).data() == "External"
    assert list(picker.model.ticked) == [people["Siti"].id, people["Rahmat"].id]
    assert ok_button(picker).text() == "Add 2 people"
    qtbot.mouseClick(ok_button(picker), Qt.MouseButton.LeftButton)
    assert registered(event) == ["Rahmat Hidayat", "Siti Aminah"]
    assert not picker.isVisible()


def test_an_external_created_on_the_spot_is_ticked_and_added(qtbot, office):
    _people, event = office
    dialog = open_dialog(qtbot, event.id)
    dialog.role_filter.setCurrentIndex(dialog.role_filter.findData("narasumber"))
    picker = dialog.add_people()
    assert picker.role() == "narasumber"  # the role the list shows
    person_dialog = picker.new_external()
    qtbot.keyClicks(person_dialog.fields["name"], "Dr. Hendra Wijaya")
    qtbot.keyClicks(person_dialog.fields["institution"], "Universitas Riau")
    qtbot.mouseClick(person_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    hendra = Person.get(Person.name == "Hendra Wijaya")
    assert hendra.is_external and hendra.front_title == "Dr."
    assert list(picker.model.ticked) == [hendra.id]
    qtbot.mouseClick(ok_button(picker), Qt.MouseButton.LeftButton)
    assert registered(event, "narasumber") == ["Hendra Wijaya"]


def test_new_external_person_from_the_role_menu(qtbot, office):
    _people, event = office
    dialog = open_dialog(qtbot, event.id)
    [moderator] = [a for a in dialog.external_menu.actions() if a.text() == "Moderator"]
    moderator.trigger()
    from ui.staff.person_dialog import PersonDialog

    [person_dialog] = dialog.findChildren(PersonDialog)
    assert person_dialog.fields["is_external"].isChecked()
    qtbot.keyClicks(person_dialog.fields["name"], "Rudi Hartono")
    qtbot.mouseClick(person_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert registered(event, "moderator") == ["Rudi Hartono"]
    assert shown(dialog) == ["Rudi Hartono"]


def test_a_second_role_for_the_same_person(qtbot, office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    dialog = open_dialog(qtbot, event.id)
    select_names(qtbot, dialog, "Siti Aminah")
    [committee] = [a for a in dialog.also_menu.actions() if a.text() == "Committee (Panitia)"]
    committee.trigger()
    assert registered(event) == ["Budi Santoso", "Siti Aminah"]
    assert registered(event, "panitia") == ["Siti Aminah"]
    assert shown(dialog, ROLE).count("Committee (Panitia)") == 1
    assert participants.participant_count(event.id) == 2


def over_capacity_event(people, event):
    events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                       "end_date": DAY, "capacity": 2}, event.id)
    participants.add_people(event.id, [people["Rina"].id])


def test_over_capacity_asks_and_adds_when_agreed(qtbot, office, message_boxes):
    people, event = office
    over_capacity_event(people, event)
    dialog = open_dialog(qtbot, event.id)
    chooser = dialog.add_by_filter()
    chooser.unit.setCurrentIndex(chooser.unit.findText("Bidang Layanan"))
    qtbot.mouseClick(ok_button(chooser), Qt.MouseButton.LeftButton)
    assert len(message_boxes) == 1
    assert message_boxes[0] == ("Adding 2 people puts the event 1 over its capacity of 2. "
                                "Add them anyway?")
    assert registered(event) == ["Budi Santoso", "Rina Marlina", "Siti Aminah"]
    assert dialog.header.styleSheet()  # shown in red: over capacity


def test_over_capacity_declined_adds_nothing(qtbot, office):
    people, event = office
    over_capacity_event(people, event)
    dialog = open_dialog(qtbot, event.id)
    chooser = dialog.add_by_filter()
    chooser.unit.setCurrentIndex(chooser.unit.findText("Bidang Layanan"))
    seen = []
    press_in_message_box("Cancel", seen)
    qtbot.mouseClick(ok_button(chooser), Qt.MouseButton.LeftButton)
    assert seen and "over its capacity of 2" in seen[0]
    assert registered(event) == ["Rina Marlina"]
    assert chooser.isVisible()  # the filter stays for another try


def test_other_roles_do_not_count_against_capacity(qtbot, office, message_boxes):
    people, event = office
    over_capacity_event(people, event)
    participants.add_people(event.id, [people["Siti"].id])
    dialog = open_dialog(qtbot, event.id)
    select_names(qtbot, dialog, "Rina Marlina", "Siti Aminah")
    [committee] = [a for a in dialog.also_menu.actions() if a.text() == "Committee (Panitia)"]
    committee.trigger()
    assert message_boxes == []
    assert registered(event, "panitia") == ["Rina Marlina", "Siti Aminah"]


def test_cancel_and_restore_several_registrations(qtbot, office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id,
                                       people["Dewi"].id])
    dialog = open_dialog(qtbot, event.id)
    select_names(qtbot, dialog, "Siti Aminah", "Dewi Lestari")
    assert dialog.cancel_action.isEnabled() and not dialog.restore_action.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert registered(event, cancelled=True) == ["Dewi Lestari", "Siti Aminah"]
    assert shown(dialog, STATUS) == ["Cancelled", "Registered", "Cancelled"]
    assert dialog.header.text() == "1 participant of 30 places"
    assert dialog.restore_action.isEnabled()

    select_names(qtbot, dialog, "Dewi Lestari")
    dialog.restore_action.trigger()
    assert registered(event) == ["Budi Santoso", "Dewi Lestari"]
    assert registered(event, cancelled=True) == ["Siti Aminah"]


def test_remove_after_confirmation(qtbot, office, message_boxes):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    dialog = open_dialog(qtbot, event.id)
    select_names(qtbot, dialog, "Budi Santoso")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(message_boxes) == 1 and "made by mistake" in message_boxes[0]
    assert registered(event) == ["Siti Aminah"]
    assert shown(dialog) == ["Siti Aminah"]


def test_remove_is_refused_once_attendance_is_recorded(qtbot, office, message_boxes):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id])
    session = events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                             "end_time": dt.time(9), "topic": "DDC",
                                             "room": "", "jp": 1})
    Attendance.create(session=session, person=people["Siti"], status="hadir")
    dialog = open_dialog(qtbot, event.id)
    select_names(qtbot, dialog, "Siti Aminah", "Budi Santoso")
    dialog.remove_action.trigger()
    assert len(message_boxes) == 2  # "Remove?" then why not
    assert message_boxes[1] == ("Attendance has been recorded for Siti Aminah at this event: "
                                "mark the registration cancelled instead of removing it.")
    assert registered(event) == ["Budi Santoso", "Siti Aminah"]  # nothing removed
    assert shown(dialog) == ["Siti Aminah", "Budi Santoso"]


def test_shortcuts_open_the_pickers_and_the_role_menu(qtbot, office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id])
    dialog = open_dialog(qtbot, event.id)
    from ui.events.add_by_filter_dialog import AddByFilterDialog
    from ui.events.pick_people_dialog import PickPeopleDialog

    for key, modifiers, kind in (
            (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, PickPeopleDialog),
            (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
             | Qt.KeyboardModifier.ShiftModifier, AddByFilterDialog)):
        qtbot.keyClick(dialog.table, key, modifiers)
        [child] = dialog.findChildren(kind)
        assert child.isVisible()
        qtbot.keyClick(child, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda kind=kind: not dialog.findChildren(kind))  # closed, deleted
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    select_names(qtbot, dialog, "Siti Aminah")
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.also_menu.isVisible)
    dialog.also_menu.close()


def test_header_click_sorts_by_name(qtbot, office):
    people, event = office
    participants.add_people(event.id, [people["Siti"].id, people["Budi"].id,
                                       people["Dewi"].id])
    dialog = open_dialog(qtbot, event.id)
    assert shown(dialog) == ["Siti Aminah", "Budi Santoso", "Dewi Lestari"]  # by number
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(NAME) + 10,
                                header.height() // 2))
    assert shown(dialog) in (["Budi Santoso", "Dewi Lestari", "Siti Aminah"],
                             ["Siti Aminah", "Dewi Lestari", "Budi Santoso"])


def test_add_by_filter_leaves_out_the_speakers_and_lets_the_office_untick(qtbot, office):
    """Siti speaks: she is marked and unticked, so the Bidang Layanan filter does not make
    her a participant too; Budi is unticked by hand and stays out."""
    people, event = office
    participants.add_people(event.id, [people["Siti"].id], "narasumber")
    participants.add_people(event.id, [people["Rina"].id])
    dialog = open_dialog(qtbot, event.id)
    chooser = dialog.add_by_filter()
    model = chooser.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Siti Aminah"], 5).data() == "Speaker (Narasumber)"
    assert model.index(rows["Rina Marlina"], 5).data() == "Participant (Peserta)"
    ticks = {name: model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
             for name, r in rows.items()}
    assert ticks == {"Siti Aminah": Qt.CheckState.Unchecked,
                     "Rina Marlina": Qt.CheckState.Unchecked,
                     "Budi Santoso": Qt.CheckState.Checked,
                     "Dewi Lestari": Qt.CheckState.Checked}
    chooser.table.selectRow(rows["Budi Santoso"])
    qtbot.keyClick(chooser.table, Qt.Key.Key_Space)  # Budi unticked
    assert ok_button(chooser).text() == "Add 1 person"
    qtbot.mouseClick(ok_button(chooser), Qt.MouseButton.LeftButton)
    assert registered(event) == ["Dewi Lestari", "Rina Marlina"]
    assert registered(event, "narasumber") == ["Siti Aminah"]


def test_an_empty_list_says_how_to_fill_it(qtbot, office):
    people, event = office
    dialog = open_dialog(qtbot, event.id)
    assert dialog.empty.isVisible() and dialog.empty.text.text().startswith(
        "No one is registered yet.")
    assert [b.text() for b in dialog.empty.buttons] == ["Add by filter…", "Add people…"]
    participants.add_people(event.id, [people["Siti"].id])
    dialog.reload()
    assert not dialog.empty.isVisible()
