"""Demo attendance: every session held so far marked, a believable mix of statuses.

Most participants come; a few are late, excused, sick or absent, and a few people miss
enough sessions to fall under the certificate rule. One session keeps a scanned signed
sheet as evidence.
"""

import datetime

from models.attendance.tables import Attendance, SessionAttachment
from models.demo.scan import scanned_sheet
from models.events.tables import Event, EventSession, Registration
from models.files.stored import StoredFile
from models.staff.tables import Person, join_name

# Per participant, how reliable they are: most always come, a few often miss.
_HABITS = ((0.80, 0.97), (0.15, 0.85), (0.05, 0.45))
_ABSENCES = (("izin", 0.45), ("sakit", 0.25), ("alpa", 0.30))


def add_attendance(ctx) -> dict:
    rng, today = ctx.rng, ctx.today
    marks = []
    held = (EventSession.select(EventSession, Event)
            .join(Event)
            .where(Event.status != "cancelled", EventSession.date < today)
            .order_by(EventSession.event, EventSession.date, EventSession.start_time))
    by_event: dict[int, list[EventSession]] = {}
    for session in held:
        by_event.setdefault(session.event_id, []).append(session)
    for event_id, sessions in by_event.items():
        people = [pid for (pid,) in Registration.select(Registration.person)
                  .where(Registration.event == event_id, Registration.role == "peserta",
                         ~Registration.cancelled).tuples()]
        for person in people:
            comes = _pick(rng, _HABITS)
            for session in sessions:
                marks.append(_mark(rng, session, person, comes))
    for start in range(0, len(marks), 200):
        Attendance.insert_many(marks[start:start + 200]).execute()
    attached = _attach_scan(by_event)
    return {"attendance": len(marks), "attachments": attached}


def _pick(rng, weighted):
    roll, total = rng.random(), 0.0
    for share, value in weighted:
        total += share
        if roll < total:
            return value
    return weighted[-1][1]


def _mark(rng, session: EventSession, person: int, comes: float) -> dict:
    starts = datetime.datetime.combine(session.date, session.start_time)
    recorded = starts + datetime.timedelta(hours=3)
    row = {"session": session.id, "person": person, "checkin_time": None, "note": "",
           "recorded_by": "Panitia", "recorded_at": recorded}
    if rng.random() < comes:
        late = rng.random() < 0.08
        minutes = rng.randint(16, 40) if late else -rng.randint(0, 25)
        row.update(status="terlambat" if late else "hadir",
                   checkin_time=starts + datetime.timedelta(minutes=minutes))
    else:
        status = _pick(rng, tuple((share, code) for code, share in _ABSENCES))
        note = {"izin": "Tugas kedinasan", "sakit": "Surat keterangan dokter"}.get(status, "")
        row.update(status=status, note=note)
    return row


def _attach_scan(by_event: dict) -> int:
    """The first session of the latest finished event keeps its scanned signed sheet."""
    finished = [sessions[0] for sessions in by_event.values()
                if sessions[0].event.status == "finished"]
    if not finished:
        return 0
    session = max(finished, key=lambda s: s.date)
    came = {person for (person,) in Attendance.select(Attendance.person).where(
        Attendance.session == session.id, Attendance.status.in_(("hadir", "terlambat")))
        .tuples()}
    people = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title)
              .join(Registration, on=(Registration.person == Person.id))
              .where(Registration.event == session.event_id, Registration.role == "peserta",
                     ~Registration.cancelled)
              .order_by(Person.name))
    names = [(join_name(p.front_title, p.name, p.back_title), p.id in came) for p in people]
    # A picture of a filled-in paper, not text for the screen: the date as an office
    # typist writes it by hand, so models need no printed-date formatting (reports/ has it).
    heading = ["DAFTAR HADIR PESERTA", session.event.title[:80], session.topic[:80],
               f"Tanggal {session.date:%d-%m-%Y}, pukul {session.start_time:%H.%M} WIB"]
    stored = StoredFile.create(name="daftar-hadir-sesi-1-ditandatangani.pdf",
                               mime="application/pdf", data=scanned_sheet(heading, names))
    SessionAttachment.create(session=session, file=stored,
                             description="Pindaian daftar hadir yang ditandatangani")
    return 1
