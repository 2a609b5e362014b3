"""A PDF on screen, page by page, zoomed or fitted to the width, and printed.

Qt's own PDF module is not part of PySide6-Essentials, so the pages are drawn by PDFium
(pypdfium2) into pictures: on screen at the zoom asked for. Printed to a PDF file, the
pages are copied as they are (text and lines stay sharp and the file stays small); on a
printer each page is drawn at the printer's resolution, one page at a time.
"""

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QEvent, QRectF, Qt
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

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
SCREEN_DPI = 96  # 100 %: the page at its printed size on an ordinary screen
PRINT_DPI = 300  # enough for any office printer; a 1200-dpi bitmap takes seconds per page


def page_image(document: pypdfium2.PdfDocument, index: int, dpi: float) -> QImage:
    picture = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    image = QImage(picture.tobytes(), picture.width, picture.height, 3 * picture.width,
                   QImage.Format.Format_RGB888)
    return image.copy()  # its own pixels: the bytes above go away


def copy_pages(document: pypdfium2.PdfDocument, first: int, last: int, target: str) -> None:
    """Pages ``first``–``last`` (from 1) of ``document`` as a PDF file of their own."""
    copy = pypdfium2.PdfDocument.new()
    try:
        copy.import_pages(document, list(range(first - 1, last)))
        copy.save(target)
    finally:
        copy.close()


class PdfPreviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1000, 680)
        self.path = path
        self.document = pypdfium2.PdfDocument(str(path))
        self.pages = len(self.document)
        self.zoom: float | None = None  # None: as wide as the window

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Always there: a bar coming and going as the fitted page grows past the window's
        # height would change the width to fit, and the page again.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.viewport().installEventFilter(self)  # Ctrl+wheel zooms; its width fits
        self.page = QSpinBox()
        self.page.setRange(1, max(1, self.pages))
        self.page.setSuffix(fill(self.tr(" of %1"), str(self.pages)))
        self.page.valueChanged.connect(self.show_page)
        caption = QLabel(self.tr("&Page:"))
        caption.setBuddy(self.page)
        self.previous_button = QPushButton(self.tr("◀ Pre&vious"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+−, Ctrl+wheel)"))
        self.zoom_out_button.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_label = QLabel()
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++, Ctrl+wheel)"))
        self.zoom_in_button.clicked.connect(lambda: self.step_zoom(1))
        self.fit_button = QPushButton(self.tr("Fit to &width"))
        self.fit_button.setToolTip(self.tr("The page as wide as the window (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for keys, act in (((QKeySequence.StandardKey.MoveToNextPage,), lambda: self.turn(1)),
                          ((QKeySequence.StandardKey.MoveToPreviousPage,),
                           lambda: self.turn(-1)),
                          ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                           lambda: self.step_zoom(1)),
                          ((QKeySequence.StandardKey.ZoomOut,), lambda: self.step_zoom(-1)),
                          (("Ctrl+0",), self.fit_width),
                          ((QKeySequence.StandardKey.Print,), self.print_all)):
            for key in keys:
                QShortcut(QKeySequence(key), self, act)
        bar = QHBoxLayout()
        for widget in (self.previous_button, caption, self.page, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.show_page(1)

    # looking
    def scale(self, number: int) -> float:
        """Screen pixels per point of page ``number`` at the zoom chosen."""
        if self.zoom is not None:
            return self.zoom * SCREEN_DPI / 72
        width, _height = self.document[number - 1].get_size()
        return max(200, self.scroll.viewport().width() - 24) / width

    def show_page(self, number: int | None = None) -> None:
        number = number or self.page.value()
        if not self.pages:
            return
        scale = self.scale(number)
        self.picture.setPixmap(QPixmap.fromImage(page_image(self.document, number - 1,
                                                            72 * scale)))
        self.zoom_label.setText(fill(self.tr("%1 %"), str(round(scale * 72 / SCREEN_DPI
                                                                * 100))))
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < self.pages)

    def turn(self, step: int) -> None:
        self.page.setValue(self.page.value() + step)
        self.scroll.verticalScrollBar().setValue(0)  # the new page from its top

    def step_zoom(self, step: int) -> None:
        """The next zoom up or down from what shows now (fitted to the width included)."""
        now = self.scale(self.page.value()) * 72 / SCREEN_DPI
        if step > 0:
            self.zoom = next((z for z in ZOOMS if z > now + 0.001), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < now - 0.001), ZOOMS[0])
        self.show_page()

    def fit_width(self) -> None:
        self.zoom = None
        self.show_page()

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.scroll.viewport():
            if (event.type() == QEvent.Type.Wheel
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                if event.angleDelta().y():
                    self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
                return True
            if event.type() == QEvent.Type.Resize and self.zoom is None:
                # the viewport's own width: the window's resize came before the layout's,
                # and the page was fitted to a stale, narrower one
                self.show_page()
        return super().eventFilter(watched, event)

    # printing
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
        try:
            if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                    and printer.outputFileName()):
                # "Print to file": the pages themselves, not pictures of them (18
                # certificates were once a 13.5 MB file of JPEGs).
                copy_pages(self.document, first, last, printer.outputFileName())
                return True
            return self._draw_pages(printer, first, last)
        except (OSError, pypdfium2.PdfiumError) as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return False

    def _draw_pages(self, printer: QPrinter, first: int, last: int) -> bool:
        """Each page drawn at the printer's resolution (at most PRINT_DPI) and handed over
        before the next is drawn, so a long run of certificates never sits in memory."""
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
                image = page_image(self.document, index, min(PRINT_DPI, printer.resolution()))
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(target.x(), target.y(), fitted.width(),
                                         fitted.height()), image)
            return True
        finally:
            if painter.isActive():
                painter.end()
            progress.close()

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
