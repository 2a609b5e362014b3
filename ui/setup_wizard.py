"""The first run on a new database: who the office is, who signs, how certificates are
numbered, then where to start. Everything asked here is also in Settings, checked the same
way (the text rule, the NIP, the numbering pattern)."""

import datetime
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models import settings
from models.certificates.numbers import format_number, pattern_problem
from models.db import is_empty
from models.messages import Message, SiBinaError, ValidationError
from models.staff import nip as nip_rules
from ui import i18n
from ui.common import setting_fields
from ui.common.widgets import ERROR_LABEL_STYLE, error_text, show_error

IMPORT, MANUAL, DEMO = "import", "manual", "demo"


def needs_setup() -> bool:
    """A new office: nothing recorded yet and its name never saved."""
    return is_empty() and not settings.is_stored("office_name")


class FieldsPage(QWizardPage):
    """Some settings, in the Settings dialog's fields, checked before going on."""

    def __init__(self, title: str, subtitle: str, keys: list[str]):
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        values = settings.get_all()
        self.form = QFormLayout(self)
        self.widgets: dict[str, QWidget] = {}
        for key in keys:
            spec = settings.SPEC_BY_KEY.get(key)
            if spec is None:
                continue
            widget = setting_fields.make_field(spec, values[key])
            self.widgets[key] = widget
            self.form.addRow(setting_fields.label(spec), widget)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.form.addRow(self.problem)

    def values(self) -> dict:
        found = {key: setting_fields.field_value(w) for key, w in self.widgets.items()}
        if "head_nip" in found:
            found["head_nip"] = nip_rules.normalize(found["head_nip"])
        return found

    def extra_problem(self, values: dict) -> tuple[str, Message] | None:
        if values.get("head_nip") and (wrong := nip_rules.problem(values["head_nip"])):
            return "head_nip", wrong
        pattern = values.get("certificate_number_pattern")
        if pattern is not None and (wrong := pattern_problem(pattern)):
            return "certificate_number_pattern", wrong
        return None

    def validatePage(self) -> bool:  # noqa: N802
        values = self.values()
        found = settings.problems(values)
        first = next(iter(found.items()), None) or self.extra_problem(values)
        if first is None:
            self.problem.clear()
            return True
        key, message = first
        self.problem.setText(f"{setting_fields.label(settings.SPEC_BY_KEY[key])}: "
                             f"{i18n.text(message)}")
        self.widgets[key].setFocus()
        return False


class NumberingPage(FieldsPage):
    """The numbering pattern with the number it would give today, as it is typed."""

    def __init__(self, title: str, subtitle: str, keys: list[str]):
        super().__init__(title, subtitle, keys)
        self.example = QLabel()
        self.form.insertRow(self.form.rowCount() - 1, self.tr("Example"), self.example)
        for key in ("certificate_number_pattern", "office_code"):
            self.widgets[key].textChanged.connect(self.show_example)
        self.show_example()

    def show_example(self) -> None:
        pattern = self.widgets["certificate_number_pattern"].text().strip()
        wrong = pattern_problem(pattern)
        self.example.setStyleSheet(ERROR_LABEL_STYLE if wrong else "font-weight: bold;")
        self.example.setText(i18n.text(wrong) if wrong else format_number(
            pattern, 1, datetime.date.today(), self.widgets["office_code"].text().strip()))


class StartPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Where to start"))
        self.setSubTitle(self.tr("Everything asked so far can be changed later under "
                                 "File ▸ Settings."))
        layout = QVBoxLayout(self)
        self.choices = {IMPORT: QRadioButton(self.tr("&Import staff from the SIMPEG file")),
                        MANUAL: QRadioButton(self.tr("&Add staff by hand")),
                        DEMO: QRadioButton(self.tr("&Look at the demo first (a separate "
                                                   "database full of examples)"))}
        self.choices[IMPORT].setChecked(True)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addStretch(1)

    def chosen(self) -> str:
        return next(code for code, button in self.choices.items() if button.isChecked())


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setting up SiBina"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        # Qt's own words for these buttons have no Indonesian translation.
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Save and start"))):
            self.setButtonText(button, text)
        self.office = FieldsPage(
            self.tr("The office"),
            self.tr("These lines head every paper SiBina prints (the letterhead)."),
            ["government", "city", "office_name", "address", "phone", "website", "email",
             "logo"])
        self.head = FieldsPage(
            self.tr("Head of office"),
            self.tr("Signs reports and certificates: name with titles, rank, position and "
                    "NIP as they print under the signature."),
            ["head_name", "head_rank", "head_title", "head_nip", "head_signature"])
        self.numbers = NumberingPage(
            self.tr("Certificates and JP"),
            self.tr("How certificates are numbered, and the yearly JP target of each "
                    "civil servant."),
            ["office_code", "certificate_number_pattern", "jp_target"])
        self.start = StartPage()
        for page in (self.office, self.head, self.numbers, self.start):
            self.addPage(page)
        if "head_nip" in self.head.widgets:
            nip = self.head.widgets["head_nip"]
            nip.setPlaceholderText("19690309 199403 2 001")
        self.resize(700, 500)

    def values(self) -> dict:
        return {**self.office.values(), **self.head.values(), **self.numbers.values()}

    def validateCurrentPage(self) -> bool:  # noqa: N802
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.start:
            return True
        try:
            settings.save_with_images(self.values())
        except (ValidationError, SiBinaError, OSError) as exc:
            show_error(self, self.windowTitle(), error_text(exc))
            return False
        return True


def open_demo() -> bool:
    """Start a second SiBina on the demo database (this one stays on the office's)."""
    if getattr(sys, "frozen", False):
        return QProcess.startDetached(sys.executable, ["--demo"])[0]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return QProcess.startDetached(sys.executable, [str(main), "--demo"])[0]


def run_setup(window) -> str | None:
    """Show the wizard over the window; then take the office where it chose to start.
    Returns the choice, or None when the wizard was closed (it comes back next time)."""
    wizard = SetupWizard(window)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    choice = wizard.start.chosen() if accepted else None
    wizard.deleteLater()
    if choice == IMPORT:
        window.tabs.setCurrentIndex(0)
        window.staff_page.import_file()
    elif choice == MANUAL:
        window.tabs.setCurrentIndex(0)
        window.staff_page.add_person()
    elif choice == DEMO:
        open_demo()
    return choice
