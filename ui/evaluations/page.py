"""The Evaluations tab (Evaluasi): one event's forms, responses, tests, follow-ups and
results, plus the office-wide lists (templates, service figures, follow-ups due, speakers).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.common.page_tools import add_find_shortcut, page_action
from ui.common.pickers.event_picker import EventPicker

# Events that can have evaluations: the cancelled ones cannot.
EVALUATED = ("planned", "running", "finished")


class EvaluationsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        from ui.evaluations.followups_panel import FollowUpsPanel
        from ui.evaluations.forms_panel import FormsPanel
        from ui.evaluations.responses_panel import ResponsesPanel
        from ui.evaluations.results_panel import ResultsPanel
        from ui.evaluations.scores_panel import ScoresPanel

        self.event_id: int | None = None
        self._stale = True  # other tabs may have changed events: re-read when shown
        self.event_picker = EventPicker(statuses=EVALUATED)
        self.panels = QTabWidget()
        self.forms = FormsPanel()
        self.responses = ResponsesPanel()
        self.scores = ScoresPanel()
        self.followups = FollowUpsPanel()
        self.results = ResultsPanel()
        for panel, title in ((self.forms, self.tr("&Forms")),
                             (self.responses, self.tr("Res&ponses")),
                             (self.scores, self.tr("Pre/post &tests")),
                             (self.followups, self.tr("F&ollow-up")),
                             (self.results, self.tr("Res&ults"))):
            self.panels.addTab(panel, title)

        self.toolbar = QToolBar(self)  # parented now: an overflowed toolbar outlived its page
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.templates_action = page_action(
            self, self.toolbar, self.tr("&Templates…"), self.edit_templates, "Ctrl+Shift+T",
            icon="file-document-edit")
        self.service_action = page_action(
            self, self.toolbar, self.tr("&Service figures…"), self.edit_service,
            "Ctrl+Shift+S", icon="chart-bar")
        page_action(self, self.toolbar, self.tr("Follow-ups &due…"), self.show_due,
                    "Ctrl+Shift+F", icon="calendar-alert")
        page_action(self, self.toolbar, self.tr("Speaker &ratings…"), self.show_speakers,
                    "Ctrl+Shift+R", icon="star")
        add_find_shortcut(self, self.event_picker.lineEdit())

        chooser = QHBoxLayout()
        caption = QLabel(self.tr("&Event:"))
        caption.setBuddy(self.event_picker)
        chooser.addWidget(caption)
        chooser.addWidget(self.event_picker, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(chooser)
        layout.addWidget(self.panels, 1)
        self.event_picker.currentIndexChanged.connect(self._event_chosen)
        self.panels.currentChanged.connect(self._panel_shown)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> bool:
        """Read the event list and the shown panel again (another tab or PC changed them);
        a grid's cursor and scrolling are kept, and nothing is read while a cell is typed."""
        table = getattr(self.panels.currentWidget(), "table", None)
        if table is not None and table.state() == QAbstractItemView.State.EditingState:
            return False
        self._stale = False
        cell = table.currentIndex() if table is not None else None
        scrolled = table.verticalScrollBar().value() if table is not None else 0
        shown = self.event_id
        self.event_picker.reload(shown)
        if self.event_picker.event_id() == shown:  # the same event: read it afresh
            self._panel_shown()
            if cell is not None and cell.isValid() and cell.row() < table.model().rowCount():
                table.setCurrentIndex(table.model().index(cell.row(), cell.column()))
                table.verticalScrollBar().setValue(scrolled)
        return True

    def hideEvent(self, event):  # noqa: N802
        super().hideEvent(event)
        self._stale = True

    def set_event(self, event_id: int) -> None:
        """Show an event (the Events tab jumps here with this)."""
        self.event_picker.reload(event_id)
        self._stale = False
        if self.event_picker.event_id() == event_id and self.event_id == event_id:
            self._panel_shown()

    def _event_chosen(self, *_) -> None:
        self.event_id = self.event_picker.event_id()
        self._panel_shown()

    def _panel_shown(self, *_) -> None:
        """Only the shown panel reads its data: results of a big event take a moment."""
        panel = self.panels.currentWidget()
        if panel is not None:
            panel.set_event(self.event_id)

    def edit_templates(self) -> None:
        from ui.evaluations.templates_dialog import TemplatesDialog

        self._modal(TemplatesDialog(self))

    def edit_service(self) -> None:
        from ui.evaluations.service_stats_dialog import ServiceStatsDialog

        self._modal(ServiceStatsDialog(self))

    def show_due(self) -> None:
        from ui.evaluations.followups_due_dialog import FollowUpsDueDialog

        dialog = FollowUpsDueDialog(self)
        chosen = []
        dialog.open_event.connect(lambda event_id: (chosen.append(event_id), dialog.accept()))
        self._modal(dialog)
        if chosen:  # straight to that event's follow-ups
            self.panels.setCurrentWidget(self.followups)
            self.set_event(chosen[0])

    def show_speakers(self) -> None:
        from ui.evaluations.speaker_ratings_dialog import SpeakerRatingsDialog

        self._modal(SpeakerRatingsDialog(self))

    def _modal(self, dialog) -> None:
        dialog.exec()
        dialog.deleteLater()
        self._panel_shown()  # templates or figures may have changed what the panel shows
