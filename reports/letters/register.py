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
