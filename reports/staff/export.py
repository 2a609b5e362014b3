"""The staff list as a spreadsheet (XLSX or CSV) carrying every field of a person.

The headings are the labels of :mod:`models.staff.columns` in the office's language, so
the file imports back unchanged (``models.staff.importer``) after the office edits it.
"""

import datetime
from collections.abc import Callable, Iterable
from pathlib import Path

from models import settings
from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.progress import NO_PROGRESS, Progress
from models.staff.columns import EMPLOYMENT_TEXT, EXPORT_FIELDS, label, yes_no
from models.staff.nip import grouped
from models.staff.tables import Person
from models.vocab import GENDERS
from reports.spreadsheet import write_table

STEP = 200
_VOCAB = "Vocab"  # the context models.vocab marks GENDERS with


def export_staff(people: Iterable[Person], path,
                 render: Callable[[Message], str] = Message.english, *,
                 progress: Progress = NO_PROGRESS, delimiter: str = ",") -> int:
    """Write ``people`` to ``path`` (.xlsx or .csv by its suffix); return the row count.

    XLSX: every cell is Text, the NIP as its 18 digits. CSV: UTF-8 with BOM, the NIP
    grouped (``19690309 199403 2 001``) so Excel keeps it as text; ``delimiter=";"`` suits
    Excel set to Indonesian.
    """
    path = Path(path)
    as_csv = path.suffix.lower() == ".csv"
    headers = [render(label(f)) for f in EXPORT_FIELDS]
    words = {
        "yes": render(yes_no(True)),
        "no": render(yes_no(False)),
        **{code: render(message(_VOCAB, text)) for code, text in GENDERS.items() if code},
    }
    total = len(people) if hasattr(people, "__len__") else 0
    rows = []
    for done, person in enumerate(people, start=1):
        rows.append(person_row(person, words, as_csv))
        if done % STEP == 0:
            progress.step(done, max(total, done))
    progress.step(len(rows), max(total, len(rows)))
    title = render(message("StaffColumns", QT_TRANSLATE_NOOP("StaffColumns", "Staff")))
    heading = [render(message("StaffColumns", QT_TRANSLATE_NOOP(
                   "StaffColumns", "STAFF AND OUTSIDE PEOPLE"))),
               settings.get("office_name"),
               render(message("StaffColumns", QT_TRANSLATE_NOOP(
                   "StaffColumns", "As on {date}"), date=datetime.date.today()))]
    write_table(path, headers, rows, text_columns=range(len(headers)), delimiter=delimiter,
                sheet_title=title, heading=heading)
    return len(rows)


def person_row(person: Person, words: dict[str, str], grouped_nip: bool) -> list[str]:
    row = []
    for field_name in EXPORT_FIELDS:
        value = getattr(person, field_name)
        if field_name == "nip":
            value = (grouped(value) if grouped_nip else value) if value else ""
        elif field_name == "gender":
            value = words.get(value, "")
        elif field_name == "employment":
            value = EMPLOYMENT_TEXT.get(value, value or "")
        elif field_name in ("is_external", "active"):
            value = words["yes"] if value else words["no"]
        row.append(value or "")
    return row
