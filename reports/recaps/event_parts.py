"""The event report's parts that say what happened: its speakers, its evaluation, the
pre/post gain, the follow-up and the scanned signed sheets."""

import io
from collections import defaultdict

from models.attendance.tables import SessionAttachment
from models.evaluation import results
from models.evaluation.categories import current_bounds
from models.events.tables import EventSession
from models.files.checks import check_stored
from models.files.stored import StoredFile
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person
from reports import indonesian
from reports.indonesian import day_and_date
from reports.report_model import NUMBER, Column, Picture, Table

MODE_NAMES = {"luring": "Luring (tatap muka)", "daring": "Daring", "hybrid": "Hibrida"}
STATUS_NAMES = {"planned": "Direncanakan", "running": "Berlangsung", "finished": "Selesai",
                "cancelled": "Dibatalkan"}
SCANNED_PAGES = 10  # pages of one attached PDF put into the report, at most
BAND_NAMES = {"high": "tinggi", "medium": "sedang", "low": "rendah"}


def _speakers_table(event_id: int) -> Table:
    rows = (EventSession.select(EventSession.topic, Person)
            .join(Person, on=(EventSession.speaker == Person.id))
            .where(EventSession.event == event_id)
            .order_by(EventSession.date, EventSession.start_time))
    topics: dict[int, list[str]] = defaultdict(list)
    people = {}
    for session in rows:
        people[session.speaker.id] = session.speaker
        topics[session.speaker.id].append(session.topic)
    return Table("Narasumber", [Column("Nama", width=2.2), Column("Instansi", width=2),
                                Column("Materi", width=3)],
                 [[p.full_name, p.institution or p.unit or "-", "; ".join(topics[pid])]
                  for pid, p in people.items()], sheet="Narasumber")


def _evaluation_table(found: results.EventResults) -> Table:
    bounds = current_bounds()
    rows = [[name, responses, _rounded(mean), indonesian.rating_category(mean, bounds)]
            for name, responses, mean in (
                *((t.name, t.responses, t.mean) for t in found.templates),
                *((f"Narasumber: {s.name}", s.responses, s.mean) for s in found.speakers))]
    rate = (f"Tingkat respons evaluasi penyelenggaraan: {indonesian.response_rate(found)}."
            if found.response_rate is not None else "Belum ada peserta.")
    return Table("Ringkasan Evaluasi", [
        Column("Evaluasi", width=3), Column("Respons", NUMBER, 1, 0),
        Column("Rata-rata (1–5)", NUMBER, 1, 2), Column("Kategori", width=1)], rows,
        sheet="Evaluasi", note=rate)


def _rounded(value: float | None) -> float | None:
    """Two decimals, as printed (half up): a workbook shows what the paper says."""
    return None if value is None else float(indonesian.rounded(value, 2))


def _gain_text(gain: results.GainSummary) -> str:
    if not gain.n:
        return "Belum ada data pre-test dan post-test."
    return (f"{gain.n} peserta memiliki nilai pre-test dan post-test. Rata-rata pre-test "
            f"{indonesian.fixed(gain.mean_pre, 1, '-')}, post-test "
            f"{indonesian.fixed(gain.mean_post, 1, '-')}, gain "
            f"ternormalisasi {indonesian.fixed(gain.mean_gain, 2, '-')} (kategori "
            f"{BAND_NAMES.get(gain.band, gain.band)}).")


def _follow_up_text(follow: results.FollowUpSummary) -> str:
    if not follow.n:
        return "Belum ada data tindak lanjut."
    text = (f"{follow.n} catatan tindak lanjut: diterapkan {follow.applied['yes']}, "
            f"sebagian {follow.applied['partly']}, tidak {follow.applied['no']}.")
    if follow.mean_rating is not None:
        text += f" Rata-rata penilaian {indonesian.fixed(follow.mean_rating, 2, '-')} dari 5."
    return text


def _scanned_sheets(event_id: int) -> list[Picture]:
    """The scanned, signed sign-in sheets as pictures (each page of a PDF drawn as one)."""
    found = []
    query = (SessionAttachment.select(SessionAttachment, EventSession, StoredFile)
             .join(EventSession).switch(SessionAttachment).join(StoredFile)
             .where(EventSession.event == event_id)
             .order_by(EventSession.date, EventSession.start_time))
    for attachment in query:
        session, stored = attachment.session, attachment.file
        try:
            check_stored(stored.name, bytes(stored.data))
        except SiBinaError as exc:  # attached before scans were checked at the door
            raise SiBinaError(message("Reports", QT_TRANSLATE_NOOP(
                "Reports", "The scanned sheet of “{session}” ({date}) cannot be drawn: "
                           "{detail} Remove it from the session's scanned sheets and attach "
                           "a good copy."),
                session=session.topic, date=session.date, detail=exc.msg)) from exc
        pictures = _as_pictures(bytes(stored.data), stored.mime)
        caption = (f"{attachment.description or 'Daftar hadir'} — "
                   f"{session.topic}, {day_and_date(session.date)}")
        for number, picture in enumerate(pictures, 1):
            found.append(Picture(caption + (f" (halaman {number} dari {len(pictures)})"
                                            if len(pictures) > 1 else ""), picture))
    return found


def _as_pictures(data: bytes, mime: str) -> list[bytes]:
    if mime in ("image/png", "image/jpeg"):
        return [data]
    if mime != "application/pdf":
        return []
    pictures = []
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
        try:
            for index in range(min(len(document), SCANNED_PAGES)):
                picture = document[index].render(scale=150 / 72).to_pil().convert("RGB")
                buffer = io.BytesIO()
                picture.save(buffer, "JPEG", quality=85)
                pictures.append(buffer.getvalue())
        finally:
            document.close()
    except Exception:  # a damaged attachment leaves the report without its pictures
        return pictures
    return pictures
