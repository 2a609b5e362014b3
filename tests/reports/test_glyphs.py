"""Characters the printing font lacks are never left out silently: every paper names the
person (or text) and the characters, and is written only when the office prints anyway."""

import datetime as dt

import pytest
from pypdf import PdfReader

from reports.attendance.sign_in_sheet import write_sign_in_sheets
from reports.catalogue import build
from reports.glyphs import MissingCharacters, lacking
from reports.recaps import recaps
from reports.report_writer import write_report
from tests.builders import DAY, event_with_sessions, staff_member

ARABIC, CHINESE = "محمد علي", "王小明"


@pytest.fixture
def mixed(database):
    people = [staff_member("Siti Aminah", "196903091994032001"), staff_member(ARABIC),
              staff_member(CHINESE, position="Pustakawan")]
    event, _ = event_with_sessions("Bimtek Aksara", participants=people)
    return event


def refused(write, path) -> MissingCharacters:
    with pytest.raises(MissingCharacters) as caught:
        write(path)
    assert not path.exists()  # nothing half-made under the paper's name
    return caught.value


def test_a_recap_names_the_person_and_the_characters(mixed, tmp_path):
    out = tmp_path / "rekap.pdf"
    error = refused(lambda p: write_report(recaps.attendance_recap(
        mixed.id, today=DAY + dt.timedelta(days=1)), p), out)
    found = {item.record: item for item in error.lacking}
    assert set(found) == {ARABIC, CHINESE}
    assert set(found[ARABIC].characters) == set(ARABIC.replace(" ", ""))
    assert set(found[CHINESE].characters) == set(CHINESE)
    assert found[ARABIC].blank and found[CHINESE].blank  # nothing of them would print
    text = error.msg.english()
    assert f"• {ARABIC}: " in text and f"• {CHINESE}: " in text
    assert "REKAP KEHADIRAN KEGIATAN" in text and "Siti Aminah" not in text
    # Printed anyway, as the office chose: the Latin names are all there.
    write_report(recaps.attendance_recap(mixed.id, today=DAY + dt.timedelta(days=1)), out,
                 missing_ok=True)
    assert "Siti Aminah" in " ".join(p.extract_text() for p in PdfReader(out).pages)


def test_every_paper_refuses_a_text_its_font_cannot_print(mixed, tmp_path):
    """The sign-in sheet, the register and the JP recap go through the same check; the
    workbook, which Excel shows with its own fonts, is written."""
    assert ARABIC in {i.record for i in refused(
        lambda p: write_sign_in_sheets(mixed.id, p), tmp_path / "hadir.pdf").lacking}
    assert CHINESE in {i.record for i in refused(
        lambda p: write_report(build("jp-recap", year=DAY.year), p),
        tmp_path / "jp.pdf").lacking}
    write_report(build("jp-recap", year=DAY.year), tmp_path / "jp.xlsx")


def test_the_check_says_what_is_missing_and_whether_anything_would_print():
    found = lacking([("Ani", ["Ani", "Pustakawan"]), ("Ani ✓", ["Ani ✓"]),
                     (ARABIC, [ARABIC, "Pustakawan"])])
    assert [(f.record, f.characters, f.blank) for f in found] == [
        ("Ani ✓", "✓", False), (ARABIC, "".join(sorted(set(ARABIC) - {" "})), True)]


def test_name_tags_refuse_a_name_their_fonts_cannot_print(mixed, tmp_path):
    from models.staff.tables import Person
    from reports.attendance.name_tags import write_name_tags

    error = refused(lambda p: write_name_tags(mixed.id, p), tmp_path / "tags.pdf")
    assert [item.record for item in error.lacking] == [ARABIC, CHINESE]
    # Nothing was recorded for a refused paper: no check-in codes were given yet.
    assert Person.select().where(Person.checkin_code.is_null(False)).count() == 0
    assert write_name_tags(mixed.id, tmp_path / "tags.pdf", missing_ok=True) == 3
