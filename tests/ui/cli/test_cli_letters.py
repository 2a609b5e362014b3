"""Letters from the command line: the .docx written, its number printed and recorded."""

from docx import Document
from openpyxl import load_workbook

from tests.builders import english


def words(path) -> str:
    document = Document(str(path))
    cells = [p.text for t in document.tables for row in t.rows for c in row.cells
             for p in c.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_an_invitation_then_the_register(cli, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "undangan.docx"
    result = english(cli, db, "letter", "invitation", event_id, "--out", out,
                     "--date", "2026-12-03")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Letter 005/1/PERPUS-TPI/XII/2026 written to {out}."
    text = words(out)
    assert "Tanjungpinang, 3 Desember 2026" in text and "Ani Wulandari" in text

    register = tmp_path / "register.xlsx"
    result = english(cli, db, "letter-register", register)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 letter in the register written to {register}."
    cells = [c for row in load_workbook(register).active.iter_rows(values_only=True)
             for c in row]
    assert "005/1/PERPUS-TPI/XII/2026" in cells and "Surat Undangan" in cells


def test_one_assignment_letter_each(cli, office_db, tmp_path):
    db, event_id = office_db
    folder = tmp_path / "spt"
    result = english(cli, db, "letter", "assignment", event_id, "--each", "--out", folder,
                     "--date", "2026-12-03")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "Surat Tugas Ani Wulandari.docx", "Surat Tugas Budi Santoso.docx",
        "Surat Tugas Siti Aminah.docx"]
    assert "800/3/PERPUS-TPI/XII/2026" in words(folder / "Surat Tugas Siti Aminah.docx")


def test_mistakes_are_said_and_nothing_is_written(cli, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "x.docx"
    result = english(cli, db, "letter", "invitation", event_id, "--out", out, "--person", 1)
    assert result.returncode == 1
    assert "--person and --each are for letters written per person" in result.stderr
    result = english(cli, db, "letter", "assignment", event_id, "--out", out, "--person", 999)
    assert result.returncode == 1
    assert f"Person 999 is not registered for event {event_id}." in result.stderr
    result = english(cli, db, "letter", "invitation", 999, "--out", out)
    assert "There is no event with id 999." in result.stderr
    result = english(cli, db, "letter", "invitation", event_id, "--out", tmp_path / "x.pdf")
    assert "Surat Undangan is made as .docx, not as .pdf." in result.stderr
    assert not out.exists()


def test_a_list_chosen_by_its_kind_and_suffix(cli, office_db, tmp_path):
    from pypdf import PdfReader

    db, event_id = office_db
    out = tmp_path / "acara.pdf"
    result = english(cli, db, "letter", "programme", event_id, "--out", out,
                     "--date", "2026-12-03")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Susunan Acara written to {out}."
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "SUSUNAN ACARA" in text and "Notasi DDC" in text
    result = english(cli, db, "letter", "programme", event_id, "--out", tmp_path / "a.xlsx")
    assert result.returncode == 1
    assert "Susunan Acara is made as .pdf, not as .xlsx." in result.stderr
    result = english(cli, db, "letter", "honorarium", event_id, "--out",
                     tmp_path / "h.xlsx")
    assert result.returncode == 1
    assert "No honorarium has been entered for this event" in result.stderr
    assert not (tmp_path / "h.xlsx").exists() and not (tmp_path / "a.xlsx").exists()
