"""Three clerks import the same form export at the same moment, each on its own connection
to the one database file, all reading before any writes: each response is stored once."""

from models.evaluation import response_import, responses
from models.evaluation.questionnaires import questions_of
from models.evaluation.tables import Answer, Response
from tests.builders import at_once
from tests.response_files import BUDI_NIP, SITI_NIP, preview_of, row, write_csv


def test_three_imports_of_one_export_at_once_store_each_response_once(import_event,
                                                                       tmp_path):
    path = write_csv(tmp_path / "evaluasi.csv", [
        row(SITI_NIP), row(BUDI_NIP, ratings=("4",) * 8), row(), row(ratings=("3",) * 8)])

    def import_file(barrier):
        preview = preview_of(import_event, path)
        barrier.wait()  # every clerk has read the file; none has written
        return response_import.apply(preview)

    results = at_once(3, import_file)

    assert [r for r in results if isinstance(r, Exception)] == []
    assert sorted(r.imported for r in results) == [0, 0, 4]
    assert sorted(r.already for r in results) == [0, 4, 4]
    assert Response.select().count() == 4
    assert Response.select().where(Response.person.is_null()).count() == 2
    assert Answer.select().count() == 4 * Answer.select().where(
        Answer.response == Response.select().first()).count()


def test_a_form_typed_in_after_reading_is_not_stored_again(import_event, tmp_path):
    """Siti's paper form is typed in while the export is being checked: her row of the
    export is skipped, not stored as a second answer."""
    form = import_event["organisation"]
    preview = preview_of(import_event, write_csv(tmp_path / "evaluasi.csv",
                                                 [row(SITI_NIP), row()]))
    assert preview.ok == 2
    responses.save_response(import_event["event"].id, form.id,
                            {q.id: "5" for q in questions_of(form.id) if q.qtype == "rating"},
                            person_id=import_event["siti"].id)

    result = response_import.apply(preview)

    assert (result.imported, result.already) == (1, 1)
    assert Response.select().where(Response.person == import_event["siti"].id).count() == 1


def test_a_form_typed_in_after_an_import_gets_a_number_of_its_own(import_event, tmp_path):
    """The import numbers its responses itself (for speed); the next form typed in by hand
    must not be given one of those numbers (PostgreSQL keeps its own counter)."""
    form = import_event["organisation"]
    response_import.apply(preview_of(import_event, write_csv(tmp_path / "evaluasi.csv",
                                                             [row(SITI_NIP), row()])))
    typed = responses.save_response(
        import_event["event"].id, form.id,
        {q.id: "4" for q in questions_of(form.id) if q.qtype == "rating"})
    assert Response.select().count() == 3
    assert typed.id not in {r.id for r in Response.select() if r.id != typed.id}
