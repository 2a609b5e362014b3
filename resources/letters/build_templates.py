"""Writes the shipped letter templates (.docx with docxtpl's Jinja fields) into this folder.

    uv run python resources/letters/build_templates.py

The templates are committed; this script is how they are rebuilt after a change, so the
Word files are never edited by hand here. The fields each template may use are listed in
models/letters/templates.py (FIELDS); an office's own template is held to the same list.
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

HERE = Path(__file__).resolve().parent
FONT = "Arial"


def new_document() -> Document:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(2)
    style = document.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.line_spacing = 1.0
    return document


def paragraph(container, text="", bold=False, align=None, size=None, space_after=0,
              indent=None):
    para = container.add_paragraph()
    if text:
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        para.paragraph_format.first_line_indent = indent
    return para


def no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def double_rule(para):
    """The kop's double line under the office's address, as a paragraph border."""
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "thickThinSmallGap"), ("sz", "18"), ("space", "1"),
                       ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    para._p.get_or_add_pPr().append(border)


def set_widths(table, widths):
    """Widths in the grid as well as in each cell: LibreOffice reads the grid, Word the
    cells."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def keep_whole(row):
    """A row never split over two pages (a signature block with its name)."""
    flag = OxmlElement("w:cantSplit")
    row._tr.get_or_add_trPr().append(flag)


def kop(document):
    """The letterhead as a table: the logo on the left, the office's lines centred."""
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    set_widths(table, (Cm(2.8), Cm(13.2)))
    logo, lines = table.rows[0].cells
    logo.paragraphs[0].add_run("{{ logo }}")
    logo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    first = lines.paragraphs[0]
    first.add_run("{{ kop_pemerintah }}").bold = True
    first.runs[0].font.size = Pt(13)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph(lines, "{{ kop_instansi }}", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(lines, "{{ kop_alamat }}", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(lines, "{{ kop_kontak }}", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    double_rule(paragraph(document))
    paragraph(document)


LABEL_WIDTHS = (Cm(3), Cm(0.5), Cm(12.5))


def label_rows(container, rows, widths=LABEL_WIDTHS):
    """``Nomor : …`` lines, their colons in a column."""
    table = container.add_table(rows=0, cols=3)
    no_borders(table)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label)
        cells[1].paragraphs[0].add_run(":")
        cells[2].paragraphs[0].add_run(value)
    set_widths(table, widths)
    return table


def signature(document, first_lines):
    """The signature block on the right half: place and date, position, room to sign,
    the name underlined, pangkat and NIP."""
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    set_widths(table, (Cm(8), Cm(8)))
    keep_whole(table.rows[0])
    cell = table.rows[0].cells[1]
    lines = [*first_lines, "{{ ttd_jabatan }},"]
    cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        paragraph(cell, line)
    for _ in range(3):
        paragraph(cell)
    name = paragraph(cell, "{{ ttd_nama }}", bold=True)
    name.runs[0].underline = True
    paragraph(cell, "{{ ttd_pangkat }}")
    paragraph(cell, "NIP. {{ ttd_nip }}")


def people_table(document, loop, headers, fields, widths):
    """A bordered list (of people, of sessions), one row each through docxtpl's
    ``{%tr %}``."""
    table = document.add_table(rows=3, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        run = cell.paragraphs[0].add_run(header)
        run.bold, run.font.size = True, Pt(10)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for p in " + loop + " %}")
    for cell, field in zip(table.rows[2].cells, fields, strict=True):
        cell.paragraphs[0].add_run(field).font.size = Pt(10)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    set_widths(table, widths)
    return table


def invitation() -> Document:
    document = new_document()
    kop(document)
    paragraph(document, "{{ tempat_tanggal }}", align=WD_ALIGN_PARAGRAPH.RIGHT,
              space_after=6)
    label_rows(document, [("Nomor", "{{ nomor }}"), ("Sifat", "{{ sifat }}"),
                          ("Lampiran", "{{ lampiran }}"), ("Hal", "Undangan {{ judul }}")])
    paragraph(document)
    paragraph(document, "Kepada")
    paragraph(document, "Yth. Bapak/Ibu/Saudara yang namanya tercantum")
    paragraph(document, "dalam lampiran surat ini")
    paragraph(document, "di –")
    paragraph(document, "Tempat", space_after=12).paragraph_format.left_indent = Cm(1)
    paragraph(document, "Dengan hormat,", space_after=6)
    body = paragraph(document, "Dalam rangka meningkatkan kompetensi sumber daya manusia di "
                               "lingkungan {{ instansi }}, bersama ini kami mengundang "
                               "Bapak/Ibu/Saudara yang namanya tercantum dalam lampiran "
                               "surat ini untuk mengikuti {{ judul }}, yang akan "
                               "dilaksanakan pada:", space_after=6, indent=Cm(1.25))
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    table = label_rows(document, [("Hari/tanggal", "{{ hari_tanggal }}"),
                                  ("Waktu", "{{ waktu }}"), ("Tempat", "{{ tempat }}")],
                       widths=(Cm(3.5), Cm(0.5), Cm(10.5)))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    paragraph(document)
    closing = paragraph(document, "Mengingat pentingnya kegiatan tersebut, dimohon kehadiran "
                                  "Bapak/Ibu/Saudara tepat pada waktunya. Atas perhatian dan "
                                  "kehadirannya, kami ucapkan terima kasih.", space_after=12,
                        indent=Cm(1.25))
    closing.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    signature(document, [])
    paragraph(document).add_run().add_break(WD_BREAK.PAGE)
    label_rows(document, [("Lampiran", "Surat {{ instansi }}"), ("Nomor", "{{ nomor }}"),
                          ("Tanggal", "{{ tanggal_surat }}"), ("Hal", "Undangan {{ judul }}")])
    paragraph(document)
    paragraph(document, "DAFTAR PESERTA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(document, "{{ judul|upper }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
              space_after=12)
    people_table(document, "peserta", ("No.", "Nama / NIP", "Pangkat/Gol.", "Jabatan",
                                       "Unit Kerja"),
                 ("{{ p.no }}", "{{ p.nama }}{% if p.nip %}\nNIP. {{ p.nip }}{% endif %}",
                  "{{ p.pangkat }}", "{{ p.jabatan }}", "{{ p.unit }}"),
                 (Cm(1.1), Cm(6), Cm(2.9), Cm(3), Cm(3)))
    paragraph(document)
    signature(document, [])
    return document


def assignment() -> Document:
    document = new_document()
    kop(document)
    title = paragraph(document, "SURAT TUGAS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                      size=13)
    title.runs[0].underline = True
    paragraph(document, "Nomor: {{ nomor }}", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    label_rows(document, [("Dasar", "{{ dasar }}")])
    paragraph(document)
    paragraph(document, "MEMERINTAHKAN:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
              space_after=6)
    paragraph(document, "Kepada:", space_after=6)
    people_table(document, "pegawai", ("No.", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"),
                 ("{{ p.no }}", "{{ p.nama }}", "{{ p.nip }}", "{{ p.pangkat }}",
                  "{{ p.jabatan }}"),
                 (Cm(1.1), Cm(4.4), Cm(5), Cm(2.8), Cm(2.7)))
    paragraph(document)
    label_rows(document, [("Untuk", "Mengikuti {{ judul }} yang diselenggarakan oleh "
                                    "{{ penyelenggara }} pada {{ hari_tanggal }}, "
                                    "bertempat di {{ tempat }}.")])
    paragraph(document)
    closing = paragraph(document, "Demikian surat tugas ini dibuat untuk dilaksanakan dengan "
                                  "penuh tanggung jawab, dan melaporkan hasilnya kepada "
                                  "pimpinan setelah kegiatan selesai.", space_after=12,
                        indent=Cm(1.25))
    closing.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    signature(document, ["Ditetapkan di {{ kota }}", "pada tanggal {{ tanggal_surat }}"])
    return document


def speaker_request() -> Document:
    document = new_document()
    kop(document)
    paragraph(document, "{{ tempat_tanggal }}", align=WD_ALIGN_PARAGRAPH.RIGHT,
              space_after=6)
    label_rows(document, [("Nomor", "{{ nomor }}"), ("Sifat", "{{ sifat }}"),
                          ("Lampiran", "{{ lampiran }}"), ("Hal", "Permohonan Narasumber")])
    paragraph(document)
    paragraph(document, "Kepada")
    paragraph(document, "Yth. {{ narasumber.nama }}")
    paragraph(document, "{% if narasumber.jabatan != '–' %}{{ narasumber.jabatan }}"
                        "{% endif %}")
    paragraph(document, "{{ narasumber.instansi }}")
    paragraph(document, "di –")
    paragraph(document, "Tempat", space_after=12).paragraph_format.left_indent = Cm(1)
    paragraph(document, "Dengan hormat,", space_after=6)
    body = paragraph(document, "Dalam rangka meningkatkan kompetensi sumber daya manusia, "
                               "{{ instansi }} akan menyelenggarakan {{ judul }} pada "
                               "{{ hari_tanggal }}, bertempat di {{ tempat }}. Sehubungan "
                               "dengan hal tersebut, kami mohon kesediaan Bapak/Ibu untuk "
                               "menjadi narasumber dengan materi dan jadwal sebagai berikut:",
                     space_after=6, indent=Cm(1.25))
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    people_table(document, "sesi", ("No.", "Hari/Tanggal", "Waktu", "Materi"),
                 ("{{ p.no }}", "{{ p.tanggal }}", "{{ p.waktu }}", "{{ p.materi }}"),
                 (Cm(1.1), Cm(5.2), Cm(3.5), Cm(6.2)))
    paragraph(document)
    closing = paragraph(document, "Demikian permohonan ini kami sampaikan. Atas perhatian dan "
                                  "kesediaan Bapak/Ibu, kami ucapkan terima kasih.",
                        space_after=12, indent=Cm(1.25))
    closing.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    signature(document, [])
    return document


def terms_of_reference() -> Document:
    """The KAK: the event's own texts under the headings a budget office expects."""
    document = new_document()
    for line in ("KERANGKA ACUAN KERJA (KAK)", "{{ judul|upper }}",
                 "{{ kop_instansi }}", "TAHUN ANGGARAN {{ tahun }}"):
        paragraph(document, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    paragraph(document)

    def section(heading, body=None):
        paragraph(document, heading, bold=True, space_after=3)
        if body is not None:
            text = paragraph(document, body, space_after=9)
            text.paragraph_format.left_indent = Cm(0.75)
            text.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    section("A. Latar Belakang", "{{ latar_belakang }}")
    section("B. Dasar Pelaksanaan", "{{ dasar }}")
    section("C. Maksud dan Tujuan", "{{ tujuan }}")
    section("D. Sasaran dan Peserta", "{{ sasaran }} Jumlah peserta yang terdaftar: "
                                      "{{ jumlah_peserta }} orang.")
    section("E. Waktu dan Tempat", "{{ jenis_kegiatan }} ini dilaksanakan pada "
                                   "{{ hari_tanggal }}, bertempat di {{ tempat }}, "
                                   "diselenggarakan oleh {{ penyelenggara }}.")
    section("F. Narasumber")
    people_table(document, "narasumber", ("No.", "Nama", "Materi"),
                 ("{{ p.no }}", "{{ p.nama }}", "{{ p.materi }}"),
                 (Cm(1.1), Cm(6), Cm(8.9)))
    paragraph(document)
    section("G. Susunan Acara")
    people_table(document, "acara", ("Hari/Tanggal", "Waktu", "Materi", "Narasumber"),
                 ("{{ p.tanggal }}", "{{ p.waktu }}", "{{ p.materi }}", "{{ p.narasumber }}"),
                 (Cm(4.4), Cm(3.7), Cm(4.2), Cm(3.7)))
    paragraph(document)
    section("H. Pembiayaan", "{{ pembiayaan }}")
    section("I. Penutup", "Demikian Kerangka Acuan Kerja ini disusun sebagai pedoman "
                          "pelaksanaan kegiatan.")
    signature(document, ["{{ tempat_tanggal }}"])
    return document


TEMPLATES = {"undangan.docx": invitation, "surat_tugas.docx": assignment,
             "permohonan_narasumber.docx": speaker_request, "kak.docx": terms_of_reference}


def save_steady(document: Document, path: Path) -> None:
    """Saved with every part dated alike, so a rebuild without a change writes the same
    bytes (python-docx dates each part with the time of saving)."""
    buffer = io.BytesIO()
    document.core_properties.author = "SiBina"
    document.core_properties.created = document.core_properties.modified = \
        datetime.datetime(2026, 1, 1)
    document.core_properties.last_modified_by = "SiBina"
    document.core_properties.revision = 1
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, (1980, 1, 1, 0, 0, 0)),
                            source.read(item.filename), zipfile.ZIP_DEFLATED)


def main() -> None:
    for name, build in TEMPLATES.items():
        save_steady(build(), HERE / name)
        print(f"written: {HERE / name}")


if __name__ == "__main__":
    main()
