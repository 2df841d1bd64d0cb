"""``manage.py safety_rescan``: stories already open are triaged again after the rules change."""

from __future__ import annotations

from io import StringIO

import pytest

from django.core.management import call_command

from casestudies.choices import SubmissionStatus
from moderation.models import Review

from .helpers import verified_review

pytestmark = pytest.mark.django_db

DANGER = "Since the leak the socket by the sink sparks every time the kettle goes on."
CALM = "The repair took a month but it is done now and the kitchen is lovely."


def _rescan() -> str:
    out = StringIO()
    call_command("safety_rescan", stdout=out)
    return out.getvalue()


def test_an_open_story_missed_by_older_rules_moves_to_the_top():
    review = verified_review(story=DANGER)
    assert review.safety_concerns == ["electrics"]
    Review.objects.filter(pk=review.pk).update(safety_concerns=[])  # as triaged by older rules

    assert "Checked 1 open story; 1 changed." in _rescan()
    review.refresh_from_db()
    assert review.safety_concerns == ["electrics"]
    assert review.priority
    # Run again: nothing left to change.
    assert "1 open story; 0 changed." in _rescan()


def test_a_concern_the_rules_no_longer_find_is_dropped():
    review = verified_review(story=CALM)
    Review.objects.filter(pk=review.pk).update(safety_concerns=["gas"])
    _rescan()
    review.refresh_from_db()
    assert review.safety_concerns == []


def test_finished_stories_are_left_alone():
    review = verified_review(story=DANGER)
    Review.objects.filter(pk=review.pk).update(safety_concerns=[])
    review.submission.__class__.objects.filter(pk=review.submission_id).update(
        status=SubmissionStatus.REJECTED
    )
    assert "Checked 0 open stories; 0 changed." in _rescan()
    review.refresh_from_db()
    assert review.safety_concerns == []
