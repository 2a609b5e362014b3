"""The scanned signed sheet kept with its session."""

import datetime as dt

import pytest

from models.attendance import attachments
from models.events import planning as events
from models.files.stored import StoredFile
from models.messages import SiBinaError
from tests import crafted

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def session(database):
    event = events.save_event({"title": "Bimtek", "kind": "bimtek", "start_date": DAY,
                               "end_date": DAY})
    return events.save_session(event.id, {"date": DAY, "start_time": dt.time(8),
                                          "end_time": dt.time(10), "topic": "DDC",
                                          "room": "", "jp": 2})


def test_attach_open_again_and_remove(session, tmp_path):
    scan = tmp_path / "daftar hadir sesi 1.pdf"
    crafted.pdf(scan)
    original = scan.read_bytes()
    made = attachments.attach(session.id, scan, "  ditandatangani  ")
    [(attachment_id, name, description, _added)] = attachments.attachments(session.id)
    assert (attachment_id, name, description) == (made.id, "daftar hadir sesi 1.pdf",
                                                  "ditandatangani")
    scan.unlink()  # the original is gone; the database keeps its copy
    opened = attachments.export_copy(made.id, tmp_path)
    assert opened.read_bytes() == original
    assert opened.name.endswith("daftar hadir sesi 1.pdf")
    attachments.remove(made.id)
    assert attachments.attachments(session.id) == []
    assert StoredFile.select().count() == 0


@pytest.mark.parametrize(("name", "says"), [
    ("catatan.docx", "catatan.docx cannot be used: only PNG, JPEG or PDF files are accepted."),
    ("catatan.pdf", "catatan.pdf cannot be used: it is not a PDF SiBina can read."),
    ("catatan.png", "catatan.png cannot be used: it is not a PNG or JPEG picture SiBina can "
                    "read."),
])
def test_only_pdf_and_images_are_accepted(session, tmp_path, name, says):
    """Refused by the one check every stored file passes (models.files.checks), whatever
    the name says: a text file named .pdf or .png too."""
    text = tmp_path / name
    text.write_text("Daftar hadir sesi 1, diketik ulang", encoding="utf-8")
    with pytest.raises(SiBinaError) as err:
        attachments.attach(session.id, text)
    assert err.value.msg.english() == says
    assert StoredFile.select().count() == 0
