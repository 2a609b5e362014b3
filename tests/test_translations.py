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


# One word for one thing (the first word of each pair is what the office reads everywhere),
# in the translation and on the papers alike.
ONE_TERM = {
    "tanggapan": "respons",  # of an evaluation: with "responden" and "tingkat respons"
    "tes awal": "pre-test", "tes akhir": "post-test",  # as the score sheets head them
    "terkuat": "tertinggi", "terlemah": "terendah",
    "non asn": "Non-ASN",
    "ditulis ke": "disimpan ke",
    "mendatar": "lanskap", "tegak": "potret",
}
ROOT = Path(__file__).resolve().parent.parent


def words_used(text: str) -> set[str]:
    import re

    low = (text or "").lower()
    return {losing for losing in ONE_TERM if re.search(rf"\b{losing}\b", low)}


def test_one_term_for_each_thing_in_the_translation():
    found = []
    for context, message in messages(TRANSLATIONS / "sibina_id.ts"):
        translation = message.find("translation")
        for text in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            found += [(context, message.findtext("source"), w) for w in words_used(text)]
        if message.findtext("source") in ("Why", "Reason") and translation.text != "Alasan":
            found.append((context, message.findtext("source"), translation.text))
    assert found == []


def test_one_term_for_each_thing_on_the_papers():
    """The Indonesian that models/ and reports/ write themselves (docstrings and comments,
    which name the headings an import also accepts, aside)."""
    import ast

    found = []
    for folder in ("models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                          if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
                          and node.body and isinstance(node.body[0], ast.Expr)}
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                        and id(node) not in docstrings):
                    found += [(path.name, node.lineno, w) for w in words_used(node.value)]
    assert found == []
