"""The office's own letter templates: used in place of the shipped one, refused at the door
when they would print wrong, and given up for the default again."""

import datetime as dt

import pytest
from docx import Document

from models.files.stored import StoredFile
from models.letters import templates
from models.messages import SiBinaError
from reports.letters.writing import write_letter
from tests.builders import event_with_sessions, staff_member

DAY = dt.date(2026, 12, 3)


def own_docx(path, *lines):
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture
def event(database):
    person = staff_member("Siti Aminah", "198001012005012001")
    return event_with_sessions("Bimtek DDC", participants=[person])[0]


def text_of(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_the_office_template_is_used_and_the_default_comes_back(event, tmp_path):
    mine = own_docx(tmp_path / "undangan kantor.docx", "UNDANGAN KANTOR {{ nomor }}",
                    "{% for p in peserta %}{{ p.nama }} ({{ p.nip }}){% endfor %}")
    templates.replace("invitation", mine)
    assert templates.is_own("invitation")
    write_letter("invitation", event.id, tmp_path / "a.docx", DAY)
    assert "UNDANGAN KANTOR 005/1/" in text_of(tmp_path / "a.docx")
    assert "Siti Aminah (19800101 200501 2 001)" in text_of(tmp_path / "a.docx")
    templates.use_shipped("invitation")
    assert not templates.is_own("invitation")
    assert StoredFile.select().count() == 0  # the replaced file is not kept for nothing
    write_letter("invitation", event.id, tmp_path / "b.docx", DAY)
    assert "UNDANGAN KANTOR" not in text_of(tmp_path / "b.docx")


def test_replacing_again_keeps_only_the_newest_file(event, tmp_path):
    templates.replace("assignment", own_docx(tmp_path / "one.docx", "{{ nomor }}"))
    templates.replace("assignment", own_docx(tmp_path / "two.docx", "{{ judul }}"))
    assert [f.name for f in StoredFile.select()] == ["two.docx"]


def test_a_template_with_an_unknown_field_is_refused_naming_it(event, tmp_path):
    wrong = own_docx(tmp_path / "salah.docx", "Hal: {{ judull }}")
    with pytest.raises(SiBinaError, match=r"salah\.docx.*\{\{ judull \}\}"):
        templates.replace("invitation", wrong)
    assert not templates.is_own("invitation")


def test_the_other_kinds_list_is_an_unknown_field(event, tmp_path):
    wrong = own_docx(tmp_path / "spt.docx", "{% for p in peserta %}{{ p.nama }}{% endfor %}")
    with pytest.raises(SiBinaError, match=r"\{\{ peserta \}\}"):
        templates.replace("assignment", wrong)


@pytest.mark.parametrize("name, content", [
    ("surat.docx", b"this is not a Word file"),
    ("surat.pdf", b"%PDF-1.4"),
])
def test_a_file_that_is_not_a_word_document_is_refused_naming_it(event, tmp_path, name,
                                                                 content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SiBinaError, match=rf"{name}.*not a Word document"):
        templates.replace("invitation", path)
    assert StoredFile.select().count() == 0


def test_a_zip_that_is_not_a_word_document_is_refused(event, tmp_path):
    import zipfile

    path = tmp_path / "arsip.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(SiBinaError, match="not a Word document"):
        templates.replace("invitation", path)


def test_the_shipped_templates_use_only_the_fields_sibina_fills():
    for kind in ("invitation", "assignment", "speaker-request"):
        assert templates.unknown_fields(kind, templates.shipped_bytes(kind)) == []
