"""The Indonesian translation is complete and the compiled .qm files match their sources."""

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "resources" / "translations"))
import update  # noqa: E402  the same lupdate/lrelease calls a translator runs

TRANSLATIONS = update.HERE


def messages(ts_file: Path):
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(ts_file: Path) -> list[str]:
    found = []
    for context, message in messages(ts_file):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            found.append(f"{context}: {message.findtext('source')}")
    return found


@pytest.mark.parametrize("name", ["sibina_id", "sibina_en"])
def test_every_string_in_the_code_is_translated(tmp_path, name):
    """lupdate over today's code finds nothing the committed translation lacks."""
    fresh = tmp_path / f"{name}.ts"
    shutil.copy(TRANSLATIONS / f"{name}.ts", fresh)
    update.lupdate(fresh, plural_only=name == "sibina_en")
    assert unfinished(fresh) == []
    committed = {(c, m.findtext("source")) for c, m in messages(TRANSLATIONS / f"{name}.ts")}
    current = {(c, m.findtext("source")) for c, m in messages(fresh)}
    assert current == committed, "run resources/translations/update.py"


@pytest.mark.parametrize("name", ["sibina_id", "sibina_en", "qt_extra_id"])
def test_compiled_translation_is_up_to_date(tmp_path, name):
    assert unfinished(TRANSLATIONS / f"{name}.ts") == []
    update.lrelease(TRANSLATIONS / f"{name}.ts", tmp_path / f"{name}.qm")
    assert (tmp_path / f"{name}.qm").read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes()


def test_placeholders_survive_translation():
    """A translation that drops {name} or %1 would print a sentence with a hole in it."""
    import re

    pattern = re.compile(r"\{\w+\}|%\d|%n")
    for context, message in messages(TRANSLATIONS / "sibina_id.ts"):
        source = message.findtext("source")
        translation = message.find("translation")
        for form in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            assert sorted(pattern.findall(source)) == sorted(pattern.findall(form or "")), (
                f"{context}: {source!r} → {form!r}")
