"""Tables sized to what they hold: long titles do not wrap while a number column is wide,
the register fits many rows on a page, and tables of counts end in a Jumlah row."""

import datetime as dt
from collections import defaultdict

from pypdf import PdfReader

from models.certificates.issuing import RegisterRow
from reports.certificates.register import write_register
from reports.report_model import CODE, DATE, NUMBER, Column, Report, Table
from reports.report_writer import write_report
from tests.builders import DAY, event_with_sessions, staff_member


def lines_of(path, words: list[str]) -> int:
    """On how many lines (distinct heights) the pieces holding ``words`` are printed."""
    heights = set()
    for page in PdfReader(path).pages:
        def visit(text, cm, tm, font, size):
            if any(word in text for word in words):
                heights.add(round(cm[5] + tm[5] * cm[3]))
        page.extract_text(visitor_text=visit)
    return len(heights)


def test_a_long_title_is_not_squeezed_by_a_cell_of_several_certificate_numbers(
        database, tmp_path):
    """The transcript's Kegiatan beside two certificate numbers: the numbers go one under
    the other, the title keeps its room."""
    title = "Pelatihan Otomasi Perpustakaan dengan SLiMS 9 Bulian bagi Pustakawan"
    numbers = "010/SERT/DISPUSIP-TPI/VII/2025, 045/SERT/DISPUSIP-TPI/IX/2025"
    table = Table("Tahun 2025", [
        Column("Tanggal", DATE, 1.4), Column("Kegiatan", width=3), Column("Jenis", width=0.6),
        Column("Peran", width=0), Column("JP", NUMBER, 0.5),
        Column("Nomor sertifikat", CODE, 2.4)],
        [[dt.date(2025, 7, 14), title, "Pelatihan", "Peserta, Panitia", 16, numbers]])
    out = tmp_path / "riwayat.pdf"
    write_report(Report("RIWAYAT PENGEMBANGAN KOMPETENSI", parts=[table]), out)
    assert lines_of(out, ["Otomasi", "SLiMS", "Pustakawan"]) <= 2
    assert lines_of(out, ["/SERT/"]) == 2  # a number is never broken


def register_rows(count: int) -> list[RegisterRow]:
    names = ["Drs. Bambang Sutrisno, M.IP.", "Desy Natalia Manurung, S.IP.",
             "Tengku Fadli Ramadhan, S.Kom.", "Dwi Rahayu"]
    return [RegisterRow(n, f"{n:03d}/SERT/DISPUSIP-TPI/VII/2025", dt.date(2025, 7, 19),
                        names[n % 4], "198406172010011003" if n % 3 else "", "peserta", 1,
                        "Bimbingan Teknis Klasifikasi DDC Edisi 23", None, "", "")
            for n in range(count, 0, -1)]


def test_the_certificate_register_prints_about_25_certificates_a_page(database, tmp_path):
    out = tmp_path / "register.pdf"
    write_register(register_rows(120), out)
    per_page = [page.extract_text().count("/SERT/") for page in PdfReader(out).pages]
    assert sum(per_page) == 120
    assert min(per_page[1:-1] or per_page) >= 24, per_page  # the first has the letterhead
    assert len(per_page) <= 5, per_page


def cells_by_row(path) -> dict[int, list[str]]:
    rows = defaultdict(list)
    for page in PdfReader(path).pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                rows[round(cm[5] + tm[5] * cm[3])].append(text.strip())
        page.extract_text(visitor_text=visit)
    return rows


def jumlah_row(path) -> list[str]:
    """The printed Jumlah row of the last table holding one, left to right."""
    found = []
    for page in PdfReader(path).pages:
        pieces = []

        def visit(text, cm, tm, font, size, pieces=pieces):
            if text.strip():
                pieces.append((round(cm[5] + tm[5] * cm[3]), cm[4] + tm[4] * cm[0],
                               text.strip()))
        page.extract_text(visitor_text=visit)
        for y in sorted({y for y, _, text in pieces if text == "Jumlah"}, reverse=True):
            # The row's cells are centred on it: a piece within half a line belongs.
            found = [text for _, _, text in sorted(
                (p for p in pieces if abs(p[0] - y) <= 4), key=lambda p: p[1])]
    return found


def xlsx_row(path, sheet: str, first: str) -> list:
    from openpyxl import load_workbook

    rows = load_workbook(path)[sheet].iter_rows(values_only=True)
    return [v for v in next(r for r in rows if first in r) if v not in (None, "")]


def test_tables_of_counts_end_in_a_jumlah_row(database, tmp_path):
    """The attendance recap (each session's attendance, sessions, share, JP), its session
    list (JP), the JP recap's unit summary, the event report's attendance per session and
    the annual report's counts, on paper and in the workbook."""
    from models.attendance import marking
    from reports.recaps import narratives, recaps
    from reports.recaps.event_report import event_report

    ani, budi, citra = (staff_member(n, f"19800101200501100{i}", unit=u) for i, (n, u) in
                        enumerate((("Ani", "Layanan"), ("Budi", "Layanan"),
                                   ("Citra", "Pengolahan")), 1))
    event, (first, second) = event_with_sessions("Bimtek Jumlah",
                                                 participants=[ani, budi, citra])
    marking.set_marks(first.id, [ani.id, budi.id], "hadir")
    marking.set_marks(second.id, [ani.id], "terlambat")
    marking.set_marks(second.id, [budi.id], "izin")
    later = DAY + dt.timedelta(days=30)

    recap = recaps.attendance_recap(event.id, today=later)
    write_report(recap, tmp_path / "recap.pdf")
    write_report(recap, tmp_path / "recap.xlsx")
    # S1 2 came, S2 1; 3 of 6 sessions (50 %), 6 JP; the sessions' JP 4.
    assert jumlah_row(tmp_path / "recap.pdf") == ["Jumlah", "4"]
    assert xlsx_row(tmp_path / "recap.xlsx", "Kehadiran", "Jumlah") == [
        "Jumlah", 2, 1, 3, 50.0, 6]
    assert xlsx_row(tmp_path / "recap.xlsx", "Sesi", "Jumlah") == ["Jumlah", 4]

    units = recaps.jp_recap(DAY.year, today=later)
    write_report(units, tmp_path / "jp.pdf")
    assert jumlah_row(tmp_path / "jp.pdf")[:3] == ["Jumlah", "3", "0"]

    report = event_report(event.id, today=later)
    write_report(report, tmp_path / "event.xlsx")
    assert xlsx_row(tmp_path / "event.xlsx", "Kehadiran per sesi", "Jumlah") == [
        "Jumlah", 2, 1, 1, 0, 0, 2]

    annual = narratives.annual_report(DAY.year, today=later)
    write_report(annual, tmp_path / "annual.xlsx")
    assert xlsx_row(tmp_path / "annual.xlsx", "Per jenis", "Jumlah") == ["Jumlah", 1, 3, 4]
