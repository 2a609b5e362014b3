"""Certificates on screen, page by page, and sent to a printer (a PDF printer here)."""

import datetime as dt

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from models.certificates import issuing as certificates
from reports.certificates.printing import write_merged
from ui.common.files.pdf_preview import PdfPreviewDialog


def test_preview_pages_and_print_them(qtbot, course, tmp_path):
    made = certificates.issue(course["event"].id,
                              [certificates.Choice(course["siti"].id, "peserta"),
                               certificates.Choice(course["rina"].id, "narasumber")],
                              dt.date(2026, 3, 12))
    path = tmp_path / "sertifikat.pdf"
    write_merged([c.id for c in made], path)
    dialog = PdfPreviewDialog(None, path, "Sertifikat")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page.maximum() == 2 and dialog.page.suffix() == " of 2"
    first = dialog.picture.pixmap().toImage()
    dialog.page.setValue(2)
    assert dialog.picture.pixmap().toImage() != first  # the other certificate
    assert first.width() > first.height()  # landscape, as printed

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == 2
    box = printed[0].mediabox
    assert box.width > box.height  # each page turned to landscape for a landscape certificate


def eighteen_certificates(course, tmp_path):
    from models.attendance import marking
    from models.events import participants
    from models.staff import staff_list as staff

    people = [staff.save_person({"name": f"Peserta Nomor {n}"}) for n in range(16)]
    participants.add_people(course["event"].id, [p.id for p in people])
    for session in course["event"].sessions:
        marking.set_marks(session.id, [p.id for p in people], "hadir")
    chosen = [certificates.Choice(p.id, "peserta") for p in [course["siti"], *people]]
    chosen.append(certificates.Choice(course["rina"].id, "narasumber"))
    made = certificates.issue(course["event"].id, chosen, dt.date(2026, 3, 12))
    path = tmp_path / "sertifikat.pdf"
    write_merged([c.id for c in made], path)
    return path


def test_printing_to_a_file_keeps_the_pages_as_they_are(qtbot, course, tmp_path):
    """18 certificates printed to a PDF file are the certificates, words and all, about
    the size of the file shown, not 13.5 MB of pictures of them."""
    path = eighteen_certificates(course, tmp_path)
    dialog = PdfPreviewDialog(None, path, "Sertifikat")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    printed = tmp_path / "printed.pdf"
    pages = PdfReader(printed).pages
    assert len(pages) == 18
    assert "Siti Aminah" in pages[0].extract_text()
    assert "Peserta Nomor 15" in pages[16].extract_text()
    assert printed.stat().st_size < 1.5 * path.stat().st_size


def test_zoom_with_the_keys_the_wheel_and_back_to_the_width(qtbot, course, tmp_path):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from tests.builders import activate

    path = eighteen_certificates(course, tmp_path)
    dialog = PdfPreviewDialog(None, path, "Sertifikat")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)  # shortcuts reach the active window only
    fitted = dialog.picture.pixmap().width()
    assert fitted == dialog.scroll.viewport().width() - 24  # as wide as the window shown
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = dialog.picture.pixmap().width()
    assert bigger > fitted
    assert dialog.zoom_label.text().endswith(" %")
    wheel = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(dialog.scroll.viewport(), wheel)
    assert dialog.picture.pixmap().width() > bigger
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.picture.pixmap().width() == bigger
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.picture.pixmap().width() == fitted

    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.page.value() == 3


def test_on_a_printer_each_page_is_drawn_turned_as_printed(qtbot, course, tmp_path):
    """What a paper printer gets (drawn here onto Qt's PDF output to be read back)."""
    path = eighteen_certificates(course, tmp_path)
    dialog = PdfPreviewDialog(None, path, "Sertifikat")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "drawn.pdf"))
    assert dialog._draw_pages(printer, 2, 3)
    pages = PdfReader(tmp_path / "drawn.pdf").pages
    assert len(pages) == 2 and pages[0].mediabox.width > pages[0].mediabox.height
