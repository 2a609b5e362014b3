"""The columns of a staff spreadsheet: their labels, the headings recognised on import,
and what the cells of the coded columns (gender, employment, yes/no) may say.

Export and import share this one table, so a file SiBina wrote — in English or in
Indonesian — always imports again.
"""

import re

from models.messages import QT_TRANSLATE_NOOP, Message, message

_C = "StaffColumns"

# Field → English source label (the translation gives the Indonesian heading).
LABELS = {
    "nip": QT_TRANSLATE_NOOP("StaffColumns", "NIP"),
    "front_title": QT_TRANSLATE_NOOP("StaffColumns", "Front title"),
    "name": QT_TRANSLATE_NOOP("StaffColumns", "Name"),
    "back_title": QT_TRANSLATE_NOOP("StaffColumns", "Back titles"),
    "gender": QT_TRANSLATE_NOOP("StaffColumns", "Gender"),
    "employment": QT_TRANSLATE_NOOP("StaffColumns", "Employment"),
    "rank": QT_TRANSLATE_NOOP("StaffColumns", "Rank (pangkat/golongan)"),
    "position": QT_TRANSLATE_NOOP("StaffColumns", "Position"),
    "functional_level": QT_TRANSLATE_NOOP("StaffColumns", "Functional level"),
    "unit": QT_TRANSLATE_NOOP("StaffColumns", "Unit"),
    "institution": QT_TRANSLATE_NOOP("StaffColumns", "Institution"),
    "region": QT_TRANSLATE_NOOP("StaffColumns", "Region"),
    "phone": QT_TRANSLATE_NOOP("StaffColumns", "Phone"),
    "email": QT_TRANSLATE_NOOP("StaffColumns", "E-mail"),
    "notes": QT_TRANSLATE_NOOP("StaffColumns", "Notes"),
    "is_external": QT_TRANSLATE_NOOP("StaffColumns", "External"),
    "active": QT_TRANSLATE_NOOP("StaffColumns", "Active"),
}
EXPORT_FIELDS = list(LABELS)

YES = QT_TRANSLATE_NOOP("StaffColumns", "Yes")
NO = QT_TRANSLATE_NOOP("StaffColumns", "No")

# The three columns a rejects file adds after the original ones.
REJECT_ROW = QT_TRANSLATE_NOOP("StaffColumns", "Row")
REJECT_COLUMN = QT_TRANSLATE_NOOP("StaffColumns", "Column")
REJECT_REASON = QT_TRANSLATE_NOOP("StaffColumns", "Reason")


def reject_headings() -> list[Message]:
    return [message(_C, text) for text in (REJECT_ROW, REJECT_COLUMN, REJECT_REASON)]


def label(field_name: str) -> Message:
    return message(_C, LABELS[field_name])


def yes_no(value: bool) -> Message:
    return message(_C, YES if value else NO)


# Headings recognised on import, besides the English labels above: the Indonesian
# translations of those labels and the headings SIMPEG and office spreadsheets use.
ALIASES = {
    "nip": ("NIP", "NIP Baru", "No NIP"),
    "front_title": ("Gelar Depan", "Front title", "Front titles"),
    "name": ("Nama", "Nama Lengkap", "Nama Pegawai", "Name", "Full name"),
    "back_title": ("Gelar Belakang", "Back title", "Back titles", "Back title(s)"),
    "gender": ("Jenis Kelamin", "JK", "L/P", "Gender", "Sex"),
    "employment": ("Status Kepegawaian", "Status Pegawai", "Employment",
                   "Employment status"),
    "rank": ("Pangkat/Golongan", "Pangkat", "Golongan", "Gol", "Gol. Ruang",
             "Golongan Ruang", "Rank"),
    "position": ("Jabatan", "Position"),
    "functional_level": ("Jenjang Jabatan Fungsional", "Jenjang Jabatan",
                         "Jabatan Fungsional", "Functional level"),
    "unit": ("Unit Kerja", "Unit", "Bidang", "Work unit"),
    "institution": ("Instansi", "Institution"),
    "region": ("Daerah", "Asal Daerah", "Region"),
    "phone": ("No HP", "No. HP", "Nomor HP", "No. Telepon", "Nomor Telepon", "Telepon",
              "No Telp", "HP", "Phone"),
    "email": ("Email", "E-mail", "Surel", "Pos-el", "Alamat Email"),
    "notes": ("Keterangan", "Catatan", "Notes"),
    # "Pihak Luar" is what the program calls externals; older files say "Eksternal".
    "is_external": ("Pihak Luar", "Eksternal", "External"),
    "active": ("Aktif", "Active"),
}

_NOT_ALNUM = re.compile(r"[\W_]+")


def header_key(text: str) -> str:
    """``"No. Telepon"`` → ``"notelepon"``: headings compare without case or punctuation."""
    return _NOT_ALNUM.sub("", str(text or "").casefold())


HEADER_FIELDS = {header_key(text): f for f, texts in ALIASES.items() for text in texts}
HEADER_FIELDS.update({header_key(text): f for f, text in LABELS.items()})

# Fields several columns may fill together, joined in column order: SIMPEG often has
# "Pangkat" and "Gol" side by side ("Penata Muda" + "III/a" → "Penata Muda, III/a").
JOINED_FIELDS = {"rank": ", "}

# --- cells of the coded columns -------------------------------------------------------

_GENDERS = {
    "l": "M", "lk": "M", "laki": "M", "lakilaki": "M", "pria": "M", "m": "M", "male": "M",
    "p": "F", "pr": "F", "perempuan": "F", "wanita": "F", "f": "F", "female": "F",
}
_YES = {"ya", "y", "yes", "true", "1", "x", "benar"}
_NO = {"tidak", "tdk", "no", "n", "false", "0", "bukan"}

EMPLOYMENT_TEXT = {"PNS": "PNS", "PPPK": "PPPK", "NON_ASN": "Non-ASN"}


def parse_gender(text: str) -> str | None:
    """The gender code for ``L``/``P``, ``Laki-laki``/``Perempuan``, ``M``/``F``, …

    ``""`` for an empty cell, None when the text is not understood.
    """
    key = header_key(text)
    return "" if not key else _GENDERS.get(key)


def parse_yes_no(text: str) -> bool | None:
    key = header_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def parse_employment(text: str) -> str | None:
    """``PNS``/``CPNS`` → PNS, ``PPPK``/``P3K`` → PPPK, ``Non ASN``/``Honorer`` → NON_ASN.

    Also reads the longer labels SiBina shows ("Contract civil servant (PPPK)").
    ``""`` for an empty cell, None when the text is not understood.
    """
    words = _NOT_ALNUM.sub(" ", str(text or "").upper()).split()
    if not words:
        return ""
    joined = "".join(words)
    if "PPPK" in words or "P3K" in words:
        return "PPPK"
    if words[0] == "NON" or joined.startswith(("NONASN", "NONPNS")) or {
            "HONORER", "HONOR", "THL", "KONTRAK", "NONASN"} & set(words):
        return "NON_ASN"
    if "PNS" in words or "CPNS" in words or joined in ("CIVILSERVANT", "PEGAWAINEGERISIPIL"):
        return "PNS"
    return None
