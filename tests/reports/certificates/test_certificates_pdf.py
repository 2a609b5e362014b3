"""Certificate PDFs: what each page says, the QR code read back, long and odd names."""

import datetime as dt

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from models.certificates import issuing as certificates
from models.certificates.issuing import Choice
from models.certificates.verification import VALID, verify
from models.events import participants
from models.staff import staff_list as staff
from reports.certificates import printing as cert_pdf
from reports.certificates.drawing import fit_text, register_certificate_fonts
from tests.builders import issue_all


def texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _fonts_of(page) -> list:
    """Every font a page uses, in its own resources or in the forms it stamps."""
    fonts, resources = [], [page["/Resources"]]
    while resources:
        found = resources.pop().get_object()
        fonts += list(found.get("/Font", {}).values())
        for xobject in found.get("/XObject", {}).values():
            if "/Resources" in xobject.get_object():
                resources.append(xobject.get_object()["/Resources"])
    return fonts


def test_one_merged_file_with_a_page_each(course, tmp_path):
    made = issue_all(course)
    out = tmp_path / "sertifikat.pdf"
    assert cert_pdf.write_merged([c.id for c in made], out) == 3
    pages = texts(out)
    assert len(pages) == 3
    siti, rina, budi = pages
    for expected in ("SERTIFIKAT", "Nomor: 001/SERT/DISPUSIP-TPI/III/2026", "diberikan kepada",
                     "Dra. Siti Aminah", "NIP. 19690309 199403 2 001", "sebagai PESERTA",
                     "dalam Pelatihan Katalogisasi",
                     "yang diselenggarakan oleh Perpustakaan Kota Tanjungpinang pada "
                     "10–11 Maret 2026",
                     "dengan jumlah 8 jam pelajaran (JP)", "Tanjungpinang, 12 Maret 2026",
                     "Drs. H. Raja Kamaruddin", "NIP. 19740908 200301 1 005"):
        assert expected in siti, expected
    assert "sebagai NARASUMBER" in rina and "Dr. Rina Wati" in rina
    assert "jam pelajaran" not in rina  # JP is a participant's
    assert "NIP." in rina  # the signatory's; the speaker has none of her own
    assert "Nomor: 003/SERT/DISPUSIP-TPI/III/2026" in budi
    # Fonts are embedded (subset), so names print the same on any PC.
    first = PdfReader(out).pages[0]
    truetype = [f.get_object() for f in _fonts_of(first)
                if f.get_object()["/Subtype"] == "/TrueType"]
    assert len(truetype) >= 3  # Noto Serif Bold, Noto Sans, Noto Sans Bold
    assert all(f["/FontDescriptor"].get_object().get("/FontFile2") for f in truetype)


def test_the_qr_code_reads_back_to_a_payload_that_verifies(course, tmp_path):
    made = issue_all(course)
    out = tmp_path / "sertifikat.pdf"
    cert_pdf.write_merged([c.id for c in made], out)
    document = pypdfium2.PdfDocument(str(out))
    for index, cert in enumerate(made):
        picture = document[index].render(scale=150 / 72).to_pil()
        [code] = zxingcpp.read_barcodes(picture)
        assert code.text == cert.payload
        assert verify(code.text).status == VALID
    document.close()


def test_one_file_per_person_with_safe_names(course, tmp_path):
    made = issue_all(course)
    folder = tmp_path / "per-orang"
    folder.mkdir()
    files = cert_pdf.write_separate([c.id for c in made], folder)
    assert [f.name for f in files] == [
        "001-SERT-DISPUSIP-TPI-III-2026 Dra. Siti Aminah.pdf",
        "002-SERT-DISPUSIP-TPI-III-2026 Dr. Rina Wati.pdf",
        "003-SERT-DISPUSIP-TPI-III-2026 Budi Santoso.pdf"]
    # Each file has its own name in its own fonts (font subsets are reused across files).
    for path, cert, name in zip(files, made, ("Dra. Siti Aminah", "Dr. Rina Wati",
                                              "Budi Santoso"), strict=True):
        [page] = texts(path)
        assert cert.number in page and name in page
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in files)


def test_a_120_character_name_stays_inside_the_page(course, tmp_path):
    long_name = ("Raden Ajeng Siti Nurhaliza Kartikasari Wulandari Prameswari Hadiningrat "
                 "Kusumawardhani Anggraeni Puspitasari Sekarsri") + " XY"
    assert len(long_name) == 120
    person = staff.save_person({"name": long_name, "front_title": "Dr.",
                                "back_title": "S.IP., M.Hum."})
    participants.add_people(course["event"].id, [person.id], "panitia")
    [cert] = certificates.issue(course["event"].id, [Choice(person.id, "panitia")],
                                dt.date(2026, 3, 12))
    out = tmp_path / "panjang.pdf"
    cert_pdf.write_merged([cert.id], out)
    [page] = texts(out)
    for word in long_name.split():
        assert word in page
    page_width = float(PdfReader(out).pages[0].mediabox.width)
    left_edges = []

    def edge(text, cm, tm, font, size):
        if "Raden" in text or "XY" in text:
            left_edges.append(tm[4] * cm[0] + cm[4])

    PdfReader(out).pages[0].extract_text(visitor_text=edge)
    # Centred lines: a left edge inside the frame (10 mm) puts the right edge inside too.
    assert len(left_edges) == 2 and all(10 * mm < x < page_width / 2 for x in left_edges)
    # The name shrank to its floor and took two lines, each within the field's width.
    register_certificate_fonts()
    from models.certificates import layouts as cert_layouts

    spec = cert_layouts.DEFAULT_FIELDS["name"]
    size, lines = fit_text(f"Dr. {long_name}, S.IP., M.Hum.", spec, spec["width"] * mm)
    assert size == spec["min_size"] and len(lines) == 2


def test_a_name_the_font_cannot_print_is_reported_by_name(course):
    person = staff.save_person({"name": "Li Wei 李伟"})
    participants.add_people(course["event"].id, [person.id], "panitia")
    made = certificates.issue(course["event"].id, [Choice(person.id, "panitia"),
                                                   Choice(course["siti"].id, "peserta")],
                              dt.date(2026, 3, 12))
    assert cert_pdf.glyph_problems([c.id for c in made]) == [("Li Wei 李伟", "伟李")]


@pytest.mark.parametrize("number, name, expected", [
    ("001/SERT/X/III/2026", "Ni'mah Ayu, S.Pd.", "001-SERT-X-III-2026 Ni'mah Ayu, S.Pd.pdf"),
    ("7", 'A:B*C?"D<E>F|G\\H', "7 A-B-C--D-E-F-G-H.pdf"),
])
def test_file_names_windows_accepts(number, name, expected):
    assert cert_pdf.file_name(number, name) == expected


def test_many_files_are_drawn_by_several_processes_alike(course, tmp_path,
                                                        monkeypatch):
    from reports.certificates import files as cert_files

    monkeypatch.setattr(cert_files, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cert_files, "CHUNK", 1)
    monkeypatch.setattr(cert_files.os, "cpu_count", lambda: 2)
    made = issue_all(course)
    steps = []
    from models.progress import Progress

    files = cert_pdf.write_separate([c.id for c in made], tmp_path,
                                    Progress(lambda done, total: steps.append((done, total))))
    assert [texts(f)[0].count(c.number) for f, c in zip(files, made, strict=True)] == [1, 1, 1]
    assert steps[-1] == (3, 3)


def test_certificates_of_two_layouts_in_one_file(course, tmp_path):
    from models.certificates import layouts as cert_layouts

    framed = cert_layouts.Layout(name="Bingkai")
    framed.texts["title"] = "PIAGAM"
    other = cert_layouts.save(framed).id
    [siti] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    [rina] = certificates.issue(course["event"].id, [Choice(course["rina"].id, "narasumber")],
                                dt.date(2026, 3, 12), other)
    out = tmp_path / "dua.pdf"
    assert cert_pdf.write_merged([siti.id, rina.id], out) == 2
    first, second = texts(out)
    assert "SERTIFIKAT" in first and "PIAGAM" in second


@pytest.mark.parametrize("orientation, sessions", [("landscape", 4), ("landscape", 34),
                                                   ("portrait", 34)])
def test_the_back_page_lists_every_session_inside_the_page(course, tmp_path,
                                                           orientation, sessions):
    from models.certificates import layout_pages
    from models.certificates import layouts as cert_layouts
    from models.events import planning as events
    from models.events.tables import Event

    event = course["event"]
    Event.update(end_date=dt.date(2026, 3, 28)).where(Event.id == event.id).execute()
    event = Event.get_by_id(event.id)
    for n in range(sessions - 4):  # the course has four already
        events.save_session(event.id, {
            "date": dt.date(2026, 3, 12) + dt.timedelta(days=n // 2),
            "start_time": dt.time(8 + 4 * (n % 2)), "end_time": dt.time(9 + 4 * (n % 2), 30),
            "topic": f"Materi pengembangan perpustakaan digital bagian {n + 5}", "room": "",
            "jp": 2})
    layout = cert_layouts.Layout(name="Lampiran", orientation=orientation, back_page=True)
    if orientation == "portrait":
        layout.fields = layout_pages.portrait_fields()
    layout_id = cert_layouts.save(layout).id
    [cert] = certificates.issue(event.id, [Choice(course["rina"].id, "narasumber")],
                                dt.date(2026, 3, 28), layout_id)
    out = tmp_path / "lampiran.pdf"
    pages = cert_pdf.write_merged([cert.id], out)
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 2
    back = " ".join(texts(out)[1:])
    for n in range(5, sessions + 1):
        assert f"bagian {n}" in back
    assert "Jumlah" in back and f"{2 * sessions:g}" in back
    for page in reader.pages[1:]:
        heights = []

        def seen(text, cm, tm, font, size, heights=heights):
            if text.strip():
                heights.append(tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=seen)
        assert min(heights) > 10 * mm  # nothing below the bottom margin, nothing cut
