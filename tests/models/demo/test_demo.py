import datetime

import pytest

from benchmarks.stress import make_stress_db
from models import settings, vocab
from models.certificates.tables import Signatory
from models.demo import fill as demo
from models.events.planning import session_problems, suggest_jp
from models.events.tables import Event, EventSession, Registration, Theme
from models.messages import SiBinaError
from models.schema import ALL_MODELS
from models.staff import nip
from models.staff.tables import Person
from tests.builders import database_file

TODAY = datetime.date(2026, 3, 15)


def table_counts() -> dict:
    return {model.__name__: model.select().count() for model in ALL_MODELS}


def test_fill_demo_makes_a_believable_office(database):
    counts = demo.fill_demo(today=TODAY)
    internal = Person.select().where(~Person.is_external)
    external = Person.select().where(Person.is_external)
    assert internal.count() >= 40 and counts["staff"] == internal.count()
    assert external.count() >= 15 and counts["externals"] == external.count()

    nips = [p.nip for p in Person.select() if p.nip]
    assert len(nips) == len(set(nips)) >= 50
    assert all(nip.problem(n) is None for n in nips)
    assert all(nip.gender_of(p.nip) == p.gender for p in Person.select() if p.nip)
    assert Person.select().where(Person.nip.is_null()).count() > 0  # NON_ASN and guests

    assert {p.gender for p in Person.select()} == {"M", "F"}
    retired = list(internal.where(~Person.active))
    assert len(retired) == 3 and all(p.notes.startswith("Pensiun 202") for p in retired)
    assert {p.employment for p in internal} == {"PNS", "PPPK", "NON_ASN"}
    assert any("'" in p.name for p in Person.select())

    names = {p.full_name for p in Person.select()}
    assert "Dra. Siti Aminah, M.Hum." in names
    assert "Dr. Mardiana, S.IP., M.Hum." in names
    assert any(p.institution == "Perpustakaan Nasional RI" for p in external)

    assert [t.name for t in Theme.select().order_by(Theme.position)][:2] == [
        "Pengelolaan Koleksi", "Klasifikasi dan Katalogisasi"]
    assert counts["themes"] == Theme.select().count() == 8

    profile = settings.get_all()
    assert profile["jp_target"] == 20
    assert profile["address"] and "Tanjungpinang" in profile["office_name"]
    assert nip.problem(profile["head_nip"]) is None
    head = Person.get(Person.nip == profile["head_nip"])
    assert profile["head_name"] == head.full_name
    assert Signatory.get().nip == profile["head_nip"]


def test_fill_demo_is_deterministic(tmp_path):
    made = []
    for name in ("a.sqlite", "b.sqlite"):
        with database_file(tmp_path / name):
            demo.fill_demo(today=TODAY)
            made.append([(p.nip, p.full_name, p.phone, p.email) for p in Person.select()]
                        + [(e.title, e.start_date, e.status) for e in Event.select()]
                        + [(s.date, s.start_time, s.speaker_id) for s in EventSession.select()]
                        + [(r.event_id, r.person_id, r.role, r.cancelled, r.participant_no,
                            r.registered_at) for r in Registration.select()])
    assert made[0] == made[1]


def test_fill_demo_refuses_a_database_with_data(database):
    demo.fill_demo(today=TODAY)
    before = table_counts()
    with pytest.raises(SiBinaError) as err:
        demo.fill_demo(today=TODAY)
    assert "only into an empty database" in str(err.value)
    assert err.value.msg.context == "Demo"
    assert table_counts() == before


def test_fill_demo_plans_events_of_every_kind_and_theme(database):
    counts = demo.fill_demo(today=TODAY)
    events = list(Event.select())
    assert counts["events"] == len(events) >= 14
    assert counts["sessions"] == EventSession.select().count()
    assert counts["registrations"] == Registration.select().count()
    assert {e.kind for e in events} == set(vocab.EVENT_KINDS)
    assert {e.theme.name for e in events} == {t.name for t in Theme.select()}
    assert {e.mode for e in events} == set(vocab.MODES)
    assert any(e.organiser_external and e.organiser_name for e in events)
    assert [e.status for e in events].count("cancelled") == 1
    assert {e.status for e in events} == set(vocab.EVENT_STATUSES)
    earliest, latest = TODAY - datetime.timedelta(days=550), TODAY + datetime.timedelta(days=92)
    for event in events:
        assert earliest <= event.start_date <= event.end_date <= latest
        if event.status == "finished":
            assert event.end_date < TODAY
        elif event.status == "running":
            assert event.start_date <= TODAY <= event.end_date
        elif event.status == "planned":
            assert event.start_date > TODAY
    assert any(e.end_date > e.start_date for e in events)  # multi-day ones


def offered() -> set[int]:
    """The outside events staff were sent to from an offer: the office knows their days and
    JP, not their speakers or the other participants."""
    from models.opportunities.tables import Opportunity

    return {o.event_id for o in Opportunity.select() if o.event_id}


def test_demo_sessions_fit_their_events(database):
    demo.fill_demo(today=TODAY)
    for event in Event.select().where(Event.id.not_in(offered())):
        sessions = list(event.sessions)
        assert sessions
        for s in sessions:
            values = {f: getattr(s, f) for f in ("date", "start_time", "end_time", "topic",
                                                 "room", "jp")}
            assert session_problems(event, values, s.id) == {}  # inside the dates, no clash
            assert s.jp == suggest_jp(s.start_time, s.end_time) > 0
        days = [s.date for s in sessions]
        if event.end_date > event.start_date:
            assert max(days.count(d) for d in days) >= 2  # several sessions a day
        speakers = {s.speaker_id for s in sessions}
        assert None not in speakers
        roles = {(r.person_id, r.role) for r in event.registrations}
        assert all((p, "narasumber") in roles for p in speakers)
    speakers = {s.speaker for s in EventSession.select()}
    assert any(p.is_external for p in speakers) and any(not p.is_external for p in speakers)


def test_demo_registrations(database):
    demo.fill_demo(today=TODAY)
    for event in Event.select().where(Event.id.not_in(offered())):
        participants = list(event.registrations.where(Registration.role == "peserta")
                            .order_by(Registration.participant_no))
        assert 10 <= len(participants) <= 45
        assert [r.participant_no for r in participants] == list(
            range(1, len(participants) + 1))
        assert 10 <= sum(not r.cancelled for r in participants)
    assert Registration.select().where(Registration.cancelled).count() > 0
    assert Registration.select().where(Registration.role == "panitia").count() >= 3


def test_stress_db_holds_valid_people(tmp_path):
    path = tmp_path / "stress.sqlite"
    counts = make_stress_db(path, people=500, progress=None, today=TODAY, events=5,
                            sessions=30)
    assert counts["people"] == 500
    with database_file(path):
        people = list(Person.select())
        assert len(people) == 500
        nips = [p.nip for p in people if p.nip]
        assert len(nips) == len(set(nips)) > 300
        assert all(nip.problem(n) is None for n in nips)
        assert any(p.is_external for p in people) and any(not p.active for p in people)
        assert all(p.name and p.gender in ("M", "F") for p in people)
    with pytest.raises(FileExistsError):
        make_stress_db(path, people=10, progress=None)


def test_stress_db_holds_events_and_sessions(tmp_path):
    path = tmp_path / "stress.sqlite"
    counts = make_stress_db(path, people=300, progress=None, today=TODAY, events=20,
                            sessions=210)
    assert counts["events"] == 20 and counts["sessions"] == 210
    with database_file(path):
        assert Event.select().count() == 20 and EventSession.select().count() == 210
        for event in Event.select():
            sessions = list(event.sessions)
            assert len(sessions) in (10, 11)
            slots = [(s.date, s.start_time) for s in sessions]
            assert len(set(slots)) == len(slots)  # one room, so no two at once
            assert all(event.start_date <= s.date <= event.end_date for s in sessions)
            assert all(s.end_time > s.start_time and s.jp == 2 for s in sessions)
            participants = event.registrations.where(Registration.role == "peserta")
            assert participants.count() == 25
            assert event.kind in vocab.EVENT_KINDS and event.status in vocab.EVENT_STATUSES
        assert counts["registrations"] == Registration.select().count()


def test_cancelled_fill_leaves_the_database_as_it_was(database):
    from models.progress import Cancelled, Progress

    before = table_counts()
    assert before["Theme"] == 8 and set(before.values()) == {0, 8}  # the default themes
    steps = []
    progress = Progress(lambda done, total: steps.append(done), lambda: len(steps) >= 2)
    with pytest.raises(Cancelled):
        demo.fill_demo(progress, today=TODAY)
    assert table_counts() == before


def test_stress_db_marks_attendance_up_to_the_asked_count(tmp_path):
    from models.attendance.tables import Attendance

    path = tmp_path / "stress.sqlite"
    counts = make_stress_db(path, people=300, progress=None, today=TODAY, events=4,
                            sessions=12, attendance=200)
    assert counts["attendance"] == 200
    with database_file(path):
        statuses = {a.status for a in Attendance.select()}
        assert "hadir" in statuses and statuses <= set(vocab.ATTENDANCE_STATUSES)
        for mark in Attendance.select().limit(50):  # only registered participants are marked
            assert Registration.select().where(
                Registration.event == mark.session.event_id,
                Registration.person == mark.person_id,
                Registration.role == "peserta").exists()


def test_demo_attendance_marks_every_session_held_with_a_few_below_the_rule(database):
    import io

    from pypdf import PdfReader

    from models.attendance.tables import Attendance, SessionAttachment
    from models.certificates import eligibility
    from models.events.tables import Event

    counts = demo.fill_demo(today=TODAY)
    assert counts["attendance"] == Attendance.select().count() > 500
    statuses = {a.status for a in Attendance.select()}
    assert statuses == set(vocab.ATTENDANCE_STATUSES)
    assert not Attendance.select().join(EventSession).where(
        EventSession.date >= TODAY).exists()  # nothing marked ahead of time
    past = Event.select().where(Event.status == "finished")
    below = 0
    for event in past:
        held = event.sessions.count()
        marked = Attendance.select().join(EventSession).where(
            EventSession.event == event).count()
        present = event.registrations.where(Registration.role == "peserta",
                                            ~Registration.cancelled).count()
        assert marked == held * present
        found = eligibility.verdicts(event.id, eligibility.Rule(80, False))
        below += sum(1 for v in found if v.role == "peserta" and not v.qualifies)
    assert 3 <= below < Attendance.select().count() / 10
    [attachment] = SessionAttachment.select()
    scan = PdfReader(io.BytesIO(bytes(attachment.file.data)))
    assert "DAFTAR HADIR PESERTA" in scan.pages[0].extract_text()


def test_demo_evaluations_follow_the_events(database):
    from statistics import mean

    from models.evaluation.tables import (
        Answer,
        FollowUp,
        Question,
        Response,
        ServiceStat,
        TestScore,
    )
    from models.events.tables import Event

    counts = demo.fill_demo(today=TODAY)
    finished = Event.select().where(Event.status == "finished", Event.id.not_in(offered()))
    assert counts["responses"] == Response.select().count() > 100
    assert {r.event_id for r in Response.select()} == {e.id for e in finished}
    comments = [a.text for a in Answer.select().join(Question).where(Question.qtype == "text")]
    assert comments and all(c for c in comments)
    ratings = {}
    for answer, speaker in (Answer.select(Answer.number, Response.speaker).join(Response)
                            .switch(Answer).join(Question)
                            .where(Question.qtype == "rating", Response.speaker.is_null(False))
                            .tuples()):
        ratings.setdefault(speaker, []).append(answer)
    means = sorted(mean(v) for v in ratings.values())
    assert means[0] < 3.2 < 3.8 < means[1]  # one weak speaker, the rest rated well
    trainings = {e.id for e in finished
                 if e.kind in ("pelatihan", "bimtek", "kelas_keterampilan")}
    assert {s.event_id for s in TestScore.select()} == trainings
    assert all(0 <= s.score <= 100 for s in TestScore.select())
    old = {e.id for e in finished if e.end_date <= TODAY - datetime.timedelta(days=92)}
    assert {f.event_id for f in FollowUp.select()} <= old and FollowUp.select().count() > 5
    months = {(s.year, s.month) for s in ServiceStat.select()}
    assert len(months) == 24 and max(months) == (2026, 2)


def test_stress_db_answers_up_to_the_asked_count(tmp_path):
    from models.evaluation.tables import Answer, Response

    path = tmp_path / "stress.sqlite"
    counts = make_stress_db(path, people=300, progress=None, today=TODAY, events=4,
                            sessions=12, attendance=100, answers=230)
    assert counts["answers"] == 230
    with database_file(path):
        assert Answer.select().count() == 230
        assert Response.select().count() == counts["responses"] == 16  # 15 questions each
        assert {a.response.event_id for a in Answer.select().limit(40)} <= {
            e.id for e in Event.select()}


def test_demo_certificates_for_every_finished_event_one_revoked(database):
    from models.certificates.outside import is_outside
    from models.certificates.tables import Certificate, CertificateLayout, OutsideCertificate
    from models.certificates.verification import REVOKED, VALID, verify
    from models.events.tables import Event

    counts = demo.fill_demo(today=TODAY)
    finished = list(Event.select().where(Event.status == "finished"))
    issued = list(Certificate.select())
    assert counts["certificates"] == len(issued) > 100
    # The office's own events give its certificates; outside bodies' give their own.
    assert {c.event_id for c in issued} == {e.id for e in finished if not is_outside(e)}
    recorded = list(OutsideCertificate.select())
    assert counts["outside_certificates"] == len(recorded) > 5
    assert {c.event_id for c in recorded} == {e.id for e in finished if is_outside(e)} != set()
    assert all(c.jp > 0 and c.issuer and c.number for c in recorded)
    assert all(c.issued_on <= TODAY for c in issued)
    [revoked] = [c for c in issued if c.revoked_at is not None]
    assert verify(revoked.payload).status == REVOKED
    assert verify(issued[-1].payload).status == VALID
    layouts = {row.name: row for row in CertificateLayout.select()}
    assert layouts["Standar"].background is None and layouts["Bingkai Emas"].background
    assert {c.layout_id for c in issued} == {row.id for row in layouts.values()}


def test_demo_programmes_for_the_public_have_the_public_as_participants(database):
    """Staff serve at the library's programmes for the public; the public takes part, so
    no staff member gets JP towards the target from a book club."""
    from models.events.counting import counts_as_development

    demo.fill_demo(today=TODAY)
    public = [e for e in Event.select()
              if not counts_as_development(e.kind, e.counts_as_development)]
    assert {e.kind for e in public} == {"literasi_informasi", "klub_buku",
                                        "kelas_keterampilan"}
    for event in public:
        roles = {(r.role, r.person.is_external) for r in event.registrations}
        assert ("peserta", True) in roles and ("peserta", False) not in roles, event.title
        assert {("panitia", False), ("fasilitator", False)} <= roles, event.title
    pupils = {r.person.institution for r in Registration.select().join(Event).where(
        Event.kind == "literasi_informasi", Registration.role == "peserta")}
    assert pupils and all(place.startswith(("SMA", "SMK", "MAN")) for place in pupils)


def test_the_demo_honorarium_list_shows_real_figures(database, tmp_path):
    from pypdf import PdfReader

    from models.letters.honorarium import honorarium_lines
    from models.letters.tables import EventPayment
    from reports.letters.papers import write_paper

    counts = demo.fill_demo(today=TODAY)
    assert counts["payments"] == EventPayment.select().count() > 0
    event_id = EventPayment.select().first().event_id
    lines = honorarium_lines(event_id)
    assert {line.role for line in lines} >= {"narasumber", "panitia"}
    write_paper("honorarium", event_id, tmp_path / "honor.pdf", TODAY)
    text = " ".join(PdfReader(tmp_path / "honor.pdf").pages[0].extract_text().split())
    assert "Rp1.500.000" in text and "Jumlah" in text
def test_demo_network_and_offers(database):
    from models.events import jp
    from models.network import cooperations, directory
    from models.opportunities import offers

    counts = demo.fill_demo(today=TODAY)
    rows = {r.name: r for r in directory.search()}
    assert counts["organisations"] == len(rows) == 7
    assert {"Perpustakaan Nasional RI", "IPI Kepri", "Perpustakaan Kota Batam",
            "Universitas Maritim Raja Ali Haji"} <= set(rows)
    assert rows["Perpustakaan Nasional RI"].contacts >= 3 and rows["IPI Kepri"].contacts == 1
    [mou] = cooperations.agreements(rows["Universitas Maritim Raja Ali Haji"].id)
    assert mou.kind == "mou" and cooperations.in_force(mou, TODAY)
    assert [d.name for d in cooperations.documents(mou.id)] == ["MoU-UMRAH-Perpustakaan-Kota.pdf"]
    assert directory.history(rows["Perpustakaan Nasional RI"].id)  # its webinars and speakers

    states = {r.title: r.state for r in offers.rows(TODAY)}
    assert sorted(states.values()) == [offers.CLOSED, offers.CLOSING_SOON, offers.OPEN]
    [past] = [r for r in offers.rows(TODAY) if r.state == offers.CLOSED]
    assert past.sent == 3
    earned = jp.earned(event_id=past.event_id)
    assert sorted(earned.values()) == [30.0, 30.0, 30.0]  # two certificates, one attended
