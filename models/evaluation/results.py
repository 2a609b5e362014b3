"""Evaluation results of an event, and speakers' ratings across events.

Everything is aggregated by SQLite (``GROUP BY``), so an event with hundreds of responses
costs a handful of queries, not a Python pass over every answer. Answers follow the
storage conventions of :mod:`models.evaluation.questionnaires`: ratings (1–5), yes/no (1/0) and
numbers in ``Answer.number``; choices and comments in ``Answer.text``.

The pre/post gain is :func:`models.evaluation.scores.event_gain`, the one the Scores
panel shows: its participants (not cancelled) with both scores. Follow-ups and service
figures are read here straight from their tables.

Service figures: each active metric, and each inactive one with figures in the months
compared, over the three calendar months before the month the event starts and the three
months after the month it ends (for an event inside one month: the three months from the
month after it). The event's own months belong to neither side. A mean counts only
months with a figure; the change is ``(after − before) / before`` in percent.
"""

import datetime
from dataclasses import dataclass, field

from peewee import JOIN, Case, fn

from models.evaluation import scores, service_stats
from models.evaluation.questionnaires import ORGANISATION, SPEAKER, choices_of
from models.evaluation.scores import GainSummary
from models.evaluation.tables import (
    Answer,
    EventQuestionnaire,
    FollowUp,
    Question,
    Questionnaire,
    Response,
)
from models.events.participants import participant_count
from models.events.tables import Event, EventSession, Theme
from models.staff.tables import Person, join_name

RATINGS = (1, 2, 3, 4, 5)
APPLIED = ("yes", "partly", "no")
SERVICE_MONTHS = 3
HIGHLIGHTS = 3  # strongest and weakest items shown
# Decimals of a share of answers (25,9%), on the results panel and in the report alike.
SHARE_PLACES = 1


@dataclass(slots=True)
class ItemResult:
    """One question's answers. ``mean`` is of ratings or numbers; ``distribution`` counts
    the ratings 1..5; ``yes``/``no`` for yes/no questions; ``choices`` as (choice, count)
    in the question's order, then answers outside its list."""

    question_id: int
    questionnaire_id: int
    order: int  # where the question comes in the whole event's results
    section: str
    text: str
    qtype: str
    n: int = 0
    mean: float | None = None
    distribution: list[int] = field(default_factory=lambda: [0] * len(RATINGS))
    yes: int = 0
    no: int = 0
    choices: list[tuple[str, int]] = field(default_factory=list)
    total: float = 0.0  # sum of the ratings or numbers, for the section means

    def percent(self, count: int) -> float:
        return 100.0 * count / self.n if self.n else 0.0


@dataclass(slots=True)
class SectionResult:
    name: str
    items: list[ItemResult]
    n: int = 0  # rating answers in the section
    mean: float | None = None  # of all those answers, not of the item means

    @property
    def rating_items(self) -> list[ItemResult]:
        return [item for item in self.items if item.qtype == "rating"]


@dataclass(slots=True)
class TemplateResult:
    """One questionnaire as answered for the event."""

    questionnaire_id: int
    name: str
    kind: str
    responses: int
    respondents: int  # distinct people, each anonymous response counting as one
    sections: list[SectionResult]
    n: int = 0  # rating answers of the whole questionnaire
    mean: float | None = None

    @property
    def items(self) -> list[ItemResult]:
        return [item for section in self.sections for item in section.items]


@dataclass(slots=True)
class SpeakerResult:
    person_id: int
    name: str
    responses: int
    n: int = 0  # rating answers
    mean: float | None = None  # of all the speaker's rating answers
    item_means: dict[int, float] = field(default_factory=dict)  # question id -> mean
    item_counts: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class Comment:
    question_id: int
    question: str
    speaker: str  # "" when the comment is not about a speaker
    text: str


@dataclass(slots=True)
class FollowUpChange:
    name: str
    date: datetime.date
    rated_by: str
    applied: str
    text: str


@dataclass(slots=True)
class FollowUpSummary:
    n: int = 0
    applied: dict[str, int] = field(default_factory=lambda: dict.fromkeys(APPLIED, 0))
    unknown: int = 0  # follow-ups that do not say whether it was applied
    rated: int = 0
    mean_rating: float | None = None
    changes: list[FollowUpChange] = field(default_factory=list)


@dataclass(slots=True)
class ServiceRow:
    metric_id: int
    name: str
    before: list[float | None]  # one per month of ServiceSummary.before_months
    after: list[float | None]
    before_mean: float | None = None
    after_mean: float | None = None
    change_pct: float | None = None


@dataclass(slots=True)
class ServiceSummary:
    before_months: list[tuple[int, int]]  # (year, month), oldest first
    after_months: list[tuple[int, int]]
    rows: list[ServiceRow]
    # The month ``today`` falls in, and those after it: shown, but no mean counts them,
    # as a month half gone would read as a fall in the service.
    unfinished: list[tuple[int, int]] = field(default_factory=list)
    running: tuple[int, int] | None = None  # the month in progress, when it is compared

    @property
    def after_n(self) -> int:
        """The months after the event that are over, the ones its mean is taken from."""
        return sum(1 for month in self.after_months if month not in self.unfinished)

    @property
    def has_data(self) -> bool:
        return any(v is not None for row in self.rows for v in row.before + row.after)


@dataclass(slots=True)
class EventResults:
    event_id: int
    title: str
    kind: str
    start_date: datetime.date
    end_date: datetime.date
    venue: str
    participants: int
    respondents: int  # of the organisation questionnaire
    response_rate: float | None  # see response_rate(); None without participants
    templates: list[TemplateResult]
    speakers: list[SpeakerResult]
    speaker_items: list[ItemResult]  # the rating questions the speakers were rated on
    comments: list[Comment]
    strongest: list[ItemResult]
    weakest: list[ItemResult]
    gain: GainSummary
    follow_up: FollowUpSummary
    service: ServiceSummary

    @property
    def responses(self) -> int:
        return sum(t.responses for t in self.templates)

    @property
    def more_than_participants(self) -> bool:
        """More organisation forms than participants: anonymous forms of people not
        registered (or one person twice). The rate is then no figure to report; the
        counts are said instead ("23 responses for 21 participants")."""
        return self.respondents > self.participants > 0


def response_rate(respondents: int, participants: int) -> float | None:
    """The share of participants who answered the organisation form (0–1), never above 1:
    anonymous forms cannot be matched to participants, so a surplus says nothing about
    who answered. None without participants."""
    if not participants:
        return None
    return min(respondents, participants) / participants


@dataclass(slots=True)
class SpeakerRating:
    """A speaker's ratings at one event, for the view across events."""

    speaker_id: int
    speaker: str
    event_id: int
    start_date: datetime.date
    title: str
    theme_id: int | None
    theme: str
    mean: float
    n: int  # responses about the speaker at that event


def _mean(total: float, count: int) -> float | None:
    return total / count if count else None


def _rating(value) -> bool:
    return value is not None and value in RATINGS


def event_results(event_id: int, today: datetime.date | None = None) -> EventResults:
    event = Event.get_by_id(event_id)
    templates, items = _templates(event_id)
    _fill_numbers(event_id, items)
    _fill_choices(event_id, items)
    for template in templates:
        _sum_up(template)
    respondents = _organisation_respondents(event_id)
    participants = participant_count(event_id)
    speaker_items = [item for t in templates if t.kind == SPEAKER for item in t.items
                     if item.qtype == "rating"]
    strongest, weakest = _highlights([i for t in templates for i in t.items])
    speakers = _speakers(event_id)
    return EventResults(
        event_id=event.id, title=event.title, kind=event.kind, start_date=event.start_date,
        end_date=event.end_date, venue=event.venue, participants=participants,
        respondents=respondents,
        response_rate=response_rate(respondents, participants),
        templates=templates, speakers=speakers, speaker_items=speaker_items,
        comments=_comments(event_id, items, speakers), strongest=strongest, weakest=weakest,
        gain=scores.event_gain(event_id), follow_up=follow_up_summary(event_id),
        service=service_summary(event, today))


def _templates(event_id: int) -> tuple[list[TemplateResult], dict[int, ItemResult]]:
    """The questionnaires attached to the event or answered for it, organisation first."""
    attached = {q for (q,) in EventQuestionnaire.select(EventQuestionnaire.questionnaire)
                .where(EventQuestionnaire.event == event_id).tuples()}
    counts = {q: (total, people, anonymous) for q, total, people, anonymous in (
        Response.select(Response.questionnaire, fn.COUNT(Response.id),
                        fn.COUNT(Response.person.distinct()),
                        fn.SUM(Case(None, [(Response.person.is_null(), 1)], 0)))
        .where(Response.event == event_id).group_by(Response.questionnaire).tuples())}
    ids = attached | set(counts)
    kinds = {ORGANISATION: 0, SPEAKER: 1}
    chosen = sorted(Questionnaire.select().where(Questionnaire.id.in_(list(ids))),
                    key=lambda q: (kinds.get(q.kind, 2), q.id)) if ids else []
    questions = {}
    for question in (Question.select().where(Question.questionnaire.in_([q.id for q in chosen]))
                     .order_by(Question.position, Question.id)):
        questions.setdefault(question.questionnaire_id, []).append(question)
    templates, items, order = [], {}, 0
    for questionnaire in chosen:
        total, people, anonymous = counts.get(questionnaire.id, (0, 0, 0))
        sections: dict[str, SectionResult] = {}
        for question in questions.get(questionnaire.id, []):
            item = ItemResult(question.id, questionnaire.id, order, question.section,
                              question.text, question.qtype)
            if question.qtype == "choice":
                item.choices = [(choice, 0) for choice in choices_of(question)]
            order += 1
            items[question.id] = item
            sections.setdefault(question.section, SectionResult(question.section, []))
            sections[question.section].items.append(item)
        templates.append(TemplateResult(questionnaire.id, questionnaire.name, questionnaire.kind,
                                        total, people + (anonymous or 0), list(sections.values())))
    return templates, items


def _answers(event_id: int, *columns):
    return (Answer.select(*columns).join(Response)
            .where(Response.event == event_id))


def _fill_numbers(event_id: int, items: dict[int, ItemResult]) -> None:
    """Ratings, yes/no and numbers: one row per question and distinct value."""
    rows = (_answers(event_id, Answer.question, Answer.number, fn.COUNT(Answer.id))
            .where(Answer.number.is_null(False))
            .group_by(Answer.question, Answer.number).tuples())
    for question_id, value, count in rows:
        item = items.get(question_id)
        if item is None:
            continue
        if item.qtype == "rating":
            if not _rating(value):
                continue  # out of the scale: never counted (entry refuses it)
            item.distribution[int(value) - 1] += count
        elif item.qtype == "yesno":
            if value == 1:
                item.yes += count
            elif value == 0:
                item.no += count
            else:
                continue
        elif item.qtype != "number":
            continue
        item.n += count
        item.total += value * count
    for item in items.values():
        if item.qtype in ("rating", "number"):
            item.mean = _mean(item.total, item.n)


def _fill_choices(event_id: int, items: dict[int, ItemResult]) -> None:
    rows = (_answers(event_id, Answer.question, Answer.text, fn.COUNT(Answer.id))
            .switch(Answer).join(Question)
            .where(Question.qtype == "choice", Answer.text != "")
            .group_by(Answer.question, Answer.text).tuples())
    for question_id, text, count in rows:
        item = items.get(question_id)
        if item is None:
            continue
        for index, (choice, seen) in enumerate(item.choices):
            if choice == text:
                item.choices[index] = (choice, seen + count)
                break
        else:  # an answer outside the list (an imported file): shown after the list
            item.choices.append((text, count))
        item.n += count


def _sum_up(template: TemplateResult) -> None:
    for section in template.sections:
        ratings = section.rating_items
        section.n = sum(item.n for item in ratings)
        section.mean = _mean(sum(item.total for item in ratings), section.n)
    template.n = sum(section.n for section in template.sections)
    template.mean = _mean(sum(i.total for s in template.sections for i in s.rating_items),
                          template.n)


def _organisation_respondents(event_id: int) -> int:
    people, anonymous = (Response.select(fn.COUNT(Response.person.distinct()),
                                         fn.SUM(Case(None, [(Response.person.is_null(), 1)], 0)))
                         .join(Questionnaire)
                         .where(Response.event == event_id,
                                Questionnaire.kind == ORGANISATION)
                         .tuples().get())
    return people + (anonymous or 0)


def _highlights(items: list[ItemResult]) -> tuple[list[ItemResult], list[ItemResult]]:
    """The best and worst rated items; ties keep question order. An item is never both."""
    rated = [item for item in items if item.qtype == "rating" and item.n]
    strongest = sorted(rated, key=lambda i: (-i.mean, i.order))[:HIGHLIGHTS]
    rest = [item for item in rated if item not in strongest]
    weakest = sorted(rest, key=lambda i: (i.mean, i.order))[:HIGHLIGHTS]
    return strongest, weakest


def _speakers(event_id: int) -> list[SpeakerResult]:
    """Each rated speaker, in the order of their first session, then by name."""
    responses = dict(Response.select(Response.speaker, fn.COUNT(Response.id))
                     .where(Response.event == event_id, Response.speaker.is_null(False))
                     .group_by(Response.speaker).tuples())
    if not responses:
        return []
    people = {pid: (join_name(front, name, back), name.casefold())
              for pid, front, name, back in (
                  Person.select(Person.id, Person.front_title, Person.name, Person.back_title)
                  .where(Person.id.in_(list(responses))).tuples())}
    speakers = {pid: SpeakerResult(pid, people[pid][0], count)
                for pid, count in responses.items()}
    rows = (_answers(event_id, Response.speaker, Answer.question, fn.SUM(Answer.number),
                     fn.COUNT(Answer.id))
            .switch(Answer).join(Question)
            .where(Response.speaker.is_null(False), Question.qtype == "rating",
                   Answer.number.in_(RATINGS))
            .group_by(Response.speaker, Answer.question).tuples())
    totals: dict[int, float] = {}
    for speaker_id, question_id, total, count in rows:
        speaker = speakers[speaker_id]
        speaker.item_means[question_id] = total / count
        speaker.item_counts[question_id] = count
        speaker.n += count
        totals[speaker_id] = totals.get(speaker_id, 0.0) + total
    for speaker in speakers.values():
        speaker.mean = _mean(totals.get(speaker.person_id, 0.0), speaker.n)
    first = {}
    for (speaker_id,) in (EventSession.select(EventSession.speaker)
                          .where(EventSession.event == event_id,
                                 EventSession.speaker.is_null(False))
                          .order_by(EventSession.date, EventSession.start_time).tuples()):
        first.setdefault(speaker_id, len(first))
    return sorted(speakers.values(), key=lambda s: (first.get(s.person_id, len(first)),
                                                    people[s.person_id][1]))


def _comments(event_id: int, items: dict[int, ItemResult],
              speakers: list[SpeakerResult]) -> list[Comment]:
    """Every non-empty comment, by question, then speaker (as in the speakers' table), then
    as entered."""
    names = {s.person_id: s.name for s in speakers}
    place = {s.person_id: index for index, s in enumerate(speakers)}
    rows = (_answers(event_id, Answer.question, Response.speaker, Answer.text)
            .switch(Answer).join(Question)
            .where(Question.qtype == "text", fn.TRIM(Answer.text) != "")
            .order_by(Response.id).tuples())
    comments = [(items[question_id].order, place.get(speaker_id, -1),
                 Comment(question_id, items[question_id].text, names.get(speaker_id, ""),
                         text.strip()))
                for question_id, speaker_id, text in rows if question_id in items]
    comments.sort(key=lambda row: row[:2])  # stable: entry order within a group
    return [comment for _, _, comment in comments]


def follow_up_summary(event_id: int) -> FollowUpSummary:
    summary = FollowUpSummary()
    ratings = 0.0
    for applied, count, total, rated in (
            FollowUp.select(FollowUp.applied, fn.COUNT(FollowUp.id), fn.SUM(FollowUp.rating),
                            fn.COUNT(FollowUp.rating))
            .where(FollowUp.event == event_id).group_by(FollowUp.applied).tuples()):
        summary.n += count
        if applied in summary.applied:
            summary.applied[applied] += count
        else:
            summary.unknown += count
        summary.rated += rated
        ratings += total or 0
    summary.mean_rating = _mean(ratings, summary.rated)
    rows = (FollowUp.select(Person.front_title, Person.name, Person.back_title, FollowUp.date,
                            FollowUp.rated_by, FollowUp.applied, FollowUp.changes)
            .join(Person)
            .where(FollowUp.event == event_id, fn.TRIM(FollowUp.changes) != "")
            .order_by(FollowUp.date, Person.name, FollowUp.id).tuples())
    summary.changes = [FollowUpChange(join_name(front, name, back), day, rated_by, applied,
                                      text.strip())
                       for front, name, back, day, rated_by, applied, text in rows]
    return summary


def month_shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def service_summary(event: Event, today: datetime.date | None = None) -> ServiceSummary:
    """The figures around ``event``, for the Results panel and the evaluation report.

    Every active metric, and an inactive one with a figure in the months compared: a
    metric is deactivated rather than deleted so that old reports keep its figures (the
    year grid and the annual report show it likewise). A mean is taken over the months
    that are over by ``today`` (by default the real one) and have a figure.
    """
    start, end = event.start_date, event.end_date or event.start_date
    today = today or datetime.date.today()
    before = [month_shift(start.year, start.month, -k) for k in range(SERVICE_MONTHS, 0, -1)]
    after = [month_shift(end.year, end.month, k) for k in range(1, SERVICE_MONTHS + 1)]
    unfinished = [month for month in before + after if month >= (today.year, today.month)]
    values = service_stats.figures(before + after)
    with_values = {metric for metric, _year, _month in values}
    rows = []
    for metric in service_stats.metrics(include_inactive=True):
        if not (metric.active or metric.id in with_values):
            continue
        row = ServiceRow(metric.id, metric.name,
                         [values.get((metric.id, y, m)) for y, m in before],
                         [values.get((metric.id, y, m)) for y, m in after])
        row.before_mean = _present_mean([values.get((metric.id, *month)) for month in before
                                         if month not in unfinished])
        row.after_mean = _present_mean([values.get((metric.id, *month)) for month in after
                                        if month not in unfinished])
        if row.before_mean and row.after_mean is not None:
            row.change_pct = 100.0 * (row.after_mean - row.before_mean) / row.before_mean
        rows.append(row)
    now = (today.year, today.month)
    return ServiceSummary(before, after, rows, unfinished, now if now in unfinished else None)


def _present_mean(values: list[float | None]) -> float | None:
    """The mean of the months that have a figure."""
    present = [v for v in values if v is not None]
    return _mean(sum(present), len(present))


def speaker_history(theme_id: int | None = None,
                    speaker_id: int | None = None) -> list[SpeakerRating]:
    """Every speaker's overall mean and responses per event, by speaker then date."""
    query = (Answer.select(Response.speaker, Response.event, fn.SUM(Answer.number),
                           fn.COUNT(Answer.id), fn.COUNT(Response.id.distinct()))
             .join(Response).switch(Answer).join(Question)
             .where(Response.speaker.is_null(False), Question.qtype == "rating",
                    Answer.number.in_(RATINGS)))
    if theme_id is not None:
        query = query.join_from(Response, Event).where(Event.theme == theme_id)
    if speaker_id is not None:
        query = query.where(Response.speaker == speaker_id)
    rows = list(query.group_by(Response.speaker, Response.event).tuples())
    if not rows:
        return []
    events = {eid: (start, title, theme, theme_name) for eid, start, title, theme, theme_name in (
        Event.select(Event.id, Event.start_date, Event.title, Event.theme, Theme.name)
        .join(Theme, JOIN.LEFT_OUTER)
        .where(Event.id.in_(list({r[1] for r in rows}))).tuples())}
    people = {pid: (join_name(front, name, back), name.casefold())
              for pid, front, name, back in (
                  Person.select(Person.id, Person.front_title, Person.name, Person.back_title)
                  .where(Person.id.in_(list({r[0] for r in rows}))).tuples())}
    ratings, sort_names = [], {}
    for speaker, event_id, total, count, responses in rows:
        start, title, theme, theme_name = events[event_id]
        full, sort_names[speaker] = people.get(speaker, ("", ""))
        ratings.append(SpeakerRating(speaker, full, event_id, start, title, theme,
                                     theme_name or "", total / count, responses))
    # By the name without titles, as the staff list sorts.
    ratings.sort(key=lambda r: (sort_names[r.speaker_id], r.speaker_id, r.start_date,
                                r.event_id))
    return ratings
