"""Follow-ups of one event: months later, did each participant apply what they learned?

A list of the dated records with Add / Edit / Delete through a small form, and a line
that sums them up (how many followed up, applied / partly / not, the mean rating).
"""

import datetime
import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.attendance.marking import participants
from models.evaluation import followups
from models.evaluation.tables import FollowUp
from models.events.tables import Event
from models.messages import ValidationError
from models.staff.nip import grouped
from models.staff.tables import Person
from ui.common import formats
from ui.common.date_time import DateEdit
from ui.common.form import CheckedForm
from ui.common.widgets import button_box, confirm, error_text, show_error
from ui.i18n import fill, vocab

DATE, NAME, APPLIED, RATED_BY, RATING, CHANGES = range(6)
_ID = Qt.ItemDataRole.UserRole


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: int | None = None
        self.today: datetime.date | None = None  # None: the clock's; tests fix it
        self.list = tree = QTreeWidget()
        tree.setColumnCount(6)
        tree.setHeaderLabels([self.tr("Date"), self.tr("Participant"), self.tr("Applied?"),
                              self.tr("Judged by"), self.tr("Rating"),
                              self.tr("What changed")])
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(True)
        for column, width in ((DATE, 100), (NAME, 240), (APPLIED, 130), (RATED_BY, 130),
                              (RATING, 60)):
            tree.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.itemActivated.connect(lambda *_: self.edit())
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(tree, 1)
        layout.addWidget(self.summary)
        self.set_event(None)

    def set_event(self, event_id: int | None, select: int | None = None) -> None:
        """Show an event's follow-ups, read afresh (None: nothing); ``select`` one."""
        self.event_id = event_id
        self.list.clear()
        rows = followups.followups(event_id) if event_id is not None else []
        for row in rows:
            rating = str(row.rating) if row.rating is not None else "—"
            changes = " ".join(row.changes.split())  # one line in the list
            item = QTreeWidgetItem([formats.short_date(row.date), row.name,
                                    vocab(followups.APPLIED.get(row.applied, row.applied)),
                                    vocab(followups.RATED_BY.get(row.rated_by, row.rated_by)),
                                    rating, changes])
            item.setData(DATE, _ID, row.id)
            item.setTextAlignment(RATING, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(NAME, row.name + (f"\n{grouped(row.nip)}" if row.nip else ""))
            item.setToolTip(CHANGES, row.changes)
            self.list.addTopLevelItem(item)
            if row.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.add_button.setEnabled(event_id is not None)
        self._update_buttons()
        self._update_summary()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(DATE, _ID) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_summary(self) -> None:
        if self.event_id is None:
            self.summary.setText(self.tr("Choose an event to see its follow-ups."))
            return
        found = followups.summary(self.event_id)
        if not found.records:
            self.summary.setText(self.tr(
                "No follow-up yet. Some months after the event, ask each participant (or "
                "their supervisor) what they applied in their work, and add it here."))
            return
        parts = [fill(self.tr("%1 of %n participant(s) followed up.", "", found.participants),
                      str(found.followed_up)),
                 fill(self.tr("Applied: %1, partly: %2, not applied: %3."),
                      str(found.applied["yes"]), str(found.applied["partly"]),
                      str(found.applied["no"]))]
        if found.mean_rating is not None:
            parts.append(fill(self.tr("Mean rating %1 of 5, from %n rating(s).", "", found.rated),
                              formats.fixed(found.mean_rating, 1)))
        self.summary.setText(" ".join(parts))

    def add(self) -> None:
        if self.event_id is None:
            return
        dialog = FollowUpDialog(self, self.event_id, today=self.today)
        if dialog.exec():
            self.set_event(self.event_id, dialog.saved_id)

    def edit(self) -> None:
        followup_id = self.current_id()
        if followup_id is None:
            return
        dialog = FollowUpDialog(self, self.event_id, followup_id, today=self.today)
        if dialog.exec():
            self.set_event(self.event_id, followup_id)

    def delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        text = fill(self.tr("Delete the follow-up of %1 on %2?"), item.text(NAME), item.text(DATE))
        if confirm(self, self.tr("Delete follow-up"), text, self.tr("Delete")):
            followups.delete_followup(item.data(DATE, _ID))
            self.set_event(self.event_id)


class FollowUpDialog(QDialog):
    """Add (``followup_id`` None) or edit one follow-up of an event."""

    def __init__(self, parent: QWidget | None, event_id: int, followup_id: int | None = None,
                 today: datetime.date | None = None):
        super().__init__(parent)
        self.for_event = Event.get_by_id(event_id)  # not "event": that is QObject.event()
        self.followup_id = followup_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit follow-up") if followup_id else
                            self.tr("New follow-up"))
        self.setMinimumWidth(560)
        record = FollowUp.get_by_id(followup_id) if followup_id else None
        when = formats.date_range(self.for_event.start_date, self.for_event.end_date)
        heading = QLabel(f"<b>{html.escape(self.for_event.title)}</b><br>{when}")
        heading.setWordWrap(True)
        form = self.form = CheckedForm()
        self.person = form.add("person", self.tr("Participant"), self._people(record))
        self.date = self._add("date", self.tr("Date"), DateEdit())
        self.applied = self._add("applied", self.tr("Applied in work?"),
                                 self._choices(followups.APPLIED))
        self.applied.setPlaceholderText(self.tr("Choose…"))
        self.changes = form.add("changes", self.tr("What changed"), QPlainTextEdit())
        self.changes.setTabChangesFocus(True)
        self.changes.setPlaceholderText(self.tr(
            "e.g. The collection is now classified with DDC 23; the backlog fell by half."))
        self.changes.setMinimumHeight(90)
        self.rated_by = self._add("rated_by", self.tr("Judged by"),
                                  self._choices(followups.RATED_BY))
        self.rating = self._add("rating", self.tr("Rating (1–5)"), QComboBox())
        self.rating.addItem(self.tr("— none"), None)
        for value in followups.RATINGS:
            self.rating.addItem(str(value), value)

        self.buttons = button_box(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(form.problems)
        layout.addWidget(self.buttons)
        if record is not None:
            self._load(record)
        else:
            day = max(today or datetime.date.today(), self.for_event.end_date)
            self.date.setDate(_qdate(day))
            self.applied.setCurrentIndex(-1)  # a choice to make, not a default to overlook
        self.person.setFocus()

    def _add(self, name: str, label: str, field: QWidget) -> QWidget:
        """A field at its natural width; its problem still gets the whole row to wrap in."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field)
        line.addStretch(1)
        row.setFocusProxy(field)
        self.form.add(name, label, row)
        self.form.fields[name] = field  # the red frame goes on the field alone
        return field

    def _people(self, record: FollowUp | None) -> QComboBox:
        """The participants, found by typing part of a name; someone cancelled since keeps
        their place in a record that names them."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.lineEdit().setPlaceholderText(self.tr("Type part of a name…"))
        people = participants(self.for_event.id)
        for p in people:
            combo.addItem(f"{p.name} — {grouped(p.nip)}" if p.nip else p.name, p.id)
        if record is not None and combo.findData(record.person_id) < 0:
            combo.addItem(Person.get_by_id(record.person_id).full_name, record.person_id)
        combo.setCurrentIndex(-1)
        combo.lineEdit().editingFinished.connect(self._resolve_person)
        return combo

    def _resolve_person(self) -> None:
        """Typed part of a name that fits one participant only: choose them (their whole
        name shows), so typing "budi" and Tab is enough."""
        combo = self.person
        typed = " ".join(combo.currentText().casefold().split())
        if not typed or combo.currentText() == combo.itemText(combo.currentIndex()):
            return
        fits = [i for i in range(combo.count()) if typed in combo.itemText(i).casefold()]
        exact = [i for i in fits if combo.itemText(i).casefold() == typed]
        if len(exact) == 1 or len(fits) == 1:
            combo.setCurrentIndex((exact or fits)[0])

    def _choices(self, labels: dict) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, label in labels.items():
            combo.addItem(vocab(label), code)
        return combo

    def _load(self, record: FollowUp) -> None:
        self.person.setCurrentIndex(self.person.findData(record.person_id))
        self.date.setDate(_qdate(record.date))
        self.applied.setCurrentIndex(self.applied.findData(record.applied))
        self.changes.setPlainText(record.changes)
        self.rated_by.setCurrentIndex(self.rated_by.findData(record.rated_by))
        self.rating.setCurrentIndex(self.rating.findData(record.rating))

    def values(self) -> dict:
        self._resolve_person()
        person = self.person.currentData()
        if self.person.currentText() != self.person.itemText(self.person.currentIndex()):
            person = None  # typed text that matches no participant
        return {"person": person, "date": self.date.date().toPython(),
                "applied": self.applied.currentData(),
                "changes": self.changes.toPlainText(), "rated_by": self.rated_by.currentData(),
                "rating": self.rating.currentData()}

    def save(self) -> None:
        try:
            if self.followup_id is None:
                self.saved_id = followups.add_followup(self.for_event.id, self.values()).id
            else:
                self.saved_id = followups.edit_followup(self.followup_id, self.values()).id
        except ValidationError as exc:
            self.form.show_problems(exc.problems, everything=True)
            return
        except Exception as exc:  # the database refused: say so, keep what was typed
            show_error(self, self.windowTitle(), error_text(exc))
            return
        self.accept()
