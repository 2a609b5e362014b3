"""An officer checking a person's JP sees one figure: the Staff tab (in Indonesian), the
transcript PDF and the JP recap PDF write the same JP the same way."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from models import settings
from models.attendance.tables import Attendance
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from reports.recaps import recaps
from reports.report_writer import write_report
from ui import i18n
from ui.staff.page import StaffPage

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def siti(database):
    """1,5 + 2,1 + 0,2 JP attended: a half JP, and a sum whose float has a tail
    (3.8000000000000003); 20 JP target, so 16,2 JP short."""
    settings.save({"jp_target": 20})
    person = staff.save_person({"name": "Siti Aminah", "employment": "PNS"})
    event = events.save_event({"title": "Bimtek Katalogisasi", "kind": "bimtek",
                               "status": "finished", "start_date": dt.date(2026, 3, 10),
                               "end_date": dt.date(2026, 3, 10)})
    participants.add_people(event.id, [person.id])
    for start, end, jp in ((8, 9, 1.5), (9, 11, 2.1), (13, 14, 0.2)):
        session = events.save_session(event.id, {
            "date": dt.date(2026, 3, 10), "start_time": dt.time(start),
            "end_time": dt.time(end), "topic": "RDA", "room": "", "jp": jp})
        Attendance.create(session=session, person=person, status="hadir")
    return person


def pdf_words(path) -> list[str]:
    return [word for page in PdfReader(path).pages for word in page.extract_text().split()]


def staff_tab_text(qtbot, qapp) -> str:
    i18n.install(qapp, "id")
    page = StaffPage()
    page.history.this_year = 2026
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tree = page.history.tree
    year = tree.topLevelItem(0)
    event = year.child(0)
    return year.text(0) + "\n" + " | ".join(event.text(c) for c in range(tree.columnCount()))


def test_the_same_jp_reads_the_same_on_screen_and_on_paper(qtbot, qapp, siti, tmp_path):
    shown = staff_tab_text(qtbot, qapp)
    assert "3,8 / 3,8" in shown  # attended / planned, in the event's row
    assert "3,8" in shown.splitlines()[0] and "16,2" in shown.splitlines()[0]
    assert "3,80" not in shown and "0000" not in shown

    write_report(recaps.transcript(siti.id, today=TODAY), tmp_path / "riwayat.pdf")
    transcript = pdf_words(tmp_path / "riwayat.pdf")
    assert transcript.count("3,8") == 2  # the event's row and the year's total
    assert "16,2" in transcript  # "Target 20 JP: kurang 16,2 JP."

    write_report(recaps.jp_recap(2026), tmp_path / "rekap.pdf")
    recap = pdf_words(tmp_path / "rekap.pdf")
    assert "3,8" in recap and "16,2" in recap

    for words in (transcript, recap):
        assert not [w for w in words if w.startswith("3,8") and w != "3,8"]
