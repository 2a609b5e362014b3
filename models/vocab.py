"""The office's fixed vocabularies: codes stored in the database, labels translated by the UI."""

from models.messages import QT_TRANSLATE_NOOP

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

# Events (codes stored in the database; labels are English sources, Indonesian in the .ts)
EVENT_KINDS = {
    "pelatihan": QT_TRANSLATE_NOOP("Vocab", "Training (Pelatihan)"),
    "bimtek": QT_TRANSLATE_NOOP("Vocab", "Technical guidance (Bimtek)"),
    "seminar": QT_TRANSLATE_NOOP("Vocab", "Seminar"),
    "workshop": QT_TRANSLATE_NOOP("Vocab", "Workshop (Lokakarya)"),
    "webinar": QT_TRANSLATE_NOOP("Vocab", "Webinar"),
    "sosialisasi": QT_TRANSLATE_NOOP("Vocab", "Socialisation (Sosialisasi)"),
    "studi_banding": QT_TRANSLATE_NOOP("Vocab", "Comparative study (Studi Banding)"),
    "literasi_informasi": QT_TRANSLATE_NOOP("Vocab", "Information literacy (Literasi Informasi)"),
    "klub_buku": QT_TRANSLATE_NOOP("Vocab", "Book club (Klub Buku)"),
    "kelas_keterampilan": QT_TRANSLATE_NOOP("Vocab", "Skills class (Kelas Keterampilan)"),
}

MODES = {
    "luring": QT_TRANSLATE_NOOP("Vocab", "In person (luring)"),
    "daring": QT_TRANSLATE_NOOP("Vocab", "Online (daring)"),
    "hybrid": QT_TRANSLATE_NOOP("Vocab", "Hybrid"),
}

EVENT_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Vocab", "Planned"),
    "running": QT_TRANSLATE_NOOP("Vocab", "Running"),
    "finished": QT_TRANSLATE_NOOP("Vocab", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Vocab", "Cancelled"),
}

ROLES = {
    "peserta": QT_TRANSLATE_NOOP("Vocab", "Participant (Peserta)"),
    "narasumber": QT_TRANSLATE_NOOP("Vocab", "Speaker (Narasumber)"),
    "moderator": QT_TRANSLATE_NOOP("Vocab", "Moderator"),
    "panitia": QT_TRANSLATE_NOOP("Vocab", "Committee (Panitia)"),
    "fasilitator": QT_TRANSLATE_NOOP("Vocab", "Facilitator (Fasilitator)"),
}

# Attendance per session; the key a clerk presses in the grid is the code's first letter.
ATTENDANCE_STATUSES = {
    "hadir": QT_TRANSLATE_NOOP("Vocab", "Present (Hadir)"),
    "terlambat": QT_TRANSLATE_NOOP("Vocab", "Late (Terlambat)"),
    "izin": QT_TRANSLATE_NOOP("Vocab", "Excused (Izin)"),
    "sakit": QT_TRANSLATE_NOOP("Vocab", "Sick (Sakit)"),
    "alpa": QT_TRANSLATE_NOOP("Vocab", "Absent (Alpa)"),
}
PRESENT_STATUSES = ("hadir", "terlambat")  # late still counts as present

# What `verify` says of a certificate (models.certificates.verification's statuses).
VERDICTS = {
    "VALID": QT_TRANSLATE_NOOP("Vocab", "VALID"),
    "REVOKED": QT_TRANSLATE_NOOP("Vocab", "REVOKED"),
    "UNKNOWN": QT_TRANSLATE_NOOP("Vocab", "UNKNOWN"),
    "FORGED": QT_TRANSLATE_NOOP("Vocab", "FORGED"),
    "NOT VALID": QT_TRANSLATE_NOOP("Vocab", "NOT VALID"),
}

# The bodies the office works with (Jejaring): Perpusnas, libraries, associations …
ORGANISATION_KINDS = {
    "perpusnas": QT_TRANSLATE_NOOP("Vocab", "National Library (Perpusnas)"),
    "provincial": QT_TRANSLATE_NOOP("Vocab", "Provincial library"),
    "city_library": QT_TRANSLATE_NOOP("Vocab", "City or regency library"),
    "association": QT_TRANSLATE_NOOP("Vocab", "Association (IPI …)"),
    "university": QT_TRANSLATE_NOOP("Vocab", "University"),
    "community": QT_TRANSLATE_NOOP("Vocab", "Community"),
    "publisher": QT_TRANSLATE_NOOP("Vocab", "Publisher"),
    "sponsor": QT_TRANSLATE_NOOP("Vocab", "Sponsor"),
    "other": QT_TRANSLATE_NOOP("Vocab", "Other"),
}

COOPERATION_KINDS = {
    "mou": QT_TRANSLATE_NOOP("Vocab", "MoU (memorandum of understanding)"),
    "pks": QT_TRANSLATE_NOOP("Vocab", "PKS (cooperation agreement)"),
}
