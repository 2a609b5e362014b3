"""The two shipped questionnaire templates."""

from models.evaluation import questionnaires
from models.evaluation.tables import Question, Questionnaire


def test_the_shipped_templates_are_made_once_with_their_questions(database):
    organisation, speaker = questionnaires.ensure_default_templates()
    assert (organisation.name, organisation.kind) == ("Evaluasi Penyelenggaraan", "organisation")
    assert (speaker.name, speaker.kind) == ("Evaluasi Narasumber", "speaker")
    texts = [q.text for q in questionnaires.questions_of(speaker.id)]
    assert texts[0] == "Penguasaan materi" and texts[8] == "Tercapainya tujuan pembelajaran"
    assert {q.qtype for q in questionnaires.questions_of(organisation.id)} == set(
        questionnaires.QTYPES) - {"number"}
    [choice] = [q for q in questionnaires.questions_of(organisation.id) if q.qtype == "choice"]
    assert questionnaires.choices_of(choice)[0] == "Surat undangan"
    again = questionnaires.ensure_default_templates()
    assert [t.id for t in again] == [organisation.id, speaker.id]
    assert Questionnaire.select().count() == 2
    assert Question.select().count() == 21
