"""The theme list: defaults in a new or upgraded file, and the office's edits."""

import datetime as dt
import shutil
import sqlite3

import pytest

from models.events import planning as events
from models.events import themes
from models.events.tables import Event, Theme
from models.messages import SiBinaError
from tests.builders import V1_DATABASE, database_file


def names() -> list[str]:
    return [name for _id, name, _used in themes.listing()]


def test_a_new_database_starts_with_the_seed_articles_themes(database):
    assert names() == list(themes.DEFAULT_THEMES)


@pytest.mark.parametrize("emptied, expected", [
    (False, ["Pengelolaan Koleksi"]),           # the office's own list stays as it is
    (True, list(themes.DEFAULT_THEMES)),        # an empty list gets the defaults
])
def test_an_upgraded_database_gets_the_defaults_only_when_it_has_none(tmp_path, emptied,
                                                                      expected):
    path = tmp_path / "office.sqlite"
    shutil.copy(V1_DATABASE, path)
    if emptied:
        with sqlite3.connect(path) as old:
            old.execute("UPDATE event SET theme_id = NULL")
            old.execute("DELETE FROM theme")
    with database_file(path):
        assert names() == expected


def test_rename_add_reorder_and_remove_in_one_go(database):
    rows = {name: theme_id for theme_id, name, _used in themes.listing()}
    themes.save_list([(rows["Literasi Informasi"], "Literasi  Informasi Digital "),
                      (None, "Kearsipan"),
                      (rows["Pengelolaan Koleksi"], "Pengelolaan Koleksi")])
    assert names() == ["Literasi Informasi Digital", "Kearsipan", "Pengelolaan Koleksi"]
    assert Theme.get(Theme.name == "Literasi Informasi Digital").id == rows["Literasi Informasi"]


def test_two_names_can_swap(database):
    (a, first, _), (b, second, _) = themes.listing()[:2]
    themes.save_list([(a, second), (b, first)])
    assert names() == [second, first]


@pytest.mark.parametrize("rows, fragment", [
    ([(None, "Kearsipan"), (None, " ")], "Theme 2 has no name."),
    ([(None, "Kearsipan"), (None, "kearsipan")], "“kearsipan” is in the list twice."),
    ([(None, "Kearsipan"), (None, "Arsip\x1bDigital")],
     "Theme 2: This holds an invisible control character (U+001B) after “Arsip”; type the "
     "text again instead of pasting it."),
    ([(None, "T" * 101)], "Theme 1: This is 101 characters long; at most 100 fit here."),
])
def test_bad_lists_change_nothing(database, rows, fragment):
    with pytest.raises(SiBinaError) as err:
        themes.save_list(rows)
    assert str(err.value) == fragment
    assert names() == list(themes.DEFAULT_THEMES)


def test_a_theme_in_use_is_not_removed(database):
    used = Theme.get(Theme.name == "Literasi Informasi")
    events.save_event({"title": "Kelas Literasi", "kind": "literasi_informasi",
                       "theme": used.id, "start_date": dt.date(2026, 5, 2),
                       "end_date": dt.date(2026, 5, 2)})
    keep = [(tid, name) for tid, name, _used in themes.listing() if tid != used.id]
    with pytest.raises(SiBinaError) as err:
        themes.save_list(keep)
    assert str(err.value).startswith(
        "“Literasi Informasi” is the theme of events such as “Kelas Literasi” (1 in all)")
    assert names() == list(themes.DEFAULT_THEMES)
    assert Event.get().theme_id == used.id
