"""The events the evaluation screens' tests share."""

import pytest

from models.evaluation import responses
from tests.builders import (
    DAY,
    event_with_sessions,
    external,
    staff_member,
    templates_as_shipped_before,
)

SITI_NIP = "196903091994032001"


@pytest.fixture
def entry_event(database):
    """Siti and Budi take part in a one-session event Rina speaks at: the event whose paper
    forms are typed in and corrected."""
    siti = staff_member("Siti Aminah", SITI_NIP, front_title="Dra.")
    budi = staff_member("Budi Santoso")
    rina = external("Rina Marlina", back_title="M.Hum.")
    event, _sessions = event_with_sessions(  # Siti and Budi are numbers 1 and 2
        days=(DAY,), hours=(8,), topics=("Notasi DDC",), speaker=rina,
        participants=[siti, budi])
    templates_as_shipped_before()
    organisation, speaker_form = responses.templates_for(event.id)
    return {"event": event, "siti": siti, "budi": budi, "rina": rina,
            "organisation": organisation, "speaker_form": speaker_form}
