"""The lists of receipts as PDF: daftar penerimaan honorarium (gross, PPh 21 at the
office's rate, net, a signature column, totals), the kuitansi of one payee, and the
participants' transport and uang saku. The figures come from models.letters.honorarium,
the one rule the workbook uses too."""

import datetime

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

from models.events.tables import Event
from models.letters.honorarium import allowance_lines, golongan_ruang, honorarium_lines
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff import nip as nip_rules
from reports import indonesian
from reports.letters.paper_pdf import (
    LANDSCAPE,
    MARGIN,
    PORTRAIT,
    SIGN_ROW,
    cell_styles,
    closing,
    date_line,
    head_row,
    heading,
    name_and_nip,
    ruled,
    sign_cell,
    width_of,
)
from reports.pdf_base import (
    NewNumbering,
    Officer,
    build_pdf,
    countersigned_block,
    escape,
    gap,
    styles,
)

TREASURER = "Bendahara Pengeluaran"


def none_typed(kind: str) -> SiBinaError:
    return SiBinaError(message("Letters", {
        "honorarium": QT_TRANSLATE_NOOP("Letters", "No honorarium has been entered for this "
                                                   "event: enter the amounts first."),
        "allowance": QT_TRANSLATE_NOOP("Letters", "No transport or pocket money has been "
                                                  "entered for this event: enter the "
                                                  "amounts first.")}[kind]))


def _money(value: int, bold: bool = False) -> Paragraph:
    st = cell_styles()
    return Paragraph(indonesian.rupiah(value), st["bold-number" if bold else "number"])


def _signatures(dated: datetime.date, width: float):
    """The head of office approves ("Mengetahui,"), the treasurer pays."""
    return countersigned_block(date_line(dated), Officer.from_settings(),
                               Officer(TREASURER, "", ""), width)


def honorarium_story(event: Event, dated: datetime.date) -> list:
    lines = honorarium_lines(event.id)
    if not lines:
        raise none_typed("honorarium")
    width = width_of(LANDSCAPE)
    st = cell_styles()
    rows = [head_row("No", "Nama / NIP", "Peran", "Gol.", "Honorarium (bruto)",
                     "PPh 21 (%)", "PPh 21", "Diterima (netto)", "Tanda Tangan")]
    for number, line in enumerate(lines, 1):
        rows.append([str(number), name_and_nip(line.name, line.nip),
                     Paragraph(indonesian.ROLE_NAMES[line.role], st["cell"]),
                     Paragraph(golongan_ruang(line.rank) or "-", st["cell"]), _money(line.gross),
                     Paragraph(f"{line.rate}%", st["number"]), _money(line.tax),
                     _money(line.net), sign_cell(number)])
    rows.append(["", Paragraph("Jumlah", st["bold"]), "", "",
                 _money(sum(line.gross for line in lines), True), "",
                 _money(sum(line.tax for line in lines), True),
                 _money(sum(line.net for line in lines), True), ""])
    widths = [9 * mm, 66 * mm, 24 * mm, 14 * mm, 32 * mm, 17 * mm, 28 * mm, 32 * mm]
    widths.append(width - sum(widths))
    table = ruled(rows, widths, totals=True,
                  heights=[None] + [SIGN_ROW] * len(lines) + [None],
                  spans=[((1, len(rows) - 1), (3, len(rows) - 1))])
    return [NewNumbering(),
            *heading("DAFTAR PENERIMAAN HONORARIUM", event, width), table,
            closing(_signatures(dated, width))]


def kuitansi_story(event: Event, person_id: int, dated: datetime.date) -> list:
    """One page: received from the treasurer, the amount in figures and in words, what
    for, the PPh 21 withheld and the net, the payee's signature."""
    from models.staff.tables import Person

    line = next((x for x in honorarium_lines(event.id) if x.person_id == person_id), None)
    if line is None:
        raise SiBinaError(message("Letters", QT_TRANSLATE_NOOP(
            "Letters", "No honorarium has been entered for {name} at this event."),
            name=Person.get_by_id(person_id).full_name))
    width = width_of(PORTRAIT)
    st = styles()
    office = Officer.from_settings()
    what = (f"Honorarium sebagai {indonesian.ROLE_NAMES[line.role]} pada kegiatan "
            f"{event.title}, {indonesian.date_range(event.start_date, event.end_date)}"
            + (f", bertempat di {event.venue}" if event.venue else ""))
    from models import settings

    body = [("Sudah terima dari", f"{TREASURER} {settings.get('office_name')}"),
            ("Uang sejumlah", f"<b>{indonesian.rupiah(line.gross)}</b>"),
            ("Terbilang", f"<i>{indonesian.terbilang(line.gross).capitalize()}</i>"),
            ("Untuk pembayaran", escape(what)),
            ("Honorarium (bruto)", indonesian.rupiah(line.gross)),
            (f"PPh 21 ({line.rate}%)", indonesian.rupiah(line.tax)),
            ("Diterima bersih", f"<b>{indonesian.rupiah(line.net)}</b>")]
    table = Table([[Paragraph(label, st["body"]), ":", Paragraph(value, st["body"])]
                   for label, value in body],
                  colWidths=(40 * mm, 4 * mm, width - 44 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (1, 0), (1, -1), "NotoSans"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               ("LINEABOVE", (0, 4), (-1, 4), 0.5, "grey")]))
    payee = Officer("Yang menerima", line.name,
                    nip_rules.grouped(line.nip) if line.nip else "")
    signature = countersigned_block(date_line(dated), Officer(TREASURER, "", ""), payee,
                                    width, left_first="Lunas dibayar,")
    return [NewNumbering(), *heading("KUITANSI", event, width, lines=[
        ("Nomor", "...................................")]), table, gap(8),
        signature, gap(6), Paragraph("Mengetahui,", st["body"]),
        Paragraph(f"{escape(office.role)},", st["body"]), gap(16),
        Paragraph(f"<u><b>{escape(office.name) or '.' * 40}</b></u>", st["body"]),
        *([Paragraph(f"NIP. {office.nip}", st["body"])] if office.nip else [])]


def allowance_story(event: Event, dated: datetime.date) -> list:
    lines = allowance_lines(event.id)
    if not lines:
        raise none_typed("allowance")
    width = width_of(LANDSCAPE)
    st = cell_styles()
    rows = [head_row("No", "Nama / NIP", "Jabatan / Unit Kerja", "Uang Transport",
                     "Uang Saku", "Jumlah", "Tanda Tangan")]
    for number, line in enumerate(lines, 1):
        rows.append([str(number), name_and_nip(line.name, line.nip),
                     Paragraph(escape(line.position) or "-", st["cell"]),
                     _money(line.transport), _money(line.pocket), _money(line.total),
                     sign_cell(number)])
    rows.append(["", Paragraph("Jumlah", st["bold"]), "",
                 _money(sum(x.transport for x in lines), True),
                 _money(sum(x.pocket for x in lines), True),
                 _money(sum(x.total for x in lines), True), ""])
    widths = [9 * mm, 66 * mm, 62 * mm, 30 * mm, 30 * mm, 32 * mm]
    widths.append(width - sum(widths))
    table = ruled(rows, widths, totals=True,
                  heights=[None] + [SIGN_ROW] * len(lines) + [None],
                  spans=[((1, len(rows) - 1), (2, len(rows) - 1))])
    return [NewNumbering(),
            *heading("DAFTAR PENERIMAAN UANG TRANSPORT DAN UANG SAKU", event, width),
            table, closing(_signatures(dated, width))]


def write_payment_pdf(kind: str, event_id: int, path, dated: datetime.date,
                      person_ids: list[int] | None = None) -> int:
    """The honorarium or allowance list; with ``person_ids`` (honorarium) a kuitansi a
    page for each of them instead. Returns the pages."""
    event = Event.get_by_id(event_id)
    if kind == "allowance":
        return build_pdf(allowance_story(event, dated), path, pagesize=LANDSCAPE,
                         margin=MARGIN, title="Daftar Penerimaan Uang Transport")
    if person_ids is None:
        return build_pdf(honorarium_story(event, dated), path, pagesize=LANDSCAPE,
                         margin=MARGIN, title="Daftar Penerimaan Honorarium")
    story = []
    for index, person_id in enumerate(person_ids):
        story += ([PageBreak()] if index else []) + kuitansi_story(event, person_id, dated)
    return build_pdf(story, path, margin=MARGIN, title="Kuitansi Honorarium")
