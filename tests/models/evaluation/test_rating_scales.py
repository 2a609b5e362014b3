"""Answer texts of rating questions: the common Indonesian scales, and the office's own."""

import pytest

from models.evaluation import rating_scales, response_columns, response_import
from models.evaluation.tables import Answer, ImportMapping, Response
from tests.response_files import HEADERS, SITI_NIP, preview_of, row, write_csv


@pytest.mark.parametrize("text, value", [
    ("Sangat Baik", 5), ("baik", 4), ("Cukup", 3), ("Kurang", 2), ("Sangat  Kurang", 1),
    ("Sangat Setuju", 5), ("Setuju", 4), ("Netral", 3), ("Ragu-ragu", 3),
    ("Tidak Setuju", 2), ("Sangat Tidak Setuju", 1),
    ("Sangat Puas", 5), ("Puas", 4), ("Cukup Puas", 3), ("Tidak Puas", 2),
    ("Sangat Tidak Puas", 1), ("Sangat Sesuai", 5), ("Sesuai", 4), ("Cukup Sesuai", 3),
    ("Kurang Sesuai", 2), ("Tidak Sesuai", 1), ("Tidak Baik", 2), ("5", 5), (" 1 ", 1),
    ("4,0", 4), ("6", None), ("Lumayan", None), ("", None),
])
def test_the_suggested_value_of_an_answer_text(text, value):
    assert rating_scales.suggested_rating(text) == value


def test_the_office_s_wording_comes_in_with_its_values(import_event, tmp_path):
    """A form worded 'Sangat Setuju … Kurang': every row used to be refused."""
    path = write_csv(tmp_path / "a.csv", [
        row(SITI_NIP, ratings=("Sangat Setuju", "Setuju", "Kurang", "Sangat Kurang", "Puas",
                               "Netral", "Tidak Setuju", "Setuju")),
        row(ratings=("Lumayan",) * 8),
    ])
    preview = preview_of(import_event, path)
    table = response_import.read_table(path)
    form = import_event["organisation"].id
    mapping = response_columns.mapping_for(table.headers, form)
    assert response_import.rating_texts(table, mapping, form) == [
        "Sangat Setuju", "Puas", "Setuju", "Netral", "Kurang", "Tidak Setuju",
        "Sangat Kurang", "Lumayan"]
    first, second = preview.rows
    assert [number for _q, number, _t in first.answers[:8]] == [5, 4, 2, 1, 4, 3, 2, 4]
    assert second.status == "rejected"
    assert second.problems[0][1].english().startswith("“Lumayan” has no rating value")

    # The office gives "Lumayan" a 3 and refuses "Puas" here: the values are remembered.
    values = rating_scales.ratings_for(response_import.rating_texts(table, mapping, form),
                                       form)
    assert values["Lumayan"] is None and values["Setuju"] == 4
    preview = response_import.read_preview(table, import_event["event"].id, form, mapping,
                                           ratings={**values, "Lumayan": 3, "Puas": None})
    assert [r.status for r in preview.rows] == ["rejected", "ok"]
    assert preview.rows[0].problems[0][1].english().startswith("“Puas” has no rating value")
    response_import.apply(preview)
    assert {a.number for a in Answer.select().join(Response)
            .where(Response.person.is_null())} >= {3.0}
    stored = rating_scales.ratings_for(["lumayan", "PUAS", "Sesuai"], form)
    assert stored == {"lumayan": 3, "PUAS": None, "Sesuai": 4}
    assert ImportMapping.get(ImportMapping.questionnaire == form).ratings
    again = preview_of(import_event, write_csv(tmp_path / "b.csv", [
        ["2026/03/12 10:00", "", "", *["Lumayan"] * 8, "Ya", "Atasan", "", ""]],
        headers=HEADERS))
    assert [r.status for r in again.rows] == ["ok"]
