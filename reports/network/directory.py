"""The network directory (Direktori Jejaring): each organisation with its kind, region,
contacts (phone, e-mail) and cooperation agreements with their validity; then the contacts
and the agreements a row each, for the workbook. The CSV holds the first table."""

import datetime

from models.network import cooperations, directory
from reports import indonesian
from reports.indonesian import COOPERATION_KIND_NAMES, ORGANISATION_KIND_NAMES
from reports.report_model import DATE, Column, Report, Table

TITLE = "DIREKTORI JEJARING KERJA SAMA"


def validity(agreement, today: datetime.date) -> str:
    """"berlaku s.d. 28 Februari 2028", "berakhir 1 Maret 2024", "tanpa batas waktu"."""
    if agreement.valid_until is None:
        return "tanpa batas waktu"
    word = "berlaku s.d." if cooperations.in_force(agreement, today) else "berakhir"
    return f"{word} {indonesian.long_date(agreement.valid_until)}"


def _contact_line(person) -> str:
    reach = ", ".join(part for part in (person.phone, person.email) if part)
    return f"{person.full_name} ({reach})" if reach else person.full_name


def _agreement_line(agreement, today: datetime.date) -> str:
    kind = COOPERATION_KIND_NAMES.get(agreement.kind, agreement.kind)
    number = f" No. {agreement.number}" if agreement.number else ""
    return f"{kind}{number}: {agreement.title}, {validity(agreement, today)}"


def network_directory(today: datetime.date | None = None) -> Report:
    today = today or datetime.date.today()
    main, people, signed = [], [], []
    rows = directory.search()
    for row in rows:
        contacts = directory.contacts(row.id)
        agreements = cooperations.agreements(row.id)
        main.append([row.name, ORGANISATION_KIND_NAMES.get(row.kind, row.kind),
                     row.region or "-", ", ".join(p for p in (row.phone, row.email) if p) or "-",
                     "; ".join(_contact_line(p) for p in contacts) or "-",
                     "; ".join(_agreement_line(a, today) for a in agreements) or "-"])
        people += [[row.name, p.full_name, p.position or "-", p.phone or "-", p.email or "-"]
                   for p in contacts]
        signed += [[row.name, COOPERATION_KIND_NAMES.get(a.kind, a.kind), a.number or "-",
                    a.title, a.signed_on, a.valid_until,
                    "berlaku" if cooperations.in_force(a, today) else "tidak berlaku"]
                   for a in agreements]
    return Report(
        TITLE,
        facts=[("Jumlah organisasi", indonesian.number(len(rows))),
               ("Jumlah kontak", f"{indonesian.number(len(people))} orang"),
               ("Kerja sama berlaku", indonesian.number(
                   sum(1 for row in signed if row[-1] == "berlaku")))],
        parts=[
            Table("Organisasi", [
                Column("Organisasi", width=2.2, key=True), Column("Jenis", width=1.3),
                Column("Wilayah", width=1.1), Column("Telepon/Surel", width=1.6),
                Column("Kontak", width=3), Column("Kerja sama", width=3)],
                main, sheet="Organisasi"),
            Table("Kontak", [
                Column("Organisasi", width=2), Column("Nama", width=2),
                Column("Jabatan", width=2), Column("Telepon", width=1.3),
                Column("Surel", width=1.7)], people, sheet="Kontak"),
            Table("Kerja sama (MoU/PKS)", [
                Column("Organisasi", width=2), Column("Jenis", width=0.7),
                Column("Nomor", width=1.3), Column("Judul", width=2.5),
                Column("Ditandatangani", DATE, 1.3), Column("Berlaku s.d.", DATE, 1.3),
                Column("Status", width=1)], signed, sheet="Kerja sama"),
        ],
        file_stem="Direktori jejaring")
