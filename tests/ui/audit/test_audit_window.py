"""The audit log window: every change listed with who, PC and what changed; the filters by
person, event, user and dates narrow it; nothing in it edits the log."""

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtWidgets import QAbstractItemView

from models.attendance import checkin
from models.sharing import actor
from models.staff import staff_list
from tests.builders import DAY, event_with_sessions, staff_member, table_rows
from ui.audit.window import CHANGES, RECORD, WHAT, WHO, AuditLogDialog


def office():
    """Siti checked in by the door laptop; Rina renamed by Dewi at the office PC."""
    siti, rina = staff_member("Siti Aminah"), staff_member("Rina", unit="Layanan")
    event, sessions = event_with_sessions(participants=(siti,))
    actor.set_user("Meja Depan")
    checkin.check_in(sessions[0].id, "1", dt.datetime.combine(DAY, dt.time(8)), 15)
    actor.set_user("Dewi")
    staff_list.save_person({**staff_list.person_values(rina), "name": "Rina S."}, rina.id)
    return siti, rina, event


def opened(qtbot):
    dialog = AuditLogDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_the_log_lists_each_change_newest_first_and_cannot_be_edited(database, qtbot):
    office()
    dialog = opened(qtbot)
    rows = table_rows(dialog.table)
    assert rows[0][WHO] == "Dewi" and rows[0][WHAT] == "Person changed"
    assert rows[0][RECORD] == "Rina S."
    assert rows[0][CHANGES] == "Name: Rina → Rina S."
    assert rows[1][WHO] == "Meja Depan" and rows[1][WHAT] == "Attendance added"
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert dialog.where.text() == f"1–{len(rows)} of {len(rows)}"


def test_the_filters_narrow_the_list(database, qtbot):
    siti, rina, event = office()
    dialog = opened(qtbot)
    dialog.user.setCurrentIndex(dialog.user.findData("Meja Depan"))
    qtbot.waitUntil(lambda: len(table_rows(dialog.table)) == 1)
    assert table_rows(dialog.table)[0][WHAT] == "Attendance added"
    dialog.user.setCurrentIndex(0)
    dialog.person.set_person_id(rina.id)
    qtbot.waitUntil(lambda: {r[RECORD] for r in table_rows(dialog.table)} == {"Rina", "Rina S."})
    dialog.person.set_person_id(None)
    dialog.event.setCurrentIndex(dialog.event.findData(event.id))
    qtbot.waitUntil(lambda: "Person changed" not in {r[WHAT] for r in table_rows(dialog.table)})
    assert {r[WHAT] for r in table_rows(dialog.table)} == {
        "Event added", "Session added", "Participant added", "Attendance added"}
    dialog.use_to.setChecked(True)
    dialog.date_to.setDate(dt.date.today() - dt.timedelta(days=1))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert dialog.where.text() == "No changes found."


def test_clicking_who_sorts_by_the_user(database, qtbot):
    office()
    dialog = opened(qtbot)
    dialog.table.horizontalHeader().sectionClicked.emit(WHO)
    who = [row[WHO] for row in table_rows(dialog.table)]
    assert who == sorted(who) and "Dewi" in who


def test_export_writes_what_the_filter_shows(database, qtbot, tmp_path, message_boxes):
    office()
    dialog = opened(qtbot)
    dialog.user.setCurrentIndex(dialog.user.findData("Dewi"))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.export(tmp_path / "log.xlsx")
    sheet = load_workbook(tmp_path / "log.xlsx").active
    values = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert ["When", "Who", "PC", "What", "Action", "Record", "Changes"] in values
    [line] = [row for row in values if row[1] == "Dewi"]
    assert line[3:] == ["Person", "changed", "Rina S.", "Name: Rina → Rina S."]
    assert any("1 change written" in text for text in message_boxes)
