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


OFFICE = {"government": "Pemerintah Kota Tanjungpinang",
          "office_name": "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang",
          "address": "Jl. Pramuka No. 12, Tanjungpinang", "phone": "(0771) 21234",
          "website": "dispusip.tanjungpinangkota.go.id", "email": "dispusip@example.go.id",
          "head_name": "Drs. H. Raja Kamaruddin, M.Si.", "head_title": "Kepala Dinas",
          "head_rank": "Pembina Tingkat I, IV/b", "head_nip": "197409082003011005"}
KOP = ["PEMERINTAH KOTA TANJUNGPINANG", "DINAS PERPUSTAKAAN DAN KEARSIPAN",
       "Jl. Pramuka No. 12, Tanjungpinang", "(0771) 21234", "dispusip.tanjungpinangkota.go.id",
       "dispusip@example.go.id"]


def first_page(path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def every_paper(tmp_path) -> dict[str, object]:
    """Every PDF the office signs, of the hand-computed evaluated event: path by name."""
    from models.events.tables import Registration
    from reports.catalogue import KINDS
    from reports.evaluation.blank_forms import write_blank_forms
    from reports.evaluation.report import write_evaluation_report
    from tests.builders import fill_example

    example = fill_example()
    event = example["event"]
    person = Registration.get(Registration.event == event.id).person
    from models.events.tables import Theme

    given = {"event": event.id, "year": event.start_date.year, "person": person.id,
             "theme": Theme.select().order_by(Theme.id).first().id}
    papers = {}
    for kind in KINDS:
        papers[kind.code] = tmp_path / f"{kind.code}.pdf"
        write_report(build(kind.code, **{k: given[k] for k in kind.needs}), papers[kind.code])
    papers["sign-in"] = tmp_path / "sign-in.pdf"
    write_sign_in_sheets(event.id, papers["sign-in"])
    papers["evaluation"] = tmp_path / "evaluation.pdf"
    write_evaluation_report(event.id, papers["evaluation"])
    papers["forms"] = tmp_path / "forms.pdf"
    write_blank_forms(event.id, papers["forms"])
    return papers


def test_every_paper_opens_with_the_letterhead_and_signs_with_the_rank(database, tmp_path):
    from models import settings

    settings.save(OFFICE)
    for name, path in every_paper(tmp_path).items():
        text = first_page(path)
        for line in KOP:
            assert line in text, (name, line)
        assert text.index("PEMERINTAH") < text.index("DINAS PERPUSTAKAAN"), name
        if name != "forms":  # a form is filled in, not signed
            whole = " ".join(" ".join(p.extract_text().split())
                             for p in PdfReader(path).pages)
            # Under the name, above the NIP (beside the chair's lines on a committee's paper).
            at = [whole.rfind(text) for text in ("Drs. H. Raja Kamaruddin, M.Si.",
                                                 "Pembina Tingkat I, IV/b",
                                                 "NIP. 19740908 200301 1 005")]
            assert -1 < at[0] < at[1] < at[2], name


def test_a_committee_paper_is_signed_by_the_chair_beside_the_head(database, tmp_path):
    """The attendance recap and the event report: "Mengetahui," the head of office on the
    left, the Ketua Panitia (the first registered as Panitia) on the right."""
    from models import settings
    from models.events import participants

    settings.save(OFFICE)
    chair = staff_member("Siti Aminah", "196903091994032001", front_title="Dra.",
                         rank="Pembina, IV/a")
    later = staff_member("Budi Santoso")
    event, _ = event_with_sessions("Bimtek Panitia", participants=crowd(3))
    participants.add_people(event.id, [chair.id], "panitia")
    participants.add_people(event.id, [later.id], "panitia")
    for code in ("attendance", "event-report"):
        out = tmp_path / f"{code}.pdf"
        write_report(build(code, event=event.id), out)
        pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
        # The page that signs: the event report's attachments come after it.
        last = next(page for page in reversed(pages) if "Mengetahui," in page)
        assert "Mengetahui," in last and "Ketua Panitia," in last, code
        assert "Dra. Siti Aminah" in last and "Budi Santoso" not in last, code
        assert "Pembina, IV/a" in last and "NIP. 19690309 199403 2 001" in last, code
        assert "Drs. H. Raja Kamaruddin, M.Si." in last, code


def test_the_register_keeps_its_columns_in_line(database, tmp_path):
    from models.certificates.issuing import RegisterRow
    from reports.certificates.register import write_register

    rows = [RegisterRow(n, f"{n:03d}/SERT/DISPUSIP-TPI/VII/2025", DAY, f"Peserta {n:02d}",
                        "", "peserta", 1, "Bimtek Register", None, "", "")
            for n in range(40, 0, -1)]
    out = tmp_path / "register.pdf"
    write_register(rows, out)
    assert len(column_edges(out, "Peserta ")) == 1
    assert len(column_edges(out, "0", after="Nomor")) == 1  # the numbers' column
