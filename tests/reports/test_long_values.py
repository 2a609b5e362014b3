"""Any record the database accepts prints: the longest accepted values, an unbroken token
(a URL pasted into a title), and a 10,000-character name an old database may still hold
go through every paper the office prints."""

import datetime as dt

import pytest
from pypdf import PdfReader

from models.certificates import issuing as certificates
from models.certificates.issuing import Choice
from models.events.tables import Event, EventSession, Theme
from models.network.tables import Organisation
from models.staff.tables import Person
from reports.attendance.name_tags import write_name_tags
from reports.attendance.sign_in_sheet import write_sign_in_sheets
from reports.catalogue import KINDS, build
from reports.certificates import printing as cert_pdf
from reports.evaluation.report import write_evaluation_report
from reports.report_writer import write_report
from tests.builders import certificate_course, fill_example


def words(length: int, word: str = "Kusumawardhani") -> str:
    text = ""
    while len(text) < length:
        text = f"{text} {word}".strip()
    return text[:length].rstrip()


URL = "https://perpustakaan.tanjungpinangkota.go.id/" + "katalog-bimtek-ddc-" * 5 + "x" * 35
LONGEST = {"name": words(150), "title": words(200, "Pengembangan"), "unit": words(200, "Bidang"),
           "position": words(200, "Pustakawan"), "institution": words(200, "Perpustakaan"),
           "topic": words(200, "Klasifikasi"), "venue": words(200, "Aula"), "room": words(100)}
TOKEN = {"name": "Siti" + "a" * 146, "title": f"Bimtek {URL}", "unit": "U" * 200,
         "position": "P" * 200, "institution": URL, "topic": URL, "venue": URL, "room": "R" * 100}
OLD = {**LONGEST, "name": "Nama" + "N" * 9_996, "title": "Judul " + "J" * 9_994}
CASES = {"longest": LONGEST, "token": TOKEN, "old database": OLD}


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(path) -> str:
    assert path.stat().st_size > 0
    return squeezed(" ".join(page.extract_text() for page in PdfReader(path).pages))


def shows(text: str, value: str) -> bool:
    """The value is printed, perhaps wrapped over lines (an old 10,000-character value is
    shortened where the paper has room for less: its beginning is there)."""
    value = squeezed(value)
    return (value if len(value) <= 200 else value[:60]) in text


@pytest.fixture(params=list(CASES))
def stored(request, database, engine):
    if request.param == "old database" and engine == "postgres":
        pytest.skip("only a SQLite file can hold values longer than their columns")
    course = certificate_course()
    example = fill_example()
    values = CASES[request.param]
    # A raw update: an old database holds what no form accepts today.
    Person.update(name=values["name"], unit=values["unit"], position=values["position"],
                  institution=values["institution"]).execute()
    Event.update(title=values["title"], venue=values["venue"]).execute()
    # The network directory: an organisation named as long as a title, its outside contact.
    organisation = Organisation.create(name=values["title"], region=values["room"])
    Person.update(organisation=organisation.id).where(Person.is_external).execute()
    EventSession.update(topic=values["topic"], room=values["room"]).execute()
    return course, example, values


def test_every_paper_prints_the_longest_values(stored, tmp_path):
    from models.db import db
    from models.letters.numbers import PaperRequest, record
    from reports.letters.papers import write_paper

    course, example, values = stored
    event = course["event"].id
    with db.atomic():  # a letter in the register, its subject the longest title
        record(PaperRequest(event, "invitation", dt.date(2026, 3, 2)))
    themes = list(Theme.select().order_by(Theme.id))
    Event.update(theme=themes[0]).where(Event.id == event).execute()
    for kind in KINDS:
        # The needs of a theme the course did not teach: everyone, the longest name too.
        made = build(kind.code, event=event, year=2026, person=course["siti"].id,
                     theme=themes[1].id)
        out = tmp_path / f"{kind.code}.pdf"
        write_report(made, out)
        by_name = kind.code in ("jp-recap", "training-needs")
        assert shows(pdf_text(out), values["name"] if by_name else values["title"]), kind.code
    sheet = tmp_path / "daftar-hadir.pdf"
    write_sign_in_sheets(event, sheet)
    assert shows(pdf_text(sheet), values["name"]) and shows(pdf_text(sheet), values["topic"])
    programme = tmp_path / "susunan-acara.pdf"
    write_paper("programme", event, programme, dt.date(2026, 3, 2))
    assert shows(pdf_text(programme), values["title"].upper())  # under the title
    assert shows(pdf_text(programme), values["topic"])
    tags = tmp_path / "tanda-nama.pdf"
    write_name_tags(event, tags)
    assert shows(pdf_text(tags), values["name"][:12])  # a tag has two lines: shortened
    report = tmp_path / "evaluasi.pdf"
    write_evaluation_report(example["event"].id, report, today=dt.date(2026, 7, 1))
    assert shows(pdf_text(report), values["title"]) and shows(pdf_text(report), values["name"])


def test_certificates_are_issued_and_print_the_longest_name(stored, tmp_path):
    course, _example, values = stored
    certificates.ensure_default_signatory()
    made = certificates.issue(
        course["event"].id, [Choice(course["siti"].id, "peserta"),
                             Choice(course["rina"].id, "narasumber")],
        dt.date(2026, 3, 12), signatory_ids=(certificates.signatories()[0].id,))
    out = tmp_path / "sertifikat.pdf"
    assert cert_pdf.write_merged([c.id for c in made], out) == 2
    assert shows(pdf_text(out), values["name"])
