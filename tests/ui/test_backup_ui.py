"""Backing up and restoring from the window, the backup on exit and the reminder."""

import sqlite3
from pathlib import Path

import pytest

from models import backup
from models.db import db
from models.staff import staff_list as staff
from models.staff.tables import Person
from tests.builders import event_with_sessions
from ui.main_window import MainWindow


def names() -> list[str]:
    return sorted(p.name for p in Person.select())


def table_rows(path) -> dict[str, list[tuple]]:
    """Every table's rows in a database file, read with sqlite3 alone (read-only)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"'), key=repr)
                for table in tables}
    finally:
        connection.close()


def test_back_up_restore_and_a_fresh_window(qtbot, database, tmp_path, message_boxes):
    siti = staff.save_person({"name": "Siti Aminah", "nip": "196903091994032001"})
    event, _sessions = event_with_sessions(participants=[siti])
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    assert window.reminder.text().startswith("No backup has been made to a USB stick yet.")
    from ui.backup_actions import back_up

    back_up(window, tmp_path / "usb")
    [made] = backup.backups_in(tmp_path / "usb")
    assert message_boxes[-1] == f"The backup {made} is written and checked."
    # The file on the stick, opened as any SQLite tool would: sound, and holding every row
    # the database held when it was made.
    with sqlite3.connect(f"file:{made}?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("SELECT name, nip FROM person").fetchall() == [
            ("Siti Aminah", "196903091994032001")]
        assert copy.execute("SELECT title FROM event").fetchall() == [(event.title,)]
    copy.close()
    assert table_rows(made) == table_rows(db.obj.database)

    staff.save_person({"name": "Budi Santoso"})
    assert names() == ["Budi Santoso", "Siti Aminah"]
    with qtbot.waitSignal(window.restored):
        window.restore_backup(made)
    assert names() == ["Siti Aminah"]
    assert message_boxes[-1].startswith(f"Restored {made.name}. The data from before is kept")
    safety = backup.backups_in(Path(db.obj.database).parent / backup.AUTO_FOLDER)
    assert safety == []  # "before restore" copies are not counted as daily backups
    assert list((Path(db.obj.database).parent / backup.AUTO_FOLDER).glob("*sebelum-pulih*"))


def test_a_file_that_is_no_backup_changes_nothing(qtbot, database, tmp_path, message_boxes):
    staff.save_person({"name": "Siti Aminah"})
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(b"\x89PNG not a database")
    window.restore_backup(bad)
    assert "foto.sqlite is not a SiBina backup" in message_boxes[-1]
    assert message_boxes[-1].endswith("Nothing was changed.")
    assert names() == ["Siti Aminah"]


def test_a_backup_with_text_in_a_date_is_refused_naming_row_and_column(
        qtbot, database, tmp_path, message_boxes):
    event, _sessions = event_with_sessions()
    made = backup.write_backup(tmp_path / "usb")
    with sqlite3.connect(made) as crafted:
        for name in ("sibina_audit", "sibina_actor", "sibina_pc"):  # the audit triggers'
            crafted.create_function(name, 0, lambda: 0)
        crafted.execute("UPDATE event_session SET date = 'besok'")
    crafted.close()
    before = table_rows(db.obj.database)
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    window.restore_backup(made)
    assert (f"{made.name} holds what SiBina never makes (table event_session, row "
            f"{event.sessions[0].id}, column date does not hold a date)") in message_boxes[-1]
    assert message_boxes[-1].endswith("Nothing was changed.")
    assert table_rows(db.obj.database) == before


def test_closing_the_window_keeps_a_daily_backup(qtbot, database):
    staff.save_person({"name": "Siti Aminah"})
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    window.close()
    made = backup.backups_in(Path(db.obj.database).parent / backup.AUTO_FOLDER)
    assert len(made) == 1


def test_the_reminder_comes_a_week_after_the_last_backup_to_a_stick(qtbot, database,
                                                                    tmp_path, message_boxes,
                                                                    monkeypatch):
    import datetime as dt

    from models.files import storage
    from models.settings import Setting
    from ui.backup_actions import back_up

    staff.save_person({"name": "Siti Aminah"})
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    # No USB stick here: the drive check is told which folder stands for one.
    monkeypatch.setattr(storage, "is_removable", lambda folder: Path(folder) == stick)
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    assert not window.reminder.isHidden()
    back_up(window, stick)
    assert message_boxes[-1].endswith("The USB stick is safe to remove.")
    assert window.reminder.isHidden() and backup.days_since_removable_backup() == 0
    back_up(window, tmp_path)  # a folder on the PC is no backup to take away
    assert backup.days_since_removable_backup() == 0

    for days, shown in ((6, False), (8, True)):
        Setting.replace(key=backup.LAST_REMOVABLE,
                        value=(dt.date.today() - dt.timedelta(days=days)).isoformat()).execute()
        window.show_backup_reminder()
        assert window.reminder.isHidden() != shown, days
    assert window.reminder.text().startswith("The last backup to a USB stick was 8 days ago.")


def test_a_restore_keeps_the_restored_words_of_an_event_report(qtbot, database, tmp_path,
                                                               message_boxes):
    """The Reports tab holding an event's conclusions never writes them over the restored
    data: what was typed goes into the data kept from before."""
    import datetime as dt

    from models.events import planning as events
    from models.events.tables import Event
    from ui.backup_actions import back_up

    day = dt.date(2026, 3, 10)
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": day,
                               "end_date": day})
    Event.update(conclusions="DARI CADANGAN").where(Event.id == event.id).execute()
    window = MainWindow(Path(db.obj.database))
    qtbot.addWidget(window)
    back_up(window, tmp_path / "usb")
    [made] = backup.backups_in(tmp_path / "usb")
    window.show()
    window.show_page("reports_page")
    page = window.reports_page
    page.kinds.setCurrentRow(3)
    page.event_picker.reload(event.id)
    page.conclusions.setPlainText("DIKETIK SEKARANG")
    with qtbot.waitSignal(window.restored):
        window.restore_backup(made)
    window.close()  # the old window goes once the fresh one is open
    assert Event.get_by_id(event.id).conclusions == "DARI CADANGAN"
    [kept] = (Path(db.obj.database).parent / backup.AUTO_FOLDER).glob("*sebelum-pulih*")
    with sqlite3.connect(kept) as before:
        assert before.execute("SELECT conclusions FROM event").fetchone()[0] == (
            "DIKETIK SEKARANG")


@pytest.mark.parametrize("engine", ["postgres"], indirect=True)
def test_a_server_is_backed_up_to_a_file_and_restored_from_it(qtbot, database, tmp_path,
                                                              message_boxes, monkeypatch):
    from ui import backup_actions
    from ui.cli import entry

    monkeypatch.setattr(entry, "data_folder", lambda: tmp_path / "data")
    window = MainWindow(db.obj.database)
    qtbot.addWidget(window)
    staff.save_person({"name": "Siti Aminah", "nip": "196903091994032001"})
    backup_actions.back_up(window, tmp_path / "usb")
    [made] = backup.backups_in(tmp_path / "usb")
    assert message_boxes[-1] == f"The backup {made} is written and checked."
    with sqlite3.connect(f"file:{made}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT name FROM person").fetchall() == [("Siti Aminah",)]
    copy.close()

    staff.save_person({"name": "Budi Santoso"})
    with qtbot.waitSignal(window.restored):
        window.restore_backup(made)
    assert names() == ["Siti Aminah"]  # on the server the window goes on, on the same one
    assert message_boxes[-2].startswith(
        f"Replace all of SiBina's data on the server, for every PC, with the backup {made.name}?")
    assert message_boxes[-1].startswith(f"Restored {made.name}. The data from before is kept")
    [kept] = (tmp_path / "data" / backup.AUTO_FOLDER).glob("*sebelum-pulih*")
    with sqlite3.connect(f"file:{kept}?mode=ro", uri=True) as before:
        assert before.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 2
    before.close()
    assert backup_actions.automatic_backup() is None  # each PC would copy the whole server
