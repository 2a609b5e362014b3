"""Importing evaluation responses from a form tool's CSV: mapping, preview, all or nothing."""

import datetime as dt
import json

import pytest

from models.evaluation import response_columns, response_import
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, ImportMapping, Response
from models.messages import SiBinaError
from models.progress import Cancelled, Progress
from models.staff import staff_list as staff
from tests.response_files import BUDI_NIP, HEADERS, SITI_NIP, preview_of, row, write_csv
from tests.sheets import write_xlsx

DAY = dt.date(2026, 3, 10)


def test_columns_are_guessed_from_the_headings(import_event):
    form = import_event["organisation"]
    questions = questions_of(form.id)
    mapping = response_columns.guess_mapping(HEADERS, questions)
    assert mapping["NIP"] == response_columns.NIP
    assert mapping["Nama Lengkap"] == response_columns.NAME
    assert mapping["Timestamp"] is None and mapping["Email"] is None
    assert [mapping[h] for h in HEADERS[3:14]] == [q.id for q in questions]


def test_good_and_bad_rows_with_row_column_and_reason(import_event, tmp_path):
    path = write_csv(tmp_path / "evaluasi.csv", [
        row(SITI_NIP, "Siti Aminah", comment="Ruangan terlalu dingin; AC diatur"),
        row("", "budi santoso", ratings=("Baik", "sangat baik", "Cukup", "4", "4", "3", "5",
                                         "5"), yes="tidak", source="media sosial"),
        row("", "", ratings=("5", "6", "4", "4", "4", "4", "4", "4"), yes="mungkin"),
        [""] * len(HEADERS),  # a blank line the tool left: skipped, not rejected
        row("", "Tamu dari Bintan"),
        row("199901012020121001", ""),
    ], delimiter=";")
    preview = preview_of(import_event, path)
    rows = {r.row: r for r in preview.rows}
    assert (preview.ok, preview.rejected, preview.anonymous) == (4, 1, 2)
    assert rows[2].respondent == "Dra. Siti Aminah, S.IP." and rows[2].status == "ok"
    assert rows[3].person_id == import_event["budi"].id
    assert [a[1] for a in rows[3].answers[:3]] == [4.0, 5.0, 3.0]
    bad = rows[4]
    assert bad.status == "rejected"
    assert [(column, msg.english()) for column, msg in bad.problems] == [
        ("Penilaian materi [Materi mudah dipahami]",
         "“6” has no rating value: give it one from 1 to 5 among the rating answers when "
         "matching the columns."),
        ("Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?",
         "“mungkin” is not yes or no: write ya or tidak (yes/no, 1/0)."),
    ]
    assert 5 not in rows  # the blank line
    assert rows[6].person_id is None and "not registered for this event" in \
        rows[6].note.english()
    assert rows[7].note.english() == "No one has the NIP 19990101 202012 1 001: imported " \
                                     "as anonymous."

    result = response_import.apply(preview)
    assert (result.imported, result.rejected, result.anonymous) == (4, 1, 2)
    assert Response.select().where(Response.source == "csv").count() == 4
    siti_response = Response.get(Response.person == import_event["siti"].id)
    comment = Answer.get(Answer.response == siti_response, Answer.question ==
                         questions_of(import_event["organisation"].id)[-1].id)
    assert comment.text == "Ruangan terlalu dingin; AC diatur"
    budi_answers = {a.question.text: (a.number, a.text) for a in
                    Response.get(Response.person == import_event["budi"].id).answers}
    assert budi_answers["Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?"] == \
        (0.0, "")
    assert budi_answers["Informasi kegiatan ini Anda peroleh dari"] == (None, "Media sosial")
    assert Answer.select().count() == 4 * 11 - 3  # three rows left the comment empty


def test_a_person_answers_once_in_the_file_and_across_imports(import_event, tmp_path):
    path = write_csv(tmp_path / "a.csv", [row(SITI_NIP), row(BUDI_NIP),
                                          row("19690309 199403 2 001")])
    preview = preview_of(import_event, path)
    [twice] = preview.rejected_rows
    assert (twice.row, twice.column) == (4, "NIP")
    assert twice.reason.english() == "Dra. Siti Aminah, S.IP. also answered in row 2: each " \
                                     "person answers once."
    response_import.apply(preview)

    again = preview_of(import_event, write_csv(tmp_path / "b.csv", [row(BUDI_NIP, yes="Tidak"),
                                                                    row()]))
    assert again.rejected_rows[0].reason.english().startswith(
        "Budi Santoso has already answered this form")


def test_importing_the_same_export_again_brings_in_nothing(import_event, tmp_path):
    first = [row(SITI_NIP), row(), row(ratings=("4",) * 8)]
    response_import.apply(preview_of(import_event, write_csv(tmp_path / "a.csv", first)))
    again = preview_of(import_event, write_csv(tmp_path / "a.csv", first))
    assert (again.ok, again.already, again.rejected) == (0, 3, 0)
    result = response_import.apply(again)
    assert (result.imported, result.already) == (0, 3)
    assert Response.select().count() == 3


def test_a_newer_download_brings_in_only_its_new_rows(import_event, tmp_path):
    """The second download holds the first one's rows (one written "Sangat Baik" where the
    first said 5: the same answer), and two new anonymous ones identical to an old one but
    for the time they were sent."""
    old = [row(SITI_NIP), row(), row(ratings=("3",) * 8)]
    response_import.apply(preview_of(import_event, write_csv(tmp_path / "a.csv", old)))
    later = ["2026/03/11 08:00:00", *row()[1:]]
    newer = [row(SITI_NIP), row(ratings=("Sangat Baik",) * 8), row(ratings=("3",) * 8),
             later, ["2026/03/11 09:30:00", *row()[1:]]]
    again = preview_of(import_event, write_csv(tmp_path / "b.csv", newer))
    assert [r.status for r in again.rows] == ["already"] * 3 + ["ok"] * 2
    response_import.apply(again)
    assert Response.select().count() == 5
    assert Response.select().where(Response.person.is_null()).count() == 4


def test_identical_rows_without_a_timestamp_are_told_apart_by_their_order(import_event,
                                                                          tmp_path):
    headers = HEADERS[1:]
    same = row()[1:]
    response_import.apply(preview_of(import_event, write_csv(tmp_path / "a.csv", [same] * 2,
                                                             headers=headers)))
    again = preview_of(import_event, write_csv(tmp_path / "b.csv", [same] * 3,
                                               headers=headers))
    assert [r.status for r in again.rows] == ["already", "already", "ok"]
    response_import.apply(again)
    assert Response.select().count() == 3


def test_cancel_writes_nothing(import_event, tmp_path):
    path = write_csv(tmp_path / "a.csv", [row() for _ in range(600)])
    preview = preview_of(import_event, path)
    calls = []
    # Cancelled after two chunks have been written, inside the transaction.
    stop = Progress(lambda done, total: calls.append(done), lambda: len(calls) >= 2)
    with pytest.raises(Cancelled):
        response_import.apply(preview, stop)
    assert calls == [250, 500]
    assert Response.select().count() == 0 and Answer.select().count() == 0
    assert not ImportMapping.select().exists()


def test_the_mapping_is_remembered_per_form(import_event, tmp_path):
    form = import_event["organisation"]
    questions = questions_of(form.id)
    headers = ["Waktu", "Identitas", *[f"P{i}" for i in range(1, 12)]]
    path = write_csv(tmp_path / "kode.csv", [["x", SITI_NIP, *["4"] * 8, "ya", "Atasan", ""]],
                     headers=headers)
    table = response_import.read_table(path)
    guessed = response_columns.mapping_for(headers, form.id)
    assert set(guessed.values()) == {None}  # nothing to go by in "P1", "P2", …
    problems = response_columns.mapping_problems(guessed, form.id)
    assert problems[0].english() == "No column is matched to a question of the form."
    with pytest.raises(SiBinaError):
        response_import.read_preview(table, import_event["event"].id, form.id, guessed)

    chosen = {"Waktu": None, "Identitas": response_columns.NIP,
              **{f"P{i}": q.id for i, q in enumerate(questions, start=1)}}
    preview = response_import.read_preview(table, import_event["event"].id, form.id, chosen)
    assert preview.ok == 1
    response_import.apply(preview)
    stored = json.loads(ImportMapping.get(ImportMapping.questionnaire == form.id).mapping)
    assert stored["Identitas"] == "nip" and stored["Waktu"] is None
    assert response_columns.mapping_for(headers + ["Baru"], form.id) == {**chosen, "Baru": None}
    # The other form remembers nothing of it.
    assert set(response_columns.mapping_for(headers, import_event["speaker_form"].id).values()) \
        == {None}


def test_required_question_without_a_column_is_named(import_event, tmp_path):
    form = import_event["organisation"]
    headers = [h for h in HEADERS if h != "Konsumsi"]
    mapping = response_columns.mapping_for(headers, form.id)
    [problem] = response_columns.mapping_problems(mapping, form.id)
    assert problem.english() == "No column holds the required question “Konsumsi”."
    both = {**mapping, "Email": mapping["NIP"]}
    assert response_columns.mapping_problems(both, form.id)[0].english() == \
        "The columns “NIP”, “Email” all hold the respondent's NIP: keep one."


def test_speaker_forms_name_the_speaker_per_row_or_for_the_file(import_event, tmp_path):
    headers = ["Timestamp", "NIP", "Nama Narasumber", "Penguasaan materi", "Ketepatan waktu",
               "Sistematika penyajian", "Penggunaan metode dan alat bantu",
               "Sikap dan perilaku", "Penggunaan bahasa dan suara",
               "Pemberian motivasi kepada peserta", "Kesempatan tanya jawab",
               "Tercapainya tujuan pembelajaran", "Saran untuk narasumber"]
    ratings = ["5"] * 9
    path = write_csv(tmp_path / "narsum.csv", [
        ["t", SITI_NIP, "Rina Marlina, M.Hum.", *ratings, "Jelas"],
        ["t", SITI_NIP, "agus salim", *ratings, ""],
        ["t", "", "Pak Joko", *ratings, ""],
        ["t", "", "", *ratings, ""],
    ], headers=headers)
    preview = preview_of(import_event, path, form="speaker_form")
    assert preview.mapping["Nama Narasumber"] == response_columns.SPEAKER
    rows = {r.row: r for r in preview.rows}
    assert rows[2].speaker_id == import_event["rina"].id
    assert rows[3].speaker_id == import_event["agus"].id  # Siti answers once per speaker
    assert rows[4].reason.english() == "“Pak Joko” is not a speaker in the event's schedule " \
                                       "(Rina Marlina, M.Hum., Dr. Agus Salim)."
    assert (rows[5].column, rows[5].reason.english()) == ("Nama Narasumber",
                                                          "The speaker is missing.")
    response_import.apply(preview)
    assert Response.select().where(Response.speaker.is_null(False)).count() == 2

    # One file per speaker, without a speaker column: the office names the speaker.
    single = write_csv(tmp_path / "rina.csv", [["t", BUDI_NIP, *ratings, ""]],
                       headers=[h for h in headers if h != "Nama Narasumber"])
    table = response_import.read_table(single)
    form_id = import_event["speaker_form"].id
    mapping = response_columns.mapping_for(table.headers, form_id)
    assert "speaker" in response_columns.mapping_problems(mapping, form_id)[0].english()
    with pytest.raises(SiBinaError):
        response_import.read_preview(table, import_event["event"].id, form_id, mapping,
                                     speaker_id=import_event["dewi"].id)
    preview = response_import.read_preview(table, import_event["event"].id, form_id, mapping,
                                           speaker_id=import_event["rina"].id)
    assert preview.rows[0].speaker_id == import_event["rina"].id and preview.ok == 1


def test_xlsx_with_a_nip_stored_as_a_number(import_event, tmp_path):
    path = write_xlsx(tmp_path / "evaluasi.xlsx", [
        HEADERS,
        row(SITI_NIP, ratings=(5, 4, 4.0, 3, 3, 3, 3, 3)),
        [None, 197501152000031002, None, *[4] * 8, "Ya", "Atasan", None, None],
    ])
    preview = preview_of(import_event, path)
    rows = {r.row: r for r in preview.rows}
    assert rows[2].status == "ok" and rows[2].answers[2][1] == 4.0
    assert rows[3].column == "NIP" and "stored as a number" in rows[3].reason.english()


def test_unreadable_and_empty_files_say_why(import_event, tmp_path):
    empty = tmp_path / "kosong.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(SiBinaError) as caught:
        response_import.read_table(empty)
    assert caught.value.msg.english() == "kosong.csv is empty."
    with pytest.raises(SiBinaError):
        response_import.read_table(tmp_path / "evaluasi.pdf")


def test_questionnaire_by_id_or_exact_name(import_event):
    event = import_event["event"]
    find = response_import.find_questionnaire
    assert find(event.id, str(import_event["speaker_form"].id)).kind == "speaker"
    assert find(event.id, "Evaluasi Penyelenggaraan").kind == "organisation"
    assert find(event.id, "evaluasi penyelenggaraan") is None


def test_a_respondent_not_on_the_event_is_anonymous_and_titles_do_not_hide_a_name(
        import_event, tmp_path):
    outsider = staff.save_person({"nip": "198001012005011003", "name": "Hotma Simanjuntak"})
    path = write_csv(tmp_path / "evaluasi.csv", [
        row("", "Dra. Siti Aminah"),                 # front title only: still Siti
        row("198001012005011003", "Hotma Simanjuntak"),  # known, but not registered
    ])
    preview = preview_of(import_event, path)
    siti, hotma = preview.rows
    assert siti.person_id == import_event["siti"].id and siti.note is None
    assert hotma.status == "ok" and hotma.person_id is None
    assert hotma.note.english() == ("Hotma Simanjuntak (NIP 19800101 200501 1 003) is not "
                                    "registered for this event: imported as anonymous.")
    response_import.apply(preview)
    assert Response.select().where(Response.person == outsider.id).count() == 0
    assert Response.select().where(Response.person.is_null()).count() == 1


def test_control_characters_in_free_text_answers_are_dropped(import_event, tmp_path):
    # A form tool passes on whatever was pasted: the words are kept, the controls not. (A
    # NUL refuses the whole file: no text file holds one.)
    path = write_csv(tmp_path / "kendali.csv", [
        row(SITI_NIP, comment="Bagus\x1b[31m sekali\u202e"),
        row(BUDI_NIP, comment="Baris satu\x07\tdan dua"),
    ])
    preview = preview_of(import_event, path)
    assert preview.rejected == 0
    response_import.apply(preview)
    texts = sorted(a.text for a in Answer.select().where(Answer.text.contains(" ")))
    assert "Bagus[31m sekali" in texts and "Baris satu\tdan dua" in texts
    assert not any(ch in "".join(texts) for ch in "\x1b\u202e\x07")
