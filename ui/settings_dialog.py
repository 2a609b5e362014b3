"""Settings: the institution profile, the yearly JP target and the office's other rules,
declared in models.settings."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import settings, stored_file
from models.db import db
from models.evaluation import categories
from models.messages import Message, SiBinaError
from models.staff import nip as nip_rules
from ui import i18n
from ui.common import formats
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE, button_box, error_text, show_error
from ui.evaluations.categories import category_name
from ui.i18n import fill


class ImageField(QWidget):
    """A thumbnail with Choose…/Remove; the chosen file is stored only when Settings saves."""

    def __init__(self, file_id: int, parent=None):
        super().__init__(parent)
        self.file_id = file_id
        self.new_path: str | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(120, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: white;")
        choose = QPushButton(self.tr("Choose…"))
        remove = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self.choose)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        buttons = QVBoxLayout()  # beside the thumbnail: the row stays narrow in any language
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch()
        row.addLayout(buttons)
        row.addStretch()
        data = stored_file.read(file_id)
        self._show(QImage.fromData(data) if data else QImage())

    def _show(self, image: QImage):
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("none"))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def choose(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            show_error(self, self.tr("Choose an image"),
                       fill(self.tr("%1 is not an image SiBina can read (use PNG or JPEG)."), path))
            return False
        self.new_path = path
        self._show(image)
        return True

    def remove(self):
        self.new_path, self.file_id = None, 0
        self._show(QImage())

    def stored_id(self) -> int:
        """The file id to save: a newly chosen image is stored (inside the caller's
        transaction, so a failed save stores nothing)."""
        if self.new_path:
            return stored_file.store(self.new_path).id
        return self.file_id


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        values = settings.get_all()
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in settings.SPECS:
            label = QCoreApplication.translate("Settings", spec.label)
            if spec.image:
                widget = ImageField(values[spec.key])
            elif spec.kind is bool:
                widget = QCheckBox()
                widget.setChecked(values[spec.key])
            elif spec.kind is int:
                widget = QSpinBox()
                widget.setRange(0, spec.maximum)
                widget.setSuffix(self._unit(spec.unit))
                widget.setValue(values[spec.key])
            else:
                widget = QLineEdit(values[spec.key])
                widget.setCursorPosition(0)  # show the start of a long address
            self.widgets[spec.key] = widget
            form.addRow(label, widget)
            if spec.key == "head_nip":
                self.nip_error = QLabel()
                self.nip_error.setStyleSheet(ERROR_LABEL_STYLE)
                self.nip_error.hide()
                form.addRow("", self.nip_error)
                widget.setText(nip_rules.grouped(widget.text()))
                widget.textChanged.connect(self._check_nip)
            if spec.key == categories.SETTING:
                # The scale in words under the bounds, so a slip shows before it is saved.
                self.scale = QLabel()
                self.scale.setWordWrap(True)
                form.addRow("", self.scale)
                widget.textChanged.connect(self._show_scale)
                self._show_scale()
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _unit(self, unit: str) -> str:
        return {"JP": " JP", "%": " %", "minutes": " " + self.tr("minutes")}.get(unit, "")

    def _show_scale(self) -> None:
        found = categories.parse_bounds(self.widgets[categories.SETTING].text())
        if isinstance(found, Message):
            self.scale.setText(i18n.text(found))
            self.scale.setStyleSheet(ERROR_LABEL_STYLE)
            return
        self.scale.setStyleSheet("")
        self.scale.setText("; ".join(
            f"{formats.fixed(float(low))}–{formats.fixed(float(high))} "
            f"{category_name(code)}" for low, high, code in categories.intervals(found)))

    def _check_nip(self) -> bool:
        text = self.widgets["head_nip"].text().strip()
        msg = nip_rules.problem(text) if text else None
        self.nip_error.setText(i18n.text(msg) if msg else "")
        self.nip_error.setVisible(msg is not None)
        self.widgets["head_nip"].setStyleSheet(ERROR_STYLE if msg else "")
        return msg is None

    def save(self):
        if not self._check_nip():
            return
        from models.certificates.numbers import pattern_problem

        # A pattern that cannot number certificates, or bounds that make no scale, are
        # never stored.
        for key, check in (("certificate_number_pattern", pattern_problem),
                           (categories.SETTING, categories.bounds_problem)):
            field = self.widgets[key]
            problem = check(field.text().strip())
            field.setStyleSheet(ERROR_STYLE if problem else "")
            if problem is not None:
                field.setFocus()
                show_error(self, self.tr("Settings"), i18n.text(problem))
                return
        try:
            with db.atomic():
                values = {}
                for key, widget in self.widgets.items():
                    if isinstance(widget, ImageField):
                        values[key] = widget.stored_id()
                    elif isinstance(widget, QSpinBox):
                        values[key] = widget.value()
                    elif isinstance(widget, QCheckBox):
                        values[key] = widget.isChecked()
                    else:
                        values[key] = widget.text().strip()
                values["head_nip"] = nip_rules.normalize(values["head_nip"])
                before = settings.get_all()
                settings.save(values)
                for key in settings.image_keys():
                    if before[key] != values[key]:
                        stored_file.delete_if_unused(before[key])
        except (OSError, SiBinaError) as exc:
            show_error(self, self.tr("Settings"), error_text(exc))
            return
        self.accept()
