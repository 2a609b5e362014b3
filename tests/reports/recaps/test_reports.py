"""Every report from the demo data: what the PDF says, what the workbook's cells hold."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from models import settings
from models.demo import fill as demo
from models.events.tables import Event, Registration, Theme
from models.staff.tables import Person
from reports.catalogue import BY_CODE, KINDS, build
from reports.recaps import event_report as recaps_event
from reports.recaps import narratives, recaps
from reports.report_writer import write_report
from tests.sheets import header_row, table_values

TODAY = dt.date(2026, 3, 1)


@pytest.fixture
def office(database):
    demo.fill_demo(today=TODAY)
    return database


def pdf_text(path) -> tuple[int, str]:
    pages = PdfReader(path).pages
    return len(pages), " ".join(" ".join(p.extract_text().split()) for p in pages)


def first_finished() -> Event:
    return Event.select().where(Event.status == "finished").order_by(Event.start_date).first()


def test_every_kind_in_every_format(office, tmp_path):
    event = first_finished()
    person = Person.select().where(~Person.is_external).order_by(Person.id).first()
    for kind in KINDS:
        made = build(kind.code, event=event.id, year=2025, person=person.id,
                     theme=Theme.select().first().id)
        for suffix in kind.formats:
            out = tmp_path / f"{kind.code}.{suffix}"
            write_report(made, out)
            assert out.stat().st_size > 0, (kind.code, suffix)
        pages, text = pdf_text(tmp_path / f"{kind.code}.pdf")
        assert made.title in text and f"Halaman {pages} dari {pages}" in text
        assert settings.get("office_name") in text  # the letterhead
        assert "Kepala Dinas Perpustakaan dan Kearsipan" in text  # the signature block


def workbook_tables(path) -> dict[str, list[dict]]:
    """Each sheet's rows as {column name: cell value}, the header row (the row repeated on
    every printed page, under the title block) giving the names."""
    tables = {}
    for sheet in load_workbook(path).worksheets:
        top = int(sheet.print_title_rows.split(":")[0].strip("$"))
        header, *rows = sheet.iter_rows(min_row=top, values_only=True)
        tables[sheet.title] = [dict(zip(header, row, strict=True)) for row in rows]
    return tables


def csv_table(path) -> list[dict]:
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def as_stored(value):
    """A report's value as a workbook gives it back: dates come back as datetimes, and an
    empty text as an empty cell."""
    if value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    return value


def registered_names(event_id) -> set[str]:
    return {r.person.full_name for r in Registration.select().where(
        Registration.event == event_id, Registration.role == "peserta",
        ~Registration.cancelled)}


def test_every_kind_s_workbook_and_csv_hold_its_tables(office, tmp_path):
    """The cells, not only a file: each sheet's header and rows as the report has them,
    and for each kind a column checked against the database itself."""
    from models.certificates.tables import Certificate, OutsideCertificate
    from models.events.counting import counts_as_development
    from models.events.tables import EventSession
    from models.network import directory
    from models.staff.history import history

    event = first_finished()
    person = Person.select().where(~Person.is_external).order_by(Person.id).first()
    year = 2025
    spoke = {(s.speaker.full_name, s.event.title) for s in EventSession.select().where(
        EventSession.speaker.is_null(False))}
    from models.db import db
    from models.letters.numbers import PaperRequest, record

    with db.atomic():  # letters made for the event: the register's rows
        letters = [record(PaperRequest(event.id, kind, event.start_date)).number
                   for kind in ("invitation", "assignment")]
    # kind: (its arguments, the main table's column, what that column must hold)
    checks = {
        "attendance": ({"event": event.id}, "Nama", registered_names(event.id)),
        "jp-recap": ({"year": year}, None, None),  # checked below, person by person
        # Programmes for the public are no competency development: not in the transcript.
        "transcript": ({"person": person.id}, "Nomor sertifikat", {
            c.number for c in Certificate.select().where(Certificate.person == person.id)
            if counts_as_development(c.event.kind, c.event.counts_as_development)}
            | {c.number for c in OutsideCertificate.select().where(  # an outside body's
                OutsideCertificate.person == person.id)
               if counts_as_development(c.event.kind, c.event.counts_as_development)}
            | {"-"}),
        "event-report": ({"event": event.id}, "Materi",
                         {s.topic for s in event.sessions}),
        "annual": ({"year": year}, None, None),  # its events are checked below
        "speakers": ({"year": year}, None, None),  # checked below against the schedules
        "certificate-register": ({"event": event.id}, "Nomor", {
            c.number for c in Certificate.select().where(Certificate.event == event.id)}),
        # Every theme has its line in the plan; the needs list is checked in
        # tests/reports/competency against a hand-made office.
        "competency": ({"year": year}, "Tema", {t.name for t in Theme.select()}),
        "training-needs": ({"theme": Theme.select().first().id}, None, None),
        "letter-register": ({}, "Nomor Surat", set(letters)),
        "network": ({}, "Organisasi", {row.name for row in directory.search()}),
    }
    assert set(checks) == {kind.code for kind in KINDS}
    for kind in KINDS:
        arguments, column, expected = checks[kind.code]
        made = build(kind.code, **arguments)
        assert made.tables and made.tables[0].rows, kind.code  # a row to check
        read = []  # the main table as each file gives it back
        if "xlsx" in kind.formats:
            write_report(made, tmp_path / f"{kind.code}.xlsx")
            sheets = workbook_tables(tmp_path / f"{kind.code}.xlsx")
            assert len(sheets) == len(made.tables), kind.code
            for (title, rows), table in zip(sheets.items(), made.tables, strict=True):
                names = [c.title for c in table.columns]
                assert rows and list(rows[0]) == names, (kind.code, title)
                written = [[row[name] for name in names] for row in rows]
                wanted = [[as_stored(v) for v in row] for row in
                          list(table.rows) + ([table.total] if table.total else [])]
                assert written == wanted, (kind.code, title)
            # A transcript has a sheet a year: its rows are all the sheets' (totals left out).
            read.append([row for rows, table in zip(sheets.values(), made.tables, strict=True)
                         if table.columns == made.tables[0].columns
                         for row in rows[:len(table.rows)]])
        if "csv" in kind.formats:
            write_report(made, tmp_path / f"{kind.code}.csv")
            rows = csv_table(tmp_path / f"{kind.code}.csv")
            names = [c.title for c in made.tables[0].columns]
            assert list(rows[0]) == names, kind.code
            assert len(rows) == len(made.tables[0].rows), kind.code
            read.append(rows)
        for rows in read if column is not None else ():
            assert {row[column] for row in rows} == expected, kind.code

    # Values a person would look for, read from the files themselves.
    jp = load_workbook(tmp_path / "jp-recap.xlsx")["JP per pegawai"]
    top = header_row(jp)
    header = [c.value for c in jp[top]]
    first = dict(zip(header, [c.value for c in jp[top + 1]], strict=True))
    owner = Person.get(Person.nip == first["NIP"].replace(" ", ""))
    assert first["Nama"] == owner.full_name
    assert first["JP"] == {y.year: y.attended_jp for y in history(owner.id)}.get(year, 0)
    assert jp.cell(row=top + 1, column=header.index("NIP") + 1).data_type == "s"  # never a number
    csv_rows = csv_table(tmp_path / "jp-recap.csv")
    assert csv_rows[0]["Nama"] == owner.full_name
    assert csv_rows[0]["JP"] == f"{first['JP']:g}".replace(".", ",")  # Indonesian Excel
    annual = workbook_tables(tmp_path / "annual.xlsx")["Kegiatan"]
    held = Event.select().where(Event.start_date.year == year, Event.status != "cancelled")
    *listed, total = annual
    assert [row["Kegiatan"].removesuffix(" (berlangsung)") for row in listed] == [
        e.title for e in held.order_by(Event.start_date)]
    assert total["Kegiatan"] == "Jumlah"
    speakers = csv_table(tmp_path / "speakers.csv")
    assert speakers and all((row["Narasumber"], row["Kegiatan"]) in spoke for row in speakers)
    register = csv_table(tmp_path / "certificate-register.csv")
    assert {row["Nomor"] for row in register} == checks["certificate-register"][2]
    attendance = csv_table(tmp_path / "attendance.csv")
    assert {row["Nama"] for row in attendance} == registered_names(event.id)


def test_attendance_recap_counts_each_session(office, tmp_path):
    event = first_finished()
    made = recaps.attendance_recap(event.id)
    out = tmp_path / "hadir.xlsx"
    write_report(made, out)
    sheet = load_workbook(out)["Kehadiran"]
    top = header_row(sheet)
    header = [c.value for c in sheet[top]]
    assert header[:4] == ["No", "Nama", "NIP", "Jabatan/Instansi"]
    assert header[-3:] == ["Hadir", "Hadir (%)", "JP hadir"]
    sessions = [h for h in header if h.startswith("S") and h[1:].isdigit()]
    first = [c.value for c in sheet[top + 1]]
    marks = first[4:4 + len(sessions)]
    assert first[-3] == sum(1 for m in marks if m in ("H", "T"))  # hadir counts late too
    assert first[-2] == pytest.approx(round(100 * first[-3] / len(sessions), 1))
    assert isinstance(first[-1], float | int)  # numbers as numbers
    nips = [sheet.cell(row=r, column=3) for r in range(top + 1, sheet.max_row + 1)
            if sheet.cell(row=r, column=3).value]
    assert nips and all(c.data_type == "s" and c.value.count(" ") == 3 for c in nips)


def test_jp_recap_says_who_is_below_the_target(office, tmp_path):
    made = recaps.jp_recap(2025)
    rows = made.tables[0].rows
    target = settings.get("jp_target")
    for row in rows:
        employment, jp, short, status = row[5], row[6], row[7], row[8]
        if employment in ("PNS", "PPPK"):  # the target binds civil servants
            assert short == max(0, target - jp)
            assert status == ("Belum" if short else "Tercapai")
        else:
            assert (short, status) == (None, "-")
    assert {r[5] for r in rows} == {"PNS", "PPPK", "Non-ASN"}
    below = sum(1 for r in rows if r[7])
    assert below and ("Belum mencapai target", f"{below} orang") in made.facts
    out = tmp_path / "jp.pdf"
    write_report(made, out)
    _pages, text = pdf_text(out)
    assert "REKAP JAM PELAJARAN (JP) TAHUN 2025" in text and "Ringkasan per unit kerja" in text
    one_unit = recaps.jp_recap(2025, rows[0][3])
    assert {r[3] for r in one_unit.tables[0].rows} == {rows[0][3]}


def test_transcript_lists_years_roles_and_certificate_numbers(office, tmp_path):
    from models.certificates.tables import Certificate

    cert = Certificate.select().where(Certificate.revoked_at.is_null()).first()
    made = recaps.transcript(cert.person_id)
    out = tmp_path / "riwayat.pdf"
    write_report(made, out)
    _pages, text = pdf_text(out)
    assert "RIWAYAT PENGEMBANGAN KOMPETENSI" in text
    assert cert.number in text.replace(" ", "") and cert.person.full_name in text
    assert f"Tahun {cert.event.start_date.year}" in text


def test_a_transcript_holds_what_took_place_oldest_first(office, tmp_path):
    from models.events import participants
    from models.staff.history import history

    person = Person.get(Person.name == "Siti Aminah")  # a PNS of the demo office
    cancelled = Event.get(Event.status == "cancelled")
    planned = Event.select().where(Event.status == "planned").first()
    participants.add_people(cancelled.id, [person.id])
    participants.add_people(planned.id, [person.id])
    made = recaps.transcript(person.id, today=TODAY)
    titles = [row[1] for table in made.tables for row in table.rows]
    assert cancelled.title not in titles and planned.title not in titles
    years = [int(table.heading.split()[-1]) for table in made.tables]
    assert years == sorted(years) and len(years) > 1
    assert all(table.note.startswith("Target 20 JP") for table in made.tables)
    assert sum(t.total[4] for t in made.tables) == sum(y.attended_jp for y in history(person.id))

    speaker = Person.select().where(Person.is_external).first()
    assert all(table.note == "" for table in recaps.transcript(speaker.id, TODAY).tables)


def test_an_event_whose_status_was_not_moved_on_still_counts(office):
    """The status is set by hand: a past event left "planned" took place all the same, and
    its rows must add up to the JP the person attended."""
    from models.staff.history import history

    event = first_finished()
    Event.update(status="planned").where(Event.id == event.id).execute()
    person = Registration.select().where(Registration.event == event.id).first().person
    made = recaps.transcript(person.id, today=TODAY)
    assert event.title in [row[1] for table in made.tables for row in table.rows]
    # The event's own year (another year may hold an event that runs across New Year,
    # listed where it starts and counted where held).
    [year] = [y for y in history(person.id) if y.year == event.start_date.year]
    [table] = [t for t in made.tables if t.heading == f"Tahun {year.year}"]
    assert sum(row[4] for row in table.rows) == table.total[4] == year.attended_jp
    annual = narratives.annual_report(event.start_date.year, today=TODAY)
    assert event.title in [row[1] for row in annual.tables[2].rows]


def test_staff_whose_status_is_blank_but_who_have_a_nip_are_bound(office):
    Person.update(employment="").where(Person.employment == "PNS").execute()
    made = recaps.jp_recap(2025)
    with_nip = [row for row in made.tables[0].rows if row[2]]
    assert with_nip and all(row[8] in ("Belum", "Tercapai") for row in with_nip)


def test_the_register_reads_in_the_order_of_issue(office):
    numbers = [row[0] for row in recaps.certificate_register().tables[0].rows]
    assert len(numbers) > 100 and numbers == sorted(numbers, key=lambda n: (n[-4:], n))


def test_the_printed_register_leaves_the_revocation_date_to_the_workbook(office, tmp_path):
    from models.certificates import issuing

    first = next(r.number for r in reversed(issuing.register()) if not r.revoked_at)
    issuing.revoke(first, "Nama salah")
    event = Event.select().where(Event.id.in_(
        [r.event_id for r in issuing.register() if r.number == first])).get()
    out = tmp_path / "register.pdf"
    write_report(recaps.certificate_register(event.id), out)
    page = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Alasan dicabut Alasan masuk manual" in page and "Tanggal dicabut" not in page
    # Ten columns would not fit: nine do, with every number and date whole.
    assert f"{first} " in page and "Dicabut Nama salah" in page


def test_a_lone_signature_never_ends_a_report(office, tmp_path):
    from reports.report_model import Column, Report, Table

    out = tmp_path / "daftar.pdf"
    for count in range(30, 60, 2):  # one of these fills a page up to the signature
        rows = [[n, f"Peserta nomor {n}"] for n in range(1, count + 1)]
        write_report(Report("DAFTAR", parts=[Table("Daftar", [Column("No"), Column("Nama")],
                                                   rows)]), out)
        pages = [page.extract_text() for page in PdfReader(out).pages]
        assert settings.get("head_name") in pages[-1], count
        assert f"Peserta nomor {count}" in pages[-1], count
        # Rows on a page always stand under the column names, continued rows too.
        assert all("Nama" in page for page in pages if "Peserta nomor" in page), count


def test_the_last_paragraph_goes_with_the_signature(office, tmp_path):
    from reports.report_model import Report, Text

    out = tmp_path / "catatan.pdf"
    line = "Kegiatan berjalan lancar dan peserta aktif berdiskusi. " * 3
    for count in range(8, 30, 2):  # one of these ends a page just before the signature
        paragraphs = [f"{line} Catatan nomor {n}." for n in range(1, count + 1)]
        write_report(Report("CATATAN", parts=[Text("Rekomendasi", "\n\n".join(paragraphs))]),
                     out)
        last = " ".join(PdfReader(out).pages[-1].extract_text().split())
        assert settings.get("head_name") in last and f"Catatan nomor {count}." in last, count


def test_codes_and_dates_print_on_one_line(office, tmp_path):
    event = first_finished()
    out = tmp_path / "laporan.pdf"
    made = recaps_event.event_report(event.id)
    write_report(made, out)
    lines = [line.replace("\xa0", " ") for page in PdfReader(out).pages
             for line in page.extract_text().splitlines()]
    attendance = next(t for t in made.tables if t.heading == "Peserta dan Kehadiran")
    nips = [row[2] for row in attendance.rows if row[2]]
    assert nips and all(any(nip in line for line in lines) for nip in nips)
    recap = recaps.attendance_recap(event.id)
    write_report(recap, out)
    lines = [line.replace("\xa0", " ") for page in PdfReader(out).pages
             for line in page.extract_text().splitlines()]
    from reports.indonesian import long_date

    dates = [long_date(row[1]) for row in recap.tables[1].rows]
    assert dates and all(any(date in line for line in lines) for date in dates)


def test_a_cancelled_event_s_report_says_so(office, tmp_path):
    event = Event.get(Event.status == "cancelled")
    made = recaps_event.event_report(event.id)
    assert made.title == "LAPORAN PELAKSANAAN KEGIATAN (DIBATALKAN)"
    assert ("Status", "Dibatalkan") in made.facts


def test_event_report_has_each_part(office, tmp_path):
    event = first_finished()
    Event.update(conclusions="Kegiatan berjalan lancar.",
                 recommendations="Tambah sesi praktik.").where(Event.id == event.id).execute()
    out = tmp_path / "laporan.pdf"
    write_report(recaps_event.event_report(event.id), out)
    _pages, text = pdf_text(out)
    for part in ("LAPORAN PELAKSANAAN KEGIATAN", "A. Latar Belakang",
                 "C. Narasumber dan Materi", "Narasumber", "A. Kehadiran",
                 "Peserta dan Kehadiran", "B. Evaluasi", "Hasil Pre-test dan Post-test",
                 "Tindak Lanjut", "A. Kesimpulan Kegiatan berjalan lancar.",
                 "B. Saran Tambah sesi praktik.", event.title):
        assert part in text, part
    assert text.index("Latar Belakang") < text.index("Narasumber dan Materi") < text.index(
        "Kesimpulan")


def test_annual_report_with_its_charts(office, tmp_path):
    made = narratives.annual_report(2025)
    assert [c.title for c in made.parts if hasattr(c, "values")] == [
        "Jumlah kegiatan per jenis", "Kunjungan per bulan"]
    out = tmp_path / "tahunan.xlsx"
    write_report(made, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Per jenis", "Per tema", "Kegiatan", "Layanan"]
    *kinds, total = workbook_tables(out)["Per jenis"]
    events_2025 = Event.select().where(Event.start_date.year == 2025,
                                       Event.status == "finished").count()
    assert sum(row["Kegiatan"] for row in kinds) == events_2025
    assert total["Jenis"] == "Jumlah" and total["Kegiatan"] == events_2025
    pdf = tmp_path / "tahunan.pdf"
    write_report(made, pdf)
    # The charts are drawn, not pictures: the only picture is the letterhead's logo.
    assert [len(page.images) for page in PdfReader(pdf).pages][1:] == [0] * (
        len(PdfReader(pdf).pages) - 1)
    assert len(PdfReader(pdf).pages[0].images) == 1


def test_the_annual_report_counts_what_took_place(office):
    from models.events.tables import EventSession

    made = narratives.annual_report(2026, today=TODAY)
    listed = made.tables[2].rows
    held = Event.select().where(Event.start_date.year == 2026, Event.start_date <= TODAY,
                                Event.status != "cancelled")
    assert [row[1].removesuffix(" (berlangsung)") for row in listed] == [
        e.title for e in held.order_by(Event.start_date)]
    assert any(row[1].endswith(" (berlangsung)") for row in listed)
    # Sessions held: before today, or today's once someone has been marked.
    from models.attendance.tables import Attendance

    marked = {a.session_id for a in Attendance.select(Attendance.session)}
    delivered = sum(s.jp for s in EventSession.select().where(
        EventSession.event.in_([e.id for e in held]))
        if s.date < TODAY or s.id in marked)
    assert sum(row[4] for row in listed) == delivered
    assert dict(made.facts)["Jumlah kegiatan"].endswith("1 dibatalkan") or not Event.select(
    ).where(Event.status == "cancelled", Event.start_date.year == 2026).exists()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_like_text_stays_text(office, tmp_path, start):
    import csv

    person = Person.select().where(~Person.is_external).first()
    position = start + "HYPERLINK(\"http://x\",\"klik\")"
    Person.update(position=position).where(Person.id == person.id).execute()
    made = recaps.jp_recap(2025)
    write_report(made, tmp_path / "jp.xlsx")
    sheet = load_workbook(tmp_path / "jp.xlsx").active
    # XML reads a bare carriage return as a line feed (openpyxl escapes it only with lxml).
    shown = (position, position.replace("\r", "\n"))
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value in shown]
    assert len(cells) == 1 and cells[0].data_type == "s"  # text, never a formula
    write_report(made, tmp_path / "jp.csv")
    with open(tmp_path / "jp.csv", encoding="utf-8-sig", newline="") as handle:
        values = [value for row in csv.reader(handle, delimiter=";") for value in row]
    assert "'" + position in values and position not in values


def test_the_jp_recap_asks_for_a_year():
    assert BY_CODE["jp-recap"].needs == ("year",)


def test_every_page_of_a_scanned_sheet_goes_into_the_event_report(office, tmp_path):
    import io

    from models.attendance.tables import SessionAttachment
    from reports.report_model import Picture

    attachment = SessionAttachment.select().first()
    scanned = len(PdfReader(io.BytesIO(bytes(attachment.file.data))).pages)
    made = recaps_event.event_report(attachment.session.event_id)
    pictures = [part for part in made.appendix
                if isinstance(part, Picture) and attachment.session.topic in part.caption]
    assert scanned > 1 and len(pictures) == scanned
    assert pictures[-1].caption.endswith(f"(halaman {scanned} dari {scanned})")
    out = tmp_path / "laporan.pdf"
    write_report(made, out)
    assert len(PdfReader(out).pages) >= 4 + scanned  # a page each, as big as it fits


def test_a_recap_of_many_sessions_prints_in_parts_that_fit(database, tmp_path):
    from models.events import participants
    from models.events import planning as events
    from models.staff import staff_list as staff

    first = dt.date(2026, 2, 2)
    event = events.save_event({"title": "Diklat Pustakawan", "kind": "pelatihan",
                               "start_date": first, "end_date": first + dt.timedelta(days=9)})
    for day in range(10):
        for hour in (8, 10, 13):
            events.save_session(event.id, {
                "date": first + dt.timedelta(days=day), "start_time": dt.time(hour),
                "end_time": dt.time(hour + 1, 30), "topic": f"Materi {day}-{hour}",
                "room": "", "jp": 2})
    participants.add_people(event.id, [staff.save_person({"name": f"Peserta {n}"}).id
                                       for n in range(1, 6)])
    made = recaps.attendance_recap(event.id, today=dt.date(2026, 3, 1))
    out = tmp_path / "hadir.pdf"
    write_report(made, out)
    _pages, text = pdf_text(out)
    assert "Kehadiran per sesi (bagian 1 dari" in text
    parts = text.count("Kehadiran per sesi (bagian")
    assert parts > 1 and text.count("Peserta 5") >= parts  # every part names everyone
    assert all(f"S{n}" in text for n in range(1, 31)) and "JP hadir" in text
    sheet = load_workbook(_xlsx(made, tmp_path))["Kehadiran"]  # Excel keeps one table
    assert table_values(sheet)[0][4:6] == ("S1", "S2") and sheet.max_column == 37


def _xlsx(made, tmp_path):
    out = tmp_path / "hadir.xlsx"
    write_report(made, out)
    return out


def test_the_event_report_counts_surplus_forms_instead_of_a_rate_over_100(example):
    from tests.builders import more_forms_than_participants

    more_forms_than_participants(example)
    made = recaps_event.event_report(example["event"].id)
    notes = [part.note for part in made.parts if getattr(part, "note", "")]
    assert "Tingkat respons evaluasi penyelenggaraan: 5 respons untuk 4 peserta." in notes
