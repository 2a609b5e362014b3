"""Two PCs editing the same record: the later save is refused, naming who saved meanwhile
and when, until the office decides (reload, or overwrite knowingly)."""

import datetime as dt

import pytest

from models.events import planning as events
from models.sharing import actor
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import event_with_sessions, on_another_pc, staff_member


def form_of(person: Person) -> dict:
    """What a person form holds for ``person``, and the stamp it loaded."""
    return staff.person_values(person), person.changed_at


def test_a_save_through_the_form_stamps_who_and_when(database):
    actor.set_user("Budi")
    before = dt.datetime.now()
    person = staff_member("Siti Aminah")
    stored = Person.get_by_id(person.id)
    assert stored.changed_by == "Budi"
    assert before <= stored.changed_at <= dt.datetime.now()


def test_a_save_over_a_change_made_meanwhile_is_refused_naming_who(database):
    person = staff_member("Siti Aminah", unit="Layanan")
    values, loaded = form_of(Person.get_by_id(person.id))  # PC A opens the form

    on_another_pc(lambda: staff.save_person(  # Rina on PC B saves first
        {**values, "unit": "Pengolahan"}, person.id, loaded), name="Rina")

    with pytest.raises(ChangedMeanwhile) as refused:
        staff.save_person({**values, "phone": "0812 7000 111"}, person.id, loaded)
    stored = Person.get_by_id(person.id)
    assert refused.value.by == "Rina" and refused.value.at == stored.changed_at
    assert "Rina changed this record" in str(refused.value)
    assert (stored.unit, stored.phone) == ("Pengolahan", "")  # A's change not written


def test_saving_with_the_stamp_of_the_change_overwrites_knowingly(database):
    person = staff_member("Siti Aminah", unit="Layanan")
    values, loaded = form_of(Person.get_by_id(person.id))
    on_another_pc(lambda: staff.save_person({**values, "unit": "Pengolahan"}, person.id,
                                            loaded))
    with pytest.raises(ChangedMeanwhile) as refused:
        staff.save_person({**values, "phone": "0812 7000 111"}, person.id, loaded)

    actor.set_user("Budi")
    staff.save_person({**values, "phone": "0812 7000 111"}, person.id, refused.value.at)
    stored = Person.get_by_id(person.id)
    assert (stored.unit, stored.phone, stored.changed_by) == ("Layanan", "0812 7000 111",
                                                             "Budi")


def test_a_record_never_stamped_is_checked_too(database):
    person = staff_member("Siti Aminah")
    Person.update(changed_at=None, changed_by=None).execute()  # as rows from before 14
    values, loaded = form_of(Person.get_by_id(person.id))
    assert loaded is None
    on_another_pc(lambda: staff.save_person({**values, "unit": "Pengolahan"}, person.id,
                                            None))
    with pytest.raises(ChangedMeanwhile):
        staff.save_person({**values, "unit": "Layanan"}, person.id, None)


def test_a_record_deleted_meanwhile_says_so(database):
    person = staff_member("Siti Aminah")
    values, loaded = form_of(Person.get_by_id(person.id))
    on_another_pc(lambda: Person.delete_by_id(person.id))
    with pytest.raises(DeletedMeanwhile) as refused:
        staff.save_person(values, person.id, loaded)
    assert "deleted on another PC" in str(refused.value)
    assert not Person.select().exists()


def test_an_event_saved_meanwhile_is_not_overwritten(database):
    event, _sessions = event_with_sessions("Bimtek DDC")
    stored = events.Event.get_by_id(event.id)
    values = {f: getattr(stored, f) for f in events.EVENT_FIELDS}
    loaded = stored.changed_at
    on_another_pc(lambda: events.save_event({**values, "venue": "Aula"}, event.id,
                                            loaded=loaded))
    with pytest.raises(ChangedMeanwhile) as refused:
        events.save_event({**values, "title": "Bimtek DDC 2026"}, event.id, loaded=loaded)
    assert refused.value.by == "Rina"
    assert events.Event.get_by_id(event.id).title == "Bimtek DDC"


def test_a_session_saved_meanwhile_is_not_overwritten(database):
    event, (session,) = event_with_sessions("Bimtek DDC", hours=(8,))
    stored = events.EventSession.get_by_id(session.id)
    values = {f: getattr(stored, f) for f in events.SESSION_FIELDS}
    on_another_pc(lambda: events.save_session(event.id, {**values, "room": "Aula"},
                                              session.id, stored.changed_at))
    with pytest.raises(ChangedMeanwhile):
        events.save_session(event.id, {**values, "topic": "Klasifikasi"}, session.id,
                            stored.changed_at)
    assert events.EventSession.get_by_id(session.id).topic == "Sesi 1"


def test_a_stamp_cleared_outside_sibina_is_still_a_change_and_can_be_saved_over(database):
    person = staff_member("Siti Aminah")
    values, loaded = form_of(Person.get_by_id(person.id))
    Person.update(changed_at=None, changed_by=None).execute()  # a hand edit of the file
    with pytest.raises(ChangedMeanwhile) as refused:
        staff.save_person({**values, "unit": "Layanan"}, person.id, loaded)
    assert refused.value.at is None and refused.value.shown_at is not None
    staff.save_person({**values, "unit": "Layanan"}, person.id, refused.value.at)
    assert Person.get_by_id(person.id).unit == "Layanan"
