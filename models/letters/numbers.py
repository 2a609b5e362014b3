"""Letter numbers: ``005/12/PERPUS-TPI/XII/2026`` from the office's pattern.

The pattern is a setting checked as the certificate pattern is (one check), with
``{code}`` added: the kind's classification code (:mod:`models.letters.kinds`). The running
number counts every letter of the year together, as an office's outgoing-letter book does,
and starts again at 1 each year.
"""

import datetime
from dataclasses import dataclass

from peewee import IntegrityError, fn

from models import settings
from models.certificates.numbers import PLACEHOLDERS, format_number, pattern_problem
from models.letters.kinds import KINDS, code
from models.letters.tables import EventPaper
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message

LETTER_PLACEHOLDERS = ("code",) + PLACEHOLDERS
DEFAULT_PATTERN = settings.SPEC_BY_KEY["letter_number_pattern"].default


def letter_pattern_problem(pattern: str):
    return pattern_problem(pattern, LETTER_PLACEHOLDERS)


def current_pattern() -> str:
    pattern = settings.get("letter_number_pattern")
    return pattern if letter_pattern_problem(pattern) is None else DEFAULT_PATTERN


def _next_seq(year: int) -> int:
    last = EventPaper.select(fn.MAX(EventPaper.seq)).where(EventPaper.year == year).scalar()
    return (last or 0) + 1


def next_number(kind: str, dated: datetime.date) -> str:
    """The number the next letter of ``kind`` dated ``dated`` would get (nothing recorded)."""
    return format_number(current_pattern(), _next_seq(dated.year), dated,
                         settings.get("office_code"), code=code(kind))


@dataclass(frozen=True)
class PaperRequest:
    event_id: int
    kind: str
    dated: datetime.date
    person_id: int | None = None


def record(request: PaperRequest) -> EventPaper:
    """Give the paper its number and write it in the register (a paper that takes no number
    is recorded with the event's papers without one). Call inside the transaction that
    writes the paper, so a paper that could not be written keeps no number."""
    from models.events.tables import Event

    event = Event.get_by_id(request.event_id)
    if not KINDS[request.kind].numbered:  # a list or a TOR: on the event's papers, unnumbered
        return EventPaper.create(event=event, kind=request.kind, number="",
                                 year=request.dated.year, seq=None, date=request.dated,
                                 subject=event.title, person=request.person_id)
    seq = _next_seq(request.dated.year)
    number = format_number(current_pattern(), seq, request.dated,
                           settings.get("office_code"), code=code(request.kind))
    try:
        return EventPaper.create(event=event, kind=request.kind, number=number,
                                 year=request.dated.year, seq=seq, date=request.dated,
                                 subject=event.title, person=request.person_id)
    except IntegrityError as exc:  # another clerk took the number in the same instant
        raise SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
            "Letters", "Letter number {number} was just given to another paper; make the "
                       "paper again."), number=number)) from exc


def papers_of(event_id: int) -> list[EventPaper]:
    return list(EventPaper.select().where(EventPaper.event == event_id)
                .order_by(EventPaper.year.desc(), EventPaper.seq.desc()))


def register(year: int | None = None) -> list[EventPaper]:
    """Every numbered paper (of ``year``), newest first: the letter-number register."""
    query = EventPaper.select().where(EventPaper.seq.is_null(False))
    if year is not None:
        query = query.where(EventPaper.year == year)
    return list(query.order_by(EventPaper.year.desc(), EventPaper.seq.desc()))
