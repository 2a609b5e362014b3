"""How one row of a staff spreadsheet becomes a person's values, or the reason it cannot.

The columns are found by their headings (:mod:`models.staff.columns`); each cell is read
as text, the coded ones (gender, employment, yes/no) are translated to SiBina's codes, and
the result is checked with the same rules as the staff form (:func:`staff.field_problems`).
"""

import datetime
import re
from dataclasses import dataclass, field

from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.staff import staff_list as staff
from models.staff.columns import (
    HEADER_FIELDS,
    JOINED_FIELDS,
    header_key,
    parse_employment,
    parse_gender,
    parse_yes_no,
)
from models.staff.names import normal_case, split_titles
from models.staff.nip import gender_of, normalize

_C = "StaffImport"

# What Excel shows for a NIP stored as a number: 1.96903E+17, 1,96903E+17, 196903091994032000.0
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")
_DECIMAL = re.compile(r"^\d{12,}[.,]\d*$")



class RowProblem(Exception):
    """The row cannot be imported because of ``field``'s cell."""

    def __init__(self, field_name: str, msg: Message):
        super().__init__(msg.english())
        self.field = field_name
        self.msg = msg


@dataclass
class Columns:
    """Which column holds which field; the headings nothing uses are ``ignored``."""

    headers: list[str]
    fields: dict[str, list[int]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)

    def header_of(self, field_name: str) -> str:
        """The heading to name in a message about ``field_name`` (else the name column)."""
        indexes = self.fields.get(field_name) or self.fields["name"]
        return self.headers[indexes[0]]


def map_columns(headers: list[str]) -> Columns:
    columns = Columns(headers)
    for index, text in enumerate(headers):
        if not text:
            continue
        field_name = HEADER_FIELDS.get(header_key(text))
        if field_name is None or (field_name in columns.fields
                                  and field_name not in JOINED_FIELDS):
            columns.ignored.append(text)
        else:
            columns.fields.setdefault(field_name, []).append(index)
    return columns


def no_name_column(headers: list[str], file_name: str) -> SiBinaError:
    return SiBinaError(message(_C, QT_TRANSLATE_NOOP(
        "StaffImport",
        "{file} has no Nama (Name) column. The first filled row must hold the column "
        "headings, and one of them must be Nama or Name. Headings found: {headers}."),
        file=file_name, headers=", ".join(h for h in headers if h) or "—"))


def cell_text(value) -> str:
    """A cell as the office sees it: 12.0 → "12", a date → "2026-11-25"."""
    if type(value) is str:  # the common case first: this runs for every cell
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    return str(value).strip()


def is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def raw_cells(texts: tuple[str, ...], nip_cell, columns: Columns) -> list[str]:
    """The row's cells as text, one per heading, for the rejects file.

    A NIP stored as a number is written as Excel shows it (``1.96903E+17``), never as the
    digits it has left, so the rejects file cannot slip a damaged NIP back in.
    """
    width = len(columns.headers)
    raw = list(texts[:width])
    raw += [""] * (width - len(raw))
    if is_number(nip_cell):
        raw[columns.fields["nip"][0]] = format(float(nip_cell), ".5E")
    return raw


def nip_cell_problem(value) -> Message | None:
    """Why a NIP cell has lost digits (stored as a number), or None."""
    text = cell_text(value)
    if is_number(value) or _SCIENTIFIC.match(text) or _DECIMAL.match(text):
        shown = format(float(value), ".5E") if is_number(value) else text
        return message(_C, QT_TRANSLATE_NOOP(
            "StaffImport",
            "The NIP {value} is stored as a number, and Excel keeps only 15 digits of a "
            "number, so its last digits are lost. Format the NIP column as Text in Excel, "
            "type the NIP again and export again."), value=shown)
    digits = normalize(text)
    if len(digits) == 18 and digits.isdigit() and digits.endswith("000"):
        # No NIP has sequence 000; Excel writes a number's lost digits as zeros.
        return message(_C, QT_TRANSLATE_NOOP(
            "StaffImport",
            "The NIP {value} ends in 000: Excel replaced its last digits with zeros when it "
            "stored the NIP as a number. Format the NIP column as Text in Excel, type the "
            "NIP again and export again."), value=text)
    return None


def _texts(texts: tuple[str, ...], columns: Columns) -> dict[str, str]:
    fields = {}
    for field_name, indexes in columns.fields.items():
        parts = [texts[i] if i < len(texts) else "" for i in indexes]
        joiner = JOINED_FIELDS.get(field_name)
        fields[field_name] = joiner.join(p for p in parts if p) if joiner else parts[0]
    return fields


def _split_name(texts: dict[str, str], columns: Columns) -> None:
    """Take titles out of the name cell for the title columns the file does not have."""
    has_front, has_back = "front_title" in columns.fields, "back_title" in columns.fields
    if has_front and has_back:
        return
    front, name, back = split_titles(texts["name"])
    if has_front:
        name = f"{front} {name}".strip()
    else:
        texts["front_title"] = front
    if has_back:
        name = f"{name}, {back}" if back else name
    else:
        texts["back_title"] = back
    texts["name"] = name


def _coded(texts: dict, field_name: str, parse, problem: str):
    value = parse(texts.get(field_name, ""))
    if value is None:
        raise RowProblem(field_name, message(_C, problem, value=texts[field_name]))
    return value


_BAD_GENDER = QT_TRANSLATE_NOOP(
    "StaffImport", "“{value}” is not a gender: write L or P (Laki-laki or Perempuan).")
_BAD_EMPLOYMENT = QT_TRANSLATE_NOOP(
    "StaffImport", "“{value}” is not an employment status: write PNS, PPPK or Non-ASN.")
_BAD_YES_NO = QT_TRANSLATE_NOOP(
    "StaffImport", "Write ya or tidak (yes or no) here, not “{value}”.")


def row_values(cells: tuple[str, ...], nip_cell, columns: Columns,
               normal: bool = True) -> tuple[dict, frozenset]:
    """The person's cleaned values and the fields whose cells were filled.

    ``cells`` are the row's cells as text; ``nip_cell`` is the NIP cell as the file holds
    it (a number there has lost digits); with ``normal``, a name in capitals is written in
    normal case. Raises :class:`RowProblem` for the first cell
    that is wrong.
    """
    if nip_cell is not None:
        lost = nip_cell_problem(nip_cell)
        if lost is not None:
            raise RowProblem("nip", lost)
    texts = _texts(cells, columns)
    _split_name(texts, columns)
    if normal:
        texts["name"] = normal_case(texts["name"])
    texts["gender"] = _coded(texts, "gender", parse_gender, _BAD_GENDER)
    texts["employment"] = _coded(texts, "employment", parse_employment, _BAD_EMPLOYMENT)
    flags = {f: _coded(texts, f, parse_yes_no, _BAD_YES_NO) if texts.get(f) else None
             for f in ("is_external", "active")}
    values = staff.clean(texts)
    values["is_external"] = bool(flags["is_external"])
    if flags["active"] is not None:
        values["active"] = flags["active"]
    problems = staff.field_problems(values)
    if problems:
        field_name, reason = next(iter(problems.items()))
        raise RowProblem(field_name, reason)
    filled = {f for f, text in texts.items() if text != ""}
    if values["nip"] and not values["gender"]:
        values["gender"] = gender_of(values["nip"])
        filled.add("gender")
    return values, frozenset(filled)
