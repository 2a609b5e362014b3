"""The event report (*laporan pelaksanaan kegiatan*) in the chapters a real one has.

I Pendahuluan, II Pelaksanaan, III Hasil, IV Penutup, the signature, then the Lampiran:
the participants' attendance, the scanned signed sheets and the documentation photos. A
chapter the office types and left empty is left out (the Reports tab names it before
saving, by :func:`models.events.report_chapters.empty_chapters`), not printed as "-".
"""

import datetime
from collections import Counter

from models import settings
from models.attendance.marking import load_grid
from models.attendance.roles import CREW, people_in_roles
from models.evaluation import results
from models.events.photos import photo_bytes
from models.events.report_chapters import COMMITTEE_ROLES, empty_chapters
from models.events.tables import Event, Theme
from reports import indonesian
from reports.indonesian import KIND_NAMES, ROLE_NAMES, date_range, day_and_date, time_range
from reports.pdf_base import Officer
from reports.recaps import event_parts as parts_of
from reports.recaps.recaps import _nip, _share
from reports.report_model import (
    CODE,
    NUMBER,
    PERCENT,
    Column,
    Heading,
    Picture,
    Report,
    Table,
    Text,
    total_row,
)

LETTERS = "ABCDEFGH"
PHOTO_HEIGHT_MM = 100  # two documentation photos to a page


def event_report(event_id: int, today: datetime.date | None = None) -> Report:
    event = Event.get_by_id(event_id)
    grid = load_grid(event_id)
    held = grid.held_ids(today or datetime.date.today())
    found = results.event_results(event_id, today)
    crew = people_in_roles(event_id, CREW)
    empty = set(empty_chapters(event))
    theme = Theme.get_or_none(Theme.id == event.theme_id) if event.theme_id else None
    organiser = event.organiser_name if event.organiser_external else settings.get(
        "office_name")
    report = Report(
        "LAPORAN PELAKSANAAN KEGIATAN" + (" (DIBATALKAN)" if event.status == "cancelled"
                                          else ""),
        facts=[("Kegiatan", event.title),
               ("Jenis", KIND_NAMES.get(event.kind, event.kind)),
               *([("Tema", theme.name)] if theme else []), ("Penyelenggara", organiser),
               ("Status", parts_of.STATUS_NAMES.get(event.status, event.status))],
        file_stem=f"Laporan kegiatan {event.title}", chair=Officer.committee_chair(event_id))

    def chapter(number: str, title: str, sections: list) -> None:
        """The chapter with its sections lettered in order; none left: no chapter."""
        sections = [s for s in sections if s is not None]
        if not sections:
            return
        report.parts.append(Heading(f"{number}. {title}"))
        for letter, (heading, items) in zip(LETTERS, sections, strict=False):
            first, *rest = items
            report.parts.append(_titled(first, f"{letter}. {heading}"))
            report.parts.extend(rest)

    def typed(field: str, heading: str):
        return None if field in empty else (heading, [Text("", getattr(event, field))])

    chapter("I", "PENDAHULUAN", [
        typed("description", "Latar Belakang"), typed("legal_basis", "Dasar Pelaksanaan"),
        typed("objectives", "Maksud dan Tujuan"), typed("audience", "Sasaran")])
    chapter("II", "PELAKSANAAN", [
        ("Waktu dan Tempat", [Text("", _when_and_where(event, grid))]),
        ("Peserta", [Text("", _participants_text(grid))]),
        ("Narasumber dan Materi", [_schedule(grid.sessions),
                                   parts_of._speakers_table(event_id)]),
        None if "committee" in empty else ("Panitia", [_committee_table(crew)]),
        typed("funding", "Pembiayaan")])
    chapter("III", "HASIL", [
        ("Kehadiran", [_attendance_table(grid)]),
        ("Evaluasi", [parts_of._evaluation_table(found),
                      Text("Hasil Pre-test dan Post-test", parts_of._gain_text(found.gain)),
                      Text("Tindak Lanjut", parts_of._follow_up_text(found.follow_up))]),
        typed("obstacles", "Hambatan")])
    chapter("IV", "PENUTUP", [typed("conclusions", "Kesimpulan"),
                              typed("recommendations", "Saran")])
    report.appendix = _appendix(event_id, grid, held)
    return report


def _titled(part, heading: str):
    """The section's first part under the section's heading."""
    if isinstance(part, Text):
        return Text(heading, part.text)
    part.heading = heading  # a Table made here for this report alone
    return part


def _when_and_where(event: Event, grid) -> str:
    days = (event.end_date - event.start_date).days + 1
    total_jp = sum(s.jp or 0 for s in grid.sessions)
    where = indonesian.place(*dict.fromkeys(s.room for s in grid.sessions), event.venue)
    text = (f"Kegiatan dilaksanakan pada {date_range(event.start_date, event.end_date)} "
            f"({days} hari, {len(grid.sessions)} sesi, {indonesian.jp(total_jp)})")
    if where:
        text += f" di {where}"
    return text + f", secara {parts_of.MODE_NAMES.get(event.mode, event.mode).lower()}."


def _participants_text(grid) -> str:
    if not grid.people:
        return "Belum ada peserta terdaftar."
    units = Counter(p.institution or "-" for p in grid.people)
    text = f"Kegiatan diikuti oleh {indonesian.number(len(grid.people))} orang peserta"
    if len(units) > 1:
        shown = ", ".join(f"{name} {count} orang" for name, count in units.most_common(5))
        text += f" ({shown}{', dan lainnya' if len(units) > 5 else ''})"
    else:
        text += f" dari {next(iter(units))}"
    return text + ". Daftar hadir peserta terlampir (Lampiran 1)."


def _schedule(sessions) -> Table:
    total_jp = sum(s.jp or 0 for s in sessions)
    return Table("Jadwal dan Materi", [
        Column("No", NUMBER, 0.5, 0), Column("Hari/Tanggal", width=1.7),
        Column("Waktu", width=1.4), Column("Materi", width=2.6),
        Column("Narasumber", width=1.8), Column("JP", NUMBER, 0.5)],
        [[n, day_and_date(s.date), time_range(s.start_time, s.end_time), s.topic,
          s.speaker.full_name if s.speaker_id else "-", s.jp]
         for n, s in enumerate(sessions, 1)],
        total=["", "", "", "Jumlah", "", total_jp], sheet="Jadwal")


def _committee(crew) -> list:
    return [(p, roles) for p, roles in crew if set(roles) & set(COMMITTEE_ROLES)]


def _committee_table(crew) -> Table:
    return Table("Panitia", [
        Column("No", NUMBER, 0.5, 0), Column("Nama", width=2.3),
        Column("Jabatan/Instansi", width=2.6), Column("Tugas", width=1.4)],
        [[n, p.name, " / ".join(x for x in (p.position, p.institution) if x) or "-",
          ", ".join(ROLE_NAMES[r] for r in roles if r in COMMITTEE_ROLES)]
         for n, (p, roles) in enumerate(_committee(crew), 1)], sheet="Panitia")


def _attendance_table(grid) -> Table:
    rows = []
    for n, session in enumerate(grid.sessions, 1):
        counts = Counter(m.status for (_person, sid), m in grid.marks.items()
                         if sid == session.id)
        unrecorded = len(grid.people) - sum(counts.values())
        rows.append([f"Sesi {n}, {day_and_date(session.date)}", counts["hadir"],
                     counts["terlambat"], counts["izin"], counts["sakit"], counts["alpa"],
                     max(0, unrecorded)])
    columns = [Column("Sesi", width=2.2), Column("Hadir", NUMBER, 0.8, 0),
               Column("Terlambat", NUMBER, 0.9, 0), Column("Izin", NUMBER, 0.7, 0),
               Column("Sakit", NUMBER, 0.7, 0), Column("Alpa", NUMBER, 0.7, 0),
               Column("Belum dicatat", NUMBER, 1.1, 0)]
    return Table("Kehadiran per Sesi", columns, rows, sheet="Kehadiran per sesi",
                 total=total_row(columns, rows, tuple(c.title for c in columns[1:])))


def _appendix(event_id: int, grid, held: set[int]) -> list:
    parts = [Heading("Lampiran 1. Daftar Hadir Peserta"), Table("Peserta dan Kehadiran", [
        Column("No", NUMBER, 0.5, 0), Column("Nama", width=2.3), Column("NIP", CODE, 1.9),
        Column("Jabatan/Instansi", width=2.4), Column("Sesi hadir", NUMBER, 0.8, 0),
        Column("Kehadiran (%)", PERCENT, 0.9)],
        [[n, p.name, _nip(p.nip), " / ".join(x for x in (p.position, p.institution) if x),
          grid.attended(p.id, held), _share(grid.attended(p.id, held), len(held))]
         for n, p in enumerate(grid.people, 1)], sheet="Peserta")]
    number = 2
    scans = parts_of._scanned_sheets(event_id)
    if scans:
        parts += [Heading(f"Lampiran {number}. Daftar Hadir yang Ditandatangani"), *scans]
        number += 1
    photos = photo_bytes(event_id)
    if photos:
        parts.append(Heading(f"Lampiran {number}. Dokumentasi Kegiatan"))
        parts += [Picture(caption or name, data, PHOTO_HEIGHT_MM)
                  for name, caption, data in _drawable(photos)]
    return parts


def _drawable(photos):
    """The photos, each checked as it was at the door, so a bad one is named."""
    from models.files.checks import check_stored

    for name, caption, data in photos:
        check_stored(name, data)
        yield name, caption, data
