from PySide6.QtCore import Qt

from models.staff import staff_list as staff
from models.staff.tables import Person
from ui.staff.page import StaffPage


def add_people():
    siti = staff.save_person({"nip": "196903091994032001", "front_title": "Dra.",
                              "name": "Siti Aminah", "unit": "Bidang Layanan",
                              "position": "Pustakawan Ahli Madya"})
    staff.save_person({"nip": "198501152010011003", "name": "Budi Santoso",
                       "unit": "Bidang Pengolahan", "position": "Pranata Komputer"})
    staff.save_person({"name": "Rahmat Hidayat", "is_external": True,
                       "institution": "Perpustakaan Nasional RI"})
    return siti


def shown_names(page):
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_matches_name_nip_unit_and_position_as_you_type(qtbot, database):
    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    assert shown_names(page) == ["Budi Santoso", "Rahmat Hidayat", "Dra. Siti Aminah"]
    qtbot.keyClicks(page.search, "siti")
    assert shown_names(page) == ["Dra. Siti Aminah"]
    page.search.clear()
    qtbot.keyClicks(page.search, "19850115")
    assert shown_names(page) == ["Budi Santoso"]
    page.search.clear()
    qtbot.keyClicks(page.search, "pengolahan")
    assert shown_names(page) == ["Budi Santoso"]
    page.search.clear()
    qtbot.keyClicks(page.search, "ahli madya")
    assert shown_names(page) == ["Dra. Siti Aminah"]
    assert page.count.text() == "1 person"


def test_filters_for_external_and_inactive_people(qtbot, database):
    siti = add_people()
    staff.set_active([siti.id], False)
    page = StaffPage()
    qtbot.addWidget(page)
    assert "Dra. Siti Aminah" not in shown_names(page)
    page.kind.setCurrentIndex(page.kind.findData(staff.EXTERNAL_ONLY))
    assert shown_names(page) == ["Rahmat Hidayat"]
    page.kind.setCurrentIndex(page.kind.findData(staff.ANYONE))
    page.status.setCurrentIndex(page.status.findData(staff.INACTIVE_ONLY))
    assert shown_names(page) == ["Dra. Siti Aminah"]


def test_sorting_by_a_column_header(qtbot, database):
    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # unit; empty units last
    assert shown_names(page) == ["Dra. Siti Aminah", "Budi Santoso", "Rahmat Hidayat"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["Dra. Siti Aminah", "Rahmat Hidayat", "Budi Santoso"]


def test_name_order_comes_back_after_sorting_everyone(qtbot, database):
    """With no filter the whole list is shown: sorting it by unit must not leave the
    loaded list in unit order for the name order to come back to."""
    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData(staff.ANY_STATUS))
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == ["Dra. Siti Aminah", "Budi Santoso", "Rahmat Hidayat"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == ["Budi Santoso", "Rahmat Hidayat", "Dra. Siti Aminah"]


def test_deactivate_selected_person_after_confirming(qtbot, database, message_boxes):
    siti = add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    page.select_person(siti.id)
    assert page.deactivate_action.isEnabled()
    page.deactivate_action.trigger()
    assert "inactive" in message_boxes[0]
    assert not Person.get_by_id(siti.id).active
    assert "Dra. Siti Aminah" not in shown_names(page)


def test_export_writes_the_people_shown(qtbot, database, message_boxes, tmp_path):
    from openpyxl import load_workbook

    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "bidang")
    page.export_to(str(tmp_path / "pegawai.xlsx"))
    sheet = load_workbook(tmp_path / "pegawai.xlsx").active
    assert sheet.title == "Staff"
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Siti Aminah" in values and "Budi Santoso" in values
    assert "Rahmat Hidayat" not in values
    assert "2 people written" in message_boxes[0]


def test_backspace_widens_the_search_again(qtbot, database):
    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "bu")
    assert shown_names(page) == ["Budi Santoso"]
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    # "b" matches Budi and Siti's unit "Bidang Layanan", not Rahmat
    assert shown_names(page) == ["Budi Santoso", "Dra. Siti Aminah"]


def test_keyboard_is_ready_in_the_search_when_the_tab_opens(qtbot, database):
    from pathlib import Path

    from ui.main_window import MainWindow

    add_people()
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("staff_page")  # the window opens on Beranda
    page = window.staff_page
    assert window.focusWidget() is page.search  # not the tab bar: Ctrl+F, typing work at once
    qtbot.keyClicks(page.search, "budi")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # into the table, on the first match
    assert window.focusWidget() is page.table and page.selected_ids() != []
    assert page.model.row_at(page.table.currentIndex().row()).full_name == "Budi Santoso"


def test_export_asks_where_and_replaces_only_when_told(qtbot, database, message_boxes,
                                                         usb_stick):
    """Export staff… offers the stick and staff.xlsx; an older export there is replaced
    only after the question (which the office answers with Replace here)."""
    from openpyxl import load_workbook

    add_people()
    page = StaffPage()
    qtbot.addWidget(page)
    (usb_stick.path / "staff.xlsx").write_bytes(b"last month's")
    page.export_file()
    assert usb_stick.names == ["staff.xlsx"]
    assert message_boxes[0] == f"{usb_stick.path / 'staff.xlsx'} is there already. Replace it?"
    assert "3 people written" in message_boxes[1]
    sheet = load_workbook(usb_stick.path / "staff.xlsx").active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert {"Siti Aminah", "Budi Santoso", "Rahmat Hidayat"} <= set(values)
    assert sorted(p.name for p in usb_stick.path.iterdir()) == ["staff.xlsx"]


def test_add_person_starts_as_staff_and_takes_titles_and_gender_from_what_is_typed(
        qtbot, database):
    """A PNS typed in through Add person is staff (not an outsider) with the titles out of
    the name and the gender of NIP digit 15, as an import would have stored them."""
    from tests.builders import activate, answering, save_button

    page = StaffPage()
    qtbot.addWidget(page)
    page.show()

    def type_in(dialog):
        activate(qtbot, dialog)
        assert dialog.focusWidget() is dialog.fields["nip"]
        assert not dialog.fields["is_external"].isChecked()
        qtbot.keyClicks(dialog.fields["nip"], "196903091994032001")
        qtbot.mouseClick(dialog.fields["name"], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.fields["name"], "Dra. Siti Aminah, S.IP.")
        qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Tab)  # on to the next field
        assert dialog.fields["front_title"].text() == "Dra."
        assert dialog.fields["name"].text() == "Siti Aminah"
        assert dialog.fields["back_title"].text() == "S.IP."
        assert dialog.fields["gender"].currentText() == "Female"
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    with answering(type_in):
        page.add_action.trigger()
    person = Person.get(Person.nip == "196903091994032001")
    assert not person.is_external
    assert (person.front_title, person.name, person.back_title) == ("Dra.", "Siti Aminah",
                                                                    "S.IP.")
    assert person.gender == "F"
    assert "Dra. Siti Aminah, S.IP." in shown_names(page)
