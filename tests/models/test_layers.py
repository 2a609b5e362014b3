"""The domain stands alone: models/ imports neither reports/ nor ui/ (nor Qt), so the
command line, the reports and the screens can all use it and none drags in another."""

import ast
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"


def _imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_models_import_no_reports_ui_or_qt():
    offending = {str(path.relative_to(MODELS.parent)): sorted(
                     _imported(path) & {"reports", "ui", "PySide6"})
                 for path in MODELS.rglob("*.py")}
    assert {path: names for path, names in offending.items() if names} == {}
