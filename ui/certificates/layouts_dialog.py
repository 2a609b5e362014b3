"""The office's certificate layouts: choose one to edit, copy one, make one the default."""

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.certificates import layouts as cert_layouts
from models.certificates.layouts import Layout
from models.messages import SiBinaError
from ui.certificates.layout_editor import LayoutEditor
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill


class LayoutsDialog(QDialog):
    """The office's layouts: edit one, copy one, make one the default."""

    def __init__(self, parent: QWidget | None, event_id: int | None = None,
                 layout_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate layouts"))
        self.resize(1000, 680)
        self.event_id = event_id
        self.list = QComboBox()
        self.list.currentIndexChanged.connect(self._chosen)
        copy_button = QPushButton(self.tr("&Copy as a new layout"))
        copy_button.clicked.connect(self.copy_current)
        self.default = QCheckBox(self.tr("The default layout"))
        self.holder = QVBoxLayout()
        self.editor: LayoutEditor | None = None
        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Layout:"))
        caption.setBuddy(self.list)
        top.addWidget(caption)
        top.addWidget(self.list, 1)
        top.addWidget(copy_button)
        top.addWidget(self.default)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.holder, 1)
        layout.addWidget(self.buttons)
        self.shown_id: int | None = None
        self.fill(layout_id or cert_layouts.ensure_default_layout().id)

    def fill(self, select_id: int | None = None) -> None:
        cert_layouts.ensure_default_layout()
        self.list.blockSignals(True)
        self.list.clear()
        for layout_id, name in cert_layouts.names():
            self.list.addItem(name, layout_id)
        self.list.setCurrentIndex(max(0, self.list.findData(select_id)))
        self.list.blockSignals(False)
        self._chosen()

    def _chosen(self, *_) -> None:
        layout_id = self.list.currentData()
        if layout_id == self.shown_id:
            return
        if self.editor is not None and self.editor.is_changed() and not confirm(
                self, self.windowTitle(), fill(self.tr("Discard the changes to “%1”?"),
                                               self.editor.result().name), self.tr("Discard")):
            self.list.blockSignals(True)
            self.list.setCurrentIndex(self.list.findData(self.shown_id))
            self.list.blockSignals(False)
            return
        self.shown_id = layout_id
        row = cert_layouts.layout_row(layout_id)
        self._edit(cert_layouts.from_row(row), row.is_default)

    def _edit(self, layout: Layout, is_default: bool) -> None:
        if self.editor is not None:
            self.holder.removeWidget(self.editor)
            self.editor.deleteLater()
        self.editor = LayoutEditor(layout, self.event_id, self)
        self.holder.addWidget(self.editor)
        self.default.setChecked(is_default)

    def copy_current(self) -> None:
        layout = copy.deepcopy(self.editor.result())
        layout.id = None
        layout.name = fill(self.tr("%1 (copy)"), layout.name)
        self._edit(layout, False)
        self.editor.edited = True  # a copy not yet saved

    def reject(self) -> None:
        if self.editor is not None and self.editor.is_changed() and not confirm(
                self, self.windowTitle(), fill(self.tr("Discard the changes to “%1”?"),
                                               self.editor.result().name), self.tr("Discard")):
            return
        super().reject()

    def save(self) -> None:
        try:
            row = cert_layouts.save(self.editor.result(), self.default.isChecked())
        except SiBinaError as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.saved_id = row.id
        self.accept()
