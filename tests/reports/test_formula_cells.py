"""Text that looks like a formula, stored in SiBina, stays text in every file it exports:
the register of certificates and the rejected rows of a staff import, as XLSX and CSV
(the staff export and the recaps have their own tests)."""

import csv
import datetime as dt

import openpyxl
import pytest

from models.certificates import issuing as certificates
from models.certificates.issuing import Choice
from models.staff import importer as staff_import
from models.staff.tables import Person
from reports.certificates.register import TITLE, register_table, write_register
from reports.report_model import Report
from reports.report_writer import write_report
from reports.staff.rejects import write_rejects

PAYLOADS = ['=HYPERLINK("http://contoh.invalid/x","klik")', "+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1+1)"]


def csv_values(path, delimiter):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [value for row in csv.reader(handle, delimiter=delimiter) for value in row]


def xlsx_cells(path):
    sheet = openpyxl.load_workbook(path).active
    return {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_certificate_register(course, tmp_path, payload):
    siti = course["siti"]
    Person.update(name=payload).where(Person.id == siti.id).execute()
    [made] = certificates.issue(course["event"].id, [Choice(siti.id, "peserta")],
                                dt.date(2026, 3, 12))
    certificates.revoke(made.number, payload)
    rows = certificates.register()
    write_register(rows, tmp_path / "register.xlsx")
    cells = xlsx_cells(tmp_path / "register.xlsx")
    assert cells[f"Dra. {payload}"].data_type == "s"
    assert cells[payload].data_type == "s"  # the reason it was revoked
    write_report(Report(TITLE, parts=[register_table(rows)]), tmp_path / "register.csv")
    values = csv_values(tmp_path / "register.csv", ";")
    assert "'" + payload in values and payload not in values


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_rejected_rows_of_a_staff_import(database, tmp_path, suffix):
    # As SiBina's own export writes such text: behind an apostrophe, which the reader drops.
    path = tmp_path / "simpeg.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["NIP", "Nama", "Jabatan"],
                                      *[["123", "'" + p, "'" + p] for p in PAYLOADS]])
    preview = staff_import.read_preview(path)
    assert preview.rejected == len(PAYLOADS)
    out = tmp_path / f"ditolak{suffix}"
    write_rejects(preview, out)
    if suffix == ".xlsx":
        cells = xlsx_cells(out)
        assert all(cells[payload].data_type == "s" for payload in PAYLOADS)
    else:
        values = csv_values(out, ",")
        for payload in PAYLOADS:
            assert "'" + payload in values and payload not in values
