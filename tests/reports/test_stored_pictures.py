"""A picture stored before pictures were checked at the door (an old database) that cannot
be drawn: the report names the picture at fault, not the USB stick."""

import datetime as dt

import pytest

from models import settings
from models.attendance.tables import SessionAttachment
from models.files.stored import StoredFile
from models.messages import SiBinaError
from reports.recaps.event_report import event_report
from reports.report_writer import write_report
from tests import crafted
from tests.builders import event_with_sessions


def planted(tmp_path, name: str, mime: str) -> StoredFile:
    """Stored past the door, as an older SiBina did."""
    cut = crafted.truncated_jpeg(tmp_path / name)
    return StoredFile.create(name=name, mime=mime, data=cut.read_bytes())


def test_a_truncated_logo_is_named_as_the_logo(database, tmp_path):
    event, _sessions = event_with_sessions()
    settings.save({"logo": planted(tmp_path, "logo.jpg", "image/jpeg").id})
    with pytest.raises(SiBinaError) as err:
        write_report(event_report(event.id), tmp_path / "laporan.pdf")
    assert err.value.msg.english().startswith(
        "The office logo cannot be drawn: logo.jpg cannot be used: the picture is damaged")
    assert err.value.msg.english().endswith("Choose the logo again in Settings.")


def test_a_bad_scan_is_named_with_its_session(database, tmp_path):
    event, (session, _second) = event_with_sessions(topics=("DDC", "Katalog"))
    scan = planted(tmp_path, "daftar hadir.jpg", "image/jpeg")
    SessionAttachment.create(session=session.id, file=scan, description="")
    with pytest.raises(SiBinaError) as err:
        event_report(event.id)
    text = err.value.msg.english()
    assert text.startswith(f"The scanned sheet of “DDC” ({dt.date(2026, 3, 10)}) cannot be "
                           "drawn: daftar hadir.jpg cannot be used: the picture is damaged")


def test_a_truncated_logo_on_the_certificates_is_named(course, tmp_path):
    from models.certificates import issuing as certificates
    from models.certificates.issuing import Choice
    from reports.certificates import printing

    certificates.ensure_default_signatory()
    made = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                              dt.date(2026, 3, 12),
                              signatory_ids=(certificates.signatories()[0].id,))
    settings.save({"logo": planted(tmp_path, "logo kantor.jpg", "image/jpeg").id})
    with pytest.raises(SiBinaError) as err:
        printing.write_merged([c.id for c in made], tmp_path / "sertifikat.pdf")
    assert err.value.msg.english().startswith(
        "A picture on the certificates (the logo, a signature or the background) cannot be "
        "drawn: logo kantor.jpg cannot be used: the picture is damaged")
    assert not (tmp_path / "sertifikat.pdf").exists()
