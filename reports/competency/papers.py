"""The competency papers, printed in Indonesian as the office's papers are: the annual
competency development plan (rencana pengembangan kompetensi) with the map as its
attachment, a theme's training needs list, and the competency map alone (the Kompetensi
tab's export)."""

import datetime

from models.competency.plan import development_plan
from models.competency.staff_map import CompetencyMap, competency_map, needs_in
from models.events.tables import Theme
from models.staff.nip import grouped
from models.text_rules import NAME_MAX, TITLE_MAX
from reports import indonesian
from reports.indonesian import KIND_NAMES, date_range
from reports.pdf_base import shortened
from reports.report_model import CODE, DATE, NUMBER, Column, Report, Table, total_row


def _span(found: CompetencyMap) -> str:
    return (f"{found.years} tahun terakhir ({indonesian.long_date(found.since)} – "
            f"{indonesian.long_date(found.until)})")


def map_table(found: CompetencyMap, heading: str = "Peta kompetensi") -> Table:
    """People × themes, JP per theme and in all; 0 where nothing was earned."""
    columns = [Column("No", NUMBER, 0.4, 0), Column("Nama", width=2.2, key=True),
               Column("NIP", CODE, 1.9, printed=False), Column("Unit kerja", width=1.4)]
    columns += [Column(name, NUMBER, 0.9) for _id, name in found.themes]
    if found.has_other:
        columns.append(Column("Tanpa tema", NUMBER, 0.7))
    columns.append(Column("Jumlah JP", NUMBER, 0.7))
    rows = []
    for number, row in enumerate(found.rows, 1):
        other = [row.other] if found.has_other else []
        # Cut at what a form accepts today: the map's name and unit columns are narrow,
        # and an old database's far longer value would make a row taller than the page.
        rows.append([number, shortened(row.name, NAME_MAX), grouped(row.nip) if row.nip
                     else "", shortened(row.unit, TITLE_MAX), *row.jp, *other, row.total])
    # Small type: a dozen columns of long theme names then fit one landscape page across.
    return Table(heading, columns, rows, sheet="Peta kompetensi", dense=True,
                 note="Angka 0: belum ada JP pada tema itu dalam masa tinjau.")


def competency_map_report(today: datetime.date, years: int | None = None, unit: str = "",
                          functional_level: str = "") -> Report:
    found = competency_map(today, years, unit or None, functional_level or None)
    facts = [("Masa tinjau", _span(found)), ("Unit kerja", unit or "Semua unit")]
    if functional_level:
        facts.append(("Jenjang jabatan fungsional", functional_level))
    facts.append(("Jumlah pegawai", f"{indonesian.number(len(found.rows))} orang"))
    return Report("PETA KOMPETENSI PEGAWAI", facts=facts, parts=[map_table(found)],
                  date=today, file_stem="Peta kompetensi" + (f" {unit}" if unit else ""))


def needs_report(theme: int, today: datetime.date, years: int | None = None,
                 unit: str = "") -> Report:
    """Who has had no JP in the theme over the last N years, by unit and name."""
    found = competency_map(today, years, unit or None)
    needs = needs_in(found, theme)
    name = Theme.get_by_id(theme).name
    columns = [Column("No", NUMBER, 0.45, 0), Column("Nama", width=2.4),
               Column("NIP", CODE, 2.0), Column("Unit kerja", width=1.8),
               Column("Jenjang jabatan fungsional", width=1.8)]
    rows = [[number, row.name, grouped(row.nip) if row.nip else "", row.unit,
             row.functional_level] for number, row in enumerate(needs, 1)]
    return Report(
        "DAFTAR KEBUTUHAN PELATIHAN",
        facts=[("Tema", name),
               ("Masa tinjau", _span(found)),
               ("Unit kerja", unit or "Semua unit"),
               ("Pegawai tanpa JP pada tema ini", f"{indonesian.number(len(rows))} orang")],
        parts=[Table(f"Pegawai tanpa JP pada tema {name}", columns, rows,
                     sheet="Kebutuhan pelatihan")],
        date=today, file_stem=f"Kebutuhan pelatihan {name}")


def plan_report(year: int, unit: str = "", today: datetime.date | None = None) -> Report:
    """Per theme the needs as the year began, the events held and planned, who is still
    uncovered; the map the needs came from as the attachment."""
    today = today or datetime.date.today()
    plan = development_plan(year, today, unit=unit or None)
    summary_columns = [Column("No", NUMBER, 0.4, 0), Column("Tema", width=2.6),
                       Column("Kebutuhan (orang)", NUMBER, 1, 0),
                       Column("Kegiatan terlaksana", NUMBER, 1, 0),
                       Column("Kegiatan direncanakan", NUMBER, 1.1, 0),
                       Column("Belum terjangkau (orang)", NUMBER, 1.1, 0)]
    summary = [[number, theme.theme, len(theme.needs), len(theme.held), len(theme.planned),
                len(theme.uncovered)] for number, theme in enumerate(plan.themes, 1)]
    event_columns = [Column("Tema", width=1.8), Column("Kegiatan", width=2.6),
                     Column("Jenis", width=1), Column("Mulai", DATE, 1.1),
                     Column("Tanggal", width=1.6, printed=False),
                     Column("Keadaan", width=1), Column("Peserta", NUMBER, 0.6, 0)]
    events = [[theme.theme, item.title, KIND_NAMES.get(item.kind, item.kind), item.start,
               date_range(item.start, item.end), state, item.people]
              for theme in plan.themes
              for state, items in (("Terlaksana", theme.held), ("Direncanakan", theme.planned))
              for item in items]
    need_columns = [Column("Tema", width=1.8), Column("Nama", width=2.2),
                    Column("NIP", CODE, 1.9), Column("Unit kerja", width=1.4),
                    Column("Keterangan", width=1.2)]
    needs = []
    for theme in plan.themes:
        open_ = {row.person_id for row in theme.uncovered}
        needs += [[theme.theme, row.name, grouped(row.nip) if row.nip else "", row.unit,
                   "Belum terjangkau" if row.person_id in open_ else "Terjangkau"]
                  for row in theme.needs]
    found = plan.map
    return Report(
        f"RENCANA PENGEMBANGAN KOMPETENSI TAHUN {year}",
        facts=[("Unit kerja", unit or "Semua unit"),
               ("Kebutuhan", f"pegawai tanpa JP pada tema dalam {_span(found)}"),
               ("Terjangkau", f"terdaftar pada kegiatan tema itu tahun {year} "
                              "(terlaksana atau direncanakan)"),
               ("Keadaan", indonesian.long_date(today))],
        parts=[Table("Ringkasan per tema", summary_columns, summary, sheet="Ringkasan",
                     total=total_row(summary_columns, summary, (
                         "Kegiatan terlaksana", "Kegiatan direncanakan"), label="Jumlah")),
               Table("Kegiatan per tema", event_columns, events, sheet="Kegiatan"),
               Table("Kebutuhan pelatihan per tema", need_columns, needs,
                     sheet="Kebutuhan", dense=True)],
        appendix=[map_table(found, f"Peta kompetensi per {indonesian.long_date(found.until)}")],
        date=today, file_stem=f"Rencana pengembangan kompetensi {year}"
        + (f" {unit}" if unit else ""))
