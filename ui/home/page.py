"""The first tab: today's sessions, the next events and what is due, built afresh each time
the tab is shown. The page only says where to go (signals); the window takes the clerk
there (ui.home.links)."""

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.home import agenda as home
from models.opportunities.deadlines import last_day
from ui.common import formats
from ui.i18n import fill

# Rows shown per section; the count in the heading says how many there are in all.
SHOWN = 5


class HomePage(QWidget):
    check_in = Signal(int, int)  # session, its event
    open_event = Signal(int)  # the Events tab on it
    open_person = Signal(int)  # the Staff tab on them
    open_certificates = Signal(int)  # event id
    open_evaluation = Signal(int)  # event id
    back_up = Signal()
    open_offer = Signal(int)  # a training offer, on the Jejaring tab

    def __init__(self, parent=None, today=datetime.date.today):
        super().__init__(parent)
        self.today = today
        self.sections: dict[str, QGroupBox] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for position, name in enumerate(("sessions", "next_events", "below_target",
                                         "certificates", "evaluations", "followups",
                                         "backup", "offers")):
            box = QGroupBox()
            box.setObjectName(name)
            QVBoxLayout(box)
            self.sections[name] = box
            self.grid.addWidget(box, position // 2, position % 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(4, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.reload()  # what was done on another tab shows on coming back

    def refresh(self) -> bool:
        """Another PC changed the data: read the sections again."""
        self.reload()
        return True

    def reload(self) -> None:
        found = home.agenda(self.today())
        self._fill("sessions", self.tr("Today's sessions (%1)"), found.sessions,
                   lambda s: (fill(self.tr("%1 %2 · %3"),
                                   formats.time_range(s.start, s.end), s.title, s.topic),
                              self.tr("Check-in"),
                              lambda: self.check_in.emit(s.session_id, s.event_id)))
        self._fill("next_events", self.tr("Next events (%1)"), found.next_events,
                   lambda e: (fill(self.tr("%1 · %2"), formats.date_range(e.start, e.end),
                                   e.title) + " · " + self.tr("%n registered", "", e.count),
                              self.tr("Open"), lambda: self.open_event.emit(e.event_id)))
        self._fill("below_target", self.tr("Below this year's JP target (%1)"),
                   found.below_target,
                   lambda p: (fill(self.tr("%1 — %2 of %3 JP, %4 JP to go"), p.name,
                                   formats.jp(p.earned), formats.jp(found.target),
                                   formats.jp(p.missing)),
                              self.tr("Open"), lambda: self.open_person.emit(p.person_id)),
                   self.tr("%n day(s) left in the year.", "", found.days_left))
        self._fill("certificates", self.tr("Certificates due (%1)"), found.certificates_due,
                   lambda e: (fill(self.tr("%1: %2"), e.title, self.tr(
                       "%n qualifying without a certificate", "", e.count)),
                              self.tr("Open"), lambda: self.open_certificates.emit(e.event_id)))
        self._fill("evaluations", self.tr("Evaluations due (%1)"), found.evaluations_due,
                   lambda e: (fill(self.tr("%1: %2"), e.title, self.tr(
                       "%n more answer(s) wanted", "", e.count)),
                              self.tr("Open"), lambda: self.open_evaluation.emit(e.event_id)))
        self._fill("followups", self.tr("Follow-ups due (%1)"), found.followups_due,
                   lambda d: (fill(self.tr("%1: %2 of %3 followed up, due since %4"), d.title,
                                   d.followed_up, d.participants,
                                   formats.short_date(d.due_date)),
                              self.tr("Open"), lambda: self.open_evaluation.emit(d.event_id)))
        self._fill_backup(found.backup_days)
        self._fill("offers", self.tr("Training offers closing soon (%1)"),
                   found.offers_closing,
                   # The closing date first: a long title is cut at the edge.
                   lambda o: (fill(self.tr("closes %1 · %2 · %3"),
                                   formats.short_date(last_day(o.deadline, o.start)), o.title,
                                   o.organiser),
                              self.tr("Open"), lambda: self.open_offer.emit(o.id)))

    def _fill(self, name: str, heading: str, items: list, row, note: str = "") -> None:
        box = self.sections[name]
        box.setTitle(fill(heading, len(items)))
        layout = box.layout()
        _clear(layout)
        if note:
            layout.addWidget(_label(note))
        if not items:
            layout.addWidget(_label(self.tr("None.")))
        for item in items[:SHOWN]:
            text, button_text, action = row(item)
            line = QHBoxLayout()
            # One line each, cut at the edge with the whole text in the tooltip: wrapped
            # rows beside a button were squeezed over each other by the grid.
            words = QLabel(text)
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setToolTip(text)
            words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            line.addWidget(words, 1)
            button = QPushButton(button_text)
            button.setAccessibleName(fill(self.tr("%1: %2"), button_text, text))
            button.clicked.connect(action)
            line.addWidget(button)
            layout.addLayout(line)
        if len(items) > SHOWN:
            layout.addWidget(_label(self.tr("and %n more", "", len(items) - SHOWN)))

    def _fill_backup(self, days: int | None) -> None:
        from ui.backup_actions import BackupTexts

        box = self.sections["backup"]
        box.setTitle(self.tr("Backup"))
        layout = box.layout()
        _clear(layout)
        text = (self.tr("No backup has been made to a USB stick yet.") if days is None
                else BackupTexts().days(days))
        layout.addWidget(_label(text))
        button = QPushButton(self.tr("Back up now…"))
        button.clicked.connect(self.back_up.emit)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names are typed by clerks
    label.setWordWrap(True)
    return label


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # gone now, not when the event loop next runs
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())
            item.layout().deleteLater()
