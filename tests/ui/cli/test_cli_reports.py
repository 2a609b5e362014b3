"""Reports from the command line."""

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.ui.cli.test_cli_print import english, office_db  # noqa: F401  the fixture


def test_report_kinds_and_what_they_need(run, office_db, tmp_path):  # noqa: F811
    db, event_id = office_db
    out = tmp_path / "hadir.pdf"
    result = english(run, db, "report", "attendance", "--event", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"REKAP KEHADIRAN KEGIATAN written to {out}."
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Bimtek DDC" in text and "Siti Aminah" in text

    xlsx = tmp_path / "jp.xlsx"
    result = english(run, db, "report", "jp-recap", "--year", 2026, "--out", xlsx)
    assert result.returncode == 0, result.stderr
    assert load_workbook(xlsx).sheetnames == ["JP per pegawai", "Per unit"]

    result = english(run, db, "report", "jp-recap", "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "The jp-recap report needs --year." in result.stderr
    result = english(run, db, "report", "annual", "--year", 2026, "--out", tmp_path / "x.doc")
    assert result.returncode == 1 and "must end in .pdf, .xlsx." in result.stderr
    result = english(run, db, "report", "annual", "--year", 2026, "--out", tmp_path / "x.csv")
    assert result.returncode == 1 and "must end in .pdf, .xlsx." in result.stderr
    assert not (tmp_path / "x.csv").exists()  # a CSV would hold one of its tables only
    result = english(run, db, "report", "jp-recap", "--year", 2026, "--unit", "Gudang",
                     "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no unit named Gudang." in result.stderr
    result = english(run, db, "report", "transcript", "--person", 999, "--out",
                     tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no person with id 999." in result.stderr
