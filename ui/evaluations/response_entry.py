"""Typing in paper evaluation forms, one after another, without touching the mouse.

Each form is: who filled it (a participant's number, NIP or name, or Alt+A for anonymous),
the speaker it is about (speaker forms; the choice stays for the next form, since a pile of
forms is usually about one speaker), then one row per question. A rating, a yes/no and a
choice are one key each and move on by themselves; Enter moves on from the others. Enter on
the last question, or Ctrl+Enter anywhere, saves the form (all of it or nothing) and starts
a blank one with the cursor on the respondent.

Opened on a saved response, the same form shows it filled in, to correct: saving replaces
that response (models.evaluation.corrections) and closes the window.
"""

import html

from PySide6.QtCore import QLocale, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import corrections, responses
from models.evaluation.questionnaires import (
    RATING_LABELS,
    SPEAKER,
    YES,
    choices_of,
    questions_of,
)
from models.evaluation.tables import Questionnaire
from models.events.tables import Event
from models.messages import ValidationError
from models.staff.nip import grouped
from models.staff.tables import Person
from ui import i18n
from ui.common.widgets import ERROR_LABEL_STYLE, ERROR_STYLE, confirm
from ui.i18n import fill

YES_KEYS = {"y": "ya", "1": "ya", "t": "tidak", "n": "tidak", "0": "tidak"}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_EDIT_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
          Qt.KeyboardModifier.KeypadModifier)
OK_STYLE = "color: #1b5e20;"
HINT_COLOUR = "#5f6368"


class AnswerField(QLineEdit):
    """One answer. For a rating, yes/no or a short choice list a single key is the whole
    answer: it replaces what was there and ``done`` asks for the next question."""

    done = Signal()
    wrong_key = Signal(str)

    def __init__(self, question, parent=None):
        super().__init__(parent)
        self.question = question
        self.qtype = question.qtype
        self.choices = choices_of(question) if self.qtype == "choice" else []
        self.one_key = self.qtype in ("rating", "yesno") or 0 < len(self.choices) < 10
        if self.one_key:
            self.setMaximumWidth(70)
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def keyPressEvent(self, event):  # noqa: N802
        if not self.one_key or event.key() in _ENTER:
            super().keyPressEvent(event)
            return
        if event.key() in _EDIT_KEYS:
            self.clear()
            return
        text = event.text()
        if text and text.isprintable() and event.modifiers() in _PLAIN:
            typed = self._from_key(text.lower())
            if typed is None:
                self.wrong_key.emit(text)
            else:
                self.setText(typed)
                self.done.emit()
            return
        super().keyPressEvent(event)  # Tab, arrows, shortcuts

    def _from_key(self, key: str) -> str | None:
        if self.qtype == "rating":
            return key if key in "12345" else None
        if self.qtype == "yesno":
            return YES_KEYS.get(key)
        if key.isdigit() and 1 <= int(key) <= len(self.choices):
            return key
        return None

    def show_stored(self, stored) -> None:
        """Show an answer as stored ``(number, text)`` (None: unanswered) as it is typed."""
        if stored is None:
            self.clear()
            return
        number, text = stored
        if self.qtype == "rating" and number is not None:
            text = str(int(number))
        elif self.qtype == "yesno" and number is not None:
            text = "ya" if number == YES else "tidak"
        elif self.qtype == "choice" and self.one_key and text in self.choices:
            text = str(self.choices.index(text) + 1)
        elif self.qtype == "number" and number is not None:
            # no thousands separator: it would read as a decimal one
            text = f"{number:.10g}".replace(".", QLocale().decimalPoint())
        self.setText(text)

    def raw(self) -> str:
        """The answer as :func:`responses.save_response` reads it."""
        text = self.text().strip()
        if self.choices and text.isdigit() and 1 <= int(text) <= len(self.choices):
            return self.choices[int(text) - 1]
        return text

    def meaning(self) -> str:
        """What a one-key answer stands for, shown beside it."""
        text = self.text().strip()
        if self.qtype == "rating" and text.isdigit():
            return RATING_LABELS.get(int(text), "")
        if self.choices and text.isdigit() and 1 <= int(text) <= len(self.choices):
            return self.choices[int(text) - 1]
        return ""


class QuestionRow:
    """The widgets of one question in the grid: number, text (with the keys a choice or a
    yes/no takes), the answer and what a one-key answer means; the problem underneath."""

    def __init__(self, number: int, question, grid: QGridLayout, line: int, keys_hint: str):
        self.question = question
        self.field = AnswerField(question)
        self.number = QLabel(f"{number}.")
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        text = html.escape(question.text) + (" *" if question.required else "")
        if keys_hint:
            text += f"<br><span style='color:{HINT_COLOUR}'>{html.escape(keys_hint)}</span>"
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setBuddy(self.field)
        self.meaning = QLabel()
        self.meaning.setMinimumWidth(130)
        # A line kept under every question, empty while its answer is right: a wrong key
        # pushed the questions below down, and the next key pulled them up again.
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_LABEL_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setMinimumHeight(self.problem.fontMetrics().lineSpacing())
        self.field.setFixedHeight(self.field.sizeHint().height())  # as tall in red
        grid.addWidget(self.number, line, 0)
        grid.addWidget(self.text, line, 1)
        if question.qtype == "text":  # comments are long: the whole width, on a line below
            grid.addWidget(self.field, line + 1, 1, 1, 3)
            line += 1
        else:
            grid.addWidget(self.field, line, 2)
            grid.addWidget(self.meaning, line, 3)
        grid.addWidget(self.problem, line + 1, 1, 1, 3)
        self.lines = line + 2  # the grid line after this question
        self.field.textChanged.connect(self._changed)

    def _changed(self, *_):
        self.meaning.setText(self.field.meaning())
        self.show_problem(None)

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.field.setStyleSheet(ERROR_STYLE if text else "")


class ResponseEntryDialog(QDialog):
    def __init__(self, parent, event_id: int, questionnaire_id: int,
                 response_id: int | None = None):
        super().__init__(parent)
        self.event_id = event_id
        self.response_id = response_id  # the response being corrected; None: new forms
        self.initial: tuple | None = None
        self.questionnaire = Questionnaire.get_by_id(questionnaire_id)
        self.speaker_form = self.questionnaire.kind == SPEAKER
        self.entered = 0
        self.people = responses.respondents(event_id)
        self.by_label: dict[str, responses.Respondent] = {}
        title = Event.get_by_id(event_id).title
        self.setWindowTitle(fill(self.tr("Paper forms — %1 — %2"), self.questionnaire.name, title))
        self.resize(820, 680)

        self.respondent = QLineEdit()
        self.respondent.setPlaceholderText(self.tr("Participant number, NIP or name"))
        self.respondent.setCompleter(self._completer())
        # Enter is taken here, not by returnPressed: QLineEdit passes the key on to the
        # dialog, which would act on it again where the cursor has just moved (the speaker).
        self.respondent.installEventFilter(self)
        self.respondent.textEdited.connect(self._respondent_edited)
        self.anonymous = QCheckBox(self.tr("Anonymous (Alt+A)"))
        self.anonymous.setToolTip(self.tr("The form does not say who filled it"))
        self.anonymous.toggled.connect(self._anonymous_toggled)
        # A fixed key, not a mnemonic: the hints name it, whatever the translation's letters.
        QShortcut(QKeySequence("Alt+A"), self, self.anonymous.toggle)
        self.respondent_note = QLabel()
        self.respondent_note.setWordWrap(True)
        self.speaker = QComboBox()
        self.speaker.setPlaceholderText(self.tr("Choose the speaker…"))
        self.speakers = responses.event_speakers(event_id)
        for number, (pid, name) in enumerate(self.speakers, start=1):
            self.speaker.addItem(f"{number}  {name}", pid)
        self.speaker.setCurrentIndex(-1)
        self.speaker_note = QLabel()
        self.speaker_note.setStyleSheet(ERROR_LABEL_STYLE)
        self.speaker_note.setWordWrap(True)
        if self.speaker_form and not self.speakers:
            self.speaker_note.setText(self.tr(
                "The schedule names no speaker: add the speakers to the sessions first."))

        self.rows: list[QuestionRow] = []
        questions_box = QWidget()
        grid = QGridLayout(questions_box)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)  # each question keeps a line for its problem already
        line, section = 0, None
        for number, question in enumerate(questions_of(self.questionnaire.id), start=1):
            if question.section and question.section != section:
                section = question.section
                heading = QLabel(f"<b>{section}</b>")
                heading.setTextFormat(Qt.TextFormat.RichText)
                grid.addWidget(heading, line, 0, 1, 4)
                line += 1
            row = QuestionRow(number, question, grid, line, self._keys_hint(question))
            row.field.done.connect(lambda r=row: self._answered(r))
            row.field.returnPressed.connect(lambda r=row: self._enter_on(r))
            row.field.wrong_key.connect(lambda key, r=row: self._wrong_key(r, key))
            row.field.installEventFilter(self)
            self.rows.append(row)
            line = row.lines
        grid.setRowStretch(line, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(questions_box)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.counter = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save form (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter moves between questions, never clicks
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays among the answers
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        self.setLayout(self._layout())
        self._show_counter()
        if response_id is not None:
            self._show_response(corrections.answers_of(response_id), title)
        self.respondent.setFocus()
        if response_id is None:
            self._start_as_printed()

    def _start_as_printed(self) -> None:
        """A speaker form is printed without a name (blank forms): it starts anonymous, the
        cursor on the speaker; Alt+A for one that names its respondent. The cursor moves
        once the key that saved the last form is done, or that Enter would choose the
        speaker too."""
        if self.speaker_form:
            self.anonymous.setChecked(True)
            QTimer.singleShot(0, lambda: self._focus(self._entries()[0]))

    def _show_response(self, saved: corrections.SavedResponse, event_title: str) -> None:
        self.setWindowTitle(fill(self.tr("Correct a form — %1 — %2"), self.questionnaire.name,
                                 event_title))
        if saved.person_id is None:
            self.anonymous.setChecked(True)
        else:
            person = next((p for p in self.people if p.person_id == saved.person_id), None)
            if person is None:  # registration cancelled since: still who filled it in
                found = Person.get_by_id(saved.person_id)
                person = responses.Respondent(found.id, found.full_name, found.name,
                                              found.nip or "", None)
            label = person.name
            self.by_label[label] = person
            self.respondent.setText(label)
        if self.speaker_form:
            self.speaker.setCurrentIndex(self.speaker.findData(saved.speaker_id))
        for row in self.rows:
            row.field.show_stored(saved.answers.get(row.question.id))
        self.save_button.setText(self.tr("Save corrections (Ctrl+Enter)"))
        self.counter.hide()
        self.initial = self._snapshot()

    def _snapshot(self) -> tuple:
        return (self.anonymous.isChecked(), self.respondent.text(), self.speaker.currentData(),
                tuple(row.field.text() for row in self.rows))

    def _keys_hint(self, question) -> str:
        if question.qtype == "yesno":
            return self.tr("y ya · t tidak")
        if question.qtype == "choice":
            return " · ".join(f"{i} {c}" for i, c in enumerate(choices_of(question), start=1))
        return ""

    def _completer(self) -> QCompleter:
        labels = []
        for person in self.people:
            parts = [str(person.participant_no) if person.participant_no else "",
                     person.name, grouped(person.nip) if person.nip else ""]
            label = " — ".join(p for p in parts if p)
            self.by_label[label] = person
            labels.append(label)
        completer = QCompleter(QStringListModel(labels, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        return completer

    def _layout(self) -> QVBoxLayout:
        who = QGridLayout()
        caption = QLabel(self.tr("&Respondent:"))
        caption.setBuddy(self.respondent)
        who.addWidget(caption, 0, 0)
        who.addWidget(self.respondent, 0, 1)
        who.addWidget(self.anonymous, 0, 2)
        who.addWidget(self.respondent_note, 1, 1, 1, 2)
        if self.speaker_form:
            caption = QLabel(self.tr("&Speaker:"))
            caption.setBuddy(self.speaker)
            who.addWidget(caption, 2, 0)
            who.addWidget(self.speaker, 2, 1, 1, 2)
            who.addWidget(self.speaker_note, 3, 1, 1, 2)
        else:
            self.speaker.hide()
        who.setColumnStretch(1, 1)
        keys = QLabel(fill(self.tr(
            "Ratings: %1. Yes/no: y or t. A choice: its number. Enter: next question; on "
            "the last one, or Ctrl+Enter anywhere: save. * must be answered."),
                           ", ".join(f"{value} {label}" for value, label in RATING_LABELS.items())))
        keys.setWordWrap(True)
        keys.setStyleSheet(f"color: {HINT_COLOUR};")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout()
        layout.addWidget(keys)
        layout.addLayout(who)
        layout.addWidget(line)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        return layout

    # --- moving through the form ----------------------------------------------------------

    def _entries(self) -> list[QWidget]:
        """The places the cursor visits, in order."""
        first = [self.speaker] if self.speaker_form else []
        return first + [row.field for row in self.rows]

    def _next_after(self, widget: QWidget) -> None:
        entries = self._entries()
        index = entries.index(widget) + 1 if widget in entries else 0
        if index < len(entries):
            self._focus(entries[index])

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        self.scroll.ensureWidgetVisible(widget, 0, 40)

    def eventFilter(self, watched, event):  # noqa: N802
        if (watched is self.respondent and event.type() == event.Type.KeyPress
                and event.key() in _ENTER and event.modifiers() in _PLAIN):
            self._respondent_entered()
            return True
        if event.type() == event.Type.FocusIn and isinstance(watched, AnswerField):
            self.scroll.ensureWidgetVisible(watched, 0, 40)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):  # noqa: N802
        """Enter on the anonymous box or the speaker list moves on (line edits have their
        own returnPressed)."""
        if event.key() in _ENTER and event.modifiers() in _PLAIN:
            focused = self.focusWidget()
            if focused is self.anonymous:
                self._focus(self._entries()[0])
                return
            if focused is self.speaker:
                self._speaker_entered()
                return
            return  # never the dialog's default action
        super().keyPressEvent(event)

    def _respondent_edited(self, *_):
        self.respondent_note.clear()
        self.respondent.setStyleSheet("")

    def _resolve(self) -> responses.Respondent | None:
        text = self.respondent.text().strip()
        return self.by_label.get(text) or responses.find_respondent(self.people, text)

    def _respondent_entered(self) -> None:
        if self.anonymous.isChecked():
            self._focus(self._entries()[0])
            return
        text = self.respondent.text().strip()
        if not text:
            self._respondent_problem(self.tr(
                "Type the participant's number, NIP or name, or press Alt+A for an "
                "anonymous form."))
            return
        person = self._resolve()
        if person is None:
            self._respondent_problem(fill(self.tr("No participant of this event matches “%1”."),
                                          text))
            return
        if self._already_answered(person):
            return
        self.respondent_note.setStyleSheet(OK_STYLE)
        number = fill(self.tr("no. %1"), str(person.participant_no)) \
            if person.participant_no else ""
        self.respondent_note.setText(" · ".join(p for p in (person.name, number) if p))
        self._focus(self._entries()[0])

    def _already_answered(self, person) -> bool:
        speaker_id = self.speaker.currentData() if self.speaker_form else None
        if self.speaker_form and speaker_id is None:
            return False  # checked again once the speaker is chosen, and when saving
        earlier = responses.existing_response(self.event_id, self.questionnaire.id,
                                              person.person_id, speaker_id, self.response_id)
        if earlier is None:
            return False
        self._respondent_problem(i18n.text(responses.already_answered(person.name)))
        return True

    def _respondent_problem(self, text: str) -> None:
        self.respondent_note.setStyleSheet(ERROR_LABEL_STYLE)
        self.respondent_note.setText(text)
        self.respondent.setStyleSheet(ERROR_STYLE)
        QApplication.beep()
        self.respondent.setFocus()

    def _anonymous_toggled(self, checked: bool) -> None:
        in_respondent_row = self.focusWidget() in (None, self.respondent, self.anonymous)
        self.respondent.setEnabled(not checked)
        self._respondent_edited()
        if checked:
            self.respondent.clear()
            self.respondent_note.setText(self.tr("Anonymous form"))
            if in_respondent_row:
                self._focus(self._entries()[0])  # not when ticked midway through the answers
        else:
            self.respondent.setFocus()

    def _speaker_entered(self) -> None:
        if self.speaker.currentIndex() < 0:
            self.speaker_note.setText(self.tr("Choose the speaker this form is about."))
            QApplication.beep()
            return
        self.speaker_note.clear()
        person = None if self.anonymous.isChecked() else self._resolve()
        if person is not None and self._already_answered(person):
            return
        self._next_after(self.speaker)

    def _answered(self, row: QuestionRow) -> None:
        row.show_problem(None)
        self._next_after(row.field)

    def _enter_on(self, row: QuestionRow) -> None:
        problem = responses.answer_problems(row.question, row.field.raw())
        if problem is not None:
            row.show_problem(i18n.text(problem))
            QApplication.beep()
            return
        if row is self.rows[-1]:
            self.save()
        else:
            self._next_after(row.field)

    def _wrong_key(self, row: QuestionRow, key: str) -> None:
        QApplication.beep()
        if row.field.qtype == "rating":
            text = self.tr("Type 1 to 5.")
        elif row.field.qtype == "yesno":
            text = self.tr("Type y (ya) or t (tidak).")
        else:
            text = fill(self.tr("Type the number of a choice: %1."), " · ".join(
                f"{i} {c}" for i, c in enumerate(row.field.choices, start=1)))
        row.show_problem(text)

    # --- saving -----------------------------------------------------------------------------

    def is_partly_typed(self) -> bool:
        if self.initial is not None:
            return self._snapshot() != self.initial
        return bool(self.respondent.text().strip()) or any(r.field.text() for r in self.rows)

    def save(self) -> None:
        person = None
        if not self.anonymous.isChecked():
            if not self.respondent.text().strip():
                self._respondent_problem(self.tr(
                    "Type the participant's number, NIP or name, or press Alt+A for an "
                    "anonymous form."))
                return
            person = self._resolve()
            if person is None:
                self._respondent_problem(fill(self.tr(
                    "No participant of this event matches “%1”."), self.respondent.text().strip()))
                return
        answers = {row.question.id: row.field.raw() for row in self.rows}
        speaker_id = self.speaker.currentData() if self.speaker_form else None
        blanks_allowed = False
        while True:
            try:
                self._store(answers, person.person_id if person else None, speaker_id,
                            blanks_allowed)
                break
            except ValidationError as err:
                self._show_problems(err.problems)
                # A question left blank on the paper is not the typist's to invent.
                if blanks_allowed or not responses.only_blanks(err.problems, answers):
                    return
                if not confirm(self, self.windowTitle(), self.tr(
                        "%n required question(s) are blank on this form. Save it as it was "
                        "filled in?", "", len(err.problems)), self.tr("Save as is")):
                    self.activateWindow()  # back to the first blank, to fill it in after all
                    self._show_problems(err.problems)
                    return
                blanks_allowed = True
        if self.response_id is not None:
            self.initial = self._snapshot()
            self.accept()
            return
        self.entered += 1
        name = person.name if person else self.tr("anonymous")
        self.status.setStyleSheet(OK_STYLE)
        saved = fill(self.tr("Form %1 saved: %2."), str(self.entered), name)
        self.status.setText(saved.replace("..", "."))  # "S.IP." ends it
        self._show_counter()
        self.clear_form()

    def _store(self, answers: dict, person_id, speaker_id, blanks_allowed: bool) -> None:
        if self.response_id is None:
            responses.save_response(self.event_id, self.questionnaire.id, answers, person_id,
                                    speaker_id, blanks_allowed=blanks_allowed)
        else:
            corrections.correct_response(self.response_id, answers, person_id, speaker_id,
                                         blanks_allowed)

    def _show_problems(self, problems: dict) -> None:
        QApplication.beep()
        first = None
        for row in self.rows:
            msg = problems.get(row.question.id)
            row.show_problem(i18n.text(msg) if msg else None)
            if msg and first is None:
                first = row.field
        if responses.SPEAKER_KEY in problems:
            self.speaker_note.setText(i18n.text(problems[responses.SPEAKER_KEY]))
            first = self.speaker
        if responses.PERSON in problems:
            self._respondent_problem(i18n.text(problems[responses.PERSON]))
            first = self.respondent
        self.status.setStyleSheet(ERROR_LABEL_STYLE)
        self.status.setText(self.tr("Not saved: correct the marked answers."))
        if first is not None:
            self._focus(first)

    def clear_form(self) -> None:
        """A blank form for the next paper; the speaker stays (forms come in piles)."""
        for row in self.rows:
            row.field.clear()
            row.show_problem(None)
        self.anonymous.setChecked(False)
        self.respondent.clear()
        self._respondent_edited()
        self.speaker_note.clear()
        self.respondent.setFocus()
        self.scroll.verticalScrollBar().setValue(0)
        self._start_as_printed()

    def _show_counter(self) -> None:
        self.counter.setText(self.tr("%n form(s) entered", "", self.entered))

    def reject(self) -> None:
        """Escape or Close: ask before throwing away a form being typed."""
        if self.is_partly_typed() and not confirm(
                self, self.windowTitle(), self.tr("Discard the form being typed?"),
                self.tr("Discard")):
            return
        super().reject()
