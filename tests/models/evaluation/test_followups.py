import datetime as dt

import pytest

from models.evaluation import followups
from models.evaluation.tables import FollowUp
from models.events import participants
from models.events import planning as events
from models.events.tables import Registration
from models.messages import ValidationError
from models.staff import staff_list as staff

TODAY = dt.date(2026, 9, 15)


def make_event(title, start, end=None, status="finished", people=()):
    event = events.save_event({"title": title, "kind": "bimtek", "start_date": start,
                               "end_date": end or start, "status": status})
    participants.add_people(event.id, [p.id for p in people])
    return event


@pytest.fixture
def office(database):
    return [staff.save_person({"name": name}) for name in (
        "Siti Aminah", "Budi Santoso", "Dewi Lestari")]


def test_add_edit_delete_a_follow_up(office):
    siti, budi, _dewi = office
    event = make_event("Bimtek DDC", dt.date(2026, 3, 10), dt.date(2026, 3, 11),
                       people=office)
    record = followups.add_followup(event.id, {
        "person": siti.id, "date": dt.date(2026, 6, 10), "applied": "yes",
        "changes": "  Klasifikasi koleksi baru memakai DDC 23  ", "rating": 4})
    assert (record.rated_by, record.changes) == ("participant",
                                                 "Klasifikasi koleksi baru memakai DDC 23")
    followups.edit_followup(record.id, {"applied": "partly", "rated_by": "supervisor",
                                        "rating": None})
    edited = FollowUp.get_by_id(record.id)
    assert (edited.person_id, edited.applied, edited.rated_by, edited.rating) == (
        siti.id, "partly", "supervisor", None)
    followups.add_followup(event.id, {"person": budi.id, "date": dt.date(2026, 6, 1),
                                      "applied": "no"})
    assert [(r.name, r.applied) for r in followups.followups(event.id)] == [
        ("Budi Santoso", "no"), ("Siti Aminah", "partly")]  # by date
    followups.delete_followup(record.id)
    assert [r.name for r in followups.followups(event.id)] == ["Budi Santoso"]


def test_what_a_follow_up_may_not_be(office):
    siti, *_rest = office
    outsider = staff.save_person({"name": "Orang Lain"})
    event = make_event("Bimtek DDC", dt.date(2026, 3, 10), dt.date(2026, 3, 11),
                       people=office)
    with pytest.raises(ValidationError) as caught:
        followups.add_followup(event.id, {"person": outsider.id, "date": dt.date(2026, 3, 10),
                                          "applied": "maybe", "rated_by": "boss",
                                          "rating": 6})
    assert {f: m.english() for f, m in caught.value.problems.items()} == {
        "person": "Only a participant of the event can be followed up.",
        "date": "A follow-up comes after the event, which ended on 2026-03-11.",
        "applied": "Choose whether it was applied: yes, partly or no.",
        "rated_by": "Choose who judged it: the participant or the supervisor.",
        "rating": "The rating is 1 to 5, or empty."}
    values = {"person": siti.id, "date": dt.date(2026, 3, 11), "applied": "yes"}
    followups.add_followup(event.id, values)  # the last day of the event is allowed
    with pytest.raises(ValidationError, match="already has a follow-up on that date"):
        followups.add_followup(event.id, values)
    other = followups.add_followup(event.id, {**values, "rated_by": "supervisor"})  # 2nd judge
    # Siti's registration is cancelled later: her records can still be corrected.
    Registration.update(cancelled=True).where(Registration.person == siti.id).execute()
    followups.edit_followup(other.id, {"rating": 3})
    assert FollowUp.get_by_id(other.id).rating == 3
    with pytest.raises(ValidationError, match="Only a participant"):
        followups.add_followup(event.id, {**values, "date": dt.date(2026, 7, 1)})


def test_summary_counts_each_answer_and_the_mean_rating(office):
    siti, budi, dewi = office
    event = make_event("Bimtek DDC", dt.date(2026, 3, 10), people=office)
    for person, applied, by, rating in ((siti, "yes", "participant", 5),
                                        (siti, "partly", "supervisor", 4),
                                        (budi, "no", "participant", None)):
        followups.add_followup(event.id, {"person": person.id, "date": dt.date(2026, 6, 10),
                                          "applied": applied, "rated_by": by,
                                          "rating": rating})
    found = followups.summary(event.id)
    assert (found.participants, found.followed_up, found.records) == (3, 2, 3)
    assert found.applied == {"yes": 1, "partly": 1, "no": 1}
    assert (found.rated, found.mean_rating) == (2, 4.5)
    empty = followups.summary(make_event("Kosong", dt.date(2026, 4, 1)).id)
    assert (empty.participants, empty.records, empty.mean_rating) == (0, 0, None)


def test_due_lists_events_ended_months_ago_with_people_not_yet_followed_up(office):
    siti, budi, dewi = office
    # TODAY is 15 Sep 2026: three months back is 15 Jun 2026.
    old = make_event("Bimtek DDC", dt.date(2026, 3, 10), dt.date(2026, 3, 11), people=office)
    make_event("Pelatihan Lama", dt.date(2026, 1, 5), status="running", people=[siti])
    on_the_day = make_event("Seminar Juni", dt.date(2026, 6, 15), people=[budi])
    make_event("Workshop Juli", dt.date(2026, 7, 1), people=office)  # too recent
    make_event("Batal", dt.date(2026, 2, 1), status="cancelled", people=office)
    make_event("Tanpa Peserta", dt.date(2026, 2, 1))
    done = make_event("Sudah Selesai", dt.date(2026, 4, 1), people=[dewi])
    followups.add_followup(done.id, {"person": dewi.id, "date": dt.date(2026, 7, 1),
                                     "applied": "yes"})
    followups.add_followup(old.id, {"person": siti.id, "date": dt.date(2026, 6, 1),
                                    "applied": "partly"})

    due = followups.due(TODAY)
    assert [(d.title, d.participants, d.followed_up, d.due_date) for d in due] == [
        ("Pelatihan Lama", 1, 0, dt.date(2026, 4, 5)),  # "running", but long over
        ("Bimtek DDC", 3, 1, dt.date(2026, 6, 11)),
        ("Seminar Juni", 1, 0, dt.date(2026, 9, 15))]
    assert [d.event_id for d in followups.due(TODAY, months=6)][-1] == old.id
    assert on_the_day.id not in [d.event_id for d in followups.due(dt.date(2026, 9, 14))]


def test_months_before_keeps_to_the_end_of_a_short_month():
    assert followups.months_before(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)
    assert followups.months_before(dt.date(2026, 1, 15), 3) == dt.date(2025, 10, 15)
    assert followups.months_after(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)
