"""The papers SiBina writes around an event, in one table: the letters (.docx from a
template the office may replace) and the lists and forms (PDF, and XLSX where the office
computes with them); whether a paper is written per person, and whether it takes a number.

A letter's number opens with the *klasifikasi arsip* an Indonesian office puts in front of
it: 005 for invitations, 800 for staffing matters such as a *surat tugas*. The codes are
settings the office may change (:func:`code`); ``LetterKind.code`` is their default.
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
    formats: tuple = ("docx",)  # the file types it is written as, the first the usual one
    code_setting: str = ""  # models.settings key of the office's code for it


def code(key: str) -> str:
    """The classification code the office set for ``key``'s letters (its default if none
    or left empty)."""
    from models import settings

    kind = KINDS[key]
    if not kind.code_setting:
        return kind.code
    return settings.get(kind.code_setting).strip() or kind.code


KINDS = {kind.key: kind for kind in (
    LetterKind("invitation", QT_TRANSLATE_NOOP("Letters", "Invitation to participants"),
               "005", "Surat Undangan", "undangan.docx",
               code_setting="letter_code_invitation"),
    LetterKind("assignment", QT_TRANSLATE_NOOP("Letters", "Assignment letter (SPT)"),
               "800", "Surat Tugas", "surat_tugas.docx", personal=True,
               code_setting="letter_code_assignment"),
    LetterKind("speaker-request", QT_TRANSLATE_NOOP("Letters", "Request for a speaker"),
               "005", "Surat Permohonan Narasumber", "permohonan_narasumber.docx",
               personal=True, one_each=True, code_setting="letter_code_speaker_request"),
    LetterKind("tor", QT_TRANSLATE_NOOP("Letters", "Terms of reference (TOR/KAK)"), "",
               "Kerangka Acuan Kerja", "kak.docx", numbered=False),
    # The lists and forms: PDF in the style of the other papers, no template, no number.
    LetterKind("committee-sheet", QT_TRANSLATE_NOOP("Letters", "Sign-in sheet: committee"),
               "", "Daftar Hadir Panitia", "", numbered=False, formats=("pdf",)),
    LetterKind("speaker-sheet", QT_TRANSLATE_NOOP(
        "Letters", "Sign-in sheet: speakers and moderators"), "",
        "Daftar Hadir Narasumber dan Moderator", "", numbered=False, formats=("pdf",)),
    # For everyone the list; for one person (or each) the kuitansi, a receipt to sign.
    LetterKind("honorarium", QT_TRANSLATE_NOOP(
        "Letters", "Honorarium list (for one person: receipt)"), "",
        "Daftar Penerimaan Honorarium", "", personal=True, numbered=False,
        formats=("pdf", "xlsx")),
    LetterKind("allowance", QT_TRANSLATE_NOOP(
        "Letters", "Transport and pocket money list"), "",
        "Daftar Penerimaan Uang Transport dan Uang Saku", "", numbered=False,
        formats=("pdf", "xlsx")),
    LetterKind("certificate-receipt", QT_TRANSLATE_NOOP(
        "Letters", "Certificate receipt list"), "", "Tanda Terima Sertifikat", "",
        numbered=False, formats=("pdf",)),
    LetterKind("programme", QT_TRANSLATE_NOOP("Letters", "Programme (susunan acara)"), "",
               "Susunan Acara", "", numbered=False, formats=("pdf",)),
)}
LETTERS = tuple(key for key, kind in KINDS.items() if kind.formats == ("docx",))
