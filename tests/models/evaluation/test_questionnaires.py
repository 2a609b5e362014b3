"""The two shipped questionnaire templates."""

from models.evaluation import questionnaires
from models.evaluation.tables import Question, Questionnaire


def test_the_shipped_templates_are_made_once_with_their_questions(database):
    organisation, speaker = questionnaires.ensure_default_templates()
    assert (organisation.name, organisation.kind) == ("Evaluasi Penyelenggaraan", "organisation")
    assert (speaker.name, speaker.kind) == ("Evaluasi Narasumber", "speaker")
    texts = [q.text for q in questionnaires.questions_of(speaker.id)]
    assert texts[0] == "Penguasaan materi" and texts[9] == "Ketercapaian tujuan pembelajaran"
    assert {q.qtype for q in questionnaires.questions_of(organisation.id)} == set(
        questionnaires.QTYPES) - {"number"}
    [choice] = [q for q in questionnaires.questions_of(organisation.id) if q.qtype == "choice"]
    assert questionnaires.choices_of(choice)[0] == "Surat undangan"
    again = questionnaires.ensure_default_templates()
    assert [t.id for t in again] == [organisation.id, speaker.id]
    assert Questionnaire.select().count() == 2
    assert Question.select().count() == 26


def test_the_shipped_items_are_worded_for_their_scale(database):
    """Each rating item is a thing the scale's words judge ("Kesesuaian materi …: Baik"),
    one thing at a time, and the form asks after what the office provides."""
    organisation, speaker = questionnaires.ensure_default_templates()
    rated = [q.text for t in (organisation, speaker)
             for q in questionnaires.questions_of(t.id) if q.qtype == "rating"]
    assert "Kesesuaian materi dengan kebutuhan tugas" in rated
    for statement in ("Materi mudah dipahami", "Materi sesuai dengan kebutuhan tugas saya",
                      "Secara keseluruhan, kegiatan ini bermanfaat",
                      "Kenyamanan ruang dan kelengkapan fasilitas"):
        assert statement not in rated
    assert "Kenyamanan ruang kegiatan" in rated
    assert "Kelengkapan fasilitas (meja, kursi, alat tulis)" in rated
    for asked in ("bahan ajar/modul", "LCD proyektor", "Wi-Fi", "informasi kegiatan"):
        assert any(asked in text for text in rated), asked


def test_an_existing_database_keeps_its_own_templates(database):
    """An office's templates (perhaps answered) are never rewritten with the new wording."""
    old = Questionnaire.create(name="Evaluasi Penyelenggaraan", kind="organisation")
    Question.create(questionnaire=old, position=1, section="Materi",
                    text="Materi mudah dipahami", qtype="rating")
    organisation, _speaker = questionnaires.ensure_default_templates()
    assert organisation.id == old.id
    assert [q.text for q in questionnaires.questions_of(old.id)] == ["Materi mudah dipahami"]
