"""A report's table on paper: columns sized to what they hold, a table too wide for the
page in parts, and the last rows kept apart to go over the page with the signature."""

import dataclasses
import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from reports import indonesian, report_model
from reports.pdf_base import BOLD, REGULAR, ContinuedRows, escape
from reports.report_model import CODE, DATE, NUMBER, PERCENT, TEXT


def cell(value, column, st, bold: bool = False):
    if column.kind in (NUMBER, PERCENT):
        text = indonesian.number(value, column.places)
        return Paragraph(f"<b>{text}</b>" if bold else text, st["number"])
    if column.kind == DATE and isinstance(value, datetime.date):
        text = _date_text(value)
    else:
        text = escape("" if value is None else str(value))
    return Paragraph(f"<b>{text}</b>" if bold else text, st["cell"])


def _date_text(value: datetime.date) -> str:
    """``15 September 2025`` on one line: a date broken over three reads badly."""
    return indonesian.long_date(value).replace(" ", "\u00a0")


# Points inside a cell, left and right (ReportLab's 6 wastes a column's worth), and above
# and below; a dense table's less.
SIDE_PADDING, DENSE_SIDE_PADDING = 3, 2


def _room(data) -> float:
    """What a column needs beside its text: the padding and a little room."""
    return 2 * (DENSE_SIDE_PADDING if data.dense else SIDE_PADDING) + 2


def _column_widths(data, width: float) -> list[float]:
    """Each column at least as wide as what must not break: a heading's longest word, a
    number, a date, a NIP or a certificate number whole; text columns share what is left as
    the report's shares say (a share of 0: no more than it needs), none wider than its
    longest value on one line, so what one column does not need goes to the others (a
    short Jenis leaves its room to a long Kegiatan)."""
    least = _least_widths(data)
    spare = width - sum(least)
    if spare <= 0:  # too many columns for the page: all of them give a little
        return [w * width / sum(least) for w in least]
    shares = [c.width if c.kind == TEXT else 0 for c in data.columns]
    if not any(shares):
        shares = [1] * len(least)
    widths = list(least)
    wants = _one_line_widths(data)
    open_ = {i for i, share in enumerate(shares) if share and wants[i] > widths[i]}
    while spare > 0.5 and open_:
        # Weighed by what each still lacks too: a long title gets more than a short one of
        # the same share, so the rows' heights come out even.
        weight = {i: shares[i] * (wants[i] - widths[i]) for i in open_}
        total = sum(weight.values())
        given = {i: min(spare * weight[i] / total, wants[i] - widths[i]) for i in open_}
        for i, more in given.items():
            widths[i] += more
        spare -= sum(given.values())
        open_ = {i for i in open_ if wants[i] - widths[i] > 0.5}
    if spare > 0.5:  # every column has all it wants: the table still spans the page
        total = sum(shares)
        widths = [w + spare * share / total for w, share in zip(widths, shares, strict=True)]
    return widths


def _one_line_widths(data) -> list[float]:
    """What each text column needs to print its longest value on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    points = DENSE_SIZE if data.dense else 9
    rows = list(data.rows) + ([data.total] if data.total else [])
    wants = []
    for index in range(len(data.columns)):
        values = [str(row[index]) for row in rows
                  if index < len(row) and row[index] not in (None, "")]
        wants.append(max((stringWidth(v, REGULAR, points) for v in values), default=0)
                     + _room(data))
    return wants


FILLED = 0.85  # of the page's width, at most, for what must not break: text needs room too


def pieces(data, width: float) -> list:
    """A table too wide for the page (an event of many sessions) as parts one after the
    other, each with the key columns (number, name) and as many others as fit."""
    least = _least_widths(data)
    keys = [i for i, column in enumerate(data.columns) if column.key]
    if sum(least) <= width * FILLED or not keys:
        return [data]
    room = width * FILLED - sum(least[i] for i in keys)
    groups, group, used = [], [], 0.0
    for index in (i for i in range(len(data.columns)) if i not in keys):
        if group and used + least[index] > room:
            groups.append(group)
            group, used = [], 0.0
        group.append(index)
        used += least[index]
    groups.append(group)
    pieces = []
    for number, group in enumerate(groups, 1):
        chosen = keys + group

        def pick(row, chosen=chosen):
            return [row[i] if i < len(row) else None for i in chosen]

        pieces.append(dataclasses.replace(
            data, heading=f"{data.heading} (bagian {number} dari {len(groups)})",
            columns=[data.columns[i] for i in chosen], rows=[pick(row) for row in data.rows],
            total=pick(data.total) if data.total else None,
            note=data.note if number == len(groups) else ""))
    return pieces


# A word wider than this (a URL pasted into a title, an unbroken old value) is split over
# lines in its cell rather than widening its column until the others have no room at all.
LONGEST_WORD = 60 * mm


def _least_widths(data) -> list[float]:
    """What each column needs so that nothing which must not break is broken."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    points = DENSE_SIZE if data.dense else 9

    def size(text: str, bold: bool = False) -> float:
        return stringWidth(text, BOLD if bold else REGULAR, points)

    rows = [(row, False) for row in data.rows] + ([(data.total, True)] if data.total else [])
    least = []
    for index, column in enumerate(data.columns):
        need = max((size(word, True) for word in column.title.split()), default=0)
        for row, bold in rows:  # the total row is printed in bold
            value = row[index] if index < len(row) else None
            if value is None or value == "":
                continue
            if column.kind in (NUMBER, PERCENT):
                text = [indonesian.number(value, column.places)]
            elif column.kind == CODE:  # each code whole; several go one under the other
                parts = str(value).split(", ")
                text = [part + "," for part in parts[:-1]] + parts[-1:]
            elif column.kind == DATE and isinstance(value, datetime.date):
                text = [_date_text(value)]
            else:
                text = str(value).split()
            need = max(need, *(min(size(t, bold), LONGEST_WORD) for t in text))
        least.append(need + _room(data))
    return least


# The last rows of a report's last table go over the page with the signature rather than
# leave it alone on a page of its own.
ROWS_WITH_THE_SIGNATURE = 2


def tables(data, width: float, st,
           keep_tail: bool = False) -> tuple[Table, ContinuedRows | None]:
    """The table, and (``keep_tail``) its last rows apart, to be kept with what follows."""
    widths = _column_widths(data, width)
    if data.dense:
        st = _dense(st)
    rows = [[Paragraph(escape(c.title), st["head"]) for c in data.columns]]
    rows += [[cell(v, c, st) for v, c in zip(row, data.columns, strict=False)]
             for row in data.rows]
    if data.total:
        rows.append([cell(v, c, st, bold=True)
                     for v, c in zip(data.total, data.columns, strict=False)])
    empty = len(rows) == 1  # no rows and no total: one line across says so
    if empty:
        rows.append([Paragraph("Tidak ada data.", st["note"])] + [""] * (len(widths) - 1))
    cut = len(rows) - ROWS_WITH_THE_SIGNATURE
    pad = (1, DENSE_SIDE_PADDING) if data.dense else (2, SIDE_PADDING)
    if not keep_tail or cut <= 1:
        return _styled(Table(rows, colWidths=widths, repeatRows=1), not empty, pad=pad), None
    return (_styled(Table(rows[:cut], colWidths=widths, repeatRows=1), pad=pad),
            ContinuedRows(_styled(Table(rows[cut:], colWidths=widths), header=False, pad=pad),
                          _styled(Table(rows[:1] + rows[cut:], colWidths=widths), pad=pad)))


# A long register's size: a page holds about 25 one-line rows in landscape.
DENSE_SIZE = 8


def _dense(st: dict) -> dict:
    small = {"fontSize": DENSE_SIZE, "leading": DENSE_SIZE + 1.5}
    return {**st, **{key: st[key].clone(f"{key}-dense", **small)
                     for key in ("cell", "number", "head", "note")}}


def _styled(table: Table, has_rows: bool = True, header: bool = True,
            pad: tuple[float, float] = (2, SIDE_PADDING)) -> Table:
    """Grid and heading; ``pad`` is the cells' padding above and below, and beside."""
    commands = [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad[1]),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad[1]),
                ("TOPPADDING", (0, 0), (-1, -1), pad[0]),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad[0])]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
    if not has_rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def on_paper(table: report_model.Table) -> report_model.Table:
    """The table without its columns that are not printed."""
    if all(c.printed for c in table.columns):
        return table
    keep = [i for i, c in enumerate(table.columns) if c.printed]

    def pick(row):
        return [row[i] if i < len(row) else None for i in keep]

    return dataclasses.replace(table, columns=[table.columns[i] for i in keep],
                               rows=[pick(row) for row in table.rows],
                               total=pick(table.total) if table.total else None)


