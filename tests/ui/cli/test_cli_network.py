"""`report network` from the command line."""

from pypdf import PdfReader

from models.network import directory
from tests.builders import database_file, english


def test_report_network_writes_the_directory(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    with database_file(db):
        directory.save_organisation({"name": "Perpustakaan Kota Batam",
                                     "kind": "city_library", "region": "Batam"})
    out = tmp_path / "jejaring.pdf"

    result = english(cli, db, "report", "network", "--out", out)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"DIREKTORI JEJARING KERJA SAMA written to {out}."
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Perpustakaan Kota Batam" in text and "Perpustakaan Kabupaten/Kota" in text
