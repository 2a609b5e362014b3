"""Who speaks at an event, and on what: the one reading of the schedule that the blank
evaluation forms (a block per speaker) and a speaker's certificate (its material) share."""

from dataclasses import dataclass, field

from models.events.tables import EventSession


@dataclass(slots=True)
class Speaker:
    person_id: int
    name: str  # with titles
    topics: list[str] = field(default_factory=list)  # each once, in schedule order


def speakers(event_id: int) -> list[Speaker]:
    """The schedule's speakers, each once, in the order they first speak, with their topics."""
    found: dict[int, Speaker] = {}
    sessions = (EventSession.select(EventSession, EventSession.speaker)
                .where(EventSession.event == event_id, EventSession.speaker.is_null(False))
                .order_by(EventSession.date, EventSession.start_time, EventSession.id))
    for session in sessions:
        speaker = found.setdefault(session.speaker_id,
                                   Speaker(session.speaker_id, session.speaker.full_name))
        topic = " ".join((session.topic or "").split())
        if topic and topic not in speaker.topics:
            speaker.topics.append(topic)
    return list(found.values())
