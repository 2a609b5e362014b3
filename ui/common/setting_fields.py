"""One editor per kind of setting, and the value it holds: the Settings dialog and the
first-run set-up show the same fields the same way."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from models.settings import SettingSpec
from ui import i18n
from ui.common.files.image_field import ImageField

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


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


def label(spec: SettingSpec) -> str:
    return translate("Settings", spec.label)


def make_field(spec: SettingSpec, value) -> QWidget:
    if spec.image:
        return ImageField(value)
    if spec.kind is list:
        return ChoicesField(spec.choices, value)
    if spec.choices is not None:
        widget = QComboBox()
        for code, text in spec.choices.items():
            widget.addItem(translate("Settings", text), code)
        widget.setCurrentIndex(max(0, widget.findData(value)))
        return widget
    if spec.kind is bool:
        widget = QCheckBox()
        widget.setChecked(value)
        return widget
    if spec.kind is int:
        widget = QSpinBox()
        widget.setRange(spec.minimum, spec.maximum)
        widget.setSuffix(unit_suffix(spec.unit))
        widget.setValue(value)
        return widget
    widget = QLineEdit(value)
    widget.setCursorPosition(0)  # show the start of a long address
    return widget


def unit_suffix(unit: str) -> str:
    return {"JP": " JP", "%": " %",
            "minutes": " " + translate("SettingFields", "minutes"),
            "years": " " + translate("SettingFields", "years")}.get(unit, "")


def field_value(widget: QWidget):
    if isinstance(widget, ImageField):
        return widget.choice()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, ChoicesField):
        return widget.chosen()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return widget.text().strip()


def show_value(widget: QWidget, value) -> None:
    """Put ``value`` (as settings.get returns it) into a field :func:`make_field` made."""
    if isinstance(widget, ImageField):
        widget.show_stored(value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(value)
    elif isinstance(widget, ChoicesField):
        for code, box in widget.boxes.items():
            box.setChecked(code in value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    else:
        widget.setText(value)
        widget.setCursorPosition(0)
