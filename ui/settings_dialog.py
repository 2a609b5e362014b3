"""Settings: the institution profile and the yearly JP target, declared in models.settings."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import settings, stored_file
from models.db import db
from models.messages import SiBinaError
from models.staff import nip as nip_rules
from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE, button_box, error_text, show_error
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


class ChoicesField(QWidget):
    """Several codes of a vocabulary, one box each, two to a row."""

    def __init__(self, choices: dict, chosen: list[str], parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for n, (code, text) in enumerate(choices.items()):
            box = QCheckBox(i18n.vocab(text))
            box.setChecked(code in chosen)
            grid.addWidget(box, n // 2, n % 2)
            self.boxes[code] = box

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        values = settings.get_all()
        self.widgets: dict[str, QWidget] = {}
        # Two pages, so the dialog fits a 1024×768 screen: who the office is, then the
        # rules it works by (from the JP target on).
        self.tabs = QTabWidget()
        form = QFormLayout()
        self.tabs.addTab(self._page(form), self.tr("Office"))
        for spec in settings.SPECS:
            if spec.key == "jp_target":
                form = QFormLayout()
                self.tabs.addTab(self._page(form), self.tr("Rules"))
            label = QCoreApplication.translate("Settings", spec.label)
            if spec.image:
                widget = ImageField(values[spec.key])
            elif spec.kind is list:
                widget = ChoicesField(spec.choices, values[spec.key])
            elif spec.choices is not None:
                widget = QComboBox()
                for code, text in spec.choices.items():
                    widget.addItem(QCoreApplication.translate("Settings", text), code)
                widget.setCurrentIndex(max(0, widget.findData(values[spec.key])))
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
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def _page(self, form: QFormLayout) -> QWidget:
        page = QWidget()
        page.setLayout(form)
        return page

    def _unit(self, unit: str) -> str:
        return {"JP": " JP", "%": " %", "minutes": " " + self.tr("minutes")}.get(unit, "")

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

        pattern = self.widgets["certificate_number_pattern"]
        problem = pattern_problem(pattern.text().strip())
        if problem is not None:  # a pattern that cannot number certificates is never stored
            pattern.setStyleSheet(ERROR_STYLE)
            pattern.setFocus()
            show_error(self, self.tr("Settings"), i18n.text(problem))
            return
        pattern.setStyleSheet("")
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
                    elif isinstance(widget, ChoicesField):
                        values[key] = widget.chosen()
                    elif isinstance(widget, QComboBox):
                        values[key] = widget.currentData()
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
