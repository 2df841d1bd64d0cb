"""Fixtures most moderation tests share."""

import pytest

from tests.factories.users import UserFactory

from .helpers import case_index


@pytest.fixture
def index(home_page):
    """The stories index (its workflow set up), under the home page."""
    return case_index(home_page)


@pytest.fixture
def editor():
    """A comms editor."""
    return UserFactory(groups=["Comms editors"])
