"""The evaluation forms an event hands out: attach and detach templates, print them blank."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import templates
from models.events.tables import Event
from models.messages import SiBinaError
from ui.common.files.save_file import ask_pdf_path, safe_file_name, write_and_tell
from ui.common.widgets import error_text, show_error
from ui.evaluations.template_editor import kind_label
from ui.i18n import fill

ID = Qt.ItemDataRole.UserRole


class FormsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.event_id: int | None = None  # not "event": that is QWidget.event()
        self.last_pages: int | None = None  # pages of the last PDF written (tests read it)
        heading = QLabel(self.tr("Evaluation forms"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.attached_list = QListWidget()
        self.attached_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attached_list.setAlternatingRowColors(True)
        self.available = QComboBox()
        self.available.setMinimumContentsLength(24)
        self.available.setPlaceholderText(self.tr("Every current template is attached"))
        self.attach_button = QPushButton(self.tr("&Attach"))
        self.detach_button = QPushButton(self.tr("&Detach"))
        self.anonymous = QCheckBox(self.tr("A&nonymous (no names printed)"))
        self.anonymous.setToolTip(self.tr("As many forms as participants, with blank lines "
                                          "for the name"))
        # Unticked: a participant rates a speaker more freely unnamed.
        self.named_speakers = QCheckBox(self.tr("Names on the speaker &forms too"))
        self.named_speakers.setToolTip(self.tr("Otherwise the speaker forms carry no name, "
                                               "number or NIP"))
        self.anonymous.toggled.connect(lambda *_: self._enable())
        self.print_button = QPushButton(self.tr("&Print blank forms…"))
        self.edit_button = QPushButton(self.tr("Edit &templates…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setEnabled(False)  # greyed: an aside

        attach_row = QHBoxLayout()
        attach_row.addWidget(self.available, 1)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.detach_button)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.anonymous)
        print_row.addWidget(self.named_speakers)
        print_row.addStretch(1)
        print_row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.attached_list, 1)
        layout.addLayout(attach_row)
        layout.addLayout(print_row)
        layout.addWidget(self.status)

        self.attach_button.clicked.connect(self.attach_chosen)
        self.detach_button.clicked.connect(self.detach_selected)
        self.print_button.clicked.connect(self.ask_and_print)
        self.edit_button.clicked.connect(self.edit_templates)
        self.attached_list.itemSelectionChanged.connect(self._enable)
        self.set_event(None)

    # showing
    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Read the event's forms and the templates on offer again."""
        keep = select_id if select_id is not None else self.selected_id()
        self.attached_list.clear()
        self.available.clear()
        attached = templates.attached(self.event_id) if self.event_id is not None else []
        for questionnaire in attached:
            answered = templates.response_count(questionnaire.id, self.event_id)
            text = fill(self.tr("%1 (version %2)"), questionnaire.name, str(questionnaire.version))
            if answered:
                text += " · " + self.tr("%n answered form(s)", "", answered)
            item = QListWidgetItem(text)
            item.setToolTip(kind_label(questionnaire.kind))
            item.setData(ID, questionnaire.id)
            self.attached_list.addItem(item)
            if questionnaire.id == keep:
                self.attached_list.setCurrentItem(item)
        taken = {q.id for q in attached}
        for questionnaire in templates.current_templates():  # makes the shipped two if gone
            if questionnaire.id not in taken:
                kind = kind_label(questionnaire.kind)
                same = kind.casefold() == questionnaire.name.casefold()
                self.available.addItem(questionnaire.name if same
                                       else f"{questionnaire.name} · {kind}", questionnaire.id)
        # With a placeholder text Qt leaves nothing chosen: Attach would then do nothing.
        self.available.setCurrentIndex(0 if self.available.count() else -1)
        if self.event_id is None:
            self.status.setText(self.tr("Choose an event to see its forms."))
        elif not attached:
            self.status.setText(self.tr("No form attached yet: choose a template and press "
                                        "Attach."))
        else:
            self.status.setText("")
        self._enable()

    def selected_id(self) -> int | None:
        item = self.attached_list.currentItem()
        return item.data(ID) if item is not None and item.isSelected() else None

    def attached_ids(self) -> list[int]:
        return [self.attached_list.item(i).data(ID) for i in range(self.attached_list.count())]

    def _enable(self) -> None:
        has_event = self.event_id is not None
        self.available.setEnabled(has_event and self.available.count() > 0)
        self.attach_button.setEnabled(has_event and self.available.count() > 0)
        self.detach_button.setEnabled(has_event and self.selected_id() is not None)
        self.print_button.setEnabled(has_event and self.attached_list.count() > 0)
        self.anonymous.setEnabled(has_event)
        self.named_speakers.setEnabled(has_event and not self.anonymous.isChecked())

    # actions
    def attach_chosen(self) -> None:
        chosen = self.available.currentData()
        if self.event_id is None or chosen is None:
            return
        try:
            templates.attach(self.event_id, chosen)
        except SiBinaError as exc:
            show_error(self, self.tr("Attach form"), error_text(exc))
        self.refresh(chosen)

    def detach_selected(self) -> None:
        chosen = self.selected_id()
        if self.event_id is None or chosen is None:
            return
        try:
            templates.detach(self.event_id, chosen)
        except SiBinaError as exc:
            show_error(self, self.tr("Detach form"), error_text(exc))
            return
        self.refresh()

    def edit_templates(self) -> None:
        from ui.evaluations.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()  # a new version may have replaced an attached template

    def ask_and_print(self) -> None:
        if self.event_id is None:
            return
        title = Event.get_by_id(self.event_id).title
        anonymous = self.anonymous.isChecked()
        name = f"Formulir evaluasi {title}" + (" (anonim)" if anonymous else "")
        path = ask_pdf_path(self, self.tr("Save blank forms"), safe_file_name(name) + ".pdf")
        if path is not None:
            self.print_forms(path, anonymous)

    def print_forms(self, path: Path, anonymous: bool) -> Path | None:
        """Write the blank forms in the background, then say where they went (offering to
        open or print them). Returns the path at once only when the runner is synchronous
        (tests)."""
        from reports.evaluation.blank_forms import write_blank_forms

        event_id = self.event_id
        if event_id is None:
            return None
        named_speakers = self.named_speakers.isChecked()
        outcome: dict = {}

        def said(pages: int) -> str:
            outcome["path"] = path
            self.last_pages = pages
            return fill(self.tr("%n page(s) saved to %1.", "", pages), str(path))

        write_and_tell(self, self.tr("Blank forms"), path,
                       lambda made, progress, missing_ok: write_blank_forms(
                           event_id, made, anonymous=anonymous, progress=progress,
                           named_speaker_forms=named_speakers, missing_ok=missing_ok),
                       self.tr("Writing the forms…"), said)
        return outcome.get("path")
