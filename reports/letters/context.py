"""What a letter's fields hold, from the event, its people and Settings, written as an
Indonesian office writes them (dates through reports/indonesian.py, NIP grouped)."""

import datetime

from models import settings
from models.events.tables import Event, EventSession, Registration
from models.staff import nip as nip_rules
from models.staff.tables import Person
from reports import indonesian
from reports.letterhead import contact_line, office_logo


def person_fields(number: int, person: Person) -> dict:
    return {"no": number, "nama": person.full_name,
            "nip": nip_rules.grouped(person.nip) if person.nip else "",
            "pangkat": person.rank or "–", "jabatan": person.position or "–",
            "unit": person.unit or person.institution or "–",
            "instansi": person.institution or person.unit}


def speaker_sessions(event_id: int, person_id: int) -> list[dict]:
    """The sessions a speaker is asked for: day, time and material, in schedule order."""
    sessions = (EventSession.select()
                .where(EventSession.event == event_id, EventSession.speaker == person_id)
                .order_by(EventSession.date, EventSession.start_time, EventSession.id))
    return [{"no": number, "tanggal": indonesian.day_and_date(s.date),
             "waktu": indonesian.time_range(s.start_time, s.end_time), "materi": s.topic}
            for number, s in enumerate(sessions, 1)]


def participants(event_id: int, staff_only: bool = False) -> list[Person]:
    """The event's participants (not cancelled) in name order; ``staff_only`` leaves out
    outside people, whom the office cannot assign."""
    query = (Person.select().join(Registration)
             .where(Registration.event == event_id, Registration.role == "peserta",
                    ~Registration.cancelled)
             .order_by(Person.name, Person.id).distinct())
    if staff_only:
        query = query.where(~Person.is_external)
    return list(query)


def _when(event: Event, sessions: list[EventSession]) -> tuple[str, str]:
    """``Rabu, 25 November 2026`` (or the range of days) and ``08.00 WIB s.d. selesai``."""
    if event.start_date == event.end_date:
        day = indonesian.day_and_date(event.start_date)
    else:
        first, last = indonesian.DAYS[event.start_date.weekday()], \
            indonesian.DAYS[event.end_date.weekday()]
        day = f"{first}–{last}, {indonesian.date_range(event.start_date, event.end_date)}"
    hour = f"{indonesian.clock(sessions[0].start_time)} WIB s.d. selesai" if sessions else "–"
    return day, hour


def letter_fields(event: Event, number: str, dated: datetime.date) -> dict:
    """The fields every letter has (models.letters.templates.COMMON), the logo apart."""
    values = settings.get_all()
    sessions = list(event.sessions.order_by(EventSession.date, EventSession.start_time))
    day, hour = _when(event, sessions)
    office = values["office_name"]
    return {
        "kop_pemerintah": values["government"].upper(), "kop_instansi": office.upper(),
        "kop_alamat": values["address"], "kop_kontak": contact_line(values),
        "instansi": office, "kota": values["city"], "nomor": number, "sifat": "Biasa",
        "tanggal_surat": indonesian.long_date(dated),
        "tempat_tanggal": indonesian.place(values["city"], indonesian.long_date(dated)),
        "judul": event.title,
        "jenis_kegiatan": indonesian.KIND_NAMES.get(event.kind, event.kind),
        "penyelenggara": event.organiser_name if event.organiser_external and
        event.organiser_name else office,
        "hari_tanggal": day, "waktu": hour,
        "tanggal_kegiatan": indonesian.date_range(event.start_date, event.end_date),
        "tempat": event.venue or "–", "dasar": event.legal_basis or "–",
        "acara": [{"tanggal": indonesian.day_and_date(s.date),
                   "waktu": indonesian.time_range(s.start_time, s.end_time),
                   "materi": s.topic,
                   "narasumber": s.speaker.full_name if s.speaker_id else ""}
                  for s in sessions],
        "ttd_jabatan": values["head_title"] or "Kepala", "ttd_nama": values["head_name"],
        "ttd_pangkat": values["head_rank"],
        "ttd_nip": nip_rules.grouped(values["head_nip"]) if values["head_nip"] else "",
        "logo": office_logo(values),  # bytes: the writer makes it a picture in the file
    }


def tor_fields(event_id: int) -> dict:
    """A TOR's own fields: the event's own texts, kept in their lines, and who speaks."""
    from docxtpl import Listing

    from models.events.speakers import speakers

    event = Event.get_by_id(event_id)
    return {"latar_belakang": Listing(event.description or "–"),
            "tujuan": Listing(event.objectives or "–"),
            "sasaran": Listing(event.audience or "–"),
            "pembiayaan": Listing(event.funding or "–"), "tahun": event.start_date.year,
            "jumlah_peserta": len(participants(event_id)),
            "narasumber": [{"no": number, "nama": speaker.name,
                            "materi": ", ".join(speaker.topics)}
                           for number, speaker in enumerate(speakers(event_id), 1)],
            "lampiran": "–"}
