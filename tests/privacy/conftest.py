import pytest

from .helpers import media_files


@pytest.fixture(autouse=True)
def _own_files():
    """Remove the files each test made (its transaction is rolled back, and Wagtail deletes
    files only on commit), so the erasure test's scan of every stored file sees no story
    left behind by another test."""
    before = media_files()
    yield
    for path in media_files() - before:
        path.unlink(missing_ok=True)
