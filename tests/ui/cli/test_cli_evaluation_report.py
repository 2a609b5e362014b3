"""The evaluation report from the command line."""

import pytest
from pypdf import PdfReader

from tests.models.evaluation.test_results import fill_example


@pytest.fixture
def evaluated_db(tmp_path):
    """A database file with the evaluated example event, then closed."""
    from models.db import db as bound
    from models.db import open_database

    path = tmp_path / "office.sqlite"
    open_database(path)
    try:
        event_id = fill_example()["event"].id
    finally:
        bound.close()
        bound.initialize(None)
    return path, event_id


def test_evaluation_report_is_written(run, evaluated_db, tmp_path):
    db, event_id = evaluated_db
    out = tmp_path / "evaluasi.pdf"
    result = run("--db", db, "--lang", "en", "evaluation-report", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    assert result.stdout.strip() == f"{len(pages)} pages written to {out}."
    text = " ".join(page.extract_text() for page in pages)
    assert "LAPORAN EVALUASI KEGIATAN" in text and "Dr. Rahmat Hidayat" in text
    assert f"Halaman 1 dari {len(pages)}" in text


def test_evaluation_report_refuses_bad_requests(run, evaluated_db, tmp_path):
    db, event_id = evaluated_db
    result = run("--db", db, "--lang", "en", "evaluation-report", 999, "--out",
                 tmp_path / "x.pdf")
    assert (result.returncode, result.stderr.strip()) == (1, "There is no event with id 999.")
    result = run("--db", db, "--lang", "en", "evaluation-report", event_id, "--out",
                 tmp_path / "x.docx")
    assert (result.returncode, result.stderr.strip()) == (
        1, "The output file must end in .pdf.")
    result = run("--db", db, "--lang", "en", "evaluation-report", event_id)
    assert result.returncode == 2 and "--out" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
