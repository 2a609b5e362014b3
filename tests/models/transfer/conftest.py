import pytest

from tests.models.transfer.office import filled_office


@pytest.fixture(scope="module")
def office_file(tmp_path_factory):
    """The filled office as a file, made once per test module; tests copy or read it."""
    path = tmp_path_factory.mktemp("kantor") / "sibina.sqlite"
    filled_office(path)
    return path
