"""The evaluation report from the command line."""

import pytest
from pypdf import PdfReader

from tests.builders import database_file, english, fill_example


@pytest.fixture
def evaluated_db(tmp_path):
    """A database file with the evaluated example event, then closed."""
    path = tmp_path / "office.sqlite"
    with database_file(path):
        return path, fill_example()["event"].id


def test_evaluation_report_is_written(run, evaluated_db, tmp_path):
    """A real process: the exit code, and stdout naming the file."""
    db, event_id = evaluated_db
    out = tmp_path / "evaluasi.pdf"
    result = run("--db", db, "--lang", "en", "evaluation-report", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    assert result.stdout.strip() == f"{len(pages)} pages written to {out}."
    text = " ".join(page.extract_text() for page in pages)
    assert "LAPORAN EVALUASI KEGIATAN" in text and "Dr. Rahmat Hidayat" in text
    assert f"Halaman 1 dari {len(pages)}" in text


def test_evaluation_report_refuses_bad_requests(cli, evaluated_db, tmp_path):
    db, event_id = evaluated_db
    result = english(cli, db, "evaluation-report", 999, "--out", tmp_path / "x.pdf")
    assert (result.returncode, result.stderr.strip()) == (1, "There is no event with id 999.")
    result = english(cli, db, "evaluation-report", event_id, "--out", tmp_path / "x.docx")
    assert (result.returncode, result.stderr.strip()) == (
        1, "The output file must end in .pdf.")
    result = english(cli, db, "evaluation-report", event_id)
    assert result.returncode == 2 and "--out" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
