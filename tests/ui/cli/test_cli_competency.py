"""The competency papers from the command line: report competency and training-needs."""

import csv

from openpyxl import load_workbook
from pypdf import PdfReader

from tests.builders import database_file, english
from tests.competency_office import competency_office
from tests.sheets import table_values


def test_the_plan_and_the_needs_list(cli, tmp_path):
    path = tmp_path / "office.sqlite"
    with database_file(path):
        competency_office()

    out = tmp_path / "rencana.xlsx"
    result = english(cli, path, "report", "competency", "--year", 2026, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"RENCANA PENGEMBANGAN KOMPETENSI TAHUN 2026 written to {out}.")
    summary = table_values(load_workbook(out)["Ringkasan"])
    assert [row[1:3] for row in summary[1:3]] == [("Teknologi Informasi", 3), ("Pemasaran", 1)]

    out = tmp_path / "layanan.csv"
    result = english(cli, path, "report", "competency", "--year", 2026, "--unit",
                     "Bidang Layanan", "--out", out)
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [row[1:3] for row in rows[1:3]] == [["Teknologi Informasi", "2"], ["Pemasaran", "1"]]

    out = tmp_path / "kebutuhan.pdf"
    result = english(cli, path, "report", "training-needs", "--theme", "teknologi informasi",
                     "--out", out)
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "DAFTAR KEBUTUHAN PELATIHAN" in text and "Citra Dewi" in text

    result = english(cli, path, "report", "training-needs", "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "The training-needs report needs --theme." in result.stderr
    result = english(cli, path, "report", "training-needs", "--theme", "Astronomi",
                     "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no theme “Astronomi”" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
