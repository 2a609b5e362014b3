"""Reports from the command line."""

import csv

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.builders import english
from tests.sheets import table_values


def test_report_kinds_and_what_they_need(cli, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "hadir.pdf"
    result = english(cli, db, "report", "attendance", "--event", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"REKAP KEHADIRAN KEGIATAN written to {out}."
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Bimtek DDC" in text and "Siti Aminah" in text

    xlsx = tmp_path / "jp.xlsx"
    result = english(cli, db, "report", "jp-recap", "--year", 2026, "--out", xlsx)
    assert result.returncode == 0, result.stderr
    book = load_workbook(xlsx)
    assert book.sheetnames == ["JP per pegawai", "Per unit"]
    rows = table_values(book["JP per pegawai"])
    assert rows[0] == ("No", "Nama", "NIP", "Unit kerja", "Jabatan", "Status", "JP", "Kurang",
                       "Target")
    # No one was marked present: everyone is listed, by name, with no JP.
    assert [(row[1], row[6]) for row in rows[1:]] == [
        ("Ani Wulandari", 0), ("Budi Santoso", 0), ("Siti Aminah", 0)]

    table = tmp_path / "hadir.csv"
    result = english(cli, db, "report", "attendance", "--event", event_id, "--out", table)
    assert result.returncode == 0, result.stderr
    with open(table, encoding="utf-8-sig", newline="") as handle:
        header, *lines = csv.reader(handle, delimiter=";")
    assert header == ["No", "Nama", "NIP", "Jabatan/Instansi", "S1", "S2", "Hadir",
                      "Hadir (%)", "JP hadir"]
    assert [line[1] for line in lines] == ["Siti Aminah", "Budi Santoso", "Ani Wulandari"]
    assert lines[0][0] == "1" and lines[0][-3:] == ["0", "0", "0"]  # numbered as registered

    result = english(cli, db, "report", "jp-recap", "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "The jp-recap report needs --year." in result.stderr
    result = english(cli, db, "report", "annual", "--year", 2026, "--out", tmp_path / "x.doc")
    assert result.returncode == 1 and "must end in .pdf, .xlsx." in result.stderr
    result = english(cli, db, "report", "annual", "--year", 2026, "--out", tmp_path / "x.csv")
    assert result.returncode == 1 and "must end in .pdf, .xlsx." in result.stderr
    assert not (tmp_path / "x.csv").exists()  # a CSV would hold one of its tables only
    result = english(cli, db, "report", "jp-recap", "--year", 2026, "--unit", "Gudang",
                     "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no unit named Gudang." in result.stderr
    result = english(cli, db, "report", "transcript", "--person", 999, "--out",
                     tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no person with id 999." in result.stderr


def test_a_report_from_a_real_process(run, office_db, tmp_path):
    """A real process: exit 0 and the report's title on stdout, as a script sees them."""
    db, event_id = office_db
    out = tmp_path / "hadir.csv"
    result = english(run, db, "report", "attendance", "--event", event_id, "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"REKAP KEHADIRAN KEGIATAN written to {out}.\n"
