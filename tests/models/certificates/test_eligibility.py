"""Who qualifies for a certificate, and the reason given for each person."""


from models.attendance import marking
from models.certificates import eligibility
from models.certificates.eligibility import Rule
from models.evaluation.tables import Questionnaire, Response
from models.events import participants
from models.staff import staff_list as staff
from tests.builders import four_session_event


def test_attendance_rule_with_reasons_and_roles(database):
    event, sessions = four_session_event()
    siti, budi, ani = (staff.save_person({"name": n}) for n in ("Siti", "Budi", "Ani"))
    speaker = staff.save_person({"name": "Dr. Rina", "is_external": True})
    participants.add_people(event.id, [siti.id, budi.id, ani.id])
    participants.add_people(event.id, [speaker.id], "narasumber")
    for session in sessions:
        marking.set_marks(session.id, [siti.id], "hadir")
    for session in sessions[:3]:
        marking.set_marks(session.id, [budi.id], "terlambat")
    for session in sessions[:2]:
        marking.set_marks(session.id, [ani.id], "hadir")
    marking.set_marks(sessions[2].id, [ani.id], "izin")

    found = {(v.name, v.role): v for v in eligibility.verdicts(event.id, Rule(80, False))}
    assert found[("Siti", "peserta")].qualifies
    assert found[("Siti", "peserta")].reason.english() == "Attended 4 of 4 sessions held (100%)."
    assert not found[("Budi", "peserta")].qualifies  # 75% is under 80%
    assert found[("Budi", "peserta")].reason.english() == (
        "Attended 3 of 4 sessions held (75%); 80% needed.")
    assert found[("Ani", "peserta")].reason.english() == (
        "Attended 2 of 4 sessions held (50%); 80% needed.")
    assert found[("Dr. Rina", "narasumber")].qualifies

    assert eligibility.verdicts(event.id, Rule(75, False))[1].qualifies  # Budi at 75%


def test_a_required_evaluation_must_be_submitted(database):
    event, sessions = four_session_event()
    siti, budi = (staff.save_person({"name": n}) for n in ("Siti", "Budi"))
    participants.add_people(event.id, [siti.id, budi.id])
    for session in sessions:
        marking.set_marks(session.id, [siti.id, budi.id], "hadir")
    form = Questionnaire.create(name="Evaluasi Penyelenggaraan", kind="organisation")
    Response.create(event=event, questionnaire=form, person=siti)
    found = {v.name: v for v in eligibility.verdicts(event.id, Rule(80, True))}
    assert found["Siti"].qualifies
    assert not found["Budi"].qualifies
    assert found["Budi"].reason.english() == (
        "Attended 4 of 4 sessions held, but no evaluation was submitted.")


def test_a_share_just_under_the_minimum_never_reads_as_the_minimum(database):
    """35 of 44 is 79.5 %: printed as a whole it would read "80%; 80% needed"."""
    import datetime as dt

    from models.attendance import marking
    from models.certificates.eligibility import Rule, verdicts
    from tests.builders import event_with_sessions, staff_member

    ani = staff_member("Ani Lestari", "198501012010012001")
    days = [dt.date(2026, 3, 2) + dt.timedelta(days=d) for d in range(11)]
    event, sessions = event_with_sessions(days=days, hours=(8, 10, 13, 15),
                                          participants=[ani])
    marking.set_marks_many({s.id: [ani.id] for s in sessions[:35]}, "hadir")
    [verdict] = verdicts(event.id, Rule(80, False), today=dt.date(2026, 4, 1))
    assert not verdict.qualifies
    assert verdict.reason.english() == (
        "Attended 35 of 44 sessions held (79.5%); 80% needed.")
