"""The command line as a script would use it: exit codes, stdout and stderr.

Most commands run in this process (the ``cli`` fixture); what only a real process shows
(its exit code, no display needed, the data folder of a real home, a database held by
another process) runs main.py as one (``run``)."""

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook, load_workbook

from models.db import latest_version
from tests.builders import V1_DATABASE, database_file, staff_member
from tests.sheets import header_row

ROOT = Path(__file__).resolve().parents[3]


def staff_sheet(path: Path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "NIP", "Nama", "Jabatan", "Pangkat/Golongan", "Unit Kerja"])
    for row in rows:
        sheet.append(row)
    for cell in sheet["B"]:
        cell.number_format = "@"
    book.save(path)


def count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def test_demo_fills_an_empty_database_then_refuses(cli, tmp_path):
    db = tmp_path / "demo.sqlite"
    done = cli("--db", db, "--lang", "en", "demo")
    assert done.returncode == 0, done.stderr
    assert count(db, "person") >= 55
    again = cli("--db", db, "--lang", "en", "demo")
    assert again.returncode == 1
    assert again.stderr.strip() == ("The database already holds data; demo data goes only "
                                    "into an empty database.")
    assert "Traceback" not in again.stderr


def test_import_staff_reports_each_rejected_row(run, tmp_path):
    """A real process: exit code 3 when rows were rejected, the reasons on stdout."""
    db = tmp_path / "office.sqlite"
    sheet = tmp_path / "simpeg.xlsx"
    staff_sheet(sheet, [
        [1, "196903091994032001", "Dra. Siti Aminah, S.IP., M.Hum.", "Pustakawan Ahli Madya",
         "Pembina, IV/a", "Bidang Layanan"],
        [2, "198501152010011003", "Budi Santoso, S.Kom.", "Pranata Komputer", "Penata, III/c",
         "Bidang TI"],
        [3, "19850115201001", "Rina Wati", "Pustakawan", "", "Bidang Layanan"],
    ])
    rejects = tmp_path / "ditolak.csv"
    result = run("--db", db, "--lang", "en", "import-staff", sheet, "--rejects", rejects)
    assert result.returncode == 3, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "imported 2, updated 0, rejected 1"
    assert lines[1].startswith("row 4, column NIP: ")
    assert count(db, "person") == 2
    with open(rejects, encoding="utf-8-sig") as f:
        rejected = list(csv.reader(f))
    assert any("Rina Wati" in cell for cell in rejected[1])

    staff_sheet(sheet, [[1, "196903091994032001", "Dra. Siti Aminah, S.IP., M.Hum.",
                         "Pustakawan Ahli Utama", "Pembina Tingkat I, IV/b", "Bidang Layanan"]])
    again = run("--db", db, "--lang", "en", "import-staff", sheet)
    assert again.returncode == 0
    assert again.stdout.splitlines() == ["imported 0, updated 1, rejected 0",
                                         "columns not used: No"]


def test_messages_follow_lang(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    sheet = tmp_path / "simpeg.xlsx"
    staff_sheet(sheet, [[1, "196903091994032001", "Siti Aminah", "", "", ""]])
    result = cli("--db", db, "--lang", "id", "import-staff", sheet)
    assert result.stdout.splitlines() == ["diimpor 1, diperbarui 0, ditolak 0",
                                          "kolom tidak dipakai: No"]


def test_import_of_a_missing_file_is_one_clear_sentence(cli, tmp_path):
    result = cli("--db", tmp_path / "x.sqlite", "--lang", "en", "import-staff",
                 tmp_path / "nowhere.xlsx")
    assert result.returncode == 1
    assert result.stderr.strip() == f"There is no file {tmp_path / 'nowhere.xlsx'}."


def test_export_staff_round_trip(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    assert cli("--db", db, "demo").returncode == 0
    out = tmp_path / "pegawai.xlsx"
    result = cli("--db", db, "--lang", "en", "export-staff", out)
    assert result.returncode == 0, result.stderr
    people = count(db, "person")
    assert result.stdout.strip() == f"{people} people written to {out}."
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "STAFF AND OUTSIDE PEOPLE"  # the title block, then the table
    assert sheet.max_row == header_row(sheet) + people
    csv_out = tmp_path / "pegawai.csv"
    assert cli("--db", db, "export-staff", csv_out).returncode == 0
    reimport = cli("--db", db, "--lang", "en", "import-staff", csv_out)
    assert reimport.stdout.splitlines()[0] == "imported 0, updated 0, rejected 0"  # unchanged
    assert count(db, "person") == people


def test_export_needs_a_known_format_and_a_database(cli, tmp_path):
    result = cli("--db", tmp_path / "none.sqlite", "--lang", "en", "export-staff",
                 tmp_path / "x.xlsx")
    assert result.returncode == 1
    assert result.stderr.strip() == f"There is no database at {tmp_path / 'none.sqlite'}."
    assert not (tmp_path / "none.sqlite").exists()
    bad = cli("--db", tmp_path / "none.sqlite", "--lang", "en", "export-staff",
              tmp_path / "x.pdf")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "The export file must end in .xlsx or .csv."


def test_check_prints_schema_version(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    cli("--db", db, "demo")
    result = cli("--db", db, "--lang", "en", "check")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [f"schema version {latest_version()}",
                                          "integrity check: ok"]


def test_check_reads_an_old_database_without_changing_it(cli, tmp_path):
    import shutil

    db = tmp_path / "office.sqlite"
    shutil.copy(V1_DATABASE, db)
    before, files = db.read_bytes(), sorted(p.name for p in tmp_path.iterdir())
    result = cli("check", "--db", db, "--lang", "en")  # options after the command work too
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "schema version 1"
    assert "upgrade pending" in result.stdout
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no copy, no -wal, no -shm


def test_check_of_a_current_database_leaves_no_files_behind(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    assert cli("--db", db, "demo").returncode == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    assert cli("--db", db, "check").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_rejects_file_problem_stops_before_importing(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    sheet = tmp_path / "simpeg.xlsx"
    staff_sheet(sheet, [[1, "196903091994032001", "Siti Aminah", "", "", ""],
                        [2, "123", "Rina", "", "", ""]])
    bad_suffix = cli("--db", db, "--lang", "en", "import-staff", sheet, "--rejects",
                     tmp_path / "ditolak.txt")
    assert bad_suffix.returncode == 1
    assert bad_suffix.stderr.strip() == "The rejects file must end in .csv or .xlsx."
    no_folder = cli("--db", db, "--lang", "en", "import-staff", sheet, "--rejects",
                    tmp_path / "missing" / "ditolak.csv")
    assert no_folder.returncode == 1 and "Traceback" not in no_folder.stderr
    assert count(db, "person") == 0  # nothing imported when the rejects cannot be written


def test_help_needs_no_display(run, tmp_path):

    env_run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "HOME": str(tmp_path)},
        timeout=60)
    assert env_run.returncode == 0
    assert env_run.stdout.startswith("penggunaan: main.py")


def test_check_fails_on_a_damaged_file(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    result = cli("--db", db, "--lang", "en", "check")
    assert result.returncode == 1
    assert "is not a SiBina database" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_what_sibina_never_makes(cli, tmp_path):
    db = tmp_path / "office.sqlite"
    assert cli("--db", db, "demo").returncode == 0
    connection = sqlite3.connect(db)
    connection.execute("CREATE VIEW everyone AS SELECT * FROM person")
    connection.commit()
    connection.close()
    result = cli("--db", db, "--lang", "en", "check")
    assert result.returncode == 1
    assert "integrity check: ok" in result.stdout
    assert result.stderr == ("SiBina will not open it: the file has a view “everyone” that "
                             "SiBina never makes.\n")


def test_default_database_lives_in_the_data_folder(run, tmp_path):
    result = run("--lang", "en", "demo")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "home" / "data" / "SiBina" / "SiBina" / "sibina.sqlite").exists()


def test_usage_errors_exit_2(run):
    wrong = run("no-such-command")
    assert wrong.returncode == 2
    assert "galat: argumen PERINTAH: pilihan tidak sah: 'no-such-command'" in wrong.stderr
    assert run("--lang", "fr", "check").returncode == 2
    assert run("import-staff").returncode == 2
    abbreviated = run("--dem", "--db", "x.sqlite")  # argparse would expand it; SiBina refuses
    assert abbreviated.returncode == 2 and "--dem" in abbreviated.stderr


def test_a_database_held_by_another_window_gets_a_worded_message(run, tmp_path):
    db = tmp_path / "office.sqlite"
    assert run("--db", db, "check").returncode == 1  # no database yet
    holder = sqlite3.connect(db)
    holder.execute("create table if not exists t (x)")
    holder.commit()
    holder.execute("BEGIN EXCLUSIVE")  # as a window in the middle of a long write
    try:
        result = run("--db", db, "--lang", "en", "demo")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert result.stderr.strip() == (f"{db} is busy with another SiBina window or command; "
                                     "nothing was changed. Try again in a moment.")


def test_list_events_prints_one_tab_separated_line_per_event(cli, tmp_path):
    import datetime as dt

    db = tmp_path / "office.sqlite"
    assert cli("--db", db, "check").returncode == 1
    from models.events import participants
    from models.events import planning as events

    with database_file(db):
        siti = staff_member("Siti Aminah")
        first = events.save_event({"title": "Bimtek DDC", "kind": "bimtek",
                                   "start_date": dt.date(2025, 12, 30),
                                   "end_date": dt.date(2026, 1, 2), "status": "finished"})
        events.save_session(first.id, {"date": dt.date(2026, 1, 2), "start_time": dt.time(8),
                                       "end_time": dt.time(9, 10), "topic": "DDC",
                                       "room": "", "jp": 1.5})
        participants.add_people(first.id, [siti.id])
        events.save_event({"title": "Seminar Literasi", "kind": "seminar",
                           "start_date": dt.date(2026, 5, 4), "end_date": dt.date(2026, 5, 4)})
        events.save_event({"title": "Klub Buku", "kind": "klub_buku",
                           "start_date": dt.date(2027, 2, 1), "end_date": dt.date(2027, 2, 1)})
    result = cli("--db", db, "list-events", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{first.id}\t2025-12-30\t2026-01-02\tbimtek\tfinished\t1\t1.5\tBimtek DDC",
        f"{first.id + 1}\t2026-05-04\t2026-05-04\tseminar\tplanned\t0\t0\tSeminar Literasi",
    ]
    assert len(cli("--db", db, "list-events").stdout.splitlines()) == 3
