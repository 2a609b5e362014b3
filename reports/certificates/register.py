"""The register of issued certificates as a spreadsheet (XLSX), in Indonesian."""

from collections.abc import Iterable

from models.certificates.issuing import RegisterRow
from models.staff.nip import grouped
from reports.indonesian import ROLE_NAMES
from reports.spreadsheet import write_xlsx

HEADERS = ["Nomor", "Tanggal terbit", "Nama", "NIP", "Peran", "Kegiatan", "Status",
           "Tanggal dicabut", "Alasan dicabut", "Dimasukkan manual karena"]


def register_rows(rows: Iterable[RegisterRow]) -> list[list]:
    return [[r.number, r.issued_on, r.name, grouped(r.nip) if r.nip else "",
             ROLE_NAMES.get(r.role, r.role), r.event,
             "Dicabut" if r.revoked_at else "Berlaku",
             r.revoked_at.date() if r.revoked_at else None, r.revoked_reason,
             r.manual_inclusion] for r in rows]


def write_register(rows: Iterable[RegisterRow], path) -> int:
    """Numbers and NIPs are text cells (Excel would turn them into numbers or dates);
    dates are dates. Returns how many certificates were written."""
    table = register_rows(rows)
    write_xlsx(path, HEADERS, table, text_columns=(0, 3), sheet_title="Register sertifikat")
    return len(table)
