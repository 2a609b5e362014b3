"""The rows a staff import refused, as a file to fix and import again.

The file holds the original headings and cells, plus three columns the importer ignores:
the row number, the offending column and the reason, in the office's language.
"""

import datetime
from collections.abc import Callable
from pathlib import Path

from models import settings
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.staff.columns import HEADER_FIELDS, header_key, reject_headings
from models.staff.importer import ImportPreview
from reports.spreadsheet import write_table


def write_rejects(preview: ImportPreview, path,
                  render: Callable[[Message], str] = Message.english) -> int:
    """Save the rejected rows of ``preview`` as .csv or .xlsx (by the suffix of ``path``);
    return the number of rows.

    XLSX: the original cells are Text cells. CSV: a NIP written as digits comes out
    grouped like the staff export's (``19690309 199403 2 001``) so Excel keeps it as text
    instead of turning it into ``1.96903E+17``; a NIP the original held as a number stays
    as Excel showed it, so the file cannot slip a damaged NIP back in.
    """
    extra = [_reject_heading(heading, render) for heading in reject_headings()]
    width = len(preview.headers)
    nip = preview.nip_column if Path(path).suffix.lower() == ".csv" else None
    rows = []
    for r in preview.rejected_rows:
        cells = r.raw[:width] + [""] * (width - len(r.raw))
        if nip is not None:
            cells[nip] = nip_as_text(cells[nip])
        rows.append(cells + [r.row, r.column, render(r.reason) if r.reason else ""])
    heading = [render(message("StaffColumns", QT_TRANSLATE_NOOP(
                   "StaffColumns", "ROWS THE STAFF IMPORT REFUSED"))),
               settings.get("office_name"),
               render(message("StaffColumns", QT_TRANSLATE_NOOP(
                   "StaffColumns", "From {file}, imported on {date}"),
                   file=Path(preview.path).name, date=datetime.date.today()))]
    write_table(path, preview.headers + extra, rows, text_columns=range(width),
                heading=heading)
    return len(rows)


def nip_as_text(cell: str) -> str:
    """Digits (maybe spaced) grouped as a NIP's parts, 8-6-1-3: ``19690309 199403 2 001``.

    The wrong lengths a rejected row may have get the same cuts (``19850115 201001``).
    Excel opening a CSV turns a long digit string into a number (shown as ``1.96903E+17``,
    the digits past the 15th lost) but keeps text with spaces, and the importer reads the
    digits through the spaces. Anything other than digits and spaces (``1.96903E+17``,
    ``196903091994032000.0``) stays as is.
    """
    digits = "".join(cell.split())
    if not (digits.isascii() and digits.isdigit()):
        return cell
    parts = (digits[:8], digits[8:14], digits[14:15], digits[15:])
    return " ".join(part for part in parts if part)


def _reject_heading(heading: Message, render: Callable[[Message], str]) -> str:
    """The heading in the office's language, unless that names a field the importer reads
    (say "Reason" translated as "Keterangan"): then with the English added, so the reasons
    never come back as notes."""
    text = render(heading)
    if header_key(text) in HEADER_FIELDS or not header_key(text):
        text = f"{text} ({heading.english()})"
    return text
