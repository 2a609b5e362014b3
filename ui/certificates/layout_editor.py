"""Certificate layouts: a list, and an editor with a live preview of a real recipient.

Each field shows as a frame on the preview: drag it, or type its position in millimetres;
font, size, colour, alignment and width are beside it, and the wording of the fixed texts
and of each role below. The preview is the real thing: the certificate drawn by the same
code as the batch, turned into a picture.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.certificates import layout_geometry, layout_pages
from models.certificates import layouts as cert_layouts
from models.certificates.layouts import QR_MIN_MM, TEXT_FIELDS, Layout
from models.messages import QT_TRANSLATE_NOOP, SiBinaError
from models.vocab import ROLES
from ui import i18n
from ui.common.widgets import (
    ERROR_LABEL_STYLE,
    WARNING_LABEL_STYLE,
    error_text,
    show_error,
    show_info,
)

PX_PER_MM = 3.0  # the preview's scale
FONT_LABELS = {"serif": QT_TRANSLATE_NOOP("LayoutEditor", "Serif"),
               "serif-bold": QT_TRANSLATE_NOOP("LayoutEditor", "Serif, bold"),
               "serif-italic": QT_TRANSLATE_NOOP("LayoutEditor", "Serif, italic"),
               "sans": QT_TRANSLATE_NOOP("LayoutEditor", "Sans serif"),
               "sans-bold": QT_TRANSLATE_NOOP("LayoutEditor", "Sans serif, bold")}


def field_box(name: str, spec: dict) -> QRectF:
    """Where a field sits on the page, in mm (for its frame on the preview): the room the
    overlap warnings judge by."""
    left, top, right, bottom = layout_geometry.field_box(name, spec)
    return QRectF(left, top, right - left, bottom - top)


class FieldFrame(QGraphicsRectItem):
    """A field's frame: drag it to move the field."""

    def __init__(self, name: str, editor: "LayoutEditor"):
        super().__init__()
        self.name, self.editor = name, editor
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        self.setPen(QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))
        self.setBrush(QBrush(QColor(21, 101, 192, 18)))
        self.setToolTip(i18n.text(cert_layouts.field_label(name)))

    def mousePressEvent(self, event):  # noqa: N802
        self.editor.choose_field(self.name)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = self.pos()
        if moved.x() or moved.y():
            self.editor.move_field(self.name, moved.x() / PX_PER_MM, moved.y() / PX_PER_MM)


class LayoutEditor(QWidget):
    changed = Signal()

    def __init__(self, layout: Layout, event_id: int | None, parent=None):
        super().__init__(parent)
        self.layout_data = layout
        qr = layout.fields["qr"]
        # Saved before the smallest size was a rule, it already prints at that size: say
        # so in the numbers, or the layout could not be saved again.
        qr["size"] = layout_geometry.qr_side(qr)
        self.event_id = event_id
        self.current = "name"
        self._temporary = tempfile.TemporaryDirectory(prefix="sibina-layout-")
        self._folder = Path(self._temporary.name)
        self.destroyed.connect(lambda *_, t=self._temporary: t.cleanup())
        self._render_timer = QTimer(self, singleShot=True, interval=120)
        self._render_timer.timeout.connect(self.redraw)

        self.name = QLineEdit(layout.name)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.setCurrentIndex(self.orientation.findData(layout.orientation))
        self.border = QCheckBox(self.tr("Frame (when there is no background)"))
        self.border.setChecked(bool(layout.style.get("border")))
        self.back_page = QCheckBox(self.tr("Sessions on a back page"))
        self.back_page.setChecked(layout.back_page)
        self.event_jp = QCheckBox(self.tr("The event's JP on the front, the JP attended on "
                                          "the back page"))
        self.event_jp.setToolTip(self.tr(
            "Otherwise the front states the JP the person attended, as their transcript does"))
        self.event_jp.setChecked(bool(layout.style.get("event_jp")))
        self.background_label = QLabel()
        choose = QPushButton(self.tr("&Background…"))
        choose.clicked.connect(self.choose_background)
        remove = QPushButton(self.tr("No background"))
        remove.clicked.connect(self.remove_background)

        self.fields = QListWidget()
        self.fields.setMinimumWidth(230)
        for name in cert_layouts.ALL_FIELDS:
            item = QListWidgetItem(i18n.text(cert_layouts.field_label(name)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            visible = layout.fields[name].get("visible", True)
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
            self.fields.addItem(item)
        self.fields.currentItemChanged.connect(
            lambda item, _old: item and self.choose_field(item.data(Qt.ItemDataRole.UserRole)))
        self.fields.itemChanged.connect(self._visibility)

        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setMinimumSize(480, 340)
        self.page_item = self.scene.addPixmap(QPixmap())
        self.frames: dict[str, FieldFrame] = {}

        self.x_spin = self._spin(0, 297, " mm")
        self.y_spin = self._spin(0, 297, " mm")
        self.size_spin = self._spin(4, 96, " pt")
        self.min_spin = self._spin(4, 96, " pt")
        self.width_spin = self._spin(0, 297, " mm")
        self.font_combo = QComboBox()
        for key, label in FONT_LABELS.items():
            self.font_combo.addItem(QCoreApplication.translate("LayoutEditor", label), key)
        self.align_combo = QComboBox()
        for key, label in (("left", self.tr("Left")), ("center", self.tr("Centre")),
                           ("right", self.tr("Right"))):
            self.align_combo.addItem(label, key)
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self.choose_colour)
        self.wording = QLineEdit()
        self.wording.textEdited.connect(self._wording_edited)
        # The dates of an online event are worded apart: it has no place to name.
        self.online_wording = QLineEdit()
        self.online_wording.textEdited.connect(self._online_wording_edited)
        # A participant's title and the one of those who served are worded side by side.
        self.honour_title = QLineEdit()
        self.honour_title.setPlaceholderText(self.tr("the same title"))
        self.honour_title.setToolTip(self.tr("The title of the certificates of speakers, "
                                             "moderators, committee and facilitators"))
        self.honour_title.textEdited.connect(self._honour_title_edited)
        self.wording_problem = QLabel()
        self.wording_problem.setWordWrap(True)
        self.wording_problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.wording_problem.hide()
        self.properties = QFormLayout()
        for label, widget in ((self.tr("Left–right"), self.x_spin),
                              (self.tr("Top–bottom"), self.y_spin),
                              (self.tr("Size"), self.size_spin),
                              (self.tr("Smallest size"), self.min_spin),
                              (self.tr("Width"), self.width_spin),
                              (self.tr("Font"), self.font_combo),
                              (self.tr("Alignment"), self.align_combo),
                              (self.tr("Colour"), self.colour_button),
                              (self.tr("Wording"), self.wording),
                              (self.tr("Wording for an online event"),
                               self.online_wording),
                              (self.tr("Title for those who served"), self.honour_title)):
            self.properties.addRow(label, widget)
        self.properties.addRow("", self.wording_problem)
        # Fields printing over each other: said, not refused (a short text may fit).
        self.overlap_warning = QLabel()
        self.overlap_warning.setWordWrap(True)
        self.overlap_warning.setStyleSheet(WARNING_LABEL_STYLE)
        self.overlap_warning.hide()
        self.properties.addRow("", self.overlap_warning)
        for widget in (self.x_spin, self.y_spin, self.size_spin, self.min_spin, self.width_spin):
            widget.valueChanged.connect(self._properties_edited)
        for widget in (self.font_combo, self.align_combo):
            widget.currentIndexChanged.connect(self._properties_edited)
        self.roles: dict[str, QLineEdit] = {}
        roles_form = QFormLayout()
        for role, label in ROLES.items():
            edit = QLineEdit(layout.role_wording(role))
            edit.textEdited.connect(self._roles_edited)
            self.roles[role] = edit
            roles_form.addRow(i18n.vocab(label), edit)

        top = QHBoxLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        top.addWidget(name_label)
        top.addWidget(self.name, 1)
        top.addWidget(self.orientation)
        top.addWidget(choose)
        top.addWidget(remove)
        top.addWidget(self.background_label)
        side = QVBoxLayout()
        side.addWidget(self.fields, 1)
        side.addLayout(self.properties)
        side_widget = QWidget()
        side_widget.setLayout(side)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.border)
        bottom.addWidget(self.back_page)
        bottom.addWidget(self.event_jp)
        bottom.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(splitter, 1)
        column.addLayout(bottom)
        column.addLayout(roles_form)
        self.orientation.currentIndexChanged.connect(self._orientation_changed)
        for box in (self.border, self.back_page, self.event_jp):
            box.toggled.connect(self._options_changed)
        self.name.textEdited.connect(lambda *_: self.changed.emit())
        self.edited = False
        self.changed.connect(lambda: setattr(self, "edited", True))
        self._show_background()
        self.fields.setCurrentRow(cert_layouts.ALL_FIELDS.index("name"))
        self.redraw()

    def _spin(self, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(suffix)
        return spin

    # --- the preview --------------------------------------------------------------------

    def schedule_render(self) -> None:
        self._render_timer.start()
        self.changed.emit()

    def redraw(self) -> None:
        import pypdfium2

        from reports.certificates.preview import write_preview
        from ui.common.files.pdf_preview import page_image

        path = self._folder / "preview.pdf"
        problems = cert_layouts.layout_problems(self.layout_data)
        wording = [m for m in problems if m.text in cert_layouts.WORDING_PROBLEMS]
        self.wording_problem.setText(i18n.text(wording[0]) if wording else "")
        self.wording_problem.setVisible(bool(wording))
        if wording:  # a half-typed {placeholder}: the last good preview stays
            return
        overlapping = [i18n.text(m) for m in layout_geometry.overlaps(self.layout_data)]
        self.overlap_warning.setText("\n".join(overlapping))
        self.overlap_warning.setVisible(bool(overlapping))
        try:
            write_preview(self.layout_data, self.event_id, path)
            document = pypdfium2.PdfDocument(str(path))
            image = page_image(document, 0, PX_PER_MM * 25.4)
            document.close()
        except (OSError, SiBinaError) as exc:
            show_error(self, self.tr("Preview"), error_text(exc))
            return
        self.page_item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self._place_frames()
        self._fit()

    def _fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._fit()

    def _place_frames(self) -> None:
        for frame in self.frames.values():
            self.scene.removeItem(frame)
        self.frames.clear()
        for name in cert_layouts.ALL_FIELDS:
            spec = self.layout_data.fields[name]
            if not spec.get("visible", True):
                continue
            box = field_box(name, spec)
            frame = FieldFrame(name, self)
            frame.setRect(QRectF(box.x() * PX_PER_MM, box.y() * PX_PER_MM,
                                 box.width() * PX_PER_MM, box.height() * PX_PER_MM))
            self.scene.addItem(frame)
            self.frames[name] = frame
        self._mark_current()

    # --- editing ------------------------------------------------------------------------

    def choose_field(self, name: str) -> None:
        self.current = name
        spec = self.layout_data.fields[name]
        text_field = name in TEXT_FIELDS
        widgets = (self.x_spin, self.y_spin, self.size_spin, self.min_spin, self.width_spin,
                   self.font_combo, self.align_combo, self.wording)
        for widget in widgets:
            widget.blockSignals(True)
        # A smaller QR code cannot be typed: it would not scan (the save refuses it too).
        self.size_spin.setMinimum(QR_MIN_MM if name == "qr" else 4)
        self.x_spin.setValue(spec["x"])
        self.y_spin.setValue(spec["y"])
        self.size_spin.setValue(spec.get("size", 11))
        self.min_spin.setValue(spec.get("min_size", spec.get("size", 11)))
        self.width_spin.setValue(spec.get("width", 0))
        self.font_combo.setCurrentIndex(
            max(0, self.font_combo.findData(spec.get("font", "sans"))))
        self.align_combo.setCurrentIndex(
            max(0, self.align_combo.findData(spec.get("align", "center"))))
        self.wording.setText(self.layout_data.texts.get(name, ""))
        self.online_wording.setText(self.layout_data.texts.get("dates_online", ""))
        self.honour_title.setText(self.layout_data.texts.get("title_honour", ""))
        for widget in widgets:
            widget.blockSignals(False)
        block = name.startswith("signatory")
        for widget in (self.min_spin, self.align_combo):
            self.properties.setRowVisible(widget, text_field)
        for widget in (self.font_combo, self.colour_button):
            self.properties.setRowVisible(widget, text_field or block)
        self.size_spin.setSuffix(" mm" if name in ("qr", "logo") else " pt")
        self.properties.setRowVisible(self.width_spin, name not in ("qr", "logo"))
        self.properties.setRowVisible(self.wording, name in self.layout_data.texts)
        self.properties.setRowVisible(self.online_wording, name == "dates_place")
        self.properties.setRowVisible(self.honour_title, name == "title")
        self.colour_button.setText(spec.get("colour", "#222222"))
        self.colour_button.setStyleSheet(f"color: {spec.get('colour', '#222222')};")
        row = cert_layouts.ALL_FIELDS.index(name)
        if self.fields.currentRow() != row:
            self.fields.setCurrentRow(row)
        self._mark_current()

    def _mark_current(self) -> None:
        """Restyle the frames (not rebuild them: the one being dragged must stay)."""
        for frame_name, frame in self.frames.items():
            chosen = frame_name == self.current
            frame.setPen(QPen(QColor("#d84315"), 2) if chosen
                         else QPen(QColor("#1565c0"), 1, Qt.PenStyle.DashLine))

    def move_field(self, name: str, dx_mm: float, dy_mm: float) -> None:
        spec = self.layout_data.fields[name]
        width, height = self.layout_data.page_size_mm
        spec["x"] = round(min(width, max(0.0, spec["x"] + dx_mm)), 1)
        spec["y"] = round(min(height, max(0.0, spec["y"] + dy_mm)), 1)
        self.choose_field(name)
        self.schedule_render()

    def _properties_edited(self, *_) -> None:
        spec = self.layout_data.fields[self.current]
        spec.update(x=self.x_spin.value(), y=self.y_spin.value())
        if self.properties.isRowVisible(self.size_spin) and self.current != "qr":
            spec["size"] = self.size_spin.value()
        if self.current in ("qr", "logo"):
            spec["size"] = self.size_spin.value()
        if self.current in TEXT_FIELDS:
            spec.update(min_size=min(self.min_spin.value(), self.size_spin.value()),
                        font=self.font_combo.currentData(), align=self.align_combo.currentData())
        if self.properties.isRowVisible(self.width_spin):
            spec["width"] = self.width_spin.value()
        self.schedule_render()

    def choose_colour(self) -> None:
        spec = self.layout_data.fields[self.current]
        colour = QColorDialog.getColor(QColor(spec.get("colour", "#222222")), self)
        if colour.isValid():
            spec["colour"] = colour.name()
            self.choose_field(self.current)
            self.schedule_render()

    def _wording_edited(self, text: str) -> None:
        self.layout_data.texts[self.current] = text
        self.schedule_render()

    def _online_wording_edited(self, text: str) -> None:
        self.layout_data.texts["dates_online"] = text
        self.schedule_render()

    def _honour_title_edited(self, text: str) -> None:
        self.layout_data.texts["title_honour"] = text
        self.schedule_render()

    def _roles_edited(self, *_) -> None:
        self.layout_data.roles = {role: edit.text() for role, edit in self.roles.items()}
        self.schedule_render()

    def _visibility(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        self.layout_data.fields[name]["visible"] = item.checkState() == Qt.CheckState.Checked
        self.schedule_render()

    def _options_changed(self, *_) -> None:
        self.layout_data.style["border"] = self.border.isChecked()
        self.layout_data.back_page = self.back_page.isChecked()
        self.layout_data.style["event_jp"] = self.event_jp.isChecked()
        self.schedule_render()

    def _orientation_changed(self, *_) -> None:
        orientation = self.orientation.currentData()
        if orientation == self.layout_data.orientation:
            return
        self.layout_data.orientation = orientation
        turn = layout_pages.to_portrait if orientation == "portrait" else layout_pages.to_landscape
        self.layout_data.fields = turn(self.layout_data.fields)  # colours and fonts stay
        self.choose_field(self.current)
        self.schedule_render()
        if self.layout_data.background_id:
            show_info(self, self.tr("Orientation"), self.tr(
                "The background is stretched to the page: choose one made for this "
                "orientation."))

    def choose_background(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a background"), str(Path.home()),
            self.tr("Pictures or PDF (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.set_background(Path(path))

    def set_background(self, path: Path) -> bool:
        try:
            self.layout_data.background_id = layout_pages.store_background(path)
        except SiBinaError as exc:
            show_error(self, self.tr("Choose a background"), error_text(exc))
            return False
        self._show_background()
        self.schedule_render()
        return True

    def remove_background(self) -> None:
        self.layout_data.background_id = None
        self._show_background()
        self.schedule_render()

    def _show_background(self) -> None:
        self.background_label.setText(self.tr("with background") if self.layout_data
                                      .background_id else self.tr("no background"))

    def result(self) -> Layout:
        self.layout_data.name = self.name.text()
        return self.layout_data

    def is_changed(self) -> bool:
        return self.edited
