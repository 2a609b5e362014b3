"""Settings: the institution profile, the yearly JP target and the office's other rules,
declared in models.settings."""


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.evaluation import categories
from models.messages import Message, SiBinaError, ValidationError
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from models.staff import nip as nip_rules
from ui import i18n
from ui.common import formats, setting_fields
from ui.common.meanwhile import settle
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE, button_box, error_text, show_error
from ui.evaluations.categories import category_name


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        values = settings.get_all()
        self.stamp = (settings.stamp() or (None,))[0]  # the save is checked against it
        self.widgets: dict[str, QWidget] = {}
        # Three pages, so the dialog fits a 1024×768 screen: who the office is, the rules
        # it works by (from the JP target on), its letters and honoraria.
        self.tabs = QTabWidget()
        form = QFormLayout()
        self.tabs.addTab(self._page(form), self.tr("Office"))
        for spec in settings.SPECS:
            if spec.key == "jp_target":
                form = QFormLayout()
                self.tabs.addTab(self._page(form), self.tr("Rules"))
            if spec.key == "letter_number_pattern":
                form = QFormLayout()
                self.tabs.addTab(self._page(form), self.tr("Letters"))
            label = setting_fields.label(spec)
            widget = setting_fields.make_field(spec, values[spec.key])
            self.widgets[spec.key] = widget
            form.addRow(label, widget)
            if spec.key == "head_nip":
                # Room kept for the problem, and the field's height kept under its red
                # border: the fields below moved as the NIP was typed.
                widget.setFixedHeight(widget.sizeHint().height())
                self.nip_error = QLabel()  # always there, empty while the NIP is right
                self.nip_error.setStyleSheet(ERROR_LABEL_STYLE)
                self.nip_error.setWordWrap(True)
                self.nip_error.setFixedHeight(2 * self.nip_error.fontMetrics().lineSpacing())
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
        self.login = None
        from models.engine import on_server

        if not on_server():  # a server always asks who is working
            from ui.users.login_setting import LoginSetting

            self.login = LoginSetting()
            self.tabs.addTab(self.login, self.tr("Login"))
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
        self.widgets["head_nip"].setStyleSheet(ERROR_STYLE if msg else "")
        return msg is None

    def save(self):
        if not self._check_nip():
            return
        from models.certificates.numbers import pattern_problem
        from models.letters.numbers import letter_pattern_problem

        # A pattern that cannot number certificates or letters, or bounds that make no
        # scale, are never stored.
        for key, check in (("certificate_number_pattern", pattern_problem),
                           ("letter_number_pattern", letter_pattern_problem),
                           (categories.SETTING, categories.bounds_problem)):
            field = self.widgets[key]
            problem = check(field.text().strip())
            field.setStyleSheet(ERROR_STYLE if problem else "")
            if problem is not None:
                field.setFocus()
                show_error(self, self.tr("Settings"), i18n.text(problem))
                return
        values = {key: setting_fields.field_value(widget)
                  for key, widget in self.widgets.items()}
        values["head_nip"] = nip_rules.normalize(values["head_nip"])
        try:
            # The login is stored first (its question may be answered "no": then nothing
            # is), but never while another field would refuse to be stored.
            if (self.login is not None and not settings.problems(values)
                    and not self.login.apply()):
                return
            settings.save_with_images(values, self.stamp)
        except (ChangedMeanwhile, DeletedMeanwhile) as err:
            settle(self, err, self.reload, self._save_over)
            return
        except ValidationError as err:
            key, problem = next(iter(err.problems.items()))
            label = QCoreApplication.translate("Settings", settings.SPEC_BY_KEY[key].label)
            self.widgets[key].setFocus()
            show_error(self, self.tr("Settings"), f"{label}: {i18n.text(problem)}")
            return
        except (OSError, SiBinaError) as exc:
            show_error(self, self.tr("Settings"), error_text(exc))
            return
        self.accept()

    def reload(self) -> None:
        """The settings as saved now (on another PC meanwhile), in place of what was typed."""
        self.stamp = (settings.stamp() or (None,))[0]
        values = settings.get_all()
        for key, widget in self.widgets.items():
            shown = values[key]
            if key == "head_nip":
                shown = nip_rules.grouped(shown)
            setting_fields.show_value(widget, shown)

    def _save_over(self, their_stamp) -> None:
        self.stamp = their_stamp
        self.save()
