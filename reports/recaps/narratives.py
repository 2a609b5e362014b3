"""The event report (*laporan pelaksanaan kegiatan*) and the annual report."""

import datetime
import io
from collections import Counter, defaultdict

from peewee import fn

from models import settings
from models.attendance.held import held_sessions
from models.attendance.marking import load_grid
from models.attendance.tables import SessionAttachment
from models.certificates.outside import is_outside
from models.evaluation import results
from models.evaluation.categories import current_bounds
from models.evaluation.service_stats import grid as service_grid
from models.events.counting import development_rule, took_place
from models.events.tables import Event, EventSession, Registration, Theme
from models.files.checks import check_stored
from models.files.stored import StoredFile
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person
from reports import indonesian
from reports.indonesian import KIND_NAMES, MONTHS, date_range, day_and_date, time_range
from reports.pdf_base import Officer
from reports.recaps.recaps import _nip, _share, target_fact
from reports.report_model import (
    CODE,
    DATE,
    NUMBER,
    PERCENT,
    Chart,
    Column,
    Picture,
    Report,
    Table,
    Text,
    total_row,
)

MODE_NAMES = {"luring": "Luring (tatap muka)", "daring": "Daring", "hybrid": "Hibrida"}
STATUS_NAMES = {"planned": "Direncanakan", "running": "Berlangsung", "finished": "Selesai",
                "cancelled": "Dibatalkan"}
SCANNED_PAGES = 10  # pages of one attached PDF put into the report, at most
BAND_NAMES = {"high": "tinggi", "medium": "sedang", "low": "rendah"}


def event_report(event_id: int, today: datetime.date | None = None) -> Report:
    event = Event.get_by_id(event_id)
    grid = load_grid(event_id)
    held = grid.held_ids(today or datetime.date.today())
    found = results.event_results(event_id, today)
    sessions = grid.sessions
    total_jp = sum(s.jp or 0 for s in sessions)
    theme = Theme.get_or_none(Theme.id == event.theme_id) if event.theme_id else None
    organiser = event.organiser_name if event.organiser_external else settings.get(
        "office_name")
    report = Report(
        "LAPORAN PELAKSANAAN KEGIATAN" + (" (DIBATALKAN)" if event.status == "cancelled"
                                          else ""),
        facts=[("Kegiatan", event.title), ("Status", STATUS_NAMES.get(event.status, "-")),
               ("Jenis", KIND_NAMES.get(event.kind, event.kind)),
               ("Tema", theme.name if theme else "-"), ("Penyelenggara", organiser),
               ("Moda", MODE_NAMES.get(event.mode, event.mode)),
               ("Tempat", event.venue or "-"),
               ("Tanggal", date_range(event.start_date, event.end_date)),
               ("Jumlah JP", indonesian.jp(total_jp)),
               ("Peserta", f"{indonesian.number(len(grid.people))} orang")],
        file_stem=f"Laporan kegiatan {event.title}", chair=Officer.committee_chair(event_id))
    report.parts += [Text("Latar Belakang", event.description),
                     Text("Tujuan", event.objectives)]
    report.parts.append(Table("Jadwal dan Materi", [
        Column("No", NUMBER, 0.5, 0), Column("Hari/Tanggal", width=1.7),
        Column("Waktu", width=1.4), Column("Materi", width=2.6),
        Column("Narasumber", width=1.8), Column("JP", NUMBER, 0.5)],
        [[n, day_and_date(s.date), time_range(s.start_time, s.end_time), s.topic,
          s.speaker.full_name if s.speaker_id else "-", s.jp]
         for n, s in enumerate(sessions, 1)],
        total=["", "", "", "Jumlah", "", total_jp], sheet="Jadwal"))
    report.parts.append(_speakers_table(event_id))
    report.parts.append(_attendance_table(grid))
    report.parts.append(Table("Peserta dan Kehadiran", [
        Column("No", NUMBER, 0.5, 0), Column("Nama", width=2.3), Column("NIP", CODE, 1.9),
        Column("Jabatan/Instansi", width=2.4), Column("Sesi hadir", NUMBER, 0.8, 0),
        Column("Kehadiran (%)", PERCENT, 0.9)],
        [[n, p.name, _nip(p.nip), " / ".join(x for x in (p.position, p.institution) if x),
          grid.attended(p.id, held), _share(grid.attended(p.id, held), len(held))]
         for n, p in enumerate(grid.people, 1)], sheet="Peserta"))
    report.parts += [_evaluation_table(found),
                     Text("Hasil Pre-test dan Post-test", _gain_text(found.gain)),
                     Text("Tindak Lanjut", _follow_up_text(found.follow_up)),
                     *_scanned_sheets(event_id),
                     Text("Kesimpulan", event.conclusions),
                     Text("Rekomendasi", event.recommendations)]
    return report


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


def _attendance_table(grid) -> Table:
    rows = []
    for n, session in enumerate(grid.sessions, 1):
        counts = Counter(m.status for (person, sid), m in grid.marks.items()
                         if sid == session.id)
        unrecorded = len(grid.people) - sum(counts.values())
        rows.append([f"Sesi {n}", counts["hadir"], counts["terlambat"], counts["izin"],
                     counts["sakit"], counts["alpa"], max(0, unrecorded)])
    columns = [Column("Sesi", width=1), Column("Hadir", NUMBER, 0.8, 0),
               Column("Terlambat", NUMBER, 0.9, 0), Column("Izin", NUMBER, 0.7, 0),
               Column("Sakit", NUMBER, 0.7, 0), Column("Alpa", NUMBER, 0.7, 0),
               Column("Belum dicatat", NUMBER, 1.1, 0)]
    return Table("Ringkasan Kehadiran per Sesi", columns, rows, sheet="Kehadiran per sesi",
                 total=total_row(columns, rows, tuple(c.title for c in columns[1:])))


def _evaluation_table(found: results.EventResults) -> Table:
    bounds = current_bounds()
    rows = [[name, responses, _rounded(mean), indonesian.rating_category(mean, bounds)]
            for name, responses, mean in (
                *((t.name, t.responses, t.mean) for t in found.templates),
                *((f"Narasumber: {s.name}", s.responses, s.mean) for s in found.speakers))]
    rate = (f"Tingkat respons evaluasi penyelenggaraan: {indonesian.response_rate(found)}."
            if found.response_rate is not None else "Belum ada peserta.")
    return Table("Ringkasan Evaluasi", [
        Column("Evaluasi", width=3), Column("Tanggapan", NUMBER, 1, 0),
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
        caption = (f"Lampiran: {attachment.description or 'daftar hadir'} — "
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


def annual_report(year: int, today: datetime.date | None = None) -> Report:
    """The year: events by kind and theme, participants, JP delivered, the share of staff
    meeting the JP target, evaluation averages, and the service figures month by month.

    Only what took place counts: events not cancelled that started by ``today`` (their
    status is set by hand and may lag), and of those the sessions held by ``today``."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    now = today or datetime.date.today()
    until = min(last, now)
    events = [e for e in Event.select().where(Event.start_date.between(first, until))
              .order_by(Event.start_date) if took_place(e.status, e.start_date, now)]
    cancelled = (Event.select().where(Event.start_date.between(first, last),
                                      Event.status == "cancelled").count())
    ids = [e.id for e in events] or [0]
    participants = dict(Registration.select(Registration.event, fn.COUNT(Registration.id))
                        .where(Registration.event.in_(ids), Registration.role == "peserta",
                               ~Registration.cancelled)
                        .group_by(Registration.event).tuples())
    jp: dict[int, float] = defaultdict(float)
    for session in held_sessions(ids, now):
        if session.date <= last:
            jp[session.event_id] += session.jp or 0
    themes = dict(Theme.select(Theme.id, Theme.name).tuples())
    people = (Registration.select(fn.COUNT(Registration.person.distinct()))
              .where(Registration.event.in_(ids), ~Registration.cancelled).scalar() or 0)
    means = {e.id: _organisation_mean(e.id) for e in events}

    by_kind, by_theme = defaultdict(lambda: [0, 0, 0.0]), defaultdict(lambda: [0, 0, 0.0])
    for event in events:
        for tally, key in ((by_kind, KIND_NAMES.get(event.kind, event.kind)),
                           (by_theme, themes.get(event.theme_id, "(tanpa tema)"))):
            tally[key][0] += 1
            tally[key][1] += participants.get(event.id, 0)
            tally[key][2] += float(jp.get(event.id) or 0)
    summary_columns = [Column("", width=2.4), Column("Kegiatan", NUMBER, 0.8, 0),
                       Column("Peserta", NUMBER, 0.8, 0), Column("JP", NUMBER, 0.7)]
    report = Report(
        f"LAPORAN TAHUNAN PENGEMBANGAN KOMPETENSI {year}",
        facts=[("Jumlah kegiatan", f"{indonesian.number(len(events))} terlaksana" + (
                   f", {cancelled} dibatalkan" if cancelled else "")),
               *_events_by_purpose(events, jp),
               ("Peserta (pendaftaran)", indonesian.number(sum(participants.values()))),
               ("Orang yang terlibat", indonesian.number(people)),
               target_fact(year, now)],
        file_stem=f"Laporan tahunan {year}", date=until)
    counted = ("Kegiatan", "Peserta", "JP")
    for heading, first, tally, sheet in (("Kegiatan per Jenis", "Jenis", by_kind, "Per jenis"),
                                         ("Kegiatan per Tema", "Tema", by_theme, "Per tema")):
        columns = [Column(first, width=2.4), *summary_columns[1:]]
        rows = [[k, *v] for k, v in sorted(tally.items())]
        report.parts.append(Table(heading, columns, rows, sheet=sheet,
                                  total=total_row(columns, rows, counted)))
    columns = [Column("Mulai", DATE, 0), Column("Kegiatan", width=3),
               Column("Jenis", width=1.3), Column("Peserta", NUMBER, 0.7, 0),
               Column("JP", NUMBER, 0.5), Column("Evaluasi (1–5)", NUMBER, 0.9, 2)]
    rows = [[e.start_date, e.title + (" (berlangsung)" if e.end_date >= now else ""),
             KIND_NAMES.get(e.kind, e.kind), participants.get(e.id, 0),
             float(jp.get(e.id) or 0), means[e.id]] for e in events]
    report.parts.append(Table("Daftar Kegiatan", columns, rows, sheet="Kegiatan",
                              total=total_row(columns, rows, ("Peserta", "JP"))))
    if by_kind:
        report.parts.insert(1, Chart("Jumlah kegiatan per jenis", list(sorted(by_kind)),
                                     [by_kind[k][0] for k in sorted(by_kind)]))
    service = _service_table(year)
    report.parts.append(service)
    if service.rows and len(service.columns) > 1:
        report.parts.append(Chart(f"{service.columns[1].title} per bulan",
                                  [row[0] for row in service.rows],
                                  [row[1] or 0 for row in service.rows]))
    return report


def _events_by_purpose(events: list[Event], jp: dict[int, float]) -> list[tuple[str, str]]:
    """The office's competency development, its programmes for the public and what outside
    bodies ran, each with its events and JP: the title promises the first, and a JP total
    of all three would claim the others as training the office gave."""
    counts = development_rule()
    groups = {"Pengembangan kompetensi": [], "Program untuk masyarakat": [],
              "Oleh lembaga luar": []}
    for event in events:
        if is_outside(event):
            key = "Oleh lembaga luar"
        elif counts(event.kind, event.counts_as_development):
            key = "Pengembangan kompetensi"
        else:
            key = "Program untuk masyarakat"
        groups[key].append(event.id)
    return [(label, f"{indonesian.number(len(ids))} kegiatan, "
                    f"{indonesian.jp(sum(float(jp.get(i) or 0) for i in ids))}")
            for label, ids in groups.items() if ids]


def _organisation_mean(event_id: int) -> float | None:
    found = results.event_results(event_id)
    organisation = [t for t in found.templates if t.kind == "organisation" and t.mean]
    return _rounded(organisation[0].mean) if organisation else None


def _service_table(year: int) -> Table:
    figures = service_grid(year)
    columns = [Column("Bulan", width=1.2)] + [Column(m.name, NUMBER, 1, 0)
                                              for m in figures.metrics]
    rows = [[MONTHS[month], *figures.values[month]] for month in range(12)
            if any(v is not None for v in figures.values[month])]
    return Table("Statistik Layanan per Bulan", columns, rows, sheet="Layanan",
                 total=total_row(columns, rows, tuple(c.title for c in columns[1:]))
                 if rows else None)
