import os

# Tests never need a screen; set before any Qt import (pytest-qt creates the QApplication).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.db import db, open_database  # noqa: E402


@pytest.fixture
def database(tmp_path):
    """A fresh database file per test (worker threads can see a file, not :memory:)."""
    database = open_database(tmp_path / "sibina.sqlite")
    yield database
    database.close()
    db.initialize(None)
