"""What a certificate says besides the name: the institution at the top, a speaker's
material, the title by role, the back page's headings; and a QR code that still reads at
the smallest size a layout may give it."""

import datetime as dt
import json

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from models import settings
from models.certificates import issuing as certificates
from models.certificates import layouts as cert_layouts
from models.certificates.issuing import Choice
from models.certificates.tables import CertificateLayout
from models.events.tables import Event, EventSession
from models.messages import SiBinaError
from models.staff.tables import Person
from reports.certificates import printing as cert_pdf
from tests.builders import issue_all

DAY = dt.date(2026, 3, 12)
OFFICE = "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang"


def top_down(path, index=0) -> str:
    """A page's words from the top of the page down (the shared parts of a certificate are
    drawn before its own, so the file's order is not the page's)."""
    runs = []

    def seen(text, cm, tm, font, size):
        if text.strip():
            runs.append((-(tm[5] * cm[3] + cm[5]), len(runs), text.strip()))

    PdfReader(path).pages[index].extract_text(visitor_text=seen)
    return " ".join(" ".join(text for *_order, text in sorted(runs)).split())


@pytest.fixture
def speaking(course):
    """Dr. Rina speaks at the course's first and third sessions."""
    sessions = list(EventSession.select().order_by(EventSession.date, EventSession.start_time))
    for session, topic in ((sessions[0], "Dasar DDC"), (sessions[2], "Notasi"),
                           (sessions[3], "Dasar DDC")):
        session.speaker, session.topic = course["rina"].id, topic
        session.save()
    settings.save({"office_name": OFFICE})
    return course


def test_the_institution_heads_the_page_and_a_speaker_s_certificate_names_the_material(
        speaking, tmp_path):
    made = issue_all(speaking)
    out = tmp_path / "sertifikat.pdf"
    cert_pdf.write_merged([c.id for c in made], out)
    siti, rina = top_down(out, 0), top_down(out, 1)
    assert siti.startswith(f"{OFFICE} SERTIFIKAT Nomor: 001/")
    assert rina.startswith(f"{OFFICE} SERTIFIKAT Nomor: 002/")
    # Each topic once, in the order of the schedule, after the event's dates.
    assert ("pada 10–11 Maret 2026 di Tanjungpinang dengan materi “Dasar DDC” dan “Notasi”"
            in rina)
    assert "materi" not in siti and "jam pelajaran" not in rina


def test_a_layout_may_title_those_who_served_apart(speaking, tmp_path):
    from models.demo.certificates import framed_layout

    layout_id = framed_layout()  # the demo's gold frame
    made = certificates.issue(speaking["event"].id, [Choice(speaking["siti"].id, "peserta"),
                                                     Choice(speaking["rina"].id, "narasumber")],
                              DAY, layout_id)
    out = tmp_path / "emas.pdf"
    cert_pdf.write_merged([c.id for c in made], out)
    siti, rina = top_down(out, 0), top_down(out, 1)
    assert siti.startswith(f"{OFFICE} SERTIFIKAT Nomor:") and "sebagai PESERTA" in siti
    assert "PENGHARGAAN" not in siti
    assert rina.startswith(f"{OFFICE} PIAGAM PENGHARGAAN Nomor:")


def test_the_back_page_s_number_heading_stays_on_one_line(speaking, tmp_path):
    made = issue_all(speaking)
    out = tmp_path / "lampiran.pdf"
    cert_pdf.write_merged([made[0].id], out, back_page=True)
    back = top_down(out, 1)
    assert "No Hari/Tanggal Waktu Materi Narasumber JP" in back


def test_a_layout_s_qr_code_smaller_than_can_be_read_is_refused(database):
    layout = cert_layouts.Layout(name="Kecil")
    layout.fields["qr"]["size"] = cert_layouts.QR_MIN_MM - 1
    with pytest.raises(SiBinaError) as refused:
        cert_layouts.save(layout)
    assert refused.value.msg.english() == (
        "The QR code must be at least 25 mm wide: a smaller one cannot be read from a "
        "scanned or photographed certificate.")
    assert CertificateLayout.get_or_none(CertificateLayout.name == "Kecil") is None


def read_at_150_dpi(path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [code.text for code in
                zxingcpp.read_barcodes(document[0].render(scale=150 / 72).to_pil())]
    finally:
        document.close()


@pytest.mark.parametrize("stored", [cert_layouts.QR_MIN_MM, 12.0])
def test_the_smallest_qr_code_reads_at_150_dpi_with_the_longest_payload(course, tmp_path,
                                                                        stored):
    """At the smallest size a layout may have; and a layout saved before that rule with a
    smaller code (12 mm) prints it at that smallest size all the same."""
    Person.update(name="Nurhayati Kusumawardhani Puspitasari Wulandari Anggraeni Rahmawati "
                       "Setyaningsih Purnamasari Handayani Lestari",
                  back_title="S.IP., M.Hum.").where(Person.id == course["siti"].id).execute()
    (Event.update(title="Bimbingan Teknis Pengolahan Bahan Pustaka Berbasis Klasifikasi DDC "
                        "Edisi 23 untuk Pustakawan Sekolah").execute())
    layout_id = cert_layouts.save(cert_layouts.Layout(name="QR")).id
    fields = {"fields": {"qr": {"size": stored}}}
    (CertificateLayout.update(fields=json.dumps(fields))
     .where(CertificateLayout.id == layout_id).execute())
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                DAY, layout_id)
    assert len(cert.payload) > 400  # the name and title as long as the payload holds them
    out = tmp_path / "qr.pdf"
    cert_pdf.write_merged([cert.id], out)
    assert read_at_150_dpi(out) == [cert.payload]


def test_a_background_layout_saved_before_keeps_the_institution_hidden(speaking, tmp_path):
    """Its background is the office's own design, which most likely prints the name."""
    from models.demo.certificates import framed_layout

    layout_id = framed_layout()
    assert cert_layouts.load(layout_id).fields["institution"]["visible"]  # saved now
    stored = json.loads(CertificateLayout.get_by_id(layout_id).fields)
    del stored["fields"]["institution"]  # as a SiBina before the institution saved it
    (CertificateLayout.update(fields=json.dumps(stored))
     .where(CertificateLayout.id == layout_id).execute())
    assert not cert_layouts.load(layout_id).fields["institution"]["visible"]
    [cert] = certificates.issue(speaking["event"].id, [Choice(speaking["siti"].id, "peserta")],
                                DAY, layout_id)
    out = tmp_path / "lama.pdf"
    cert_pdf.write_merged([cert.id], out)
    assert top_down(out).startswith("SERTIFIKAT Nomor:")
