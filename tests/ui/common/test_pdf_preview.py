"""Certificates on screen, page by page, and sent to a printer (a PDF printer here)."""

import datetime as dt

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from models.certificates import issuing as certificates
from reports.certificates.printing import write_merged
from ui.common.pdf_preview import PdfPreviewDialog


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
