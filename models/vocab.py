"""The office's fixed vocabularies: codes stored in the database, labels translated by the UI."""

from .messages import QT_TRANSLATE_NOOP

_C = "Vocab"

GENDERS = {
    "": QT_TRANSLATE_NOOP("Vocab", "—"),
    "M": QT_TRANSLATE_NOOP("Vocab", "Male"),
    "F": QT_TRANSLATE_NOOP("Vocab", "Female"),
}

EMPLOYMENT = {
    "": QT_TRANSLATE_NOOP("Vocab", "—"),
    "PNS": QT_TRANSLATE_NOOP("Vocab", "Civil servant (PNS)"),
    "PPPK": QT_TRANSLATE_NOOP("Vocab", "Contract civil servant (PPPK)"),
    "NON_ASN": QT_TRANSLATE_NOOP("Vocab", "Non-civil-servant"),
}

FUNCTIONAL_LEVELS = [
    "Pustakawan Ahli Pertama",
    "Pustakawan Ahli Muda",
    "Pustakawan Ahli Madya",
    "Pustakawan Ahli Utama",
    "Pustakawan Terampil",
    "Pustakawan Mahir",
    "Pustakawan Penyelia",
]

RANKS = [
    "Pengatur Muda, II/a",
    "Pengatur Muda Tingkat I, II/b",
    "Pengatur, II/c",
    "Pengatur Tingkat I, II/d",
    "Penata Muda, III/a",
    "Penata Muda Tingkat I, III/b",
    "Penata, III/c",
    "Penata Tingkat I, III/d",
    "Pembina, IV/a",
    "Pembina Tingkat I, IV/b",
    "Pembina Utama Muda, IV/c",
]
