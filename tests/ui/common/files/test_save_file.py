"""Saving a file the one way: where (a USB stick first), under which name and type, and
never replacing a file without a clear yes."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.common.files import drive_chooser, save_file
from ui.common.files.drive_chooser import DriveChooser

TYPES = ["Excel workbook (*.xlsx)", "CSV (*.csv)"]


def when_shown(kind, act):
    """Do ``act`` to the dialog of ``kind`` once it is on screen (it runs its own loop)."""
    def attempt():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)

    timer = QTimer()
    timer.timeout.connect(attempt)
    timer.start(20)
    return timer


def test_the_stick_the_suggested_name_and_a_type_chosen(qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    monkeypatch.setattr(drive_chooser, "volumes",
                        lambda: [(stick, "KINGSTON", 8 * 1024 ** 3, False, True)])
    seen = {}

    def choose_csv(dialog: DriveChooser):
        seen["row"] = dialog.list.currentItem().text()
        seen["name"] = dialog.name.text()
        dialog.file_type.setCurrentIndex(1)
        seen["renamed"] = dialog.name.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    timer = when_shown(DriveChooser, choose_csv)
    path = save_file.ask_save_path(None, "Export staff", "staff.xlsx", TYPES)
    timer.stop()
    assert seen["row"].startswith("USB stick: KINGSTON")
    assert (seen["name"], seen["renamed"]) == ("staff.xlsx", "staff.csv")
    assert path == stick / "staff.csv"
    assert QSettings().value(save_file.FOLDER_KEY) == str(stick)


def test_a_name_typed_without_its_ending_gets_the_type_s(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(drive_chooser, "volumes", lambda: [])
    QSettings().setValue(save_file.FOLDER_KEY, str(tmp_path))

    seen = []

    def type_a_name(dialog: DriveChooser):
        seen.append(dialog.list.currentItem().text())
        dialog.name.setText("")
        seen.append(dialog.save_button.isEnabled())  # no name, nowhere to save it
        dialog.name.setText("Daftar hadir Senin")
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    timer = when_shown(DriveChooser, type_a_name)
    path = save_file.ask_save_path(None, "Save sign-in sheet", "Daftar hadir.pdf",
                                   ["PDF files (*.pdf)"])
    timer.stop()
    assert seen[0].startswith(f"Last used: {tmp_path}") and seen[1] is False
    assert path == tmp_path / "Daftar hadir Senin.pdf"


def test_enter_at_the_replace_question_keeps_the_file(qtbot, tmp_path):
    there = tmp_path / "Rekap JP 2026.pdf"
    there.write_bytes(b"%PDF the one from yesterday")
    asked = []

    def press_enter(box: QMessageBox):
        asked.append((box.text(), box.defaultButton() and box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    timer = when_shown(QMessageBox, press_enter)
    assert not save_file.may_replace(None, "Save the report", there)
    timer.stop()
    assert asked == [(f"{there} is there already. Replace it?", "Cancel")]
    assert there.read_bytes() == b"%PDF the one from yesterday"

    timer = when_shown(QMessageBox, lambda box: next(
        b for b in box.buttons() if b.text() == "Replace").click())
    assert save_file.may_replace(None, "Save the report", there)
    timer.stop()
    assert save_file.may_replace(None, "Save the report", tmp_path / "Rekap baru.pdf")


def test_the_folder_remembered_before_is_still_offered(tmp_path):
    QSettings().setValue("staff/export_folder", str(tmp_path / "Ekspor"))
    QSettings().setValue("reports/folder", str(tmp_path / "Laporan"))
    assert save_file.last_folder() == str(tmp_path / "Laporan")
    QSettings().setValue(save_file.FOLDER_KEY, str(tmp_path / "USB"))
    assert save_file.last_folder() == str(tmp_path / "USB")


def test_a_folder_alone_for_files_sibina_names(qtbot, usb_stick):
    assert save_file.ask_folder(None, "Back up") == usb_stick.path
    assert usb_stick.names == [None]  # no name asked
    assert Path(QSettings().value(save_file.FOLDER_KEY)) == usb_stick.path


def test_a_saved_pdf_offers_to_open_and_to_print_it(qtbot, database, tmp_path):
    """After the sign-in sheet is saved, Open hands the file to the system and Print
    opens the print dialog: no looking for the file on the stick."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QMessageBox

    from models.events import participants
    from tests.builders import event_with_sessions, staff_member, when_modal
    from ui.attendance.actions import print_sign_in_sheet

    class Viewer(QObject):  # the system's PDF viewer, as Qt hands files to it
        def __init__(self):
            super().__init__()
            self.opened: list[QUrl] = []

        @Slot(QUrl)
        def show(self, url):
            self.opened.append(url)

    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        event, sessions = event_with_sessions()
        participants.add_people(event.id, [staff_member("Siti Aminah").id])
        seen = []

        def press(label):
            def answer(box):
                seen.append([b.text() for b in box.buttons()])
                next(b for b in box.buttons() if b.text() == label).click()
            return answer

        when_modal(press("&Open"), kind=QMessageBox)
        sheet = print_sign_in_sheet(None, event.id, sessions[0].id, tmp_path / "a.pdf", "name")
        assert [url.toLocalFile() for url in viewer.opened] == [str(sheet)]
        assert sorted(seen[0]) == ["&Open", "&Print…", "OK"]

        printing = []
        when_modal(press("&Print…"), kind=QMessageBox)
        when_modal(lambda dialog: printing.append(dialog.windowTitle()), kind=QPrintDialog,
                   skip=(QMessageBox,))
        print_sign_in_sheet(None, event.id, sessions[0].id, tmp_path / "b.pdf", "name")
        assert len(printing) == 1  # the print dialog came up (and was cancelled)
    finally:
        QDesktopServices.unsetUrlHandler("file")
