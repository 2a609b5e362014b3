import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def script():
    """A script of packaging/ loaded by its path: ``import packaging`` is PyPI's library."""
    def load(relative: str):
        path = ROOT / "packaging" / relative
        spec = importlib.util.spec_from_file_location(f"sibina_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
