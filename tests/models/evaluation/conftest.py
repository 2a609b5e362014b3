"""The events the evaluation tests of models/ save and import responses into."""

import datetime as dt

import pytest

from models.evaluation import responses
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from tests.builders import (
    DAY,
    event_with_sessions,
    external,
    staff_member,
    templates_as_shipped_before,
)
from tests.response_files import BUDI_NIP, SITI_NIP


@pytest.fixture
def responses_event(database):
    """Siti and Budi take part in a one-session event Rina speaks at; Ahmad is a guest:
    the event whose forms are saved and corrected."""
    siti = staff_member("Siti Aminah", SITI_NIP, front_title="Dra.")
    budi = staff_member("Budi Santoso")
    speaker = external("Rina Marlina", back_title="M.Hum.")
    guest = external("Ahmad Tamu")
    event, _sessions = event_with_sessions(days=(DAY,), hours=(8,), topics=("Notasi DDC",),
                                           speaker=speaker, participants=[siti, budi])
    templates_as_shipped_before()
    organisation, speaker_form = responses.templates_for(event.id)
    return {"event": event, "siti": siti, "budi": budi, "speaker": speaker, "guest": guest,
            "organisation": organisation, "speaker_form": speaker_form}


@pytest.fixture
def import_event(database):
    """Siti and Budi (with NIPs) and Dewi take part; Rina and Dr. Agus speak, one session each:
    the event the CSV rows of tests/response_files.py are imported into."""
    siti = staff.save_person({"nip": SITI_NIP, "front_title": "Dra.", "name": "Siti Aminah",
                              "back_title": "S.IP."})
    budi = staff.save_person({"nip": BUDI_NIP, "name": "Budi Santoso"})
    dewi = staff.save_person({"name": "Dewi Lestari"})
    rina = staff.save_person({"name": "Rina Marlina", "back_title": "M.Hum.",
                              "is_external": True})
    agus = staff.save_person({"front_title": "Dr.", "name": "Agus Salim", "is_external": True})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    for hour, topic, speaker in ((8, "Notasi DDC", rina), (13, "Praktik", agus)):
        events.save_session(event.id, {"date": DAY, "start_time": dt.time(hour),
                                       "end_time": dt.time(hour + 2), "topic": topic,
                                       "room": "", "jp": 2, "speaker": speaker.id})
    participants.add_people(event.id, [siti.id, budi.id, dewi.id])
    templates_as_shipped_before()
    organisation, speaker_form = responses.templates_for(event.id)
    return {"event": event, "siti": siti, "budi": budi, "dewi": dewi, "rina": rina,
            "agus": agus, "organisation": organisation, "speaker_form": speaker_form}
