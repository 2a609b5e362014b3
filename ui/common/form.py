"""A form whose fields' problems are said in one place under it, in the office's words."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE

PROBLEM_LINES = 3  # room kept for the problems, whether there are any or not


class ProblemList(QScrollArea):
    """The problems of a form, one a line, each naming its field (a link to it).

    Its height is kept whatever it holds: a problem appearing as one types moved every
    field below it, so the click meant for one field landed on the next; and the text under
    a narrow field was cut. More problems than fit scroll."""

    def __init__(self):
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.lines = QVBoxLayout(inner)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(1)
        self.lines.addStretch(1)
        self.setWidget(inner)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * PROBLEM_LINES + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def add(self, label: str, field: QWidget) -> QLabel:
        """A hidden line for ``field``; returns the label its problem is written in."""
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        name = QLabel(f'<a href="#" style="color: #c0392b;">{label}</a>:')
        name.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        name.linkActivated.connect(lambda *_: field.setFocus())
        name.setAlignment(Qt.AlignmentFlag.AlignTop)
        error = QLabel()
        error.setStyleSheet(ERROR_LABEL_STYLE)
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(error, 1)
        line.hide()
        self.lines.insertWidget(self.lines.count() - 1, line)
        return error


def _plain(label: str, widget: QWidget) -> str:
    """The field's name as the form shows it, without its mnemonic's ampersand."""
    if not label and isinstance(widget, QCheckBox):
        label = widget.text()
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class CheckedForm(QFormLayout):
    """Rows of label and field; ``show_problems`` marks the fields and lists their problems
    in ``problems``, which the dialog places under the form.

    Only fields the user has touched show their problem until ``everything`` is asked for
    (when Save is pressed), so a new form does not scold before anything is typed.
    """

    def __init__(self):
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.problems = ProblemList()

    def add(self, name: str, label: str, widget: QWidget,
            beside: QWidget | None = None) -> QWidget:
        """A row for ``widget``; ``beside`` (a button, say) sits to the right of it."""
        grows = widget.sizePolicy().horizontalPolicy() in (
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding,
            QSizePolicy.Policy.Ignored)
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)):
            # The red border of a problem draws the field by style sheet, a few pixels
            # lower than the native field: the rows below moved as it came and went.
            widget.setFixedHeight(widget.sizeHint().height())
            if not grows:
                widget.setMinimumWidth(widget.sizeHint().width())
        line = QHBoxLayout()
        line.addWidget(widget, 1 if grows else 0)
        if beside is not None:
            line.addWidget(beside)
        if not grows:
            line.addStretch(1)
        self.addRow(label, line)
        self.fields[name] = widget
        self.errors[name] = self.problems.add(_plain(label, widget), widget)
        return widget

    def show_problems(self, problems: dict, everything: bool = False) -> bool:
        """Mark the problems; return whether any is shown."""
        shown = False
        for name, label in self.errors.items():
            msg = problems.get(name) if everything or name in self.touched else None
            label.setText(i18n.text(msg) if msg else "")
            label.parentWidget().setVisible(msg is not None)
            self.fields[name].setStyleSheet(ERROR_STYLE if msg else "")
            shown = shown or msg is not None
        return shown
