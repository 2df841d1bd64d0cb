"""Four eyes that see: the sign-off review, decision records, original photos, unreviewed photos."""

from __future__ import annotations

import json

import pytest

from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry

from casestudies.models import CaseStudyPage
from casestudies.tokens import LinkPurpose, token_make
from moderation import anonymisation, publication
from moderation.anonymisation import Decision
from moderation.choices import IntendedUse
from moderation.diff import story_changes
from moderation.finding_decisions import DECISION_ACTIONS
from moderation.models import Review, ReviewPhoto
from moderation.sign_off_review import ORIGINAL_PHOTO_VIEWED, sign_off_review
from tests.factories.users import UserFactory

from .helpers import PII_STRINGS, consent_checked, verified_review

pytestmark = pytest.mark.django_db

USES = [IntendedUse.WEBSITE, IntendedUse.PHOTOS]
BOTH_MODES = json.dumps(
    [
        {"x": 0.1, "y": 0.1, "w": 0.3, "h": 0.3, "mode": "blur"},
        {"x": 0.6, "y": 0.6, "w": 0.3, "h": 0.3, "mode": "black"},
    ]
)


@pytest.fixture
def signer():
    return UserFactory(groups=["Sign-off editors"])


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _anonymise(review: Review, editor, *, keep_first: bool = True) -> Review:
    """Keep the first finding (not personal data), redact the rest; the photo both blurred and blacked out."""
    anonymisation.lock_take(review=review, user=editor)
    findings = anonymisation.review_findings(review)
    decisions = [
        Decision(
            key=f.key,
            text=f.text,
            accept=not (keep_first and i == 0),
            replacement=f.replacement if i % 2 else "",
        )
        for i, f in enumerate(findings)
    ]
    anonymisation.findings_decide(review=review, user=editor, decisions=decisions)
    anonymisation.texts_save(
        review=review,
        user=editor,
        texts={
            "title": "Mould came back until the fan was fixed",
            "summary": "A resident's stage 2 complaint got a broken fan replaced.",
        },
    )
    review = Review.objects.get(pk=review.pk)
    for photo in review.photos.all():
        anonymisation.photo_decide(
            review=review,
            user=editor,
            photo=photo,
            use=True,
            regions_json=BOTH_MODES,
            mode="blur",
            caption="",
            alt_text="A kitchen wall with mould",
        )
    return Review.objects.get(pk=review.pk)


def _at_sign_off(editor, *, story: str | None = None) -> tuple[Review, CaseStudyPage]:
    fields = {"story": story} if story else {}
    review = consent_checked(
        verified_review(photo=True, consent={"use_photos": True}, **fields), editor, USES
    )
    review = _anonymise(review, editor, keep_first=story is None)
    anonymisation.anonymisation_approve(review=review, user=editor)
    page = CaseStudyPage.objects.get(submission=review.submission)
    assert publication.storyteller_respond(page=page, approve=True)
    return Review.objects.get(pk=review.pk), CaseStudyPage.objects.get(pk=page.pk)


# --- the record of decisions ----------------------------------------------------


def test_each_decision_is_logged_with_codes_and_a_digest_never_the_text(index, editor):
    review, _page = _at_sign_off(editor)
    entries = ModelLogEntry.objects.for_instance(review).filter(action__in=DECISION_ACTIONS)
    assert entries.count() >= 3
    outcomes = {entry.data["outcome"] for entry in entries}
    assert outcomes == {"kept", "removed", "replaced"}
    for entry in entries:
        assert entry.user == editor and entry.timestamp
        assert set(entry.data) == {"field", "kind", "outcome", "digest"}
        assert len(entry.data["digest"]) == 32
    everything = json.dumps([entry.data for entry in ModelLogEntry.objects.for_instance(review)])
    for secret in PII_STRINGS:
        assert secret not in everything


def test_the_review_finds_each_decision_and_its_words_again(index, editor, signer):
    review, _page = _at_sign_off(editor)
    result = sign_off_review(review=review, user=signer)
    decided = [row for row in result.findings if row.who]
    assert decided and all(row.who == editor.get_username() and row.when for row in decided)
    assert all(row.text for row in decided), [row for row in decided if not row.text]
    assert {row.outcome for row in decided} == {"kept", "removed", "replaced"}
    assert "Dave Pritchard" in {row.text for row in decided} or any(
        "Pritchard" in row.text for row in decided
    )
    assert not result.attention
    assert result.approved_revision_shown and not result.changed_since_approval
    assert result.storyteller.answer == "approved" and result.storyteller.history


def test_a_finding_nobody_decided_and_still_in_the_text_needs_attention(index, editor, signer):
    review, _page = _at_sign_off(editor)
    # Pretend a decision was never recorded (an entry from before the decisions were itemised
    # is the same): the kept finding is still in the text, with no decision.
    kept = ModelLogEntry.objects.for_instance(review).get(action="moderation.finding_rejected")
    kept.delete()
    result = sign_off_review(review=review, user=signer)
    assert len(result.attention) == 1 and result.attention[0].text


def test_the_changes_are_marked_as_the_storyteller_saw_them(index, editor, signer):
    review, page = _at_sign_off(editor)
    approved = page.get_latest_revision().as_object()
    expected = story_changes(review.submission, approved)
    assert any("<del" in str(change.marked) for change in expected)
    response = _logged_in(signer).get(reverse("moderation_admin:sign_off_review", args=[review.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    token = token_make(
        purpose=LinkPurpose.CHECK, submission_id=review.submission_id, reference=review.submission.reference
    )
    check = Client().get(f"/your-story/check/{token}/").content.decode()
    for change in expected:
        assert str(change.marked) in html
        assert str(change.marked) in check  # the very same marks on the storyteller's page
    assert "Dave Pritchard" in html  # the original, beside
    for heading in (
        "The original and the version to publish",
        "Detector findings and decisions",
        "What the storyteller said",
        "Photos before and after",
    ):
        assert heading in html
    assert "Go to the case study to sign off" in html


# --- photos before and after -----------------------------------------------------


def test_sign_off_editors_see_original_photos_and_each_view_is_logged(index, editor, signer):
    review, _page = _at_sign_off(editor)
    photo = review.photos.get()
    client = _logged_in(signer)
    html = client.get(reverse("moderation_admin:sign_off_review", args=[review.pk])).content.decode()
    original = reverse("moderation_admin:photo_file", args=[photo.pk, "original"])
    redacted = reverse("moderation_admin:photo_file", args=[photo.pk, "redacted"])
    assert original in html and redacted in html
    assert "1 blurred" in html and "1 blacked out" in html
    assert ModelLogEntry.objects.filter(action=ORIGINAL_PHOTO_VIEWED).count() == 0  # not until fetched
    for _ in range(2):
        response = client.get(original)
        assert response.status_code == 200 and response["Cache-Control"].startswith("no-store")
        b"".join(response.streaming_content)
    views = ModelLogEntry.objects.for_instance(review).filter(action=ORIGINAL_PHOTO_VIEWED)
    assert views.count() == 2 and {entry.user for entry in views} == {signer}
    assert views.first().data == {"photo_id": photo.photo_id, "review_photo_id": photo.pk}
    assert client.get(redacted).status_code == 200


@pytest.mark.parametrize("groups", [["Privacy officers"], []])
def test_others_cannot_see_original_photos(index, editor, groups):
    review, _page = _at_sign_off(editor)
    photo = review.photos.get()
    client = _logged_in(UserFactory(groups=groups))
    response = client.get(reverse("moderation_admin:photo_file", args=[photo.pk, "original"]))
    assert response.status_code in (302, 403)
    assert not ModelLogEntry.objects.filter(action=ORIGINAL_PHOTO_VIEWED).exists()


def test_originals_are_not_shown_once_the_story_is_finished(index, editor, signer):
    review, _page = _at_sign_off(editor)
    photo = review.photos.get()
    type(review.submission).objects.filter(pk=review.submission_id).update(status="withdrawn")
    response = _logged_in(signer).get(reverse("moderation_admin:photo_file", args=[photo.pk, "original"]))
    assert response.status_code in (302, 403)


# --- links from where the sign-off editor acts ----------------------------------------


def test_the_page_editor_links_to_the_review_at_sign_off(index, editor, signer):
    review, page = _at_sign_off(editor)
    url = reverse("moderation_admin:sign_off_review", args=[review.pk])
    html = _logged_in(signer).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert html.count(url) >= 2  # the banner's button and the actions menu
    assert "Open the sign-off review" in html
    review_page = (
        _logged_in(signer).get(reverse("moderation_admin:review", args=[review.pk])).content.decode()
    )
    assert url in review_page


def test_no_link_before_sign_off(index, editor):
    review = consent_checked(verified_review(photo=True, consent={"use_photos": True}), editor, USES)
    review = _anonymise(review, editor)
    anonymisation.anonymisation_approve(review=review, user=editor)
    page = CaseStudyPage.objects.get(submission=review.submission)  # at the storyteller's check
    html = _logged_in(editor).get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert reverse("moderation_admin:sign_off_review", args=[review.pk]) not in html.content.decode()


def test_the_review_is_read_only_and_needs_the_view_permission(index, editor):
    review, _page = _at_sign_off(editor)
    url = reverse("moderation_admin:sign_off_review", args=[review.pk])
    assert _logged_in(UserFactory(groups=["Privacy officers"])).get(url).status_code in (302, 403)
    assert _logged_in(editor).post(url, {"anything": "x"}).status_code == 405
    html = _logged_in(editor).get(url).content.decode()
    assert "You anonymised this story" in html


# --- an unreviewed photo blocks anonymisation -----------------------------------------


def _ready_but_photos(editor, *, consent_photos=True, uses=USES) -> Review:
    review = consent_checked(
        verified_review(photo=True, consent={"use_photos": consent_photos}), editor, uses
    )
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
        review=review, user=editor, texts={"title": "A fan fixed", "summary": "A fan was fixed."}
    )
    return Review.objects.get(pk=review.pk)


def test_an_unreviewed_photo_covered_by_consent_blocks_completion(index, editor):
    review = _ready_but_photos(editor)
    with pytest.raises(ValidationError) as error:
        anonymisation.anonymisation_approve(review=review, user=editor)
    assert any(
        "Photo 1 of 1" in message and "has not been reviewed" in message for message in error.value.messages
    )
    # Leaving it out on purpose is a decision.
    anonymisation.photo_decide(
        review=review,
        user=editor,
        photo=review.photos.get(),
        use=False,
        regions_json="",
        mode="blur",
        caption="",
        alt_text="",
    )
    anonymisation.anonymisation_approve(review=Review.objects.get(pk=review.pk), user=editor)
    assert CaseStudyPage.objects.filter(submission=review.submission).exists()


def test_the_error_is_shown_on_the_page(index, editor):
    review = _ready_but_photos(editor)
    client = _logged_in(editor)
    response = client.post(
        reverse("moderation_admin:anonymise", args=[review.pk]), {"action": "complete"}, follow=True
    )
    html = response.content.decode()
    assert "Photo 1 of 1" in html and "has not been reviewed" in html
    assert not CaseStudyPage.objects.filter(submission=review.submission).exists()


@pytest.mark.parametrize(
    ("consent_photos", "uses"), [(False, [IntendedUse.WEBSITE]), (True, [IntendedUse.WEBSITE])]
)
def test_photos_not_covered_do_not_block(index, editor, consent_photos, uses):
    review = _ready_but_photos(editor, consent_photos=consent_photos, uses=uses)
    anonymisation.anonymisation_approve(review=review, user=editor)
    assert not ReviewPhoto.objects.get(review=review).use


def test_a_used_photo_needs_its_redacted_copy_and_alt_text(index, editor):
    review = _ready_but_photos(editor)
    ReviewPhoto.objects.filter(review=review).update(use=True, reviewed_at="2026-01-01T00:00:00Z")
    problems = anonymisation.anonymisation_problems(review)
    assert any("has not been redacted" in problem for problem in problems)
