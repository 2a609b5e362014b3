"""Every workbook SiBina writes opens with a title block (what, whose, which period) and
prints as the office prints a table: A4, fitted to the page's width, the heading row on
every page, landscape when it is wide."""

import datetime as dt

from openpyxl import load_workbook

from models import settings
from models.staff import importer as staff_import
from models.staff.tables import Person
from reports.catalogue import build
from reports.report_writer import write_report
from reports.staff.export import export_staff
from tests.builders import DAY, event_with_sessions, staff_member
from tests.sheets import header_row

OFFICE = "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang"


def printed_as(sheet) -> tuple:
    return (sheet.print_title_rows, sheet.page_setup.orientation,
            sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight,
            sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.page_setup.paperSize)


def test_a_report_workbook_has_the_title_block_and_the_print_setup(database, tmp_path):
    settings.save({"office_name": OFFICE})
    people = [staff_member(f"Peserta {n}", f"19800101200501100{n}") for n in range(1, 4)]
    event, _ = event_with_sessions("Bimtek Katalogisasi", days=(DAY, DAY + dt.timedelta(1)),
                                   participants=people)
    out = tmp_path / "rekap.xlsx"
    write_report(build("attendance", event=event.id), out)
    sheet = load_workbook(out)["Kehadiran"]
    assert sheet["A1"].value == "REKAP KEHADIRAN KEGIATAN" and sheet["A1"].font.b
    assert sheet["A2"].value == OFFICE
    assert sheet["A3"].value == "Kegiatan: Bimtek Katalogisasi"
    assert sheet["A4"].value == "Tanggal: 10–11 Maret 2026"
    top = header_row(sheet)
    assert sheet.cell(top - 2, 1).value == "Kehadiran per sesi"  # the table's own heading
    assert sheet.cell(top - 1, 1).value is None  # a blank row, then the table
    assert [sheet.cell(top, c).value for c in (1, 2, 3)] == ["No", "Nama", "NIP"]
    assert sheet.freeze_panes == f"A{top + 1}"
    # Twelve columns: landscape; the list of sessions fits a portrait page.
    assert printed_as(sheet) == (f"${top}:${top}", "landscape", 1, 0, True, 9)
    sessions = load_workbook(out)["Sesi"]
    assert printed_as(sessions)[1] == "portrait"
    assert sessions.cell(header_row(sessions), 1).value == "Sesi"


def test_the_staff_export_imports_back_under_its_title_block(database, tmp_path):
    """The staff workbook is also the import template: its headings are found again
    under the title block, and nothing would change."""
    settings.save({"office_name": OFFICE})
    staff_member("Siti Aminah", "196903091994032001", front_title="Dra.", unit="Layanan")
    staff_member("Budi Santoso", unit="Pengolahan")
    out = tmp_path / "pegawai.xlsx"
    assert export_staff(list(Person.select()), out) == 2
    sheet = load_workbook(out).active
    assert [sheet.cell(row, 1).value for row in (1, 2)] == ["STAFF AND OUTSIDE PEOPLE",
                                                            OFFICE]
    assert printed_as(sheet)[:3] == ("$5:$5", "landscape", 1)
    again = staff_import.read_preview(out)
    assert [(r.row, r.status) for r in again.rows] == [(6, "unchanged"), (7, "unchanged")]
