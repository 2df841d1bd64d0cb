"""Benchmark the moderation workspace: the queue, the anonymisation review, photo blurring.

Run from anywhere: ``python bench/moderation.py``. Prints figures; asserts nothing.
It builds a throwaway SQLite database in a temporary folder (migrations included),
fills it with fictional verified stories, and measures:

- the queue (``queue_items``) with 10, 100 and 500 stories waiting: milliseconds and
  queries (the query count should not grow with the queue);
- the anonymisation review page for one story (server time and queries), and the
  detector's findings for a 5,000-character story;
- blurring three areas of a 12-megapixel photo.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

WORK = Path(tempfile.mkdtemp(prefix="mtr-bench-moderation-"))
os.environ["DATABASE_URL"] = f"sqlite:///{WORK / 'bench.sqlite3'}"
os.environ["PRIVATE_MEDIA_ROOT"] = str(WORK / "private")
os.environ["MEDIA_ROOT"] = str(WORK / "media")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms_site.settings.dev")
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"  # no console noise
os.environ["LOG_LEVEL"] = "WARNING"

STORY = (
    "My neighbour Dave Pritchard at 14 Acacia Avenue, Bolton BL1 4QX saw the mould too. "
    "On 14 March 2023 I called the housing office on 07700 900123 and nobody came. "
) * 30


def _timed(function, runs: int = 7) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    queries = 0
    for _ in range(runs):
        connection.queries_log.clear()  # the log is capped: a full one would hide new queries
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            function()
            times.append((time.perf_counter() - start) * 1000)
        queries = len(captured.captured_queries)
    return statistics.median(times), queries


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)

    from django.contrib.auth.models import Group, User
    from django.test import Client
    from django.utils import timezone

    from casestudies.choices import SubmissionStatus
    from casestudies.lifecycle import story_verified
    from casestudies.models import ConsentRecord, Submission
    from casestudies.references import reference_generate
    from moderation import anonymisation, reviews
    from moderation.photo_redaction import Region, redact_image
    from moderation.scanning import findings_for
    from moderation.selectors import queue_items

    editor = User.objects.create_user("bench-editor")  # logs in with force_login, no password
    editor.groups.add(Group.objects.get(name="Comms editors"))

    def add_stories(count: int) -> None:
        for _ in range(count):
            submission = Submission.objects.create(
                reference=reference_generate(),
                kind="resident",
                status=SubmissionStatus.AWAITING_VERIFICATION,
                story=STORY[:800],
                email="bench@example.com",
                submitted_at=timezone.now(),
            )
            ConsentRecord.objects.create(
                submission=submission, publish_anonymised=True, text_version="b", language="en"
            )
            story_verified(submission=submission)

    print("Queue (queue_items), median of 7:")
    waiting = len(queue_items())
    for target in (10, 100, 500):
        add_stories(target - waiting)
        waiting = target
        ms, queries = _timed(queue_items)
        print(f"  {target:>4} stories waiting: {ms:7.1f} ms, {queries} queries")

    review = reviews.Review.objects.order_by("-pk").first()
    reviews.consent_check_approve(review=review, user=editor, uses=["website"])
    client = Client(SERVER_NAME="localhost")
    client.force_login(editor)
    url = f"/admin/moderation/{review.pk}/anonymise/"
    client.get(url)  # takes the lock, warms caches
    ms, queries = _timed(lambda: client.get(url))
    print(f"Anonymisation review page (800-character story): {ms:.1f} ms, {queries} queries")
    ms, _queries = _timed(lambda: findings_for({"story": STORY[:5000]}, language="en"))
    count = len(findings_for({"story": STORY[:5000]}, language="en"))
    print(f"Findings for a 5,000-character story: {ms:.1f} ms ({count} findings)")
    ms, _queries = _timed(lambda: anonymisation.review_findings(review))
    print(f"review_findings for the review above: {ms:.1f} ms")

    from PIL import Image

    image = Image.effect_noise((4000, 3000), 64).convert("RGB")
    import io

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    regions = [Region(0.1, 0.1, 0.2, 0.2), Region(0.5, 0.4, 0.3, 0.2), Region(0.7, 0.7, 0.25, 0.25)]
    for mode in ("blur", "black"):
        ms, _queries = _timed(lambda mode=mode: redact_image(data, regions, mode), runs=3)
        print(f"Redact 3 areas of a 12 MP JPEG ({mode}): {ms:.0f} ms")


if __name__ == "__main__":
    main()
