"""What every printed paper shares, as the page shows it: columns in line over the whole
table, the rows kept with the signature included."""

import datetime as dt

from pypdf import PdfReader

from reports.attendance.sign_in_sheet import write_sign_in_sheets
from reports.catalogue import build
from reports.report_writer import write_report
from tests.builders import DAY, event_with_sessions, staff_member


def text_positions(path) -> list[tuple[int, float, str]]:
    """(page, x, text) of every piece of text the pages draw."""
    found = []
    for number, page in enumerate(PdfReader(path).pages):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                found.append((number, round(cm[4] + tm[4] * cm[0], 1), text.strip()))
        page.extract_text(visitor_text=visit)
    return found


def column_edges(path, prefix: str, after: str = "") -> set[float]:
    """x of every text beginning with ``prefix`` (drawn after the text ``after``): one
    value when they stand in one column."""
    pieces = text_positions(path)
    start = next(i for i, (_, _, text) in enumerate(pieces) if text.startswith(after))
    return {x for _, x, text in pieces[start:] if text.startswith(prefix)}


def crowd(count: int):
    """Staff with a NIP, in four units."""
    return [staff_member(f"Peserta {n:02d}", f"1980010120050110{n:02d}",
                         unit=f"Bidang {n % 4 + 1}") for n in range(1, count + 1)]


def test_rows_kept_with_the_signature_are_in_line_with_the_table_on_the_sign_in_sheet(
        database, tmp_path):
    """The last two rows go over the page with the signature: same column, same x."""
    people = crowd(35)
    for count in (3, 12, 24, 35):
        event, _ = event_with_sessions(f"Bimtek {count}", participants=people[:count])
        out = tmp_path / f"sheet-{count}.pdf"
        write_sign_in_sheets(event.id, out)
        assert len(column_edges(out, "Peserta ")) == 1, count  # the Nama column
        assert len(column_edges(out, "19800101")) == 1, count  # the NIP column


def test_rows_kept_with_the_signature_are_in_line_on_the_recaps(database, tmp_path):
    """The attendance recap's session list and the JP recap's unit summary end the paper:
    their last rows go with the signature."""
    event, _ = event_with_sessions("Bimtek Rekap", days=(DAY, DAY + dt.timedelta(days=1)),
                                   participants=crowd(30))
    out = tmp_path / "recap.pdf"
    write_report(build("attendance", event=event.id), out)
    assert len(column_edges(out, "Sesi ")) == 1
    assert len(column_edges(out, "19800101")) == 1
    out = tmp_path / "jp.pdf"
    write_report(build("jp-recap", year=DAY.year), out)
    assert len(column_edges(out, "Bidang ", after="Ringkasan per unit")) == 1
