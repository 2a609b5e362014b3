"""A form whose fields show their own problem underneath, in the office's words."""

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE


class CheckedForm(QFormLayout):
    """Rows of label, field and a hidden error line; ``show_problems`` fills them in.

    Only fields the user has touched show their problem until ``everything`` is asked for
    (when Save is pressed), so a new form does not scold before anything is typed.
    """

    def __init__(self):
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()

    def add(self, name: str, label: str, widget: QWidget,
            beside: QWidget | None = None) -> QWidget:
        """A row for ``widget``; ``beside`` (a button, say) sits to the right of it."""
        error = QLabel()
        error.setStyleSheet(ERROR_LABEL_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # The row takes the form's width, so the problem under a narrow field (a date) has
        # room to wrap; the field itself keeps its own width.
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grows = widget.sizePolicy().horizontalPolicy() in (
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding,
            QSizePolicy.Policy.Ignored)
        line = QHBoxLayout()
        line.addWidget(widget, 1 if grows else 0)
        if beside is not None:
            line.addWidget(beside)
        if not grows:
            line.addStretch(1)
        column.addLayout(line)
        column.addWidget(error)
        self.addRow(label, box)
        self.fields[name], self.errors[name] = widget, error
        return widget

    def show_problems(self, problems: dict, everything: bool = False) -> bool:
        """Mark the problems; return whether any is shown."""
        shown = False
        for name, label in self.errors.items():
            msg = problems.get(name) if everything or name in self.touched else None
            label.setText(i18n.text(msg) if msg else "")
            label.setVisible(msg is not None)
            self.fields[name].setStyleSheet(ERROR_STYLE if msg else "")
            shown = shown or msg is not None
        return shown
