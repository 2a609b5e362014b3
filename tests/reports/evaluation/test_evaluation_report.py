"""The evaluation report PDF: what it says, in Indonesian, for a full and an empty event."""

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from models import settings
from models.events import planning as events
from models.messages import SiBinaError
from reports.evaluation.report import (
    CHART_FONT_SIZE,
    REGULAR,
    chart_label,
    write_evaluation_report,
)

TODAY = dt.date(2026, 7, 1)


def text_of(path) -> tuple[list[str], str]:
    """Each page's text and the whole, spaces collapsed; bullets (extracted as whatever
    glyph the font maps them to) left out."""
    pages = [" ".join(word for word in page.extract_text().split() if word.isprintable()
                      and word not in ("•", "\u2022"))
             for page in PdfReader(path).pages]
    return pages, " ".join(pages)


@pytest.fixture
def example(example):
    """The evaluated example, in an office whose head signs the report."""
    settings.save({"head_name": "Dra. Nurhayati, M.Si.", "head_nip": "196903091994032001",
                   "city": "Tanjungpinang"})
    return example


def test_the_report_of_an_evaluated_event(example, tmp_path):
    out = tmp_path / "evaluasi.pdf"
    pages = write_evaluation_report(example["event"].id, out, today=TODAY)
    texts, whole = text_of(out)
    assert pages == len(texts) >= 2
    for number, page in enumerate(texts, 1):
        assert f"Halaman {number} dari {pages}" in page
    assert texts[0].startswith("PEMERINTAH KOTA TANJUNGPINANG PERPUSTAKAAN KOTA TANJUNGPINANG "
                               "LAPORAN EVALUASI KEGIATAN BIMTEK KLASIFIKASI DDC")
    for expected in (
            "Tanggal : 10–11 Maret 2026", "Tempat : Aula Lantai 2",
            "Jenis kegiatan : Bimbingan Teknis",
            "Peserta terdaftar : 4 orang", "Responden evaluasi penyelenggaraan : 3 orang",
            "Tingkat respons : 75%",
            "Evaluasi Penyelenggaraan : 4 respons; rata-rata 3,70 (Baik)",
            "1 = Sangat Kurang", "5 = Sangat Baik",
            "Kategori rata-rata: 1,00–1,80 Sangat Kurang; 1,81–2,60 Kurang; 2,61–3,40 Cukup; "
            "3,41–4,20 Baik; 4,21–5,00 Sangat Baik.",
            # Materi: n 4, mean 4,00 (Baik), spread 0 0 1 2 1
            "Materi sesuai kebutuhan 4 4,00 Baik 0 (0%) 0 (0%) 1 (25%) 2 (50%) 1 (25%)",
            "Alokasi waktu 3 3,67 Baik", "Bagian Materi (7 jawaban): rata-rata 3,86 (Baik)",
            "Penguasaan materi 5 3,40 Cukup",  # on the bound: the lower category
            "Ya 2 (66,7%); Tidak 1 (33,3%)", "Surat 2 (50%); Atasan 1 (25%); Teman 1 (25%)",
            "rata-rata 15,00",
            # speakers, each with their means and overall
            "Maya Sari, M.Hum.", "Dr. Rahmat Hidayat",
            "Penguasaan materi 2,50 Kurang 4,00 Baik",
            "Rata-rata keseluruhan 2,67 Cukup 4,00 Baik",
            "Tertinggi Materi sesuai kebutuhan",
            "Terendah Kenyamanan ruang Evaluasi Penyelenggaraan / Penyelenggaraan 3 3,33 Cukup",
            # comments, grouped by question and speaker
            "Kritik dan saran (2 komentar) Bagus Ruang panas",
            "Saran untuk narasumber — Maya Sari, M.Hum. (1 komentar) Terlalu cepat",
            "Jelas sekali",
            # gain: mean g 0.95/3
            "Rata-rata gain ternormalisasi (g) : 0,32 (kategori sedang)",
            "Tinggi 0,7 ke atas 1 33,3%", "Jumlah 3 100%", "kategori menurut Hake (1998)",
            "1 peserta dengan nilai pre-test 100",
            # follow-up
            "Jumlah tindak lanjut : 4", "Ya 1 (25%); Sebagian 1 (25%); Tidak 1 (25%)",
            "Rata-rata penilaian : 4,00 (3 penilaian)", "Menata ulang rak 000–099",
            # service before and after, side by side
            "Kunjungan 100 120 140 120 150 150 180 160 +33,3%",
            "Peminjaman – 30 50 40 30 – – 30 -25%",
            "Lama – 7 – 7 – – – – –",  # inactive now, with a figure then
            "Sebelum: Desember 2025 – Februari 2026; sesudah: April 2026 – Juni 2026",
            # closing
            "Tanjungpinang, 1 Juli 2026", "Kepala Perpustakaan,", "Dra. Nurhayati, M.Si.",
            "NIP. 19690309 199403 2 001"):
        assert expected in whole, expected
    assert "Belum ada" not in whole
    # The charts are drawn, not pasted in as pictures.
    assert all(not page.images for page in PdfReader(out).pages)
    # A value axis per chart: Materi, Penyelenggaraan, Narasumber, speakers overall.
    assert whole.count("0 1 2 3 4 5") == 4


def test_an_event_without_results_says_so_section_by_section(database, tmp_path):
    event = events.save_event({"title": "Seminar Literasi", "kind": "seminar",
                               "start_date": dt.date(2026, 5, 2),
                               "end_date": dt.date(2026, 5, 2)})
    out = tmp_path / "kosong.pdf"
    assert write_evaluation_report(event.id, out, today=TODAY) == 1
    [page], _ = text_of(out)
    for line in ("Belum ada respons evaluasi.", "Belum ada evaluasi narasumber.",
                 "Belum ada penilaian.", "Belum ada komentar.",
                 "Belum ada data pre-test dan post-test.", "Belum ada data tindak lanjut.",
                 "Belum ada data statistik layanan.", "Tingkat respons : –",
                 "Halaman 1 dari 1", "Tempat : -"):
        assert line in page, line


def test_the_signature_keeps_the_last_section_and_room_to_sign(example, tmp_path):
    out = tmp_path / "evaluasi.pdf"
    write_evaluation_report(example["event"].id, out, today=TODAY)
    last = PdfReader(out).pages[-1]
    texts, _ = text_of(out)
    assert "8. Statistik Layanan" in texts[-1] and "Kepala Perpustakaan," in texts[-1]
    heights = {}

    def where(text, cm, tm, _font, _size):
        if text.strip() in ("Kepala Perpustakaan,", "Dra. Nurhayati, M.Si."):
            heights[text.strip()] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # y on the page

    last.extract_text(visitor_text=where)
    room = heights["Kepala Perpustakaan,"] - heights["Dra. Nurhayati, M.Si."]
    assert room > 40  # points: about 15 mm between the role and the name, to sign in


def test_identical_comments_are_printed_once_with_a_count(example, tmp_path):
    from models.evaluation.tables import Answer, Response

    event, form = example["event"], example["organisation"]
    comment_question = example["org_questions"][-1]
    for _ in range(3):
        response = Response.create(event=event, questionnaire=form)
        Answer.create(response=response, question=comment_question, text="  Bagus ")
    out = tmp_path / "r.pdf"
    write_evaluation_report(event.id, out, today=TODAY)
    _, whole = text_of(out)
    assert "Kritik dan saran (5 komentar) Bagus (4 kali) Ruang panas" in whole


def test_chart_labels_never_outgrow_their_room():
    width = 40 * 2.8346
    long = "Kesesuaian antara jadwal yang diumumkan dan waktu yang tersedia untuk praktik " * 3
    for text in ("Konsumsi", long, "X" * 200):
        label = chart_label(text, width)
        lines = label.split("\n")
        assert len(lines) <= 2
        assert all(stringWidth(line, REGULAR, CHART_FONT_SIZE) <= width for line in lines)
    assert chart_label("Konsumsi", width) == "Konsumsi"
    assert chart_label(long, width).endswith("…")


def test_a_failed_write_leaves_no_file(example, tmp_path):
    missing = tmp_path / "no-such-folder" / "r.pdf"
    with pytest.raises(SiBinaError):
        write_evaluation_report(example["event"].id, missing, today=TODAY)
    assert not missing.parent.exists()


def test_more_forms_than_participants_print_the_counts_not_a_rate(example, tmp_path):
    from tests.builders import more_forms_than_participants

    more_forms_than_participants(example)
    out = tmp_path / "evaluasi.pdf"
    write_evaluation_report(example["event"].id, out, today=TODAY)
    _texts, whole = text_of(out)
    assert "Tingkat respons : 5 respons untuk 4 peserta" in whole
    assert "125%" not in whole
