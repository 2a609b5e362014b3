import openpyxl
from PySide6.QtCore import Qt

from models.staff import staff_list as staff
from models.staff.tables import Person
from ui.staff.import_dialog import ImportDialog


def simpeg_file(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIP", "Nama", "Jabatan", "Unit Kerja"])
    sheet.append(["196903091994032001", "Dra. Siti Aminah, M.Hum.", "Pustakawan Ahli Utama",
                  "Bidang Layanan"])
    sheet.append(["198501152010011003", "Budi Santoso, S.Kom.", "Pranata Komputer", "TI"])
    sheet.append([198208202006042003, "Dewi Lestari", "Pustakawan", "TI"])  # NIP as a number
    book.save(path)
    return path


def test_preview_then_import_the_good_rows(qtbot, database, tmp_path, message_boxes):
    staff.save_person({"nip": "196903091994032001", "name": "Siti Aminah",
                       "position": "Pustakawan Ahli Madya"})
    dialog = ImportDialog(None, str(simpeg_file(tmp_path / "simpeg.xlsx")))
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.summary.text() == "1 new, 1 updates, 0 unchanged, 1 rejected."
    model = dialog.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert [row[:2] for row in cells] == [[2, "update"], [3, "new"], [4, "rejected"]]
    assert cells[2][3] == "1.98208E+17"  # as Excel shows the number, never "fixed"
    assert cells[0][4] == ("Front title: — → Dra.; Back titles: — → M.Hum.; Position: "
                           "Pustakawan Ahli Madya → Pustakawan Ahli Utama; Unit: — → "
                           "Bidang Layanan")
    assert cells[2][5] == "NIP" and "stored as a number" in cells[2][6]
    assert dialog.detail.text().startswith("Row 4, column NIP: The NIP 1.98208E+17 is stored")
    assert dialog.import_button.text() == "Import 2 rows"

    dialog.only_rejected.setChecked(True)
    assert model.rowCount() == 1

    dialog.write_rejects(str(tmp_path / "ditolak.csv"))
    assert "Dewi Lestari" in (tmp_path / "ditolak.csv").read_text(encoding="utf-8-sig")

    dialog.only_rejected.setChecked(False)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported and not dialog.import_button.isEnabled()
    assert message_boxes[-1].startswith("Imported 1, updated 1, rejected 1.")
    assert dialog.model.rowCount() == 1  # the rejected row is still there to save
    assert Person.get(Person.nip == "196903091994032001").position == "Pustakawan Ahli Utama"
    assert Person.get(Person.nip == "198501152010011003").full_name == "Budi Santoso, S.Kom."
    assert not Person.select().where(Person.name == "Dewi Lestari").exists()


def test_unreadable_file_says_why_and_imports_nothing(qtbot, database, tmp_path,
                                                      message_boxes):
    bad = tmp_path / "pegawai.xlsx"
    bad.write_text("this is not a workbook")
    dialog = ImportDialog(None, str(bad))
    qtbot.addWidget(dialog)
    dialog.start()
    assert "damaged or is not really an Excel workbook" in message_boxes[0]
    assert not dialog.import_button.isEnabled()
    assert Person.select().count() == 0


def test_rejected_rows_are_saved_where_the_office_says(qtbot, database, tmp_path, usb_stick,
                                                       message_boxes):
    dialog = ImportDialog(None, str(simpeg_file(tmp_path / "simpeg.xlsx")))
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.save_rejects()
    assert usb_stick.names == ["simpeg-rejected.csv"]
    saved = (usb_stick.path / "simpeg-rejected.csv").read_text(encoding="utf-8-sig")
    assert "Dewi Lestari" in saved and "Siti Aminah" not in saved
    assert message_boxes == [f"1 rejected row saved to {usb_stick.path / 'simpeg-rejected.csv'}."]


def test_a_row_that_weakens_a_record_goes_in_only_when_ticked(qtbot, database, tmp_path,
                                                              message_boxes):
    siti = staff.save_person({"nip": "196903091994032001", "front_title": "Dra.",
                              "name": "Siti Rahmawati", "back_title": "S.IP., M.Hum.",
                              "rank": "Penata Tingkat I, III/d"})
    book = openpyxl.Workbook()
    book.active.append(["NIP", "Nama", "Pangkat/Golongan"])
    book.active.append(["196903091994032001", "Dra. SITI RAHMAWATI, M.Hum.", "Pembina"])
    book.save(tmp_path / "simpeg.xlsx")
    dialog = ImportDialog(None, str(tmp_path / "simpeg.xlsx"))
    qtbot.addWidget(dialog)
    dialog.start()
    model = dialog.model
    status = model.index(0, 1)
    assert status.data() == "weakens the record"
    assert model.index(0, 4).data() == ("Back titles: S.IP., M.Hum. → M.Hum.; "
                                        "Rank (pangkat/golongan): Penata Tingkat I, III/d → "
                                        "Pembina")
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).count("\n") == 1
    assert model.index(0, 6).data().startswith("Replaces with less: Back titles, Rank")
    assert status.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "1 row would replace values with less" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # nothing goes in unless ticked

    dialog.normal_case.setChecked(False)  # the name in capitals is then a weakening too
    assert model.index(0, 6).data().startswith("Replaces with less: Name, Back titles")
    dialog.normal_case.setChecked(True)

    rect = dialog.table.visualRect(status)
    dialog.table.show()
    qtbot.waitExposed(dialog.table)
    dialog.table.setCurrentIndex(status)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert status.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked, rect
    assert dialog.import_button.text() == "Import 1 row"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert message_boxes[-1] == "Imported 0, updated 1, rejected 0."
    siti = Person.get_by_id(siti.id)
    assert (siti.full_name, siti.rank) == ("Dra. Siti Rahmawati, M.Hum.", "Pembina")


def test_left_unticked_the_record_keeps_its_values(qtbot, database, tmp_path, message_boxes):
    staff.save_person({"nip": "196903091994032001", "name": "Siti Rahmawati",
                       "rank": "Penata Tingkat I, III/d"})
    book = openpyxl.Workbook()
    book.active.append(["NIP", "Nama", "Pangkat/Golongan"])
    book.active.append(["196903091994032001", "Siti Rahmawati", "Penata Tingkat I"])
    book.active.append(["198501152010011003", "BUDI SANTOSO", "Penata, III/c"])
    book.save(tmp_path / "simpeg.xlsx")
    dialog = ImportDialog(None, str(tmp_path / "simpeg.xlsx"))
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.import_button.text() == "Import 1 row"
    dialog.run_import()
    assert message_boxes[-1] == ("Imported 1, updated 0, rejected 0. 1 row that would "
                                 "replace values with less was left out; the records keep "
                                 "their values.")
    assert Person.get(Person.nip == "196903091994032001").rank == "Penata Tingkat I, III/d"
    assert Person.get(Person.nip == "198501152010011003").name == "Budi Santoso"


def test_rows_that_are_not_people_show_what_they_say(qtbot, database, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["NIP", "Nama", "Jabatan", "Unit Kerja"])
    book.active.append(["(1)", "(2)", "(3)", "(4)"])
    book.active.append(["196903091994032001", "Siti Aminah", "Pustakawan", "Layanan"])
    book.active.append([None, None, None, "Tanjungpinang, 12 Januari 2026"])
    book.save(tmp_path / "simpeg.xlsx")
    dialog = ImportDialog(None, str(tmp_path / "simpeg.xlsx"))
    qtbot.addWidget(dialog)
    dialog.start()
    model = dialog.model
    rows = [[model.index(r, c).data() for c in (0, 1, 2, 6)] for r in range(model.rowCount())]
    assert rows == [[2, "skipped", "(1) · (2) · (3) · (4)", "skipped: numbering row"],
                    [3, "new", "Siti Aminah", ""],
                    [4, "skipped", "Tanjungpinang, 12 Januari 2026", "skipped: signature"]]
    assert "2 rows are not people (numbering, signature) and are skipped." in (
        dialog.summary.text())
