"""Certificates from the command line: issue and print, verify, revoke."""

import re

import pytest
from pypdf import PdfReader

from tests.builders import database_file, english


@pytest.fixture
def attended(office_db):
    """Siti and Budi attended both sessions; Ani attended neither."""
    from models import settings
    from models.attendance import marking
    from models.attendance.marking import sessions_of
    from models.staff.tables import Person

    path, event_id = office_db
    with database_file(path):
        settings.save({"office_code": "PERPUS-TPI", "head_name": "Dra. Nurhayati, M.Si."})
        people = {p.name: p.id for p in Person.select()}
        for session in sessions_of(event_id):
            marking.set_marks(session.id, [people["Siti Aminah"], people["Budi Santoso"]],
                              "hadir")
    return path, event_id


def test_issue_print_verify_and_revoke(cli, attended, tmp_path):
    db, event_id = attended
    out = tmp_path / "sertifikat.pdf"
    result = english(cli, db, "certificates", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 certificates issued, written to {out}."
    again = tmp_path / "lagi.pdf"
    result = english(cli, db, "certificates", event_id, "--out", again)
    assert result.stdout.strip() == (f"2 certificates written to {again}. 2 of them were issued "
                                     "before, with the same number and date.")
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == 2
    assert "Siti Aminah" in pages[0] and "Budi Santoso" in pages[1]  # participant numbers
    assert "dalam Bimtek DDC" in pages[0]  # the kind is in the title already
    assert all("sebagai PESERTA" in page for page in pages)
    number = next(line.strip() for line in pages[0].splitlines()
                  if line.strip().startswith("Nomor: "))[7:]
    # Issued today: the number ends in today's Roman month and year.
    assert re.fullmatch(r"001/SERT/PERPUS-TPI/[IVX]+/20\d\d", number), number

    result = english(cli, db, "verify", number)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "VALID"
    assert "Name: Siti Aminah" in result.stdout
    assert "Role: Participant (Peserta)" in result.stdout

    result = english(cli, db, "revoke", number, "--reason", "Salah nama")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Certificate {number} revoked."
    result = english(cli, db, "verify", number)
    assert result.returncode == 1
    status, why = result.stdout.splitlines()[:2]
    assert status == "REVOKED"
    assert why.startswith("Revoked on ") and why.endswith(": Salah nama")
    result = english(cli, db, "verify", "999/SERT/X/I/2026")
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, "UNKNOWN")
    result = english(cli, db, "verify", "SB1." + "A" * 80 + "." + "B" * 86)
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, "FORGED")

    again = english(cli, db, "certificates", event_id, "--out", tmp_path / "per-orang",
                    "--separate")
    assert again.returncode == 0, again.stderr
    names = sorted(p.name for p in (tmp_path / "per-orang").iterdir())
    # Budi keeps his number; Siti's revoked certificate is not printed again (a replacement
    # is the office's decision, on the Certificates tab).
    assert len(names) == 1 and names[0].startswith("002-")
    assert names[0].endswith("Budi Santoso.pdf")


def test_wrong_output_and_unknown_event_say_so(cli, attended, tmp_path):
    db, event_id = attended
    result = english(cli, db, "certificates", event_id, "--out", tmp_path / "x.txt")
    assert result.returncode == 1 and "must end in .pdf" in result.stderr
    result = english(cli, db, "certificates", 999, "--out", tmp_path / "x.pdf")
    assert result.returncode == 1 and "There is no event with id 999." in result.stderr
    result = english(cli, db, "revoke", "999/X", "--reason", "r")
    assert result.returncode == 1 and "no certificate numbered 999/X" in result.stderr


def test_verify_answers_in_the_exit_code_of_a_real_process(run, attended):
    """A script checking a certificate reads the process's exit code and first line."""
    db, _event_id = attended
    result = english(run, db, "verify", "999/SERT/X/I/2026")
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, "UNKNOWN")
    assert result.stderr == ""


def test_an_outside_body_s_event_gets_no_office_certificate(cli, attended, tmp_path):
    from models.certificates.tables import Certificate
    from models.events.tables import Event

    db, event_id = attended
    with database_file(db):
        Event.update(organiser_external=True, organiser_name="Perpustakaan Nasional RI").where(
            Event.id == event_id).execute()
    out = tmp_path / "sertifikat.pdf"
    result = english(cli, db, "certificates", event_id, "--out", out)
    assert result.returncode == 1
    assert "is organised by Perpustakaan Nasional RI, which gives its own certificates" in (
        result.stderr)
    assert not out.exists()
    with database_file(db):
        assert Certificate.select().count() == 0


def test_verify_says_its_verdict_in_indonesian(cli, attended):
    """No English left in the Indonesian command line: the verdict and --db's value."""
    db, _event_id = attended
    result = cli("--db", db, "verify", "999/SERT/X/I/2026")
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, "TIDAK DIKENAL")
    result = cli("--db", db, "verify", "SB1." + "A" * 80 + "." + "B" * 86)
    assert result.stdout.splitlines()[0] == "PALSU"
    usage = cli("--help").stdout
    assert "--db LOKASI" in usage and "PATH" not in usage
    helped = " ".join(cli("verify", "--help").stdout.split())
    assert "mencetak SAH, DICABUT, TIDAK SAH, TIDAK DIKENAL atau PALSU" in helped


def test_signed_with_the_office_key_but_never_issued_is_not_valid(cli, attended):
    from models.certificates import signing

    db, _event_id = attended
    with database_file(db):
        payload = signing.sign(["777/SERT/PERPUS-TPI/XII/2026", "Orang Lain", "peserta",
                                "Bimtek DDC", "2026-12-01", "2026-12-02", "2026-12-03"])
    result = english(cli, db, "verify", payload)
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, "NOT VALID")
    assert "never registered it" in result.stdout
    result = cli("--db", db, "--lang", "id", "verify", payload)
    assert result.stdout.splitlines()[0] == "TIDAK SAH"


def test_a_signatory_signing_their_own_certificate_is_said(cli, attended, tmp_path):
    from models.certificates.tables import Signatory
    from models.staff.tables import Person

    db, event_id = attended
    with database_file(db):
        siti = Person.get(Person.name == "Siti Aminah")
        assert not siti.nip  # told by the name without titles
        Signatory.create(name="Dra. Siti Aminah, M.Pd.", title="Kepala Bidang")
    out = tmp_path / "sertifikat.pdf"
    result = english(cli, db, "certificates", event_id, "--out", out)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"Warning: Dra\. Siti Aminah, M\.Pd\. signs the certificate "
                        r"001/SERT/PERPUS-TPI/[IVX]+/20\d\d, which is their own\.\n",
                        result.stderr), result.stderr


def test_a_name_the_font_cannot_print_at_all_gets_no_certificate(cli, attended, tmp_path):
    """An Arabic name in the certificate's Latin font would print blank: nothing is issued
    (no number is given for nothing), and the name is said."""
    from models.certificates.tables import Certificate
    from models.staff.tables import Person

    db, event_id = attended
    with database_file(db):
        Person.update(name="محمد علي").where(Person.name == "Budi Santoso").execute()
    result = english(cli, db, "certificates", event_id, "--out", tmp_path / "s.pdf")
    assert result.returncode == 1
    assert "محمد علي" in result.stderr and "Latin letters" in result.stderr
    with database_file(db):
        assert Certificate.select().count() == 0
    assert not (tmp_path / "s.pdf").exists()
