"""The home screen's sections on a built database, the date given, never the clock's."""

import datetime as dt

from models.evaluation import questionnaires, responses
from models.evaluation.followups import add_followup
from models.home import agenda as home
from tests.builders import DAY, certificate_course, event_with_sessions, issue_all, staff_member

AFTER = DAY + dt.timedelta(days=10)


def test_today_sessions_and_the_next_events(database):
    course = certificate_course()
    later, _ = event_with_sessions("Seminar Literasi", "seminar", days=(DAY + dt.timedelta(5),),
                                   participants=[course["siti"]])
    cancelled, _ = event_with_sessions("Rapat batal", days=(DAY + dt.timedelta(3),))
    cancelled.status = "cancelled"
    cancelled.save()

    found = home.agenda(DAY)

    assert [(s.title, s.topic, s.start) for s in found.sessions] == [
        ("Pelatihan Katalogisasi", "Sesi 1", dt.time(8)),
        ("Pelatihan Katalogisasi", "Sesi 2", dt.time(13))]
    assert [(e.title, e.start, e.count) for e in found.next_events] == [
        ("Seminar Literasi", DAY + dt.timedelta(5), 1)]


def test_staff_below_the_target_with_the_days_left(database):
    course = certificate_course()  # Siti attended 4 sessions of 2 JP; Budi has no NIP
    staff_member("Ani Lestari", "198001012005012003")

    found = home.agenda(dt.date(2026, 12, 30))

    assert found.days_left == 2 and found.target == 20
    assert [(p.name, p.earned, p.missing) for p in found.below_target] == [
        ("Ani Lestari", 0.0, 20.0), ("Dra. Siti Aminah", 8.0, 12.0)]
    assert course["budi"].id not in {p.person_id for p in found.below_target}


def test_certificates_due_until_issued(database):
    course = certificate_course()  # Siti qualifies by attendance, Dr. Rina by role

    due = home.certificates_due(AFTER)
    assert [(e.title, e.count) for e in due] == [("Pelatihan Katalogisasi", 2)]
    assert home.certificates_due(DAY - dt.timedelta(days=1)) == []  # not finished yet

    issue_all(course)
    assert home.certificates_due(AFTER) == []


def test_evaluations_due_until_half_the_forms_are_answered(database):
    course = certificate_course()
    event = course["event"].id
    assert home.evaluations_due(AFTER) == []  # no questionnaire attached: nothing to chase
    organisation, _ = questionnaires.ensure_default_templates()
    responses.attach(event, organisation.id)

    # Both shipped forms go with it: 2 participants × 2 forms, half of the 4 wanted.
    assert [(e.title, e.count) for e in home.evaluations_due(AFTER)] == [
        ("Pelatihan Katalogisasi", 2)]
    responses.save_response(event, organisation.id, {}, person_id=course["siti"].id,
                            blanks_allowed=True)
    assert [e.count for e in home.evaluations_due(AFTER)] == [1]
    responses.save_response(event, organisation.id, {}, person_id=course["budi"].id,
                            blanks_allowed=True)
    assert home.evaluations_due(AFTER) == []


def test_followups_due_are_the_evaluation_tabs(database):
    course = certificate_course()
    months_later = dt.date(2026, 7, 1)

    assert [(e.title, e.participants, e.followed_up)
            for e in home.agenda(months_later).followups_due] == [
        ("Pelatihan Katalogisasi", 2, 0)]
    for person in (course["siti"], course["budi"]):
        add_followup(course["event"].id, {"person": person.id, "date": months_later,
                                          "applied": "yes"})
    assert home.agenda(months_later).followups_due == []
