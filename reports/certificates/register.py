"""The register of issued certificates, in Indonesian: one table for every export of it.

The Certificates tab's register exports it (as searched), and the Reports tab and the
command line's ``report certificate-register`` print or save it; both build the table here,
so a column added to one is never missing from the other.
"""

from collections.abc import Iterable

from models.certificates.issuing import RegisterRow
from models.staff.nip import grouped
from reports.indonesian import ROLE_NAMES
from reports.report_model import CODE, DATE, Column, Report, Table

TITLE = "REGISTER SERTIFIKAT"
# Landscape A4 has no room for ten columns: the printed register says that a certificate
# was revoked and why, the workbook also when. The reasons, rare and long, have a small
# share of the spare width: the Kegiatan's room keeps most rows to one line.
COLUMNS = [
    Column("Nomor", CODE, 2.3), Column("Tanggal terbit", DATE, 1.3), Column("Nama", width=1.5),
    Column("NIP", CODE, 1.8), Column("Peran", width=0), Column("Kegiatan", width=3),
    Column("Status", width=0), Column("Tanggal dicabut", DATE, 1.3, printed=False),
    Column("Alasan dicabut", width=0.3), Column("Alasan masuk manual", width=0.3)]


def register_table(rows: Iterable[RegisterRow]) -> Table:
    """``rows`` as :func:`models.certificates.issuing.register` gives them (newest first,
    as the screen shows them), in the order of issue: a register reads that way."""
    table = [[r.number, r.issued_on, r.name, grouped(r.nip) if r.nip else "",
              ROLE_NAMES.get(r.role, r.role), r.event,
              "Dicabut" if r.revoked_at else "Berlaku",
              r.revoked_at.date() if r.revoked_at else None, r.revoked_reason,
              r.manual_inclusion] for r in rows]
    table.reverse()
    return Table("Sertifikat", COLUMNS, table, sheet="Register sertifikat", dense=True)


def write_register(rows: Iterable[RegisterRow], path) -> int:
    """The register as an XLSX; numbers and NIPs are text cells (Excel would turn them
    into numbers or dates), dates are dates. Returns how many certificates were written."""
    from reports.report_writer import write_report

    return write_report(Report(TITLE, parts=[register_table(rows)]), path)
