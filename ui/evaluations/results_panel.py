"""An event's evaluation results on screen, and the evaluation report saved as PDF.

The figures come from :func:`models.evaluation.results.event_results` (a handful of SQL aggregates),
read in the background each time the panel is shown: responses may have been typed in
meanwhile on another panel.
"""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import results
from models.events.tables import Event
from ui.common import formats
from ui.common.widgets import error_text
from ui.evaluations.categories import category_text
from ui.i18n import fill
from ui.tasks import TaskRunner

QUESTION, N, MEAN, CATEGORY = range(4)  # then the ratings 1..5, then other answers
OTHER = CATEGORY + 1 + len(results.RATINGS)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _bold(item: QTreeWidgetItem, columns: int) -> None:
    font = QFont(item.font(0))
    font.setBold(True)
    for column in range(columns):
        item.setFont(column, font)


class ResultsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.results: results.EventResults | None = None
        self.today: datetime.date | None = None  # None: the clock's; tests fix it
        self._asked = 0  # which load is current: an older one finishing late is dropped

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save report as PDF…"))
        self.save_button.clicked.connect(self.ask_and_save)

        self.items = self._tree([self.tr("Question"), self.tr("n"), self.tr("Mean"),
                                 self.tr("Category"), *(str(v) for v in results.RATINGS),
                                 self.tr("Other answers")])
        self.speakers = QTableWidget()
        self.speakers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speakers.verticalHeader().hide()
        self.highlights = self._tree([self.tr("Item"), self.tr("n"), self.tr("Mean"),
                                      self.tr("Category")])
        self.comments = self._tree([self.tr("Comment")])
        # A long comment wraps rather than running off to the right (rows then differ).
        self.comments.setUniformRowHeights(False)
        self.comments.setWordWrap(True)
        self.gain_line = QLabel()
        self.follow_up_line = QLabel()
        for label in (self.gain_line, self.follow_up_line):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.service = QTableWidget()
        self.service.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.service.verticalHeader().hide()
        self.service_note = QLabel()
        self.service_note.setWordWrap(True)
        impact = QWidget()
        impact_layout = QVBoxLayout(impact)
        impact_layout.addWidget(self.gain_line)
        impact_layout.addWidget(self.follow_up_line)
        impact_layout.addWidget(QLabel(self.tr("Service figures before and after the event:")))
        impact_layout.addWidget(self.service, 1)
        impact_layout.addWidget(self.service_note)

        self.tabs = QTabWidget()
        for widget, title in ((self.items, self.tr("&Questions")),
                              (self.speakers, self.tr("Spea&kers")),
                              (self.highlights, self.tr("Strongest and &weakest")),
                              (self.comments, self.tr("&Comments")),
                              (impact, self.tr("&Impact"))):
            self.tabs.addTab(widget, title)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.set_event(None)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if len(headers) > OTHER:  # long choice tallies would squeeze the questions away
            header.setSectionResizeMode(OTHER, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(OTHER, 200)
        return tree

    # --- loading ------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        """Show an event's results (read afresh); None shows a hint."""
        self.event_id = event_id
        self._asked += 1
        asked = self._asked
        if event_id is None:
            self._show(None)
            return

        def loaded(found):
            if asked == self._asked:
                self._show(found)

        def failed(exc):
            if asked == self._asked:
                self._show(None)
                self.summary.setText(error_text(exc))

        self._show(None)  # nothing of the last event stays under the new one's name
        self.summary.setText(self.tr("Reading the results…"))
        today = self.today
        TaskRunner.run_quietly(lambda _progress: results.event_results(event_id, today),
                               loaded, failed)

    def _show(self, found: results.EventResults | None) -> None:
        self.results = found
        for tree in (self.items, self.highlights, self.comments):
            tree.clear()
        self.save_button.setEnabled(found is not None)
        self.tabs.setEnabled(found is not None)
        if found is None:
            self.summary.setText(self.tr("Choose an event to see its evaluation results."))
            self.speakers.setRowCount(0)
            self.service.setRowCount(0)
            self.service_note.clear()
            self.gain_line.clear()
            self.follow_up_line.clear()
            return
        self.summary.setText(self._summary_text(found))
        self._fill_items(found)
        self._fill_speakers(found)
        self._fill_highlights(found)
        self._fill_comments(found)
        self.gain_line.setText(self._gain_text(found.gain))
        self.follow_up_line.setText(self._follow_up_text(found.follow_up))
        self._fill_service(found.service)

    # --- what each part shows -----------------------------------------------------------

    def _summary_text(self, r: results.EventResults) -> str:
        parts = [self.tr("%n participant(s)", "", r.participants),
                 self.tr("%n respondent(s) to the organisation form", "", r.respondents)]
        if r.more_than_participants:
            parts.append(fill(self.tr("%1 responses for %2 participants (the extra forms are "
                                      "anonymous: no response rate)"),
                              formats.number(r.respondents), formats.number(r.participants)))
        elif r.response_rate is not None:
            parts.append(fill(self.tr("response rate %1"),
                              formats.percent(100 * r.response_rate, 1)))
        for template in r.templates:
            text = fill(self.tr("%1: %n response(s)", "", template.responses), template.name)
            if template.mean is not None:
                text += " " + fill(self.tr("(mean %1, %2)"), formats.fixed(template.mean),
                                   category_text(template.mean))
            parts.append(text)
        if not r.responses:
            parts.append(self.tr("no responses yet"))
        return " · ".join(parts)

    def _fill_items(self, r: results.EventResults) -> None:
        columns = self.items.columnCount()
        for template in r.templates:
            # A form's and a section's n count answers, not people: said in words, so the
            # n column holds respondents only.
            top = QTreeWidgetItem(self.items, [self._with_answers(template.name, template.n),
                                               "", formats.fixed(template.mean),
                                               category_text(template.mean)])
            _bold(top, columns)
            for section in template.sections:
                parent = top
                if section.name:
                    parent = QTreeWidgetItem(top, [self._with_answers(section.name, section.n),
                                                   "", formats.fixed(section.mean),
                                                   category_text(section.mean)])
                    _bold(parent, columns)
                for item in section.items:
                    self._add_item(parent, item)
        self.items.expandAll()

    def _with_answers(self, name: str, answers: int) -> str:
        counted = self.tr("%n answer(s)", "", answers)
        return f"{name} ({counted})"

    def _add_item(self, parent: QTreeWidgetItem, item: results.ItemResult) -> None:
        cells = [item.text, str(item.n), "", ""] + [""] * len(results.RATINGS) + [""]
        if item.qtype in ("rating", "number"):
            cells[MEAN] = formats.fixed(item.mean)
        if item.qtype == "rating":
            cells[CATEGORY] = category_text(item.mean)
            for index, count in enumerate(item.distribution):
                shown = formats.share(count, item.n, results.SHARE_PLACES)
                cells[CATEGORY + 1 + index] = f"{count} ({shown})"
        elif item.qtype == "yesno":
            cells[OTHER] = (fill(self.tr("yes %1, no %2"), str(item.yes), str(item.no)))
        elif item.qtype == "choice":
            cells[OTHER] = "; ".join(f"{choice} {count}" for choice, count in item.choices)
        elif item.qtype == "text":
            cells[N] = ""  # comments are on their own tab
            cells[OTHER] = self.tr("see Comments")
        row = QTreeWidgetItem(parent, cells)
        row.setToolTip(QUESTION, item.text)
        row.setToolTip(OTHER, cells[OTHER])
        for column in range(N, OTHER):
            if column != CATEGORY:
                row.setTextAlignment(column, _RIGHT)

    def _fill_speakers(self, r: results.EventResults) -> None:
        headers = [self.tr("Speaker"), self.tr("Responses"), self.tr("Overall mean"),
                   self.tr("Category"), *(item.text for item in r.speaker_items)]
        self.speakers.clear()
        self.speakers.setColumnCount(len(headers))
        self.speakers.setHorizontalHeaderLabels(headers)
        for column, item in enumerate(r.speaker_items, 4):
            self.speakers.horizontalHeaderItem(column).setToolTip(item.text)
        self.speakers.setRowCount(len(r.speakers))
        for row, speaker in enumerate(r.speakers):
            cells = [speaker.name, str(speaker.responses), formats.fixed(speaker.mean),
                     category_text(speaker.mean),
                     *(self._judged(speaker.item_means.get(i.question_id))
                       for i in r.speaker_items)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column and column != CATEGORY:
                    cell.setTextAlignment(_RIGHT)
                self.speakers.setItem(row, column, cell)
        self.speakers.resizeColumnsToContents()

    def _judged(self, mean: float | None) -> str:
        """``2.50 (Poor)``: a mean in a column of its own, with its category."""
        if mean is None:
            return formats.fixed(mean)
        return fill(self.tr("%1 (%2)"), formats.fixed(mean), category_text(mean))

    def _fill_highlights(self, r: results.EventResults) -> None:
        for title, items in ((self.tr("Strongest"), r.strongest),
                             (self.tr("Weakest"), r.weakest)):
            top = QTreeWidgetItem(self.highlights, [title])
            _bold(top, 1)
            for item in items:
                row = QTreeWidgetItem(top, [item.text, str(item.n), formats.fixed(item.mean),
                                            category_text(item.mean)])
                row.setTextAlignment(1, _RIGHT)
                row.setTextAlignment(2, _RIGHT)
        self.highlights.expandAll()

    def _fill_comments(self, r: results.EventResults) -> None:
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        for comment in r.comments:
            key = (comment.question, comment.speaker)
            if key not in groups:
                title = comment.question + (f" — {comment.speaker}" if comment.speaker else "")
                groups[key] = QTreeWidgetItem(self.comments, [title])
                _bold(groups[key], 1)
            row = QTreeWidgetItem(groups[key], [comment.text])
            row.setToolTip(0, comment.text)
        for top in groups.values():
            top.setText(0, top.text(0) + "  ·  " + self.tr("%n comment(s)", "",
                                                             top.childCount()))
        if not groups:
            QTreeWidgetItem(self.comments, [self.tr("No comments yet.")]).setDisabled(True)
        self.comments.expandAll()

    def _gain_text(self, gain: results.GainSummary) -> str:
        if not gain.n:
            return self.tr("Pre/post tests: no participant has both scores yet.")
        band = {"high": self.tr("high"), "medium": self.tr("medium"),
                "low": self.tr("low")}
        text = (self.tr("Pre/post tests: %n participant(s) with both scores", "", gain.n)
                + "; " + fill(self.tr("mean pre %1, post %2, normalised gain %3 (%4)"),
                              formats.fixed(gain.mean_pre, 1), formats.fixed(gain.mean_post, 1),
                              formats.fixed(gain.mean_gain), band[gain.band]))
        counts = fill(self.tr("high %1, medium %2, low %3"), str(gain.bands["high"]),
                      str(gain.bands["medium"]), str(gain.bands["low"]))
        return f"{text}; {counts}."

    def _follow_up_text(self, follow: results.FollowUpSummary) -> str:
        if not follow.n:
            return self.tr("Follow-up: none recorded yet.")
        text = (self.tr("Follow-up: %n record(s)", "", follow.n) + "; "
                + fill(self.tr("applied: yes %1, partly %2, no %3"), str(follow.applied["yes"]),
                       str(follow.applied["partly"]), str(follow.applied["no"])))
        if follow.mean_rating is not None:
            text += "; " + fill(self.tr("mean rating %1"), formats.fixed(follow.mean_rating))
        return text + "."

    def _fill_service(self, service: results.ServiceSummary) -> None:
        def month(year: int, number: int) -> str:
            star = "*" if (year, number) in service.unfinished else ""
            return formats.month_name(number, year, short=True) + star

        headers = [self.tr("Figure"), *(month(y, m) for y, m in service.before_months),
                   self.tr("Mean before"), *(month(y, m) for y, m in service.after_months),
                   self.tr("Mean after"), self.tr("Change")]
        self.service.clear()
        self.service.setColumnCount(len(headers))
        self.service.setHorizontalHeaderLabels(headers)
        self.service.setRowCount(len(service.rows))
        for row, figure in enumerate(service.rows):
            change = "–"
            if figure.change_pct is not None:
                sign = "+" if figure.change_pct > 0 else ""
                change = f"{sign}{formats.percent(figure.change_pct, 1)}"
            def amount(value: float | None) -> str:
                return formats.number(value, 1, "–")

            cells = [figure.name, *map(amount, figure.before), amount(figure.before_mean),
                     *map(amount, figure.after), amount(figure.after_mean), change]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(_RIGHT)
                self.service.setItem(row, column, cell)
        self.service.resizeColumnsToContents()
        self.service_note.setText(self._unfinished_note(service))

    def _unfinished_note(self, service: results.ServiceSummary) -> str:
        """What the starred months are: a month not over is shown but in no mean."""
        parts = []
        if service.running:
            parts.append(fill(self.tr("%1: month in progress, not counted yet"),
                              formats.month_name(service.running[1], service.running[0])))
        later = [formats.month_name(m, y) for y, m in service.unfinished
                 if (y, m) != service.running]
        if later:
            parts.append(fill(self.tr("%1: not begun, not counted yet"), ", ".join(later)))
        return f"* {'; '.join(parts)}." if parts else ""

    # --- the PDF ------------------------------------------------------------------------

    def ask_and_save(self) -> None:
        from ui.common.files.save_file import ask_pdf_path, safe_file_name

        if self.event_id is None:
            return
        title = Event.get_by_id(self.event_id).title
        path = ask_pdf_path(self, self.tr("Save evaluation report"),
                            safe_file_name(f"Laporan evaluasi {title}") + ".pdf")
        if path is not None:
            self.save_report(path)

    def save_report(self, path: Path) -> None:
        """Write the report in the background with progress; say where it went, offering to
        open or print it."""
        from reports.evaluation.report import write_evaluation_report
        from ui.common.files.save_file import write_and_tell

        if self.event_id is None:
            return
        event_id, today = self.event_id, self.today
        write_and_tell(self, self.tr("Save evaluation report"), path,
                       lambda made, _progress, missing_ok: write_evaluation_report(
                           event_id, made, today=today, missing_ok=missing_ok),
                       self.tr("Writing the evaluation report…"),
                       lambda pages: fill(self.tr("%n page(s) saved to %1.", "", pages),
                                          str(path)))
