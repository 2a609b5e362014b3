"""The letter-number register as a spreadsheet: every numbered paper, newest first."""

from models.letters.kinds import KINDS
from models.letters.numbers import register
from models.staff.tables import join_name
from reports.spreadsheet import write_table

HEADERS = ("Nomor Surat", "Tanggal", "Jenis", "Perihal (kegiatan)", "Untuk", "Dibuat")


def write_letter_register(path, year: int | None = None) -> int:
    """Write the register (of ``year``) to ``path`` (.xlsx or .csv); returns the rows
    written. Numbers are text cells, so Excel keeps ``005/1/…`` as typed."""
    rows = []
    for paper in register(year):
        person = paper.person
        rows.append((paper.number, paper.date,
                     KINDS[paper.kind].paper_name if paper.kind in KINDS else paper.kind,
                     paper.subject,
                     join_name(person.front_title, person.name, person.back_title)
                     if person is not None else "",
                     paper.made_at.replace(microsecond=0)))
    write_table(path, HEADERS, rows, text_columns=(0,), sheet_title="Register Surat",
                delimiter=";")
    return len(rows)


def letter_register_report(year: int | None = None):
    """The register as a report for the Reports tab (PDF, Excel, CSV), oldest number first
    as a register book reads."""
    from reports import indonesian
    from reports.report_model import CODE, DATE, Column, Report, Table

    papers = register(year)
    rows = [[p.number, p.date, KINDS[p.kind].paper_name if p.kind in KINDS else p.kind,
             p.subject, join_name(p.person.front_title, p.person.name, p.person.back_title)
             if p.person is not None else "Semua"] for p in reversed(papers)]
    columns = [Column("Nomor Surat", CODE, 1.6), Column("Tanggal", DATE, 1.0),
               Column("Jenis", width=1.3), Column("Perihal (kegiatan)", width=2.2),
               Column("Untuk", width=1.5)]
    return Report("REGISTER NOMOR SURAT",
                  facts=[("Tahun", str(year) if year else "Semua"),
                         ("Jumlah surat", indonesian.number(len(rows)))],
                  parts=[Table("Surat", columns, rows, sheet="Register surat", dense=True)],
                  file_stem="Register surat" + (f" {year}" if year else ""))
