"""A PDF on screen, page by page, and printed with the system's print dialog.

Qt's own PDF module is not part of PySide6-Essentials, so the pages are drawn by PDFium
(pypdfium2) into pictures: on screen at the window's width, for the printer at its
resolution.
"""

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.widgets import error_text, show_error
from ui.i18n import fill


def page_image(document: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    picture = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    image = QImage(picture.tobytes(), picture.width, picture.height, 3 * picture.width,
                   QImage.Format.Format_RGB888)
    return image.copy()  # its own pixels: the bytes above go away


class PdfPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 680)
        self.path = path
        self.document = pypdfium2.PdfDocument(str(path))
        self.pages = len(self.document)

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page = QSpinBox()
        self.page.setRange(1, max(1, self.pages))
        self.page.setSuffix(fill(self.tr(" of %1"), str(self.pages)))
        self.page.valueChanged.connect(self.show_page)
        caption = QLabel(self.tr("&Page:"))
        caption.setBuddy(self.page)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for key, step in ((QKeySequence.StandardKey.MoveToNextPage, 1),
                          (QKeySequence.StandardKey.MoveToPreviousPage, -1)):
            QShortcut(key, self, lambda s=step: self.page.setValue(self.page.value() + s))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_all)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.page)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.show_page(1)

    def show_page(self, number: int) -> None:
        if not self.pages:
            return
        width, _height = self.document[number - 1].get_size()
        room = max(400, self.scroll.viewport().width() - 24)
        image = page_image(self.document, number - 1, 72 * room / width)
        self.picture.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self.show_page(self.page.value())

    def print_all(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, self.pages)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Every page (or the range asked for) onto the printer, with progress and Cancel."""
        first, last = printer.fromPage() or 1, printer.toPage() or self.pages
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0,
                                   last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        try:
            for index in range(first - 1, last):
                progress.setValue(index - first + 1)
                QApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    return False
                width, height = self.document[index].get_size()
                orientation = (printer.pageLayout().Orientation.Landscape if width > height
                               else printer.pageLayout().Orientation.Portrait)
                printer.setPageOrientation(orientation)
                if index == first - 1:
                    if not painter.begin(printer):
                        raise OSError(self.tr("The printer cannot be opened."))
                else:
                    printer.newPage()
                target = painter.viewport()
                image = page_image(self.document, index, min(300, printer.resolution()))
                # The printer scales the 300-dpi picture itself: enlarging it here to a
                # 1200-dpi printer's pixels would take seconds and hundreds of megabytes.
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.x(), target.y(), fitted.width(),
                                         fitted.height()), image)
            return True
        except OSError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return False
        finally:
            if painter.isActive():
                painter.end()
            progress.close()

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
