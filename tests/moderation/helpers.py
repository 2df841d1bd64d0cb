"""Build stories at each moderation stage. Every name, place and number is invented."""

from __future__ import annotations

import io

from PIL import Image

from django.core.files.base import ContentFile

from casestudies import lifecycle
from casestudies.choices import SubmissionStatus
from casestudies.models import CaseStudyIndexPage, Photo
from moderation import anonymisation, reviews
from moderation.anonymisation import Decision
from moderation.choices import IntendedUse
from moderation.models import Review
from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory

PII_STORY = (
    "My neighbour Dave Pritchard at 14 Acacia Avenue, Bolton BL1 4QX saw the mould too. "
    "On 14 March 2023 I called the housing office on 07700 900123. "
    "After my stage 2 complaint they fixed the fan and apologised."
)
# Strings that must never reach a page, a revision of a page, a log entry or the search index.
PII_STRINGS = ["Dave Pritchard", "Pritchard", "14 Acacia Avenue", "BL1 4QX", "07700 900123", "14 March 2023"]


def case_index(home_page) -> CaseStudyIndexPage:
    index = CaseStudyIndexPage(title="Stories", slug="stories")
    home_page.add_child(instance=index)
    return index


def verified_review(*, consent: dict | None = None, photo: bool = False, **fields) -> Review:
    """A submission sent and verified just now: its review opens at the consent check."""
    fields.setdefault("story", PII_STORY)
    fields.setdefault("full_name", "Amina Farouk")
    fields.setdefault("email", "amina.farouk@example.com")
    submission = SubmissionFactory(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None, **fields)
    ConsentRecordFactory(submission=submission, **(consent or {}))
    if photo:
        Photo.objects.create(
            submission=submission,
            image=ContentFile(jpeg_bytes(), name="photo.jpg"),
            content_type="image/jpeg",
            width=120,
            height=90,
            size=1000,
        )
    submission, _new = lifecycle.story_verified(submission=submission)
    return Review.objects.get(submission=submission)


def jpeg_bytes(colour=(200, 30, 30)) -> bytes:
    image = Image.new("RGB", (120, 90), colour)
    for x in range(0, 120, 10):
        for y in range(0, 90, 10):
            if (x + y) % 20 == 0:
                image.paste((255, 255, 255), (x, y, x + 10, y + 10))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


def consent_checked(review: Review, editor, uses=(IntendedUse.WEBSITE,)) -> Review:
    reviews.consent_check_approve(review=review, user=editor, uses=list(uses))
    return Review.objects.get(pk=review.pk)


def redact_everything(review: Review, editor) -> Review:
    """Accept every finding with its suggested replacement, then write the title and summary."""
    anonymisation.lock_take(review=review, user=editor)
    findings = anonymisation.review_findings(review)
    anonymisation.findings_decide(
        review=review,
        user=editor,
        decisions=[
            Decision(key=f.key, text=f.text, accept=True, replacement=f.replacement) for f in findings
        ],
    )
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "Mould came back until the fan was fixed",
            "summary": "A resident's stage 2 complaint got a broken fan replaced.",
            "pull_quote": "They fixed the fan and apologised.",
        },
    )
    return Review.objects.get(pk=review.pk)


def anonymised(review: Review, editor):
    """Through anonymisation: returns the case study page draft."""
    review = redact_everything(review, editor)
    anonymisation.anonymisation_approve(review=review, user=editor)
    return review.submission.case_study_pages.get()
