"""The competency map's figures, its filters, the training needs list and the annual
development plan, against the hand-made office of conftest.py."""

import datetime as dt

import pytest

from models import settings
from models.competency.plan import add_to_event, development_plan
from models.competency.staff_map import competency_map, theme_id, training_needs
from models.events.tables import Registration
from models.messages import SiBinaError
from tests.competency_office import TODAY


def figures(found):
    return {row.name: (*row.jp, row.total) for row in found.rows}


def test_jp_per_theme_over_the_last_three_years(office):
    found = competency_map(TODAY)

    assert (found.since, found.until, found.years) == (dt.date(2023, 7, 1), TODAY, 3)
    assert [name for _id, name in found.themes] == ["Teknologi Informasi", "Pemasaran"]
    # Neither the outside guest nor the retired member of staff is on the map.
    assert figures(found) == {"Ani Lestari": (4.0, 8.0, 12.0),
                              "Budi Santoso": (2.0, 2.0, 4.0),
                              "Citra Dewi": (0.0, 0.0, 0.0)}
    assert not found.has_other


def test_the_number_of_years_is_a_setting(office):
    settings.save({"competency_years": 5})  # back to 1 July 2021: the 2022 training counts
    assert figures(competency_map(TODAY))["Citra Dewi"] == (4.0, 0.0, 4.0)
    assert figures(competency_map(TODAY, years=1))["Ani Lestari"] == (4.0, 8.0, 12.0)
    assert figures(competency_map(dt.date(2026, 3, 9), years=1))["Ani Lestari"] == (
        0.0, 8.0, 8.0)


def test_filters_by_unit_and_functional_level(office):
    assert [r.name for r in competency_map(TODAY, unit="Bidang Layanan").rows] == [
        "Ani Lestari", "Citra Dewi"]
    assert [r.name for r in competency_map(
        TODAY, functional_level="Pustakawan Terampil").rows] == ["Budi Santoso"]


def test_the_needs_list_of_a_theme(office):
    assert [(r.name, r.jp) for r in training_needs(office["ti"], TODAY)] == [
        ("Citra Dewi", 0.0)]
    # Below a threshold, by unit then name.
    assert [(r.unit, r.name, r.jp) for r in training_needs(office["marketing"], TODAY,
                                                           below=5)] == [
        ("Bidang Layanan", "Citra Dewi", 0.0), ("Bidang Pengolahan", "Budi Santoso", 2.0)]


def test_a_theme_by_name_or_number(office):
    assert theme_id("pemasaran") == theme_id(str(office["marketing"])) == office["marketing"]
    with pytest.raises(SiBinaError) as refused:
        theme_id("Astronomi")
    assert "Astronomi" in str(refused.value)


def test_the_development_plan_of_a_year(office):
    plan = {theme.theme: theme for theme in development_plan(2026, TODAY).themes}

    ti, marketing = plan["Teknologi Informasi"], plan["Pemasaran"]
    # Needs as 2026 began (2023–2025): nobody had TI; only Citra lacked marketing.
    assert [r.name for r in ti.needs] == ["Ani Lestari", "Citra Dewi", "Budi Santoso"]
    assert [(e.title, e.people) for e in ti.held] == [("Bimtek Otomasi", 3)]
    assert [e.title for e in ti.planned] == ["Pelatihan Digitalisasi"]
    assert [r.name for r in ti.uncovered] == ["Citra Dewi"]
    assert [r.name for r in marketing.needs] == ["Citra Dewi"]
    assert marketing.held == []  # the book club is no competency development
    assert [e.title for e in marketing.planned] == ["Workshop Media Sosial"]
    assert [r.name for r in marketing.uncovered] == ["Citra Dewi"]


def test_adding_the_needs_to_an_event_skips_those_already_there(office):
    event = office["planned_ti"].id
    assert add_to_event(event, [office["ani"].id, office["citra"].id]) == (1, 1)
    assert {r.person_id for r in Registration.select().where(
        Registration.event == event, Registration.role == "peserta")} == {
        office["ani"].id, office["citra"].id}
