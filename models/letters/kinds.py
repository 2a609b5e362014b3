"""The papers SiBina writes as letters, in one table: each kind's classification code (the
first part of its number), its shipped template and whether it is written per person.

The codes are the *klasifikasi arsip* an Indonesian office puts in front of a letter's
number: 005 for invitations, 800 for staffing matters such as a *surat tugas*.
"""

from dataclasses import dataclass

from models.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LetterKind:
    key: str  # as the command line names it
    label: str  # translated in the UI
    code: str
    paper_name: str  # as printed in the register, always Indonesian
    template: str  # the shipped .docx under resources/letters/
    personal: bool = False  # one letter per person (a surat tugas), or one for all
    one_each: bool = False  # only ever to one person (a request to a speaker)
    numbered: bool = True  # a TOR is a planning paper, not a letter: it takes no number


KINDS = {kind.key: kind for kind in (
    LetterKind("invitation", QT_TRANSLATE_NOOP("Letters", "Invitation to participants"),
               "005", "Surat Undangan", "undangan.docx"),
    LetterKind("assignment", QT_TRANSLATE_NOOP("Letters", "Assignment letter (SPT)"),
               "800", "Surat Tugas", "surat_tugas.docx", personal=True),
    LetterKind("speaker-request", QT_TRANSLATE_NOOP("Letters", "Request for a speaker"),
               "005", "Surat Permohonan Narasumber", "permohonan_narasumber.docx",
               personal=True, one_each=True),
    LetterKind("tor", QT_TRANSLATE_NOOP("Letters", "Terms of reference (TOR/KAK)"), "",
               "Kerangka Acuan Kerja", "kak.docx", numbered=False),
)}
