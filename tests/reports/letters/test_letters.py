"""Letters as Word files: every generated .docx is opened with python-docx and read for
the words the office checks (names, NIP grouped, dates in Indonesian, the number)."""

import datetime as dt

import pytest
from docx import Document

from models import settings
from models.letters.numbers import papers_of, register
from models.letters.tables import EventPaper
from models.messages import SiBinaError
from reports.letters.writing import write_each, write_letter
from tests.builders import event_with_sessions, external, staff_member

DAY = dt.date(2026, 12, 3)
START = dt.date(2026, 12, 9)  # a Wednesday


def words(path) -> str:
    """Every paragraph of the document, its tables' cells included, as one text."""
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]

    def cells(tables):
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    texts.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    cells(document.tables)
    return "\n".join(texts)


@pytest.fixture
def course(database):
    settings.save({"office_code": "DISPUSIP", "city": "Tanjungpinang",
                   "head_name": "Drs. H. Raja Ahmad, M.Si.", "head_rank": "Pembina, IV/a",
                   "head_nip": "197001011995031001", "head_title": "Kepala Dinas",
                   "address": "Jl. Ir. Sutami No. 1", "phone": "(0771) 123456"})
    siti = staff_member("Siti Aminah", "198001012005012001", front_title="Dra.",
                        rank="Penata, III/c", position="Pustakawan Ahli Muda")
    budi = staff_member("Budi Santoso", "199002022015031002", rank="Penata Muda, III/a",
                        position="Pranata Komputer")
    guest = external("Rina Wati", institution="SMA Negeri 1")
    event, _ = event_with_sessions("Bimtek Katalogisasi & Klasifikasi", days=(START,),
                                   participants=[siti, budi, guest], venue="Aula Lantai 2")
    return {"event": event, "siti": siti, "budi": budi, "guest": guest}


def test_the_invitation_lists_every_participant_with_nip_grouped(course, tmp_path):
    out = tmp_path / "undangan.docx"
    paper = write_letter("invitation", course["event"].id, out, DAY)
    text = words(out)
    assert paper.number == "005/1/DISPUSIP/XII/2026"
    for wanted in ("005/1/DISPUSIP/XII/2026", "Tanjungpinang, 3 Desember 2026",
                   "Undangan Bimtek Katalogisasi & Klasifikasi", "Rabu, 9 Desember 2026",
                   "08.00 WIB s.d. selesai", "Aula Lantai 2", "Dra. Siti Aminah",
                   "NIP. 19800101 200501 2 001", "Pustakawan Ahli Muda", "Budi Santoso",
                   "Rina Wati", "SMA Negeri 1", "PERPUSTAKAAN KOTA TANJUNGPINANG",
                   "Jl. Ir. Sutami No. 1", "Telepon (0771) 123456",
                   "Drs. H. Raja Ahmad, M.Si.", "Pembina, IV/a", "NIP. 19700101 199503 1 001",
                   "Kepala Dinas,"):
        assert wanted in text, wanted
    assert "{{" not in text and "{%" not in text
    assert EventPaper.get().kind == "invitation"


def test_one_assignment_letter_for_all_lists_the_staff_only(course, tmp_path):
    out = tmp_path / "spt.docx"
    write_letter("assignment", course["event"].id, out, DAY)
    text = words(out)
    for wanted in ("SURAT TUGAS", "Nomor: 800/1/DISPUSIP/XII/2026", "Dra. Siti Aminah",
                   "19800101 200501 2 001", "Penata, III/c", "Budi Santoso",
                   "19900202 201503 1 002", "Ditetapkan di Tanjungpinang",
                   "pada tanggal 3 Desember 2026", "Perpustakaan Kota Tanjungpinang"):
        assert wanted in text, wanted
    assert "Rina Wati" not in text


def test_an_assignment_letter_for_one_person_is_recorded_with_them(course, tmp_path):
    out = tmp_path / "spt-budi.docx"
    write_letter("assignment", course["event"].id, out, DAY, course["budi"].id)
    text = words(out)
    assert "Budi Santoso" in text and "Siti Aminah" not in text
    assert EventPaper.get().person_id == course["budi"].id


def test_one_assignment_letter_per_person_each_with_its_own_number(course, tmp_path):
    written = write_each("assignment", course["event"].id, tmp_path, DAY)
    assert [p.name for p in written] == ["Surat Tugas Budi Santoso.docx",
                                         "Surat Tugas Siti Aminah.docx"]
    assert "800/1/DISPUSIP/XII/2026" in words(written[0])
    assert "800/2/DISPUSIP/XII/2026" in words(written[1])
    assert "Siti Aminah" not in words(written[0])


def test_someone_not_at_the_event_gets_no_letter_and_no_number(course, tmp_path):
    stranger = staff_member("Orang Lain", "198505052010011003")
    with pytest.raises(SiBinaError, match="not registered"):
        write_letter("assignment", course["event"].id, tmp_path / "x.docx", DAY, stranger.id)
    assert EventPaper.select().count() == 0
    assert not (tmp_path / "x.docx").exists()


def test_a_letter_that_cannot_be_saved_keeps_no_number(course, tmp_path):
    with pytest.raises(SiBinaError):
        write_letter("invitation", course["event"].id, tmp_path / "no" / "x.docx", DAY)
    assert EventPaper.select().count() == 0


@pytest.fixture
def with_speaker(database):
    settings.save({"office_code": "DISPUSIP"})
    speaker = external("Ahmad Fauzi", front_title="Dr.", back_title="M.Si.",
                       position="Pustakawan Ahli Utama", institution="Perpustakaan Nasional RI")
    other = external("Lina Marlina", institution="Universitas Maritim Raja Ali Haji")
    event, sessions = event_with_sessions("Pelatihan Pengolahan", days=(START,),
                                          topics=("Notasi DDC", "Tajuk Subjek"),
                                          speaker=speaker, venue="Aula")
    from models.events import planning

    planning.save_session(event.id, {"date": START, "start_time": dt.time(15),
                                     "end_time": dt.time(16), "topic": "Diskusi", "room": "",
                                     "jp": 1, "speaker": other.id})
    return event, speaker, other


def test_a_request_to_a_speaker_names_them_and_their_sessions_only(with_speaker, tmp_path):
    event, speaker, other = with_speaker
    out = tmp_path / "permohonan.docx"
    paper = write_letter("speaker-request", event.id, out, DAY, speaker.id)
    text = words(out)
    assert paper.number == "005/1/DISPUSIP/XII/2026"
    for wanted in ("Permohonan Narasumber", "Yth. Dr. Ahmad Fauzi, M.Si.",
                   "Pustakawan Ahli Utama", "Perpustakaan Nasional RI", "Notasi DDC",
                   "Tajuk Subjek", "Rabu, 9 Desember 2026", "08.00–10.00 WIB",
                   "13.00–15.00 WIB", "Pelatihan Pengolahan"):
        assert wanted in text, wanted
    assert "Diskusi" not in text and "Lina" not in text


def test_a_request_goes_to_one_speaker_at_a_time(with_speaker, tmp_path):
    event, speaker, other = with_speaker
    with pytest.raises(SiBinaError, match="one person"):
        write_letter("speaker-request", event.id, tmp_path / "x.docx", DAY)
    with pytest.raises(SiBinaError, match="not a speaker"):
        write_letter("speaker-request", event.id, tmp_path / "x.docx", DAY, 99)
    written = write_each("speaker-request", event.id, tmp_path, DAY)
    assert [p.name for p in written] == ["Surat Permohonan Narasumber Ahmad Fauzi.docx",
                                         "Surat Permohonan Narasumber Lina Marlina.docx"]
    assert "Universitas Maritim Raja Ali Haji" in words(written[1])
    assert EventPaper.select().count() == 2


def test_a_letter_that_never_reached_the_stick_keeps_no_number(course, tmp_path):
    from reports.letters.writing import save_letter

    gone = tmp_path / "stick pulled out" / "undangan.docx"
    with pytest.raises(SiBinaError):
        save_letter("invitation", course["event"].id, gone, DAY)
    assert EventPaper.select().count() == 0
    paper = save_letter("invitation", course["event"].id, tmp_path / "undangan.docx", DAY)
    assert paper.number == "005/1/DISPUSIP/XII/2026"
    assert "005/1/DISPUSIP/XII/2026" in words(tmp_path / "undangan.docx")


def test_the_tor_holds_the_event_s_own_texts_and_takes_no_number(database, tmp_path):
    speaker = external("Ahmad Fauzi", front_title="Dr.")
    event, _ = event_with_sessions(
        "Pelatihan Pengolahan", days=(START,), topics=("Notasi DDC", "Tajuk Subjek"),
        speaker=speaker, venue="Aula", description="Koleksi belum terolah.\nPerlu pelatihan.",
        objectives="Pustakawan mampu mengklasifikasi.", audience="Pustakawan kota.",
        funding="DPA 2026 & APBD", legal_basis="Perwako Nomor 12 Tahun 2025")
    out = tmp_path / "kak.docx"
    assert write_letter("tor", event.id, out, DAY).number == ""
    text = words(out)
    for wanted in ("KERANGKA ACUAN KERJA (KAK)", "PELATIHAN PENGOLAHAN",
                   "TAHUN ANGGARAN 2026", "Koleksi belum terolah.", "Perlu pelatihan.",
                   "Pustakawan mampu mengklasifikasi.", "Perwako Nomor 12 Tahun 2025",
                   "DPA 2026 & APBD", "Dr. Ahmad Fauzi", "Notasi DDC, Tajuk Subjek",
                   "Rabu, 9 Desember 2026", "08.00–10.00 WIB"):
        assert wanted in text, wanted
    # On the event's papers, but not in the register of letter numbers.
    assert [(p.kind, p.number) for p in papers_of(event.id)] == [("tor", "")]
    assert register() == []
