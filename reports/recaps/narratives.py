"""The annual report (the event report is :mod:`reports.recaps.event_report`)."""

import datetime
from collections import defaultdict

from peewee import fn

from models.attendance.held import held_sessions
from models.certificates.outside import is_outside
from models.evaluation import results
from models.evaluation.service_stats import grid as service_grid
from models.events.counting import development_rule, took_place
from models.events.tables import Event, Registration, Theme
from reports import indonesian
from reports.indonesian import KIND_NAMES, MONTHS
from reports.recaps.event_parts import _rounded
from reports.recaps.recaps import target_fact
from reports.report_model import (
    DATE,
    NUMBER,
    Chart,
    Column,
    Report,
    Table,
    total_row,
)


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
