"""Importing evaluation responses from the command line."""

import pytest

from tests.builders import (
    database_file,
    english,
    event_with_sessions,
    external,
    staff_member,
    templates_as_shipped_before,
)

SITI_NIP = "196903091994032001"
QUESTIONS = ["Materi sesuai dengan kebutuhan tugas saya", "Materi mudah dipahami",
             "Materi dapat langsung diterapkan di tempat kerja",
             "Kesesuaian jadwal dan alokasi waktu", "Kenyamanan ruang dan kelengkapan fasilitas",
             "Konsumsi", "Pelayanan panitia", "Secara keseluruhan, kegiatan ini bermanfaat",
             "Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?",
             "Informasi kegiatan ini Anda peroleh dari", "Kritik dan saran"]


@pytest.fixture
def evaluation_db(tmp_path):
    """A database file with one event, two participants and a speaker, then closed."""
    path = tmp_path / "office.sqlite"
    with database_file(path):
        templates_as_shipped_before()
        speaker = external("Rina Marlina")
        people = [staff_member("Siti Aminah", SITI_NIP), staff_member("Budi Santoso")]
        event, _sessions = event_with_sessions(hours=(8,), topics=("Notasi DDC",),
                                               speaker=speaker, participants=people)
    return path, event.id


def write_csv(path, rows, headers=("Timestamp", "NIP", "Nama", *QUESTIONS)):
    lines = [";".join(headers)] + [";".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def stored(db):
    import sqlite3

    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT COUNT(*), COUNT(person_id) FROM response").fetchone()


def test_good_rows_come_in_and_bad_ones_are_listed(run, evaluation_db, tmp_path):
    """A real process: exit code 3 for rejected rows, and the reasons on stdout with their
    curly quotes intact."""
    db, event_id = evaluation_db
    path = write_csv(tmp_path / "evaluasi.csv", [
        ["t", SITI_NIP, "Siti Aminah", *["Baik"] * 8, "Ya", "Atasan", "Bagus"],
        ["t", "", "", *["5"] * 7, "9", "mungkin", "Atasan", ""],
        ["t", "", "", *["4"] * 8, "tidak", "Rekan kerja", ""],
    ])
    result = english(run, db, "import-responses", event_id, "Evaluasi Penyelenggaraan", path)
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines() == [
        "imported 2, already imported before 0, rejected 1",
        "row 3, column Secara keseluruhan, kegiatan ini bermanfaat: “9” has no rating value: "
        "give it one from 1 to 5 among the rating answers when matching the columns.",
        "row 3, column Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?: "
        "“mungkin” is not yes or no: write ya or tidak (yes/no, 1/0).",
    ]
    assert stored(db) == (2, 1)

    newer = write_csv(tmp_path / "lagi.csv", [
        ["t", SITI_NIP, "Siti Aminah", *["Baik"] * 8, "Ya", "Atasan", "Bagus"],
        ["t", "", "", *["4"] * 8, "tidak", "Rekan kerja", ""],
        ["t", "", "", *["3"] * 8, "ya", "Atasan", ""]])
    result = english(run, db, "import-responses", event_id, "1", newer)
    assert (result.returncode, result.stdout.strip()) == (
        0, "imported 1, already imported before 2, rejected 0")
    assert stored(db) == (3, 1)
    result = english(run, db, "import-responses", event_id, "1", newer)
    assert result.stdout.strip() == "imported 0, already imported before 3, rejected 0"
    assert stored(db) == (3, 1)


def test_speaker_form_with_the_speaker_named_on_the_command_line(cli, evaluation_db, tmp_path):
    db, event_id = evaluation_db
    headers = ("NIP", "Penguasaan materi", "Ketepatan waktu", "Sistematika penyajian",
               "Penggunaan metode dan alat bantu", "Sikap dan perilaku",
               "Penggunaan bahasa dan suara", "Pemberian motivasi kepada peserta",
               "Kesempatan tanya jawab", "Tercapainya tujuan pembelajaran")
    path = write_csv(tmp_path / "narsum.csv", [["", *["5"] * 9]], headers=headers)
    result = english(cli, db, "import-responses", event_id, "Evaluasi Narasumber", path)
    assert result.returncode == 1
    assert result.stderr.startswith("Choose the column naming the speaker, or the speaker")
    result = english(cli, db, "import-responses", event_id, "Evaluasi Narasumber", path,
                     "--speaker", "Pak Joko")
    assert result.stderr.strip() == ("Pak Joko is not a speaker in the event's schedule "
                                     "(Rina Marlina).")
    result = english(cli, db, "import-responses", event_id, "Evaluasi Narasumber", path,
                     "--speaker", "rina marlina")
    assert (result.returncode, result.stdout.strip()) == (
        0, "imported 1, already imported before 0, rejected 0")


def test_bad_requests_are_refused_with_a_reason(cli, evaluation_db, tmp_path):
    db, event_id = evaluation_db
    path = write_csv(tmp_path / "e.csv", [])
    result = english(cli, db, "import-responses", 999, "1", path)
    assert (result.returncode, result.stderr.strip()) == (1, "There is no event with id 999.")
    result = english(cli, db, "import-responses", event_id, "Evaluasi Lain", path)
    assert result.stderr.strip() == "There is no questionnaire Evaluasi Lain."
    result = english(cli, db, "import-responses", event_id, "1", tmp_path / "none.csv")
    assert result.stderr.strip() == f"There is no file {tmp_path / 'none.csv'}."
    odd = write_csv(tmp_path / "odd.csv", [["x", "5"]], headers=("Waktu", "Nilai"))
    result = english(cli, db, "import-responses", event_id, "Evaluasi Penyelenggaraan", odd)
    assert result.returncode == 1
    assert "No column is matched to a question of the form." in result.stderr
    assert "SiBina remembers them" in result.stderr


def test_the_usual_indonesian_scales_come_in_and_other_words_are_named(cli, evaluation_db,
                                                                       tmp_path):
    db, event_id = evaluation_db
    path = write_csv(tmp_path / "evaluasi.csv", [
        ["t1", "", "", "Sangat Setuju", "Setuju", "Kurang", "Sangat Kurang", "Puas",
         "Cukup Sesuai", "Tidak Setuju", "Setuju", "Ya", "Atasan", ""],
        ["t2", "", "", *["Lumayan"] * 8, "Ya", "Atasan", ""],
    ])
    result = english(cli, db, "import-responses", event_id, "Evaluasi Penyelenggaraan", path)
    assert result.stdout.splitlines()[0] == "imported 1, already imported before 0, rejected 1"
    assert "row 3, column Materi sesuai dengan kebutuhan tugas saya: “Lumayan” has no " \
           "rating value" in result.stdout
    assert stored(db) == (1, 0)
