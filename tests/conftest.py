import os
import subprocess
import sys
from pathlib import Path

# Tests never need a screen; set before any Qt import (pytest-qt creates the QApplication).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.db import db, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def key_folder(tmp_path):
    """Private signing keys go to the test's own folder, never the user's data folder."""
    from models.certificates import key_store

    folder = tmp_path / "keys"
    key_store.use_folder(folder)
    yield folder
    key_store.use_folder(None)


@pytest.fixture(autouse=True)
def os_user_again():
    """A test that logs someone in leaves the next test with the OS user, as a new run."""
    from models.sharing import actor

    actor.reset()
    yield
    actor.reset()


@pytest.fixture(scope="session")
def pg_server():
    """The run's one PostgreSQL server (see tests/pg_server.py)."""
    import tempfile

    from tests.pg_server import TestServer

    # Not under pytest's own temporary folder: as root postgres runs as another user, who
    # must reach its folder, and pytest keeps resetting its folders to the owner alone.
    folder = Path(tempfile.mkdtemp(prefix="sibina-pg-"))
    server = TestServer(folder / "data", _prepare_template)
    yield server
    server.stop()  # which deletes the server's data folder
    folder.rmdir()


def _prepare_template(uri: str) -> None:
    database = open_database(uri)
    database.close()
    db.initialize(None)


# The data layer and the papers are tested on both engines; the screens on SQLite only
# (they call the same models/ functions, and twice the UI tests would double the run).
BOTH_ENGINES = ("models", "reports")


def pytest_generate_tests(metafunc):
    """Every test under tests/models/ and tests/reports/ that uses the database runs once on
    SQLite and once on PostgreSQL, unless marked sqlite_only (a test of the file itself)."""
    if "engine" not in metafunc.fixturenames or "database" not in metafunc.fixturenames:
        return
    folder = Path(metafunc.definition.path).relative_to(Path(__file__).parent).parts[0]
    if folder in BOTH_ENGINES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("engine", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def engine(request):
    """The engine the test's database runs on: "sqlite" unless parametrized."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database(engine, tmp_path, request):
    """A fresh database per test: a file (worker threads can see a file, not :memory:), or
    a database of its own on the run's PostgreSQL server."""
    if engine == "postgres":
        server = request.getfixturevalue("pg_server")
        uri = server.fresh_database()
        database = open_database(uri)
    else:
        database = open_database(tmp_path / "sibina.sqlite")
    yield database
    database.close()
    db.initialize(None)
    if engine == "postgres":
        server.drop(uri)


@pytest.fixture
def run(tmp_path):
    """main.py in its own process, with a home of its own in the test's folder."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / "config")}

    def run(*args):
        return subprocess.run([sys.executable, str(root / "main.py"), *map(str, args)],
                              capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=120)

    return run


@pytest.fixture
def course(database):
    """A four-session training: Siti came to all, Budi to one, Dr. Rina spoke (the
    certificate tests of models, reports and the window share it)."""
    from tests.builders import certificate_course

    return certificate_course()


@pytest.fixture
def example(database):
    """The evaluated example event, its figures computed by hand (see fill_example)."""
    from tests.builders import fill_example

    return fill_example()
