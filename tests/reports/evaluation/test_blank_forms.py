"""Blank evaluation forms: one set per participant, speakers repeated, anonymous sets."""

import datetime as dt

import pytest
from pypdf import PdfReader

from models.evaluation import questionnaires, templates
from models.events import participants
from models.events import planning as events
from models.messages import SiBinaError
from models.staff import staff_list as staff
from reports.evaluation.blank_forms import speakers_of, write_blank_forms
from reports.pdf_base import missing_glyphs

DAY1, DAY2 = dt.date(2026, 3, 10), dt.date(2026, 3, 11)
LEGEND = ("1 = Sangat Kurang", "2 = Kurang", "3 = Cukup", "4 = Baik", "5 = Sangat Baik")


@pytest.fixture
def event(database):
    """Three participants (one cancelled, one speaker who is not a participant), two
    speakers over three sessions, both shipped templates attached."""
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "venue": "Aula Perpustakaan", "start_date": DAY1,
                               "end_date": DAY2})
    siti = staff.save_person({"name": "Siti Aminah", "front_title": "Dra.",
                              "back_title": "S.IP.", "nip": "196903091994032001"})
    budi = staff.save_person({"name": "Budi Santoso"})
    gone = staff.save_person({"name": "Ahmad Batal"})
    rina = staff.save_person({"name": "Rina Wati", "front_title": "Dr.",
                              "back_title": "M.Hum.", "is_external": True})
    joko = staff.save_person({"name": "Joko Widodo", "is_external": True})
    participants.add_people(event.id, [budi.id, siti.id, gone.id])
    participants.add_people(event.id, [rina.id, joko.id], role="narasumber")
    from models.events.tables import Registration

    registration = Registration.get(Registration.person == gone, Registration.role == "peserta")
    participants.set_cancelled(registration.id)
    for day, start, topic, speaker in ((DAY1, 8, "Dasar DDC", rina), (DAY1, 10, "Notasi", joko),
                                       (DAY2, 8, "Praktik DDC", rina)):
        events.save_session(event.id, {"date": day, "start_time": dt.time(start),
                                       "end_time": dt.time(start + 1, 30), "topic": topic,
                                       "room": "", "jp": 2, "speaker": speaker.id})
    organisation, speaker = questionnaires.ensure_default_templates()
    templates.attach(event.id, speaker.id)
    templates.attach(event.id, organisation.id)
    return event


def written(folder):
    """Files in the folder other than the database's (no PDF, no temporary left over)."""
    return [p.name for p in folder.iterdir() if not p.name.startswith("sibina.sqlite")]


def page_texts(path):
    """Each page's text, its runs of white space as one space (layout is not asserted)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_speakers_in_schedule_order_with_their_topics(event):
    assert [(s.name, s.topics) for s in speakers_of(event.id)] == [
        ("Dr. Rina Wati, M.Hum.", ["Dasar DDC", "Praktik DDC"]),
        ("Joko Widodo", ["Notasi"])]


def test_one_set_per_participant_by_name(event, tmp_path):
    path = tmp_path / "forms.pdf"
    pages = write_blank_forms(event.id, path)
    texts = page_texts(path)
    # Per participant: the organisation form on one page, then the speaker form, both
    # speakers on one page (three pages a person before: 37 people took 111 pages).
    assert pages == len(texts) == 2 * 2
    owners = [t.split("Halaman")[0] for t in texts]
    assert ["Budi Santoso" in o for o in owners] == [True, False, False, False]
    assert ["Dra. Siti Aminah, S.IP." in o for o in owners] == [False, False, True, False]
    assert "Ahmad Batal" not in "".join(texts)  # cancelled
    organisation, speakers = texts[2:4]
    # Each set opens with the office's letterhead (the defaults in Settings), on its first
    # page only, as a letter does.
    kop = "PEMERINTAH KOTA TANJUNGPINANG PERPUSTAKAAN KOTA TANJUNGPINANG "
    assert organisation.startswith(kop + "EVALUASI PENYELENGGARAAN Bimtek Klasifikasi DDC "
                                   "10–11 Maret 2026 · Aula Perpustakaan")
    # The participant number the paper-form entry asks for first (Budi 1, Siti 2).
    assert "No. peserta : 2 Nama : Dra. Siti Aminah, S.IP." in organisation
    assert "No. peserta : 1 Nama : Budi Santoso" in texts[0]
    assert "NIP : 19690309 199403 2 001" in organisation
    assert "NIP : -" in texts[0]  # Budi has none
    for label in LEGEND:
        assert label in organisation and label in speakers
    assert "Kritik dan saran" in organisation and "Kualitas konsumsi" in organisation
    assert "Media sosial" in organisation  # a choice, with its box
    assert speakers.startswith("EVALUASI NARASUMBER")
    assert "Narasumber 1: Dr. Rina Wati, M.Hum." in speakers
    assert "Materi: Dasar DDC; Praktik DDC" in speakers
    assert "Narasumber 2: Joko Widodo" in speakers
    assert "Materi: Notasi" in speakers
    assert speakers.count("Penguasaan materi") == 2
    # A speaker is rated anonymously: no name, no number, no NIP, not even at the foot.
    for own in ("Siti", "Budi", "No. peserta", "NIP", "Nama"):
        assert own not in speakers
    assert "Formulir anonim" in speakers
    assert texts[-1].endswith("Halaman 4 dari 4")
    # Every character printed (the "·" and "–" included) is in the font; the boxes are
    # drawn, as Noto Sans has no ☐.
    assert missing_glyphs("".join(texts)) == set()


def test_speaker_forms_carry_the_name_when_asked(event, tmp_path):
    path = tmp_path / "forms.pdf"
    # The name lines take the room the second speaker had: it goes on the next page.
    assert write_blank_forms(event.id, path, named_speaker_forms=True) == 6
    speakers = page_texts(path)[1]
    assert "No. peserta : 1 Nama : Budi Santoso" in speakers
    assert "Budi Santoso · formulir 1 dari 2" in speakers


def test_anonymous_sets_carry_no_names(event, tmp_path):
    path = tmp_path / "anonymous.pdf"
    assert write_blank_forms(event.id, path, anonymous=True) == 4
    text = "".join(page_texts(path))
    for name in ("Budi", "Siti", "19690309", "No. peserta"):
        assert name not in text
    # The organisation form of each set; a speaker form asks for no name at all.
    assert text.count("Nama : .....") == 2
    assert text.count("(tidak wajib diisi)") == 4  # the name and the NIP alike
    assert "Formulir 2 dari 2" in text
    assert "Dr. Rina Wati" in text  # the speakers are still named
    assert missing_glyphs(text) == set()


def test_only_the_chosen_templates_and_a_speaker_form_without_speakers(event, tmp_path):
    _, speaker = questionnaires.ensure_default_templates()
    path = tmp_path / "speaker.pdf"
    assert write_blank_forms(event.id, path, [speaker.id]) == 2
    assert "PENYELENGGARAAN" not in "".join(page_texts(path))
    other = events.save_event({"title": "Seminar", "kind": "seminar", "start_date": DAY1,
                               "end_date": DAY1})
    person = staff.save_person({"name": "Ani"})
    participants.add_people(other.id, [person.id])
    assert write_blank_forms(other.id, path, [speaker.id]) == 1
    assert "Narasumber: ....." in page_texts(path)[0]  # written in by hand


def test_nothing_attached_or_no_participants_is_said_and_no_file_left(database, tmp_path):
    event = events.save_event({"title": "Kosong", "kind": "seminar", "start_date": DAY1,
                               "end_date": DAY1})
    path = tmp_path / "forms.pdf"
    with pytest.raises(SiBinaError, match="No evaluation form is attached"):
        write_blank_forms(event.id, path)
    organisation, _ = questionnaires.ensure_default_templates()
    templates.attach(event.id, organisation.id)
    with pytest.raises(SiBinaError, match="no participants"):
        write_blank_forms(event.id, path)
    assert written(tmp_path) == []


def test_every_question_type_prints(database, tmp_path):
    event = events.save_event({"title": "Kelas Menulis", "kind": "kelas_keterampilan",
                               "start_date": DAY1, "end_date": DAY1})
    person = staff.save_person({"name": "Ani"})
    participants.add_people(event.id, [person.id])
    saved = templates.save_template(None, "Evaluasi Kelas", "organisation", [
        {"section": "Bagian A", "text": "Berapa buku yang Anda baca sebulan?",
         "qtype": "number"},
        {"section": "Bagian A", "text": "Apakah kelas ini bermanfaat?", "qtype": "yesno"},
        {"section": "Bagian B", "text": "Genre favorit", "qtype": "choice",
         "choices": "Fiksi\nNonfiksi\nPuisi\nKomik\nBiografi\nSejarah\nSains populer"},
        {"section": "Bagian B", "text": "Saran <dan> kritik & usul", "qtype": "text"},
    ])
    templates.attach(event.id, saved.questionnaire.id)
    path = tmp_path / "kelas.pdf"
    assert write_blank_forms(event.id, path) == 1
    [text] = page_texts(path)
    assert "Skala penilaian" not in text  # no rating question: no scale
    for expected in ("Bagian A", "Bagian B", "Ya", "Tidak", "Sains populer",
                     "Saran <dan> kritik & usul"):
        assert expected in text


def test_a_section_longer_than_a_page_goes_on_under_its_heading(database, tmp_path):
    event = events.save_event({"title": "Survei", "kind": "seminar", "start_date": DAY1,
                               "end_date": DAY1})
    participants.add_people(event.id, [staff.save_person({"name": "Ani"}).id])
    saved = templates.save_template(None, "Survei Panjang", "speaker", [
        {"section": "Penilaian", "text": f"Butir {i}", "qtype": "rating"}
        for i in range(1, 51)])
    templates.attach(event.id, saved.questionnaire.id)
    path = tmp_path / "long.pdf"
    assert write_blank_forms(event.id, path) == 2
    first, second = page_texts(path)
    assert "Butir 1 " in first and "Butir 50" in second
    assert second.startswith("Penilaian")  # the section's heading again


def test_progress_is_reported_per_set_and_cancel_leaves_no_file(event, tmp_path):
    from models.progress import Cancelled, Progress

    seen = []
    path = tmp_path / "forms.pdf"
    write_blank_forms(event.id, path, progress=Progress(lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    path.unlink()
    with pytest.raises(Cancelled):
        write_blank_forms(event.id, path, progress=Progress(is_cancelled=lambda: bool(seen)))
    assert written(tmp_path) == []
