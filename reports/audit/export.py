"""The audit log, as filtered on the screen, as an XLSX the office keeps or hands on.

Written whole or not at all and with no cell that could run as a formula (a name typed as
``=HYPERLINK(…)`` stays text), as every SiBina spreadsheet (reports/spreadsheet.py). Dates
and times are written as Indonesian office papers write them.
"""

import datetime
from collections.abc import Callable

from models.audit import log
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.progress import NO_PROGRESS, Progress
from reports import indonesian
from reports.spreadsheet import write_xlsx

_C = "AuditExport"
HEADERS = (
    QT_TRANSLATE_NOOP("AuditExport", "When"),
    QT_TRANSLATE_NOOP("AuditExport", "Who"),
    QT_TRANSLATE_NOOP("AuditExport", "PC"),
    QT_TRANSLATE_NOOP("AuditExport", "What"),
    QT_TRANSLATE_NOOP("AuditExport", "Action"),
    QT_TRANSLATE_NOOP("AuditExport", "Record"),
    QT_TRANSLATE_NOOP("AuditExport", "Changes"),
)


def moment(value: datetime.datetime) -> str:
    """``10 Maret 2026 08.30``."""
    return f"{indonesian.long_date(value)} {indonesian.clock(value)}"


def shown(value) -> str:
    """A value of a change as a printed paper writes it."""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, datetime.datetime):
        return moment(value)
    if isinstance(value, datetime.date):
        return indonesian.long_date(value)
    if isinstance(value, datetime.time):
        return indonesian.clock(value)
    if isinstance(value, float):
        return indonesian.number(value, places=2).rstrip("0").rstrip(",")
    return str(value)


def export_audit(where: log.Filter, path, render: Callable[[Message], str] = Message.english,
                 progress: Progress = NO_PROGRESS) -> int:
    """Write the entries ``where`` selects to ``path``, newest first; return how many."""
    def text(item) -> str:
        return render(item) if isinstance(item, Message) else str(item)

    total = log.count(where)
    rows = []
    while len(rows) < total:
        chunk = log.page(where, offset=len(rows), limit=log.PAGE * 10)
        if not chunk:
            break
        rows.extend([moment(e.at), e.actor, e.pc, text(e.what), text(e.done), e.name,
                     log.summary(e, shown, text)] for e in chunk)
        progress.step(len(rows), total)
    title = render(message(_C, QT_TRANSLATE_NOOP("AuditExport", "Audit log")))
    heading = [title.upper(), render(message(_C, QT_TRANSLATE_NOOP(
        "AuditExport", "Written on {date}"), date=indonesian.long_date(datetime.date.today())))]
    write_xlsx(path, [render(message(_C, h)) for h in HEADERS], rows,
               text_columns=range(len(HEADERS)), sheet_title=title, heading=heading)
    return len(rows)
