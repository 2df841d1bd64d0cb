"""The detector on our own held-out stories (see heldout_stories.py), scored like the
shared scorer does: a span is caught when 80% of its non-space characters are covered."""

from .heldout_stories import records
from .pii_cases import score


def test_heldout_stories_leak_nothing_identifying():
    result = score(records())
    assert result["recall"] >= 0.95, result["misses"]
    assert result["leak_free"] >= 0.9, result["misses"]
    assert result["precision"] >= 0.6
