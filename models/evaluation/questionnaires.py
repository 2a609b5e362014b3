"""Questionnaire templates: the two the office ships with, and how answers are stored.

Answers are kept per type: ``rating`` 1–5 and ``number`` in ``Answer.number``; ``yesno`` as
1 (ya) or 0 (tidak) in ``Answer.number``; ``choice`` (one of the question's lines) and
``text`` in ``Answer.text``. A speaker questionnaire is answered once per speaker of the
event (``Response.speaker``); a response without a person is anonymous.

The question texts are the office's own data (Indonesian, editable), not interface text.
"""

from models.db import db
from models.evaluation.categories import GRADE_WORDS
from models.evaluation.tables import Question, Questionnaire

QTYPES = ("rating", "yesno", "choice", "number", "text")
ORGANISATION, SPEAKER = "organisation", "speaker"

# The labels printed on forms and reports: the categories' words (one vocabulary).
RATING_LABELS = dict(enumerate(GRADE_WORDS, start=1))
YES, NO = 1.0, 0.0

ORGANISATION_NAME = "Evaluasi Penyelenggaraan"
SPEAKER_NAME = "Evaluasi Narasumber"

# (section, text, type, choices). A rating item is a noun phrase the scale's words judge
# ("Kesesuaian materi …: Baik"), never a statement ("Materi mudah dipahami: Sangat Baik"
# reads wrongly); one thing per item, so a low mark says what to fix. Databases made before
# keep their own templates (they may hold answers): only a new database gets these.
ORGANISATION_QUESTIONS = [
    ("Materi", "Kesesuaian materi dengan kebutuhan tugas", "rating", ""),
    ("Materi", "Kemudahan materi untuk dipahami", "rating", ""),
    ("Materi", "Kemungkinan materi diterapkan di tempat kerja", "rating", ""),
    ("Materi", "Kualitas bahan ajar/modul", "rating", ""),
    ("Penyelenggaraan", "Kejelasan informasi kegiatan (undangan, jadwal, tempat)", "rating",
     ""),
    ("Penyelenggaraan", "Kesesuaian jadwal dan alokasi waktu", "rating", ""),
    ("Penyelenggaraan", "Kenyamanan ruang kegiatan", "rating", ""),
    ("Penyelenggaraan", "Kelengkapan fasilitas (meja, kursi, alat tulis)", "rating", ""),
    ("Penyelenggaraan", "Kelayakan sarana (LCD proyektor, pengeras suara, Wi-Fi)", "rating",
     ""),
    ("Penyelenggaraan", "Kualitas konsumsi", "rating", ""),
    ("Penyelenggaraan", "Pelayanan panitia", "rating", ""),
    ("Umum", "Manfaat kegiatan secara keseluruhan", "rating", ""),
    ("Umum", "Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?", "yesno", ""),
    ("Umum", "Informasi kegiatan ini Anda peroleh dari",
     "choice", "Surat undangan\nAtasan\nMedia sosial\nRekan kerja"),
    ("Umum", "Kritik dan saran", "text", ""),
]

SPEAKER_QUESTIONS = [
    ("Narasumber", "Penguasaan materi", "rating", ""),
    ("Narasumber", "Ketepatan waktu", "rating", ""),
    ("Narasumber", "Sistematika penyajian", "rating", ""),
    ("Narasumber", "Ketepatan metode penyajian", "rating", ""),
    ("Narasumber", "Penggunaan alat bantu dan media", "rating", ""),
    ("Narasumber", "Sikap dan perilaku", "rating", ""),
    ("Narasumber", "Kejelasan bahasa dan suara", "rating", ""),
    ("Narasumber", "Pemberian motivasi kepada peserta", "rating", ""),
    ("Narasumber", "Pemberian kesempatan tanya jawab", "rating", ""),
    ("Narasumber", "Ketercapaian tujuan pembelajaran", "rating", ""),
    ("Narasumber", "Saran untuk narasumber", "text", ""),
]


def ensure_default_templates() -> tuple[Questionnaire, Questionnaire]:
    """The two shipped templates, made once (an office that renamed them keeps its own)."""
    with db.atomic():
        made = []
        for kind, name, questions in ((ORGANISATION, ORGANISATION_NAME, ORGANISATION_QUESTIONS),
                                      (SPEAKER, SPEAKER_NAME, SPEAKER_QUESTIONS)):
            found = (Questionnaire.select().where(Questionnaire.kind == kind)
                     .order_by(Questionnaire.id).first())
            if found is None:
                found = Questionnaire.create(name=name, kind=kind)
                Question.insert_many([
                    {"questionnaire": found, "position": i, "section": section, "text": text,
                     "qtype": qtype, "choices": choices, "required": qtype == "rating"}
                    for i, (section, text, qtype, choices) in enumerate(questions, 1)
                ]).execute()
            made.append(found)
        return made[0], made[1]


def questions_of(questionnaire_id: int) -> list[Question]:
    return list(Question.select().where(Question.questionnaire == questionnaire_id)
                .order_by(Question.position, Question.id))


def choices_of(question: Question) -> list[str]:
    return [line.strip() for line in question.choices.splitlines() if line.strip()]
