"""The layers' rules, read from the source: every import, also those inside functions.

models/ is the domain and reports/ turns it into files; neither may know Qt or the window,
and the domain may not know the files made from it. The screens ask models/ for data and
never query or open a transaction themselves, so every write has one home and one
transaction. A feature package may use another's public names, never its private ones (a
leading underscore): those can change at any time.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT = ("PySide6", "shiboken6")
FORBIDDEN = {
    "models": QT + ("ui", "reports"),
    "reports": QT + ("ui",),
}


@dataclass(frozen=True)
class Import:
    file: str
    line: int
    module: str      # the module imported from, absolute
    names: tuple     # the names taken from it ("" for a plain import)


def modules_of(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[Import]:
    return imports_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)),
                      module_name(path), path.name == "__init__.py")


def imports_in(source: str, where: str, module: str, is_package: bool) -> list[Import]:
    here = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(source, where)):
        if isinstance(node, ast.Import):
            found += [Import(where, node.lineno, alias.name, ("",)) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            found.append(Import(where, node.lineno, name,
                                tuple(alias.name for alias in node.names)))
    return sorted(found, key=lambda imp: imp.line)


def breaks(imp: Import, forbidden: tuple) -> bool:
    return any(imp.module == top or imp.module.startswith(top + ".") for top in forbidden)


def feature_of(module: str) -> str:
    """``models.staff.importer`` → ``models.staff``; a top-level core module is its own."""
    return ".".join(module.split(".")[:2])


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_the_layer_imports_nothing_it_must_not(layer):
    wrong = [f"{imp.file}:{imp.line} imports {imp.module}"
             for path in modules_of(layer) for imp in imports_of(path)
             if breaks(imp, FORBIDDEN[layer])]
    assert not wrong, f"{layer}/ must not import {', '.join(FORBIDDEN[layer])}:\n" + "\n".join(
        wrong)


# Peewee's ways of running SQL or holding a transaction; none of them is a Qt method name.
DATABASE_CALLS = {"atomic", "execute_sql", "transaction", "savepoint", "manual_commit",
                  "where", "execute", "insert_many", "on_conflict", "bulk_create",
                  "bulk_update"}


def database_calls_in(source: str, where: str) -> list[str]:
    return [f"{where}:{node.lineno} calls .{node.func.attr}()"
            for node in ast.walk(ast.parse(source, where))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in DATABASE_CALLS]


def test_the_screens_run_no_sql_and_open_no_transaction():
    wrong = [found for path in modules_of("ui")
             for found in database_calls_in(path.read_text(encoding="utf-8"),
                                            str(path.relative_to(ROOT)))]
    assert not wrong, "ui/ asks models/ instead:\n" + "\n".join(wrong)


def test_the_sql_check_sees_queries_and_transactions():
    source = ("with db.atomic():\n    Person.update(active=False).where(Person.id == 1).execute()\n"
              "db.execute_sql('DELETE FROM person')\n"
              "names = ', '.join(['a'])\n")
    assert sorted(database_calls_in(source, "ui/probe.py")) == [
        "ui/probe.py:1 calls .atomic()", "ui/probe.py:2 calls .execute()",
        "ui/probe.py:2 calls .where()", "ui/probe.py:3 calls .execute_sql()"]


def test_no_feature_takes_another_features_private_names():
    wrong = []
    for layer in ("models", "reports", "ui"):
        for path in modules_of(layer):
            own = feature_of(module_name(path))
            for imp in imports_of(path):
                if not imp.module.startswith(("models", "reports", "ui")):
                    continue
                if feature_of(imp.module) == own:
                    continue
                private = [n for n in imp.names if n.startswith("_") and n != "__version__"]
                private += [part for part in imp.module.split(".") if part.startswith("_")
                            and part != "__init__"]
                if private:
                    wrong.append(f"{imp.file}:{imp.line} takes {', '.join(private)} "
                                 f"from {imp.module}")
            wrong += private_attributes_used(path, own)
    assert not wrong, "\n".join(wrong)


def private_attributes_used(path: Path, own: str) -> list[str]:
    """``other_feature_module._helper``: a module of another feature imported whole, then
    its private name read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    others = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if (ROOT / full.replace(".", "/")).with_suffix(".py").exists():
                    others[alias.asname or alias.name] = full
    others = {name: full for name, full in others.items() if feature_of(full) != own}
    where = path.relative_to(ROOT)
    return [f"{where}:{node.lineno} reads {others[node.value.id]}.{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in others and node.attr.startswith("_")
            and not node.attr.startswith("__")]


def test_the_check_sees_every_kind_of_import():
    """The rules above are only as good as the reading of imports: a plain, a lazy and a
    relative import are all seen, and only Qt's break the domain's rule."""
    source = ("import PySide6.QtCore\n"
              "def later():\n    from PySide6.QtWidgets import QWidget\n"
              "from . import db\n"
              "from ..reports.pdf_base import _private\n")
    found = imports_in(source, "models/probe.py", "models.probe", is_package=False)
    assert [(imp.line, imp.module) for imp in found] == [
        (1, "PySide6.QtCore"), (3, "PySide6.QtWidgets"), (4, "models"), (5, "reports.pdf_base")]
    assert [breaks(imp, FORBIDDEN["models"]) for imp in found] == [True, True, False, True]


def test_messages_are_filled_in_one_pass():
    """``text.replace("%1", a).replace("%2", b)`` scans what the user typed again (a name
    "Budi %2"): the screens fill placeholders with ui.i18n.fill, once."""
    wrong = []
    for layer in ("ui", "models", "reports"):
        for path in modules_of(layer):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            wrong += [f"{path.relative_to(ROOT)}:{node.lineno}" for node in ast.walk(tree)
                      if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and node.func.attr == "replace" and node.args
                      and isinstance(node.args[0], ast.Constant)
                      and isinstance(node.args[0].value, str)
                      and len(node.args[0].value) == 2 and node.args[0].value[0] == "%"
                      and node.args[0].value[1].isdigit()]
    assert not wrong, "use ui.i18n.fill:\n" + "\n".join(wrong)
