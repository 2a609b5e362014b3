"""Printing from the command line: sign-in sheets and name tags of an event."""

from pypdf import PdfReader

from tests.builders import english


def texts(path):
    return [page.extract_text() for page in PdfReader(path).pages]


def test_sign_in_sheet_of_one_session_and_of_all(cli, office_db, tmp_path):
    db, event_id = office_db
    one = tmp_path / "sesi2.pdf"
    result = english(cli, db, "sign-in-sheet", event_id, "--session", 2, "--out", one)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1 page written to {one}."
    [page] = texts(one)
    assert "Praktik Klasifikasi" in page and "Notasi DDC" not in page
    assert page.index("Ani Wulandari") < page.index("Budi Santoso") < page.index("Siti")

    every = tmp_path / "semua.pdf"
    result = english(cli, db, "sign-in-sheet", event_id, "--out", every, "--order", "number")
    assert result.returncode == 0, result.stderr
    pages = texts(every)
    assert len(pages) == 2 and "Notasi DDC" in pages[0]
    assert pages[0].index("Siti Aminah") < pages[0].index("Budi Santoso")


def test_name_tags_from_a_real_process(run, office_db, tmp_path):
    """The exit code and stdout of the process itself, as a script calling it sees them."""
    db, event_id = office_db
    out = tmp_path / "tags.pdf"
    result = english(run, db, "name-tags", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"3 name tags written to {out}."
    [page] = texts(out)
    assert "Siti Aminah" in page and "SB" in page


def test_bad_requests_are_refused_with_a_reason(cli, office_db, tmp_path):
    db, event_id = office_db
    out = tmp_path / "x.pdf"
    result = english(cli, db, "sign-in-sheet", event_id, "--session", 3, "--out", out)
    assert result.returncode == 1
    assert "The event has 2 sessions; choose --session from 1 to 2." in result.stderr
    result = english(cli, db, "name-tags", 999, "--out", out)
    assert (result.returncode, result.stderr.strip()) == (1, "There is no event with id 999.")
    result = english(cli, db, "name-tags", event_id, "--out", tmp_path / "x.docx")
    assert result.stderr.strip() == "The output file must end in .pdf."
    result = cli("--db", db, "--lang", "id", "name-tags", 999, "--out", out)
    assert result.stderr.strip() == "Tidak ada kegiatan dengan id 999."
    assert not out.exists()


def test_the_committee_s_sign_in_sheet(cli, office_db, tmp_path):
    from models.events import participants
    from tests.builders import database_file, staff_member

    db, event_id = office_db
    with database_file(db):
        participants.add_people(event_id, [staff_member("Yusuf Ramadhan").id], role="panitia")
    out = tmp_path / "panitia.pdf"
    result = english(cli, db, "sign-in-sheet", event_id, "--session", 1, "--committee",
                     "--out", out)
    assert result.returncode == 0, result.stderr
    [page] = texts(out)
    assert "DAFTAR HADIR PANITIA DAN NARASUMBER" in page and "Yusuf Ramadhan" in page
    assert "Siti Aminah" not in page
