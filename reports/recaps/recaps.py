"""The recaps the office reports upward: attendance of an event, JP per person for a year,
one person's transcript, speakers' ratings, the certificate register."""

import datetime
from collections import defaultdict

from models import settings
from models.attendance.marking import load_grid
from models.certificates import issuing as certificates
from models.certificates import outside
from models.certificates.tables import Certificate
from models.evaluation.categories import current_bounds
from models.evaluation.questionnaires import RATING_LABELS
from models.evaluation.results import speaker_history
from models.events.counting import (
    YEAR_AHEAD,
    YEAR_ENDED,
    YEAR_RUNNING,
    bound_by_target,
    shortfall,
    target_binding,
    took_place,
    year_standing,
)
from models.events.jp import in_year as jp_in_year
from models.events.tables import Event
from models.staff.history import history
from models.staff.nip import grouped
from models.staff.tables import Person, join_name
from models.vocab import PRESENT_STATUSES
from reports import indonesian
from reports.certificates import register
from reports.indonesian import KIND_NAMES, ROLE_NAMES, date_range
from reports.pdf_base import Officer
from reports.report_model import (
    CODE,
    DATE,
    NUMBER,
    PERCENT,
    Column,
    Report,
    Table,
    total_row,
)

STATUS_LETTERS = {"hadir": "H", "terlambat": "T", "izin": "I", "sakit": "S", "alpa": "A"}
EMPLOYMENT_NAMES = {"": "-", "PNS": "PNS", "PPPK": "PPPK", "NON_ASN": "Non-ASN"}


def _nip(text: str | None) -> str:
    return grouped(text) if text else ""


def attendance_recap(event_id: int, today: datetime.date | None = None) -> Report:
    """Each participant × session, their share of the sessions held so far and attended JP."""
    event = Event.get_by_id(event_id)
    grid = load_grid(event_id)
    held = grid.held_ids(today or datetime.date.today())
    columns = [Column("No", NUMBER, 0.4, 0, key=True), Column("Nama", width=2.2, key=True),
               Column("NIP", CODE, 2.0), Column("Jabatan/Instansi", width=2.4)]
    # S1, S2, …: the sessions' dates and topics are in the table below. A letter needs no
    # more room than its heading (width 0: no share of the page's spare width).
    columns += [Column(f"S{n}", width=0) for n in range(1, len(grid.sessions) + 1)]
    columns += [Column("Hadir", NUMBER, 0.6, 0), Column("Hadir (%)", PERCENT, 0.65),
                Column("JP hadir", NUMBER, 0.55)]
    rows = []
    for number, person in enumerate(grid.people, 1):
        marks = [grid.marks.get((person.id, s.id)) for s in grid.sessions]
        present = grid.attended(person.id, held)
        rows.append([number, person.name, _nip(person.nip),
                     " / ".join(p for p in (person.position, person.institution) if p),
                     *(STATUS_LETTERS.get(m.status, "") if m else "" for m in marks),
                     present, _share(present, len(held)), grid.attended_jp(person.id)])
    # Jumlah: who came to each session, sessions attended and JP in all; the share of
    # every participant's sessions held.
    came = {f"S{n}": sum(1 for p in grid.people
                         if (m := grid.marks.get((p.id, s.id))) and m.status in PRESENT_STATUSES)
            for n, s in enumerate(grid.sessions, 1)}
    attended = sum(row[-3] for row in rows)
    total = total_row(columns, rows, ("Hadir", "JP hadir"), {
        **came, "Hadir (%)": _share(attended, len(held) * len(grid.people))})
    session_columns = [Column("Sesi", width=0), Column("Tanggal", DATE),
                       Column("Materi", width=3), Column("JP", NUMBER, 0.5)]
    session_rows = [[f"S{n}", s.date, s.topic, s.jp] for n, s in enumerate(grid.sessions, 1)]
    sessions = Table("Sesi", session_columns, session_rows, sheet="Sesi",
                     total=total_row(session_columns, session_rows, ("JP",)))
    facts = [("Kegiatan", event.title), ("Tanggal", _dates(event)),
             ("Jumlah peserta", f"{indonesian.number(len(grid.people))} orang"),
             ("Keterangan", "H hadir, T terlambat, I izin, S sakit, A alpa")]
    if len(held) < len(grid.sessions):  # the rest has not happened yet
        facts.append(("Sesi terlaksana", f"{len(held)} dari {len(grid.sessions)}; persentase "
                                         f"dihitung dari sesi yang sudah terlaksana"))
    return Report(
        "REKAP KEHADIRAN KEGIATAN",
        facts=facts,
        parts=[Table("Kehadiran per sesi", columns, rows, sheet="Kehadiran", total=total),
               sessions],
        file_stem=f"Rekap kehadiran {event.title}", chair=Officer.committee_chair(event_id))


def _share(present: int, held: int) -> float:
    return round(100.0 * present / held, 1) if held else 0.0


def _dates(event: Event) -> str:
    return date_range(event.start_date, event.end_date)


def jp_recap(year: int, unit: str = "", today: datetime.date | None = None) -> Report:
    """Every active staff member's JP in ``year`` towards the target, by unit; who is below
    it and by how much. One query for the JP, one for the people.

    A year not ended yet says how far each person still has to go ("Berjalan"), not that
    they failed; a year to come is not judged."""
    target = settings.get("jp_target")
    today = today or datetime.date.today()
    standing = year_standing(year, today.year)
    judged = standing != YEAR_AHEAD
    attended = jp_in_year(year)
    binds = target_binding()
    query = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title,
                           Person.nip, Person.unit, Person.position, Person.employment)
             .where(Person.active, ~Person.is_external))
    if unit:
        query = query.where(Person.unit == unit)
    people = sorted(query.tuples(), key=lambda p: ((p[5] or "").casefold(),
                                                     p[2].casefold()))
    short_word = "Berjalan" if standing == YEAR_RUNNING else "Belum"
    rows, below, by_unit = [], 0, defaultdict(lambda: [0, 0, 0.0])
    for number, (pid, front, name, back, nip, person_unit, position, employment) in enumerate(
            people, 1):
        jp = attended.get(pid, 0.0)
        bound = binds(employment, nip)
        short = shortfall(jp, target) if bound and judged else None
        below += bool(short)
        rows.append([number, join_name(front, name, back), _nip(nip), person_unit or "",
                     position or "", EMPLOYMENT_NAMES.get(employment or "", employment), jp,
                     short, (short_word if short else "Tercapai") if short is not None else "-"])
        if bound:
            tally = by_unit[person_unit or "(tanpa unit)"]
            tally[0] += 1
            tally[1] += short == 0
            tally[2] += jp
    columns = [Column("No", NUMBER, 0.45, 0), Column("Nama", width=2.2),
               Column("NIP", CODE, 2.1), Column("Unit kerja", width=1.6),
               Column("Jabatan", width=1.6), Column("Status", width=0.85),
               Column("JP", NUMBER, 0.5), Column("Kurang", NUMBER, 0.75),
               Column("Target", width=0.8)]
    whom = bound_names()
    units = Table(f"Ringkasan per unit kerja ({whom})", [
        Column("Unit kerja", width=2.5), Column("Pegawai", NUMBER, 0.7, 0),
        Column("Mencapai target", NUMBER, 1, 0), Column("Persentase (%)", PERCENT, 1),
        Column("Rata-rata JP", NUMBER, 0.9)],
        [[name, count, met if judged else None,
          round(100.0 * met / count, 1) if judged else None, round(total / count, 1)]
         for name, (count, met, total) in sorted(by_unit.items())], sheet="Per unit")
    staff, met, jp_total = (sum(t[i] for t in by_unit.values()) for i in range(3))
    units.total = total_row(units.columns, units.rows, ("Pegawai",), {
        "Mencapai target": met if judged else None,
        "Persentase (%)": round(100.0 * met / staff, 1) if judged and staff else None,
        "Rata-rata JP": round(jp_total / staff, 1) if staff else None})
    facts = [("Target", f"{indonesian.jp(target)} per tahun bagi setiap {whom}"),
             ("Unit kerja", unit or "Semua unit"),
             ("Jumlah pegawai", f"{indonesian.number(len(rows))} orang"),
             (whom, f"{indonesian.number(sum(t[0] for t in by_unit.values()))} orang")]
    if standing == YEAR_ENDED:
        facts.append(("Belum mencapai target", f"{indonesian.number(below)} orang"))
    elif standing == YEAR_RUNNING:
        facts.append(("Belum mencapai target",
                      f"{indonesian.number(below)} orang (tahun berjalan, keadaan "
                      f"{indonesian.long_date(today)})"))
    else:
        facts.append(("Pencapaian target", f"belum dinilai: tahun {year} belum berjalan"))
    return Report(
        f"REKAP JAM PELAJARAN (JP) TAHUN {year}",
        facts=facts,
        parts=[Table("JP per pegawai", columns, rows, sheet="JP per pegawai"), units],
        file_stem=f"Rekap JP {year}" + (f" {unit}" if unit else ""))


def bound_names() -> str:
    """Whom the target binds, as the paper names them: "PNS dan PPPK"."""
    names = [EMPLOYMENT_NAMES[code] for code in EMPLOYMENT_NAMES
             if code in settings.get("jp_target_employment")]
    if not names:
        return "pegawai ber-NIP tanpa status"
    return ", ".join(names[:-1]) + " dan " + names[-1] if len(names) > 1 else names[0]


def target_fact(year: int, today: datetime.date) -> tuple[str, str]:
    """The annual report's line on the target: how many of those it binds (active staff)
    reached it; a year not ended says so, a year to come is not judged."""
    label = f"{bound_names()} mencapai target JP"
    standing = year_standing(year, today.year)
    if standing == YEAR_AHEAD:
        return label, "belum dinilai"
    target = settings.get("jp_target")
    binds = target_binding()
    staff = [pid for (pid, employment, nip) in Person.select(
        Person.id, Person.employment, Person.nip).where(Person.active, ~Person.is_external)
        .tuples() if binds(employment, nip)]
    attended = jp_in_year(year)
    met = sum(1 for pid in staff if not shortfall(attended.get(pid, 0.0), target))
    return label, (f"{indonesian.number(met)} dari {indonesian.number(len(staff))} "
                   f"({indonesian.percent(100 * met / len(staff) if staff else 0)})"
                   + (" sejauh ini, tahun berjalan" if standing == YEAR_RUNNING else ""))


def transcript(person_id: int, today: datetime.date | None = None) -> Report:
    """A person's training record (*riwayat pengembangan kompetensi*), per year."""
    person = Person.get_by_id(person_id)
    numbers = defaultdict(list)
    for event_id, number in (Certificate.select(Certificate.event, Certificate.number)
                                   .where(Certificate.person == person_id,
                                          Certificate.revoked_at.is_null()).tuples()):
        numbers[event_id].append(number)
    for event_id, number in outside.recorded_numbers(person_id).items():
        numbers[event_id].append(number)  # an outside event's certificate, recorded
    bound = bound_by_target(person.employment, person.nip, person.is_external)
    today = today or datetime.date.today()
    tables = []
    for year in reversed(history(person_id)):  # oldest first, as a record reads
        # A programme for the public (a book club) is no competency development.
        taken = [e for e in sorted(year.events, key=lambda e: e.start_date)
                 if e.counts and not e.cancelled and took_place(e.status, e.start_date, today)]
        if not taken and not year.attended_jp:
            continue
        rows = [[e.start_date, e.title, KIND_NAMES.get(e.kind, e.kind),
                 ", ".join(ROLE_NAMES.get(r, r) for r in e.roles) or "-", e.attended_jp,
                 ", ".join(numbers.get(e.event_id, [])) or "-"] for e in taken]
        note = ""
        standing = year_standing(year.year, today.year)
        if bound and standing != YEAR_AHEAD:
            note = f"Target {indonesian.jp(year.target)}: " + (
                "tercapai." if year.target_met else f"kurang {indonesian.jp(year.short_by)}"
                + (" (tahun berjalan)." if standing == YEAR_RUNNING else "."))
        tables.append(Table(
            f"Tahun {year.year}",
            [Column("Tanggal", DATE, 1.4), Column("Kegiatan", width=3),
             Column("Jenis", width=0.6), Column("Peran", width=0), Column("JP", NUMBER, 0.5),
             Column("Nomor sertifikat", CODE, 2.4)],
            rows, total=["Jumlah", "", "", "", year.attended_jp, ""],
            sheet=str(year.year), note=note))
    return Report(
        "RIWAYAT PENGEMBANGAN KOMPETENSI",
        facts=[("Nama", person.full_name), ("NIP", _nip(person.nip) or "-"),
               ("Jabatan", person.position or "-"),
               ("Unit kerja", person.unit or person.institution or "-")],
        parts=tables, file_stem=f"Riwayat {person.full_name}")


def speakers(year: int | None = None) -> Report:
    """Every speaker's mean rating per event (1–5) and its category, by speaker then date."""
    ratings = [r for r in speaker_history() if year is None or r.start_date.year == year]
    bounds = current_bounds()
    # Rounded half up as printed, so the workbook's figure reads as its category does.
    rows = [[r.speaker, r.start_date, r.title, r.theme or "-",
             float(indonesian.rounded(r.mean, 2)), indonesian.rating_category(r.mean, bounds),
             r.n] for r in ratings]
    return Report(
        "REKAP PENILAIAN NARASUMBER" + (f" TAHUN {year}" if year else ""),
        facts=[("Skala", f"1 = {RATING_LABELS[1]} … 5 = {RATING_LABELS[5]}"),
               ("Kategori", indonesian.rating_scale(bounds)),
               ("Jumlah narasumber",
                f"{indonesian.number(len({r.speaker_id for r in ratings}))} orang")],
        parts=[Table("Penilaian per kegiatan", [
            Column("Narasumber", width=2), Column("Tanggal", DATE, 1.4),
            Column("Kegiatan", width=3), Column("Tema", width=1.6),
            Column("Rata-rata", NUMBER, 0.8, 2), Column("Kategori", width=1.1),
            Column("Responden", NUMBER, 0.8, 0)],
            rows, sheet="Narasumber")],
        file_stem="Rekap narasumber" + (f" {year}" if year else ""))


def certificate_register(event_id: int | None = None, year: int | None = None) -> Report:
    rows = certificates.register(event_id=event_id)
    if year is not None:
        rows = [r for r in rows if r.issued_on.year == year]
    scope = ", ".join(part for part in (Event.get_by_id(event_id).title if event_id else "",
                                        f"tahun {year}" if year else "") if part) or "Semua"
    return Report(
        register.TITLE,
        facts=[("Cakupan", scope), ("Jumlah sertifikat", indonesian.number(len(rows))),
               ("Dicabut", indonesian.number(sum(1 for r in rows if r.revoked_at)))],
        parts=[register.register_table(rows)],
        file_stem="Register sertifikat" + "".join(
            f" {part}" for part in (f"kegiatan {event_id}" if event_id else "",
                                    str(year) if year else "") if part))


def units() -> list[str]:
    """The staff's units, for choosing one."""
    return [u for (u,) in Person.select(Person.unit).where(~Person.is_external,
                                                           Person.unit != "")
            .distinct().order_by(Person.unit).tuples()]
