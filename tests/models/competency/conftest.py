import pytest

from tests.competency_office import competency_office


@pytest.fixture
def office(database):
    return competency_office()
