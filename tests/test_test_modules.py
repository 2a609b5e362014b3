"""Test modules share builders, never one another: read from the source, every import.

What more than one test file needs lives in tests/builders.py (or a plain helper module
such as tests/sheets.py or tests/response_files.py), and a shared fixture in the nearest
conftest.py. An import from a test module ties one test file to another's layout, runs the
other's module-level code, and an imported fixture is defined a second time in the
importing module (which ruff then calls a redefinition). The check reads every Python file
under tests/, so the builders and conftest files may not take from a test module either.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_test_module(dotted: str) -> bool:
    """``tests.….test_*``: a module pytest collects tests from."""
    parts = dotted.split(".")
    return parts[0] == "tests" and parts[-1].startswith("test_")


def imports_of_test_modules(source: str, where: str, module: str, is_package: bool) -> list[str]:
    """``where:line imports tests.….test_x`` for every import of a test module in
    ``source``: plain, from, relative, and inside functions."""
    here = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in sorted(ast.walk(ast.parse(source, where)), key=lambda n: getattr(n, "lineno", 0)):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
            candidates = [".".join(name.split(".")[:i + 1]) for name in candidates
                          for i in range(len(name.split(".")))]
        elif isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            prefixes = [".".join(name.split(".")[:i + 1])
                        for i in range(len(name.split(".")))] if name else []
            # ``from tests.ui import test_x`` takes the module itself as a name.
            candidates = prefixes + [f"{name}.{alias.name}" for alias in node.names]
        else:
            continue
        for dotted in dict.fromkeys(candidates):
            if is_test_module(dotted) and dotted != module:
                found.append(f"{where}:{node.lineno} imports {dotted}")
    return found


def test_no_test_module_imports_another():
    wrong = []
    for path in sorted(TESTS.rglob("*.py")):
        wrong += imports_of_test_modules(path.read_text(encoding="utf-8"),
                                       str(path.relative_to(ROOT)), module_name(path),
                                       path.name == "__init__.py")
    assert not wrong, (
        "Move what is shared to tests/builders.py (or a plain helper module) and shared "
        "fixtures to the nearest conftest.py:\n" + "\n".join(wrong))


def test_the_check_sees_every_kind_of_import_of_a_test_module():
    source = ("from tests.models.evaluation.test_responses import full_form\n"
              "def later():\n"
              "    from tests.ui.evaluations.test_results_panel import tree_rows\n"
              "from .test_scores_panel import open_panel\n"
              "from . import test_response_entry\n"
              "from tests.ui import evaluations\n"
              "import tests.test_layers\n"
              "from tests.builders import plural\n"
              "from tests import builders, sheets\n"
              "from ui.evaluations.test_kit import anything\n")
    found = imports_of_test_modules(source, "tests/ui/evaluations/test_probe.py",
                                  "tests.ui.evaluations.test_probe", is_package=False)
    assert found == [
        "tests/ui/evaluations/test_probe.py:1 imports tests.models.evaluation.test_responses",
        "tests/ui/evaluations/test_probe.py:3 imports tests.ui.evaluations.test_results_panel",
        "tests/ui/evaluations/test_probe.py:4 imports tests.ui.evaluations.test_scores_panel",
        "tests/ui/evaluations/test_probe.py:5 imports tests.ui.evaluations.test_response_entry",
        "tests/ui/evaluations/test_probe.py:7 imports tests.test_layers",
    ]
