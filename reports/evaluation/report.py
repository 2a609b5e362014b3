"""The evaluation report of an event (*laporan evaluasi kegiatan*), A4, in Indonesian.

Summary and response rate; per section a table of the items (n, mean and its category,
the spread of the ratings 1–5) and a bar chart of their means; each speaker's means; the
strongest and weakest items; every comment; pre/post gain; follow-up; the service figures
before and after the event; the head of office's signature. The charts are ReportLab
drawings (vector, no images), so they stay sharp and cost little.
"""

import datetime
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from models import settings
from models.evaluation import results, scores
from models.evaluation.questionnaires import RATING_LABELS
from reports import glyphs, indonesian
from reports.indonesian import fixed, month_name, rating_category, rating_scale
from reports.letterhead import letterhead
from reports.pdf_base import (
    BOLD,
    REGULAR,
    Officer,
    build_pdf,
    escape,
    gap,
    signature_block,
    styles,
)
from reports.report_charts import (  # noqa: F401  CHART_FONT_SIZE, chart_label: the tests' too
    CHART_FONT_SIZE,
    chart_label,
    horizontal_bars,
)

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
HEAD_BACKGROUND = colors.Color(0.9, 0.9, 0.9)
GRID_COLOUR = colors.Color(0.55, 0.55, 0.55)
SPEAKERS_PER_TABLE = 4  # more columns of means would not fit the width

BAND_NAMES = {"high": "tinggi", "medium": "sedang", "low": "rendah"}
APPLIED_NAMES = {"yes": "Ya", "partly": "Sebagian", "no": "Tidak"}
RATED_BY_NAMES = {"participant": "peserta", "supervisor": "atasan"}


def share(part: float, whole: float) -> str:
    """A share of answers, rounded as the results panel rounds it (one rule)."""
    return indonesian.share(part, whole, results.SHARE_PLACES)


# --- styles (one sheet for the whole document) ------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    cell = st["cell"]
    st.update({
        # keepWithNext: a heading never ends a page without what it heads.
        "heading": ParagraphStyle("heading", parent=st["body"], fontName=BOLD, fontSize=11.5,
                                  leading=15, spaceBefore=4 * mm, spaceAfter=2 * mm,
                                  keepWithNext=1),
        "subheading": ParagraphStyle("subheading", parent=st["body"], fontName=BOLD,
                                     spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=1),
        "head": ParagraphStyle("head", parent=cell, fontName=BOLD, fontSize=8.5, leading=10,
                               alignment=TA_CENTER),
        "cell": ParagraphStyle("cell8", parent=cell, fontSize=8.5, leading=10.5),
        "centre": ParagraphStyle("centre", parent=cell, fontSize=8.5, leading=10.5,
                                 alignment=TA_CENTER),
        "number": ParagraphStyle("number", parent=cell, fontSize=8.5, leading=10.5,
                                 alignment=TA_RIGHT),
        "spread": ParagraphStyle("spread", parent=cell, fontSize=7.5, leading=9,
                                 alignment=TA_CENTER),
        "comment": ParagraphStyle("comment", parent=cell, leftIndent=5 * mm,
                                  bulletIndent=1 * mm, spaceAfter=1),
        "note": ParagraphStyle("note", parent=st["small"], textColor=colors.Color(.3, .3, .3)),
    })
    return st


def _grid(table: Table, header_rows: int = 1, extra: list | None = None) -> Table:
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ]))
    return table


def _pairs(rows: list[tuple[str, str]], st, label_width: float = 70 * mm) -> Table:
    """``label : value`` lines without rules, as in the heading of office documents."""
    body = st["body"]
    table = Table([[Paragraph(escape(a), body), ":", Paragraph(b, body)] for a, b in rows],
                  colWidths=(label_width, 4 * mm, WIDTH - label_width - 4 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (1, 0), (1, -1), REGULAR),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


class Together(list):
    """Flowables to keep on one page. A heading just before them joins them: ReportLab's
    ``keepWithNext`` does not bind a heading to a ``KeepTogether``."""


def _assemble(parts: list) -> list:
    story, headings = [], []
    for part in parts:
        if isinstance(part, Paragraph) and part.getKeepWithNext():
            headings.append(part)
            continue
        if isinstance(part, Together):
            story.append(KeepTogether([*headings, *part]))
        else:
            story += [*headings, part]
        headings = []
    return story + headings


# --- the chart ----------------------------------------------------------------------------

def means_chart(labels: list[str], means: list[float | None]) -> Drawing:
    """Horizontal bars of means on the 1–5 scale, top to bottom in the given order."""
    return horizontal_bars(labels, [m if m is not None else 0 for m in means],
                           [fixed(m) if m is not None else "belum ada" for m in means],
                           WIDTH, value_max=5, step=1)


# --- the parts of the report ----------------------------------------------------------------

def _heading(r: results.EventResults, st) -> list:
    rows = [("Kegiatan", escape(r.title)),
            ("Jenis kegiatan", escape(indonesian.KIND_NAMES.get(r.kind, r.kind))),
            ("Tanggal", indonesian.date_range(r.start_date, r.end_date)),
            ("Tempat", escape(r.venue) or "-")]
    return [Paragraph("LAPORAN EVALUASI KEGIATAN", st["title"]),
            Paragraph(escape(r.title).upper(), st["subtitle"]), gap(4),
            _pairs(rows, st, 32 * mm)]


def _summary(r: results.EventResults, st) -> list:
    rate = indonesian.response_rate(r)
    rows = [("Peserta terdaftar", f"{indonesian.number(r.participants)} orang"),
            ("Responden evaluasi penyelenggaraan", f"{indonesian.number(r.respondents)} orang"),
            ("Tingkat respons", rate)]
    for template in r.templates:
        mean = (f"; rata-rata {_judged(template.mean)}" if template.mean is not None
                else "")
        rows.append((template.name,
                     f"{indonesian.number(template.responses)} respons{mean}"))
    scale = ", ".join(f"{value} = {label}" for value, label in RATING_LABELS.items())
    return [Paragraph("1. Ringkasan", st["heading"]), _pairs(rows, st),
            gap(1.5), Paragraph(f"Skala penilaian: {escape(scale)}. Kategori rata-rata: "
                                f"{rating_scale()}.", st["note"])]


def _judged(mean: float | None) -> str:
    """``3,86 (Baik)``: a mean rating with its category."""
    return f"{fixed(mean)} ({rating_category(mean)})"


def _rating_table(items: list[results.ItemResult], st) -> Table:
    head, cell, spread = st["head"], st["cell"], st["spread"]
    rows = [[Paragraph("No", head), Paragraph("Pertanyaan", head), Paragraph("n", head),
             Paragraph("Rata-rata", head), Paragraph("Kategori", head),
             Paragraph("Sebaran jawaban: jumlah (persen)", head), "", "", "", ""],
            ["", "", "", "", "", *(Paragraph(f"{v}", head) for v in results.RATINGS)]]
    for number, item in enumerate(items, 1):
        rows.append([Paragraph(str(number), st["centre"]), Paragraph(escape(item.text), cell),
                     Paragraph(indonesian.number(item.n), st["number"]),
                     Paragraph(fixed(item.mean), st["number"]),
                     Paragraph(rating_category(item.mean), st["centre"]),
                     *(Paragraph(f"{indonesian.number(c)}<br/>({share(c, item.n)})", spread)
                       for c in item.distribution)])
    widths = (7 * mm, None, 10 * mm, 18 * mm, 22 * mm, *(13 * mm,) * 5)
    rest = WIDTH - sum(w for w in widths if w)
    table = Table(rows, colWidths=[w or rest for w in widths], repeatRows=2)
    return _grid(table, 2, [("SPAN", (5, 0), (9, 0)),
                            *(("SPAN", (c, 0), (c, 1)) for c in range(5))])


def _other_table(items: list[results.ItemResult], st) -> Table:
    """Yes/no, choice and number questions: one line of results each."""
    head, cell = st["head"], st["cell"]
    rows = [[Paragraph(t, head) for t in ("Pertanyaan", "n", "Hasil")]]
    for item in items:
        if item.qtype == "yesno":
            outcome = (f"Ya {indonesian.number(item.yes)} ({share(item.yes, item.n)}); "
                       f"Tidak {indonesian.number(item.no)} ({share(item.no, item.n)})")
        elif item.qtype == "choice":
            outcome = "; ".join(f"{escape(choice)} {indonesian.number(count)} "
                                f"({share(count, item.n)})" for choice, count in item.choices)
        else:
            outcome = f"rata-rata {fixed(item.mean)}"
        rows.append([Paragraph(escape(item.text), cell),
                     Paragraph(indonesian.number(item.n), st["number"]),
                     Paragraph(outcome or "–", cell)])
    table = Table(rows, colWidths=(70 * mm, 12 * mm, WIDTH - 82 * mm), repeatRows=1)
    return _grid(table)


def _sections(r: results.EventResults, st) -> list:
    story = [Paragraph("2. Hasil per Bagian", st["heading"])]
    if not any(t.responses for t in r.templates):
        return story + [Paragraph("Belum ada respons evaluasi.", st["body"])]
    for template in r.templates:
        if not template.responses:
            continue
        story.append(Paragraph(f"{escape(template.name)} "
                               f"({indonesian.number(template.responses)} respons)",
                               st["subheading"]))
        for section in template.sections:
            ratings = section.rating_items
            if not ratings:
                continue
            name = escape(section.name) or "Tanpa bagian"
            title = (f"Bagian {name} ({indonesian.number(section.n)} jawaban): "
                     f"rata-rata {_judged(section.mean)}")
            chart = means_chart([f"{n}. {i.text}" for n, i in enumerate(ratings, 1)],
                                [i.mean for i in ratings])
            # A section's table and chart share a page when they fit on one.
            story += [Together([Paragraph(title, st["body"]), gap(1),
                                    _rating_table(ratings, st), gap(1.5), chart]), gap(2)]
        others = [i for i in template.items if i.qtype in ("yesno", "choice", "number")]
        if others:
            story += [Together([Paragraph("Pertanyaan lain", st["body"]), gap(1),
                                    _other_table(others, st)]), gap(2)]
    return story


def _speakers(r: results.EventResults, st) -> list:
    story = [Paragraph("3. Evaluasi Narasumber", st["heading"])]
    if not r.speakers:
        return story + [Paragraph("Belum ada evaluasi narasumber.", st["body"])]
    head, cell = st["head"], st["cell"]
    first = 62 * mm
    for start in range(0, len(r.speakers), SPEAKERS_PER_TABLE):
        group = r.speakers[start:start + SPEAKERS_PER_TABLE]
        column = (WIDTH - first) / len(group)
        rows = [[Paragraph("Butir penilaian", head),
                 *(Paragraph(f"{escape(s.name)}<br/>({indonesian.number(s.responses)} "
                             f"respons)", head) for s in group)]]
        for item in r.speaker_items:
            rows.append([Paragraph(escape(item.text), cell),
                         *(Paragraph(_judged_cell(s.item_means.get(item.question_id)),
                                     st["centre"]) for s in group)])
        rows.append([Paragraph("<b>Rata-rata keseluruhan</b>", cell),
                     *(Paragraph(f"<b>{_judged_cell(s.mean)}</b>", st["centre"])
                       for s in group)])
        table = Table(rows, colWidths=(first, *(column,) * len(group)), repeatRows=1)
        story += [Together([_grid(table, 1, [("BACKGROUND", (0, -1), (-1, -1),
                                              HEAD_BACKGROUND)])]), gap(3)]
    story += [Together([Paragraph("Rata-rata keseluruhan per narasumber", st["body"]),
                            gap(1), means_chart([s.name for s in r.speakers],
                                                [s.mean for s in r.speakers])])]
    return story


def _judged_cell(mean: float | None) -> str:
    """A mean over its category, in a narrow column; a dash alone when there is none."""
    return fixed(mean) if mean is None else f"{fixed(mean)}<br/>{rating_category(mean)}"


def _highlights(r: results.EventResults, st) -> list:
    story = [Paragraph("4. Butir Tertinggi dan Terendah", st["heading"])]
    if not r.strongest:
        return story + [Paragraph("Belum ada penilaian.", st["body"])]
    names = {t.questionnaire_id: t.name for t in r.templates}
    head, cell = st["head"], st["cell"]
    rows = [[Paragraph(t, head) for t in ("", "Pertanyaan", "Formulir / bagian", "n",
                                          "Rata-rata", "Kategori")]]
    spans = []
    for label, items in (("Tertinggi", r.strongest), ("Terendah", r.weakest)):
        if not items:
            continue
        spans.append(("SPAN", (0, len(rows)), (0, len(rows) + len(items) - 1)))
        for index, item in enumerate(items):
            where = " / ".join(p for p in (names.get(item.questionnaire_id, ""), item.section)
                               if p)
            rows.append([Paragraph(f"<b>{label}</b>", cell) if index == 0 else "",
                         Paragraph(escape(item.text), cell), Paragraph(escape(where), cell),
                         Paragraph(indonesian.number(item.n), st["number"]),
                         Paragraph(fixed(item.mean), st["number"]),
                         Paragraph(rating_category(item.mean), st["centre"])])
    table = Table(rows, colWidths=(20 * mm, WIDTH - 125 * mm, 53 * mm, 12 * mm, 18 * mm,
                                   22 * mm))
    return story + [Together([_grid(table, 1, [*spans, ("VALIGN", (0, 1), (0, -1),
                                                       "TOP")])])]


def _comments(r: results.EventResults, st) -> list:
    story = [Paragraph("5. Komentar dan Saran", st["heading"])]
    if not r.comments:
        return story + [Paragraph("Belum ada komentar.", st["body"])]
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for comment in r.comments:
        same = groups.setdefault((comment.question, comment.speaker), {})
        same.setdefault(" ".join(comment.text.split()).casefold(), []).append(comment.text)
    for (question, speaker), same in groups.items():
        about = f" — {escape(speaker)}" if speaker else ""
        count = sum(len(texts) for texts in same.values())
        title = f"{escape(question)}{about} ({indonesian.number(count)} komentar)"
        # The same words written by many ("Baik", "Mantap") are printed once, with a count.
        lines = [Paragraph(escape(texts[0], None)
                           + (f" <i>({indonesian.number(len(texts))} kali)</i>"
                              if len(texts) > 1 else ""),
                           st["comment"], bulletText="•")
                 for texts in same.values()]
        # The title stays with its first comments, never alone at the foot of a page.
        story += [Together([Paragraph(title, st["subheading"]), *lines[:2]]), *lines[2:]]
    return story


def _gain(r: results.EventResults, st) -> list:
    story = [Paragraph("6. Hasil Pre-test dan Post-test", st["heading"])]
    gain = r.gain
    if not gain.n:
        return story + [Paragraph("Belum ada data pre-test dan post-test.", st["body"])]
    rows = [("Peserta dengan nilai pre-test dan post-test", f"{indonesian.number(gain.n)} orang"),
            ("Rata-rata pre-test", fixed(gain.mean_pre)),
            ("Rata-rata post-test", fixed(gain.mean_post)),
            ("Rata-rata gain ternormalisasi (g)",
             f"{fixed(gain.mean_gain)} (kategori {BAND_NAMES[gain.band]})")]
    head, cell = st["head"], st["cell"]
    bands = [[Paragraph(t, head) for t in ("Kategori", "Batas", "Jumlah", "Persen")]]
    # In words: Noto Sans as bundled has no ≥ or ≤.
    limits = {"high": "0,7 ke atas", "medium": "0,3 sampai di bawah 0,7",
              "low": "di bawah 0,3"}
    for band in scores.BANDS:
        count = gain.bands[band]
        bands.append([Paragraph(BAND_NAMES[band].capitalize(), cell),
                      Paragraph(limits[band], cell),
                      Paragraph(indonesian.number(count), st["number"]),
                      Paragraph(share(count, gain.n), st["number"])])
    counted = sum(gain.bands[band] for band in scores.BANDS)
    bands.append([Paragraph("<b>Jumlah</b>", cell), "",
                  Paragraph(f"<b>{indonesian.number(counted)}</b>", st["number"]),
                  Paragraph(f"<b>{share(counted, gain.n)}</b>", st["number"])])
    notes = ["g = (post-test - pre-test) / (100 - pre-test), dirata-ratakan dari nilai "
             "setiap peserta; kategori menurut Hake (1998)."]
    if gain.ceiling:
        notes.append(f"{indonesian.number(gain.ceiling)} peserta dengan nilai pre-test 100 "
                     "tidak dihitung.")
    if gain.incomplete:
        notes.append(f"{indonesian.number(gain.incomplete)} peserta hanya memiliki salah satu "
                     "nilai dan tidak dihitung.")
    table = Table(bands, colWidths=(30 * mm, 45 * mm, 20 * mm, 20 * mm), hAlign="LEFT")
    return story + [Together([_pairs(rows, st), gap(2), _grid(table), gap(1.5),
                                  Paragraph(" ".join(notes), st["note"])])]


def _follow_up(r: results.EventResults, st) -> list:
    story = [Paragraph("7. Tindak Lanjut", st["heading"])]
    follow = r.follow_up
    if not follow.n:
        return story + [Paragraph("Belum ada data tindak lanjut.", st["body"])]
    applied = [f"{name} {indonesian.number(follow.applied[code])} "
               f"({share(follow.applied[code], follow.n)})"
               for code, name in APPLIED_NAMES.items()]
    if follow.unknown:
        applied.append(f"tidak diisi {indonesian.number(follow.unknown)}")
    rating = (f"{fixed(follow.mean_rating)} ({indonesian.number(follow.rated)} penilaian)"
              if follow.rated else "–")
    rows = [("Jumlah tindak lanjut", indonesian.number(follow.n)),
            ("Hasil pelatihan diterapkan", "; ".join(applied)),
            ("Rata-rata penilaian", rating)]
    story.append(_pairs(rows, st))
    if follow.changes:
        story += [Paragraph("Perubahan yang dilaporkan", st["subheading"])]
        for change in follow.changes:
            who = (f"<b>{escape(change.name)}</b> ({indonesian.long_date(change.date)}, "
                   f"{RATED_BY_NAMES.get(change.rated_by, escape(change.rated_by))})")
            story.append(Paragraph(f"{who}: {escape(change.text, None)}", st["comment"],
                                   bulletText="•"))
    return story


def _service(r: results.EventResults, st) -> list:
    story = [Paragraph("8. Statistik Layanan", st["heading"])]
    service = r.service
    if not service.has_data:
        return story + [Paragraph("Belum ada data statistik layanan.", st["body"])]
    head, cell, number = st["head"], st["cell"], st["number"]
    # Month and year on two lines: a narrow column never breaks one of them alone.
    months, after = ([Paragraph(month_name(y, m, short=True).replace(" ", "<br/>")
                                + ("*" if (y, m) in service.unfinished else ""), head)
                      for y, m in side]
                     for side in (service.before_months, service.after_months))
    rows = [[Paragraph("Layanan", head), Paragraph("Sebelum kegiatan", head), "", "", "",
             Paragraph("Sesudah kegiatan", head), "", "", "", Paragraph("Perubahan", head)],
            ["", *months, Paragraph("Rata-rata", head), *after, Paragraph("Rata-rata", head),
             ""]]
    for row in service.rows:
        change = "–"
        if row.change_pct is not None:
            sign = "+" if row.change_pct > 0 else ""
            change = f"{sign}{indonesian.percent(row.change_pct)}"
        rows.append([Paragraph(escape(row.name), cell),
                     *(Paragraph(indonesian.number(v, 1, "–"), number) for v in row.before),
                     Paragraph(f"<b>{indonesian.number(row.before_mean, 1, '–')}</b>", number),
                     *(Paragraph(indonesian.number(v, 1, "–"), number) for v in row.after),
                     Paragraph(f"<b>{indonesian.number(row.after_mean, 1, '–')}</b>", number),
                     Paragraph(change, number)])
    n = len(service.before_months)
    month, mean = 15 * mm, 17 * mm
    widths = (WIDTH - 2 * n * month - 2 * mean - 19 * mm, *(month,) * n, mean, *(month,) * n,
              mean, 19 * mm)
    table = Table(rows, colWidths=widths, repeatRows=2)
    table = _grid(table, 2, [("SPAN", (1, 0), (n + 1, 0)), ("SPAN", (n + 2, 0), (2 * n + 2, 0)),
                             ("SPAN", (0, 0), (0, 1)), ("SPAN", (-1, 0), (-1, 1))])
    (y0, m0), (y1, m1) = service.before_months[0], service.before_months[-1]
    (y2, m2), (y3, m3) = service.after_months[0], service.after_months[-1]
    note = (f"Sebelum: {month_name(y0, m0)} – {month_name(y1, m1)}; sesudah: "
            f"{month_name(y2, m2)} – {month_name(y3, m3)}. Bulan pelaksanaan kegiatan tidak "
            "dihitung; rata-rata hanya dari bulan yang ada datanya.")
    return story + [table, gap(1.5), Paragraph(note + _unfinished_note(service), st["note"])]


def _unfinished_note(service: results.ServiceSummary) -> str:
    """What the starred months are: a month not over is shown but in no mean."""
    parts = []
    if service.running:
        parts.append(f"{month_name(*service.running)}: bulan berjalan, belum dihitung")
    later = [month_name(y, m) for y, m in service.unfinished if (y, m) != service.running]
    if later:
        parts.append(f"{', '.join(later)}: belum tiba, belum dihitung")
    return f" * {'; '.join(parts)}." if parts else ""


def report_story(r: results.EventResults, officer: Officer, today: datetime.date) -> list:
    st = _styles()
    city = settings.get("city") or "Tanjungpinang"
    signature = signature_block(f"{city}, {indonesian.long_date(today)}", f"{officer.role},",
                                officer.name, officer.nip, WIDTH, officer.rank)
    # The signature never stands alone on the last page: it keeps the last section with it.
    heading, *service = _service(r, st)
    return _assemble([*letterhead(WIDTH), *_heading(r, st), *_summary(r, st), *_sections(r, st),
                      *_speakers(r, st), *_highlights(r, st), *_comments(r, st),
                      *_gain(r, st), *_follow_up(r, st), heading,
                      Together([*service, gap(8), signature])])


def write_evaluation_report(event_id: int, path: Path, officer: Officer | None = None,
                            today: datetime.date | None = None,
                            missing_ok: bool = False) -> int:
    """Write the event's evaluation report to ``path`` (whole or not at all); returns the
    number of pages."""
    today = today or datetime.date.today()
    found = results.event_results(event_id, today)
    glyphs.check([(found.title, [found.title, found.venue or ""]),
                  *((t.name, [t.name]) for t in found.templates),
                  *((sp.name, [sp.name]) for sp in found.speakers),
                  *((c.speaker or c.question, [c.question, c.text]) for c in found.comments)],
                 "Laporan evaluasi", missing_ok)
    story = report_story(found, officer or Officer.from_settings(), today)
    return build_pdf(story, path, title="Laporan Evaluasi Kegiatan", margin=MARGIN)
