"""Blank evaluation forms to hand out: one set per participant, or anonymous sets.

Each participant's set holds every template attached to the event, each starting on a new
page: the heading (the template's name, the event, its dates), the participant number,
name and NIP (or lines to write them on), the rating scale, then the questions section by
section. The number is the one the paper-form entry asks for first, so a clerk types what
the paper says. A speaker template is asked once per speaker of the schedule, each under
the speaker's name and topics, a speaker's block kept whole and following the one before
on the same page when it fits. Speaker forms carry no name unless asked for: a participant
rates a speaker more freely when the speaker cannot read who wrote it. The foot of every
named page names whose form it is, so a loose page finds its set again.

The tick boxes are drawn, not typed: Noto Sans has no ☐ glyph.

Every set repeats the same headings and question tables; each such block is laid out and
drawn once into a PDF form XObject and stamped on every page that needs it, the way
STYLE.md reuses a certificate background. Laying the tables out again for every
participant took about 4 s for 45 participants with both shipped templates; stamping
takes about 0.25 s, and the file stays small.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import NullActionFlowable

from models.attendance import marking
from models.evaluation import templates
from models.evaluation.questionnaires import RATING_LABELS, SPEAKER, choices_of, questions_of
from models.evaluation.tables import Questionnaire
from models.events.speakers import Speaker, speakers
from models.events.tables import Event
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff import nip as nip_rules
from reports import glyphs, indonesian
from reports.letterhead import letterhead
from reports.pdf_base import (
    BOLD,
    REGULAR,
    NumberedCanvas,
    build_pdf,
    escape,
    gap,
    styles,
)

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
NUMBER_W = 8 * mm
BOX_W = 13 * mm  # one rating box and its digit
QUESTION_W = WIDTH - NUMBER_W - 5 * BOX_W
BOX = 3.6 * mm
TEXT_LINES = 3  # ruled lines for a free-text answer
SPEAKER_TEXT_LINES = 2  # fewer under each speaker, so two speakers share a page
BLOCK_GAP = 4  # mm between two speakers' blocks, or two sections of a long form
LINE_GAP = 7.5 * mm
GREY = colors.Color(0.9, 0.9, 0.9)
BOTTOM_MARGIN = 18 * mm
FRAME_PADDING = 6  # points: SimpleDocTemplate's frame pads each side
FRAME_H = A4[1] - MARGIN - BOTTOM_MARGIN - 2 * FRAME_PADDING
BLEED = 3  # points around a stamped block, so its edge lines are not clipped


@cache
def _styles() -> dict[str, ParagraphStyle]:
    st = dict(styles())
    st["heading"] = ParagraphStyle("heading", parent=st["body"], alignment=TA_CENTER)
    st["section"] = ParagraphStyle("section", parent=st["cell"], fontName=BOLD)
    st["speaker"] = ParagraphStyle("speaker", parent=st["body"], fontName=BOLD, fontSize=11,
                                   leading=14)
    return st


# ---------------------------------------------------------------- drawn answer fields


class Boxes(Flowable):
    """Tick boxes each followed by its label, left to right, wrapping onto more lines."""

    ROW_H = 5 * mm

    def __init__(self, labels: list[str], spacing: float = 8 * mm, centred: bool = False):
        super().__init__()
        self.labels = labels
        self.spacing = spacing
        self.centred = centred
        self.lines: list[list[tuple[float, str]]] = []

    def _item_width(self, label: str) -> float:
        return BOX + 1.5 * mm + stringWidth(label, REGULAR, 9)

    def wrap(self, avail_width, avail_height):
        self.lines, line, x = [], [], 0.0
        for label in self.labels:
            width = self._item_width(label)
            if line and x + width > avail_width:
                self.lines.append(line)
                line, x = [], 0.0
            line.append((x, label))
            x += width + self.spacing
        if line:
            self.lines.append(line)
        self.width = avail_width
        self.height = self.ROW_H * len(self.lines)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setLineWidth(0.6)
        canvas.setStrokeColor(colors.black)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 9)
        for index, line in enumerate(self.lines):
            y = self.height - self.ROW_H * (index + 1) + (self.ROW_H - BOX) / 2
            shift = 0.0
            if self.centred:
                last_x, last_label = line[-1]
                shift = (self.width - last_x - self._item_width(last_label)) / 2
            for x, label in line:
                canvas.rect(x + shift, y, BOX, BOX, stroke=1, fill=0)
                canvas.drawString(x + shift + BOX + 1.5 * mm, y + 0.8 * mm, label)


class Ruled(Flowable):
    """Lines to write on: ``count`` of them, or one short one for a number."""

    def __init__(self, count: int, length: float | None = None):
        super().__init__()
        self.count = count
        self.length = length

    def wrap(self, avail_width, avail_height):
        self.width = self.length or avail_width
        self.height = LINE_GAP * self.count
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.4)
        canvas.setDash(1, 2)
        for index in range(self.count):
            y = self.height - LINE_GAP * (index + 1) + 1 * mm
            canvas.line(0, y, self.width, y)
        canvas.setDash()


class FormStart(Flowable):
    """Invisible: tells the canvas whose form the following pages belong to, and reports
    progress (so Cancel stops the build between two forms)."""

    def __init__(self, owner: str, done: int, total: int, progress: Progress):
        super().__init__()
        self.owner, self.done, self.total, self.progress = owner, done, total, progress

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.progress.step(self.done, self.total)
        self.canv.form_owner = self.owner


class FormCanvas(NumberedCanvas):
    """``Halaman X dari Y`` on the right; on the left, whose form the page belongs to."""

    form_owner = ""

    def showPage(self):  # noqa: N802 — ReportLab's name
        if self.form_owner:
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.grey)
            self.drawString(MARGIN, 10 * mm, self.form_owner)
        super().showPage()


class Block:
    """Flowables laid out once (at the frame's width) and drawn once into a PDF form."""

    def __init__(self, name: str, make):
        self.name = name
        self.make = make  # makes the flowables afresh (see Stamp.split)
        self.width = 0.0
        self.height = 0.0
        self.parts: list[tuple] = []  # (flowable, its width, y of its bottom edge)

    def measure(self, avail_width: float) -> None:
        if self.parts and self.width == avail_width:
            return
        placed, y = [], 0.0
        for index, part in enumerate(self.make()):
            if index:
                y += part.getSpaceBefore()
            width, height = part.wrap(avail_width, FRAME_H)
            y += height
            placed.append((part, width, y))
            y += part.getSpaceAfter()
        self.width, self.height = avail_width, y
        self.parts = [(part, width, self.height - bottom) for part, width, bottom in placed]

    def stamp(self, canvas) -> None:
        if not canvas.hasForm(self.name):
            canvas.beginForm(self.name, -BLEED, -BLEED, self.width + BLEED,
                             self.height + BLEED)
            for part, width, y in self.parts:
                part.drawOn(canvas, 0, y, _sW=self.width - width)
            canvas.endForm()  # defined mid-page: ReportLab keeps the page's code aside
        canvas.doForm(self.name)


class Stamp(Flowable):
    """One occurrence of a :class:`Block`: kept whole on a page like ``KeepTogether``; a
    block taller than a whole page falls back to its flowables, which can split."""

    def __init__(self, block: Block):
        super().__init__()
        self.block = block

    def wrap(self, avail_width, avail_height):
        self.block.measure(avail_width)
        self.width, self.height = self.block.width, self.block.height
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        if self.height <= FRAME_H:
            return []  # on the next page, whole
        # Taller than a page: its own flowables, which split. The action flowable first,
        # because ReportLab requires the first piece of a split to fit where it is
        # (KeepTogether does the same).
        return [NullActionFlowable()] + self.block.make()

    def draw(self):
        self.block.stamp(self.canv)


# ---------------------------------------------------------------- what is printed


@dataclass(slots=True)
class Respondent:
    name: str  # empty on an anonymous form
    nip: str
    label: str  # the foot of the page
    number: str = ""  # the participant number ("-" without one)


NOBODY = Respondent("", "", "Formulir anonim")  # a speaker form in a named set


def speakers_of(event_id: int) -> list[Speaker]:
    """The schedule's speakers, each once, in the order they first speak, with their topics."""
    return speakers(event_id)


def _respondents(event_id: int, anonymous: bool) -> list[Respondent]:
    people = sorted(marking.participants(event_id), key=lambda p: (p.sort_name, p.name))
    total = len(people)
    if anonymous:
        return [Respondent("", "", f"Formulir {i} dari {total}") for i in range(1, total + 1)]
    return [Respondent(p.name, nip_rules.grouped(p.nip) if p.nip else "-",
                       f"{p.name} · formulir {i} dari {total}",
                       "-" if p.participant_no is None else str(p.participant_no))
            for i, p in enumerate(people, start=1)]


def _chosen(event_id: int, questionnaire_ids: list[int] | None) -> list[Questionnaire]:
    attached = templates.attached(event_id)
    if questionnaire_ids is None:
        return attached
    chosen = {q.id: q for q in attached}
    for qid in questionnaire_ids:  # a template not (yet) attached may be printed too
        if qid not in chosen:
            chosen[qid] = Questionnaire.get_by_id(qid)
    order = {q.id: i for i, q in enumerate(attached)}
    return sorted((chosen[qid] for qid in dict.fromkeys(questionnaire_ids)),
                  key=lambda q: (q.kind == SPEAKER, order.get(q.id, len(order)), q.id))


# ---------------------------------------------------------------- building the story


def _heading(questionnaire: Questionnaire, event: Event) -> list:
    st = _styles()
    where = indonesian.date_range(event.start_date, event.end_date)
    if event.venue:
        where += f" · {event.venue}"
    return [Paragraph(escape(questionnaire.name.upper()), st["title"]),
            Paragraph(escape(event.title), st["subtitle"]),
            Paragraph(escape(where), st["heading"]), gap(5)]


def _identity(person: Respondent) -> Table:
    st = _styles()
    if person.name:
        rows = [("No. peserta", escape(person.number)), ("Nama", escape(person.name)),
                ("NIP", escape(person.nip))]
    else:
        blank = "." * 70 + " (tidak wajib diisi)"  # an anonymous form asks no one to sign
        rows = [("Nama", blank), ("NIP", blank)]
    table = Table([[Paragraph(label, st["body"]), ":", Paragraph(value, st["body"])]
                   for label, value in rows],
                  colWidths=(22 * mm, 4 * mm, WIDTH - 26 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _legend(has_ratings: bool) -> list:
    st = _styles()
    parts = [Paragraph("Petunjuk: beri tanda silang (X) pada kotak yang sesuai dengan "
                       "penilaian Anda.", st["small"])]
    if has_ratings:
        cells = [Paragraph(f"<b>{value}</b> = {label}", st["small"])
                 for value, label in RATING_LABELS.items()]
        table = Table([cells], colWidths=[WIDTH / 5] * 5)
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), GREY),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        parts += [gap(1.5), Paragraph("Skala penilaian:", st["small"]), gap(1), table]
    return parts + [gap(4)]


def _section_groups(questions: list) -> list[tuple[int, list]]:
    """Runs of questions of one section, each with the number of its first question (the
    numbers run through the whole form)."""
    groups: list[tuple[int, list]] = []
    for number, question in enumerate(questions, start=1):
        if groups and groups[-1][1][-1].section == question.section:
            groups[-1][1].append(question)
        else:
            groups.append((number, [question]))
    return groups


def _section_table(first: int, questions: list, text_lines: int = TEXT_LINES) -> Table:
    st = _styles()
    line = 0.5
    # A section longer than a page goes on under its heading, repeated.
    rows = [[Paragraph(escape(questions[0].section), st["section"])] + [""] * 6]
    commands = [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), GREY)]
    for row, (number, question) in enumerate(enumerate(questions, start=first), start=1):
        text = Paragraph(escape(question.text), st["cell"])
        if question.qtype == "rating":
            rows.append([str(number), text]
                        + [Boxes([str(v)], centred=True) for v in RATING_LABELS])
            commands.append(("LINEBEFORE", (2, row), (2, row), line, colors.black))
        elif question.qtype in ("yesno", "number"):
            answer = (Boxes(["Ya", "Tidak"], centred=True) if question.qtype == "yesno"
                      else Ruled(1))
            rows.append([str(number), text, answer, "", "", "", ""])
            commands += [("SPAN", (2, row), (-1, row)),
                         ("LINEBEFORE", (2, row), (2, row), line, colors.black)]
        else:  # choice or text: the answer goes under the question, across the row
            answer = (Boxes(choices_of(question)) if question.qtype == "choice"
                      else Ruled(text_lines))
            rows.append([str(number), [text, answer], "", "", "", "", ""])
            commands.append(("SPAN", (1, row), (-1, row)))
    table = Table(rows, colWidths=[NUMBER_W, QUESTION_W] + [BOX_W] * 5, repeatRows=1)
    table.setStyle(TableStyle(_TABLE_STYLE + commands))
    return table


def _sections(questions: list, text_lines: int = TEXT_LINES) -> list:
    """The section tables, apart by a small gap; none after the last, so the block that
    holds them is no taller than what it prints."""
    parts = [part for first, group in _section_groups(questions)
             for part in (_section_table(first, group, text_lines), gap(2))]
    return parts[:-1]


_TABLE_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ("INNERGRID", (0, 0), (1, -1), 0.5, colors.black),
    ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("LEFTPADDING", (2, 0), (-1, -1), 2),
    ("RIGHTPADDING", (2, 0), (-1, -1), 1),
]


def _speaker_block(index: int, speaker: Speaker | None, questions: list) -> list:
    st = _styles()
    if speaker is None:  # no speaker in the schedule yet: written in by hand
        lines = [f"Narasumber: {'.' * 60}", f"Materi: {'.' * 66}"]
    else:
        lines = [f"Narasumber {index}: {escape(speaker.name)}",
                 "Materi: " + escape("; ".join(speaker.topics) or "-")]
    head = [Paragraph(lines[0], st["speaker"]), Paragraph(lines[1], st["body"]), gap(1.5)]
    return head + _sections(questions, SPEAKER_TEXT_LINES)


class FormBlocks:
    """The blocks every set of one template shares, made once per document."""

    def __init__(self, questionnaire: Questionnaire, event: Event, speakers: list[Speaker]):
        questions = questions_of(questionnaire.id)
        key = f"bf{questionnaire.id}"
        # The kop heads a set's first page only, as a letter's first page carries it, and
        # never an anonymous speaker slip: a second speaker still fits on the first's page.
        self.kop_heading = Block(f"{key}k", lambda: [*letterhead(WIDTH),
                                                      *_heading(questionnaire, event)])
        self.heading = Block(f"{key}h", lambda: _heading(questionnaire, event))
        self.legend = Block(f"{key}l", lambda: _legend(any(q.qtype == "rating"
                                                           for q in questions)))
        self.body: list[Block] = []
        if questionnaire.kind == SPEAKER:
            for index, speaker in enumerate(speakers or [None], start=1):
                self.body.append(Block(f"{key}s{index}", lambda i=index, s=speaker:
                                       _speaker_block(i, s, questions)))
        else:  # a block per section, so a long form breaks between sections
            for index, (first, group) in enumerate(_section_groups(questions)):
                self.body.append(Block(f"{key}t{index}", lambda f=first, g=group:
                                       [_section_table(f, g)]))

    def form(self, person: Respondent, asks_who: bool = True, first: bool = True) -> list:
        who = [_identity(person), gap(3)] if asks_who else []
        body = [part for block in self.body for part in (Stamp(block), gap(BLOCK_GAP))]
        heading = self.kop_heading if first else self.heading
        return [Stamp(heading), *who, Stamp(self.legend), *body[:-1]]


def write_blank_forms(event_id: int, path: Path, questionnaire_ids: list[int] | None = None,
                      anonymous: bool = False, progress: Progress = NO_PROGRESS,
                      named_speaker_forms: bool = False,
                      missing_ok: bool = False) -> int:
    """Write a set of forms per participant (by name), or as many anonymous sets, into one
    PDF; each template of a set starts on a new page. A named set's speaker forms are
    anonymous unless ``named_speaker_forms``. Returns the number of pages."""
    event = Event.get_by_id(event_id)
    chosen = _chosen(event_id, questionnaire_ids)
    if not chosen:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "No evaluation form is attached to this event: attach one first.")))
    people = _respondents(event_id, anonymous)
    if not people:
        raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
            "Reports", "This event has no participants yet: register them first.")))
    speakers = speakers_of(event_id) if any(q.kind == SPEAKER for q in chosen) else []
    glyphs.check([(event.title, [event.title, event.venue or ""]),
                  *((p.name, [p.name]) for p in people if p.name),
                  *((sp.name, [sp.name, *sp.topics]) for sp in speakers),
                  *((q.name, [q.name, *(x.text for x in questions_of(q.id)),
                              *(x.section for x in questions_of(q.id))]) for q in chosen)],
                 f"Formulir evaluasi {event.title}", missing_ok)
    blocks = [FormBlocks(q, event, speakers) for q in chosen]
    story = []
    for done, person in enumerate(people):
        for place, (form, questionnaire) in enumerate(zip(blocks, chosen, strict=True)):
            # A speaker form asks for no name at all unless told to: blank lines "not
            # required" would still invite one.
            named = questionnaire.kind != SPEAKER or (named_speaker_forms and person.name)
            shown = person if named or not person.name else NOBODY
            if story:
                story.append(PageBreak())
            story.append(FormStart(shown.label, done, len(people), progress))
            story.extend(form.form(shown, bool(named),
                                   first=place == 0 and questionnaire.kind != SPEAKER))
    pages = build_pdf(story, path, title=f"Formulir Evaluasi {event.title}", margin=MARGIN,
                      bottom=BOTTOM_MARGIN, canvas=FormCanvas)
    progress.step(len(people), len(people))
    return pages
