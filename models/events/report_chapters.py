"""The chapters of the event report the office types itself, and which of them are empty.

One rule for the screen and the paper: the Reports tab names the empty ones before the
report is saved, and the report leaves them out rather than print "-" under a heading.
"""

from models.events.tables import Event, Registration
from models.messages import QT_TRANSLATE_NOOP

# The event's own report texts added in schema 10 (typed on the event's Report tab).
REPORT_TEXTS = ("legal_basis", "audience", "funding", "obstacles")

# Roles that make the committee chapter (a speaker has a chapter of their own).
COMMITTEE_ROLES = ("panitia", "moderator", "fasilitator")

# Every chapter the office fills, in the report's order: the event's field (the committee
# is registered, not typed) and the chapter's name.
TYPED_CHAPTERS = (
    ("description", QT_TRANSLATE_NOOP("Chapters", "Background")),
    ("legal_basis", QT_TRANSLATE_NOOP("Chapters", "Legal basis")),
    ("objectives", QT_TRANSLATE_NOOP("Chapters", "Aims and objectives")),
    ("audience", QT_TRANSLATE_NOOP("Chapters", "Target group")),
    ("committee", QT_TRANSLATE_NOOP("Chapters", "Committee (registered under Participants)")),
    ("funding", QT_TRANSLATE_NOOP("Chapters", "Funding")),
    ("obstacles", QT_TRANSLATE_NOOP("Chapters", "Obstacles")),
    ("conclusions", QT_TRANSLATE_NOOP("Chapters", "Conclusions")),
    ("recommendations", QT_TRANSLATE_NOOP("Chapters", "Recommendations")),
)


def empty_chapters(event: Event, typed: dict[str, str] | None = None) -> list[str]:
    """The chapters the office fills that hold nothing; ``typed`` holds words still on
    screen that override the stored ones (the conclusions being typed)."""
    typed = typed or {}
    committee = (Registration.select()
                 .where(Registration.event == event.id, ~Registration.cancelled,
                        Registration.role.in_(COMMITTEE_ROLES)).exists())
    return [name for name, _label in TYPED_CHAPTERS
            if not (committee if name == "committee"
                    else str(typed.get(name, getattr(event, name)) or "").strip())]


def chapter_label(name: str) -> str:
    """The chapter's name (English, marked for translation) of an event field."""
    return dict(TYPED_CHAPTERS)[name]
