"""The storyteller's own page: state, text, consent; taking part or all of it back, at once."""

import json
from datetime import timedelta

import pytest

from django.test import Client
from django.utils import timezone

from casestudies import emails
from casestudies.choices import EmailKind, SubmissionStatus
from casestudies.models import CaseStudyPage, OutboundEmail, Submission
from casestudies.tokens import LinkPurpose, token_make
from moderation import anonymisation, publication, reviews
from moderation.anonymisation import Decision
from moderation.choices import IntendedUse
from moderation.models import Review, ReviewPhoto
from privacy import rights as story_page
from tests.factories.users import UserFactory
from tests.moderation.helpers import case_index, consent_checked, redact_everything, verified_review

pytestmark = pytest.mark.django_db

CONSENT = {"use_photos": True, "use_in_advertising": True, "use_first_name": True}
USES = [IntendedUse.WEBSITE, IntendedUse.PHOTOS, IntendedUse.SOCIAL, IntendedUse.FIRST_NAME]


@pytest.fixture
def index(home_page):
    return case_index(home_page)


def _published(*, photo: bool = True):
    """A story published with a blurred photo, share images and the storyteller's first name."""
    editor = UserFactory(groups=["Comms editors"])
    signer = UserFactory(groups=["Sign-off editors"])
    review = consent_checked(verified_review(photo=photo, consent=CONSENT), editor, USES)
    if photo:
        anonymisation.lock_take(review=review, user=editor)
        anonymisation.photo_decide(
            review=review,
            user=editor,
            photo=ReviewPhoto.objects.get(review=review),
            use=True,
            regions_json=json.dumps([{"x": 0.1, "y": 0.1, "w": 0.4, "h": 0.4}]),
            mode="blur",
            caption="The kitchen wall",
            alt_text="A kitchen wall with mould",
        )
    review = redact_everything(review, editor)
    anonymisation.texts_save(
        review=review, user=editor, texts={"attribution": "Amina, a resident in the North West"}
    )
    # Their consent covers the first name: the editor keeps it.
    review = Review.objects.get(pk=review.pk)
    kept = [f for f in anonymisation.review_findings(review) if "Amina" in f.text]
    anonymisation.findings_decide(
        review=review, user=editor, decisions=[Decision(key=f.key, text=f.text, accept=False) for f in kept]
    )
    anonymisation.anonymisation_approve(review=review, user=editor)
    page = CaseStudyPage.objects.get(submission=review.submission)
    publication.storyteller_respond(page=page, approve=True)
    reviews.task_act(
        obj=CaseStudyPage.objects.get(pk=page.pk), user=signer, stage="sign_off", action="approve"
    )
    page.refresh_from_db()
    assert page.live
    return Submission.objects.get(pk=review.submission_id), page


def _url(submission) -> str:
    token = token_make(purpose=LinkPurpose.STORY, submission_id=submission.pk, reference=submission.reference)
    return f"/your-story/{token}/"


def test_every_email_to_the_storyteller_opens_their_page(index, outbox):
    submission, _page = _published(photo=False)
    kinds = set(OutboundEmail.objects.filter(submission=submission).values_list("kind", flat=True))
    assert {EmailKind.VERIFY, EmailKind.ACKNOWLEDGE, EmailKind.STORYTELLER_PREVIEW} <= kinds | {
        EmailKind.VERIFY
    }
    for outbound in OutboundEmail.objects.filter(submission=submission).exclude(
        kind=EmailKind.EDITOR_NOTIFICATION
    ):
        rendered = emails.email_render(outbound)
        assert "/your-story/" in rendered.text and "/your-story/" in rendered.html, outbound.kind


def test_the_page_shows_state_published_text_and_consent(client: Client, index):
    submission, page = _published(photo=False)
    html = client.get(_url(submission)).content.decode()
    assert submission.reference in html and "Published" in html and page.title in html
    assert "Using my photos" in html and "Withdraw my story" in html
    assert client.get(_url(submission))["Cache-Control"].startswith("no-store")


def test_broken_and_expired_links_explain_how_to_get_a_new_one(client: Client, index, settings):
    submission, _page = _published(photo=False)
    assert client.get("/your-story/not-a-token/").status_code == 404
    settings.STORY_PAGE_LINK_MAX_AGE_DAYS = -1
    response = client.get(_url(submission))
    assert response.status_code == 410 and "/your-story/" in response.content.decode()


def test_withdrawing_photos_takes_them_off_the_live_page_at_once(client: Client, index):
    submission, page = _published()
    assert page.photos.count() == 1
    image_id = page.photos.get().image_id
    response = client.post(_url(submission), {"action": "scope", "scope": "use_photos"})
    assert response.status_code == 200 and "We have stopped that use" in response.content.decode()
    page.refresh_from_db()
    assert page.live and page.photos.count() == 0
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(pk=image_id).exists()
    consent = submission.consent
    consent.refresh_from_db()
    assert not consent.use_photos and "use_photos" in consent.withdrawn_scopes
    kinds = list(OutboundEmail.objects.filter(submission=submission).values_list("kind", flat=True))
    assert EmailKind.CONSENT_CHANGED in kinds and EmailKind.EDITOR_STORY_CHANGE in kinds
    assert "Using my photos" not in _scope_choices(client.get(_url(submission)).content.decode())


def _scope_choices(html: str) -> str:
    start = html.find('name="scope"')
    return html[start : start + 2000] if start >= 0 else ""


def test_withdrawing_advertising_removes_the_share_images(client: Client, index):
    submission, page = _published(photo=False)
    assert page.share_images.exists()
    client.post(_url(submission), {"action": "scope", "scope": "use_in_advertising"})
    page.refresh_from_db()
    assert page.live and not page.share_on_social and not page.share_images.exists()


def test_withdrawing_the_first_name_removes_it_from_the_page(client: Client, index):
    submission, page = _published(photo=False)
    assert "Amina" in client.get(page.url).content.decode()
    client.post(_url(submission), {"action": "scope", "scope": "use_first_name"})
    assert "Amina" not in client.get(page.url).content.decode()


def test_a_scope_not_given_or_made_up_is_refused(client: Client, index):
    submission, _page = _published(photo=False)
    for hostile in ("", "publish_anonymised", "x" * 5000, "<script>", "use_first_name'--"):
        response = client.post(_url(submission), {"action": "scope", "scope": hostile})
        assert response.status_code == 400 and "There is a problem" in response.content.decode()


def test_withdrawing_the_story_asks_first_then_takes_it_down_everywhere(client: Client, index):
    submission, page = _published(photo=False)
    from wagtail.search.models import IndexEntry

    assert IndexEntry.objects.filter(object_id=str(page.pk)).exists()
    confirm = client.post(_url(submission), {"action": "withdraw"})
    assert "Are you sure" in confirm.content.decode()
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.PUBLISHED
    client.post(_url(submission), {"action": "withdraw-confirmed"})
    page.refresh_from_db()
    assert not page.live and Submission.objects.get(pk=submission.pk).status == SubmissionStatus.WITHDRAWN
    assert client.get(page.url).status_code == 404
    for url in (
        "/stories/feed/",
        "/sitemap.xml",
        "/api/v2/pages/?type=casestudies.CaseStudyPage",
        "/search/?q=fan",
    ):
        assert page.title not in client.get(url).content.decode(), url
    assert not IndexEntry.objects.filter(object_id=str(page.pk)).exists()
    kinds = list(OutboundEmail.objects.filter(submission=submission).values_list("kind", flat=True))
    assert EmailKind.WITHDRAWAL_CONFIRMED in kinds and EmailKind.EDITOR_STORY_CHANGE in kinds


def test_asking_for_more_to_be_removed_reaches_the_editors_privately(client: Client, index):
    submission, _page = _published(photo=False)
    assert client.post(_url(submission), {"action": "removal", "text": "   "}).status_code == 400
    assert client.post(_url(submission), {"action": "removal", "text": "x" * 2001}).status_code == 400
    response = client.post(
        _url(submission), {"action": "removal", "text": "Please remove the <b>bus stop</b>."}
    )
    assert response.status_code == 200
    review = submission.review
    review.refresh_from_db()
    assert "Please remove the <b>bus stop</b>." in review.storyteller_feedback
    assert OutboundEmail.objects.filter(submission=submission, kind=EmailKind.EDITOR_STORY_CHANGE).exists()


def test_a_new_link_is_sent_only_when_reference_and_email_match(client: Client, index):
    submission, _page = _published(photo=False)
    before = OutboundEmail.objects.filter(kind=EmailKind.STORY_LINK).count()
    answers = []
    for reference, email in (
        (submission.reference, "someone.else@example.com"),
        ("MTR-XXXX-XXXX", submission.email),
        (submission.reference.lower(), submission.email.upper()),
    ):
        response = client.post("/your-story/", {"reference": reference, "email": email})
        answers.append(response.content.decode().split("<main")[1])
    assert answers[0] == answers[1] == answers[2]  # the answer never tells
    assert OutboundEmail.objects.filter(kind=EmailKind.STORY_LINK).count() == before + 1
    bad = client.post("/your-story/", {"reference": "", "email": "not an email"})
    assert bad.status_code == 400 and "Enter your reference number" in bad.content.decode()


def test_old_consents_are_renewed_or_the_story_comes_down(client: Client, index, settings):
    submission, page = _published(photo=False)
    later = timezone.now() + timedelta(days=settings.CONSENT_RENEWAL_MONTHS * 31)
    assert story_page.consent_renewals(now=later) == (1, 0)
    assert story_page.consent_renewals(now=later) == (0, 0)
    assert OutboundEmail.objects.filter(submission=submission, kind=EmailKind.CONSENT_RENEWAL).exists()
    assert "Keep my story published" in client.get(_url(submission)).content.decode()
    deadline = later + timedelta(days=settings.CONSENT_RENEWAL_DEADLINE_DAYS + 1)
    assert story_page.consent_renewals(now=deadline) == (0, 1)
    page.refresh_from_db()
    assert not page.live


def test_renewing_keeps_the_story_published(client: Client, index, settings):
    submission, page = _published(photo=False)
    later = timezone.now() + timedelta(days=settings.CONSENT_RENEWAL_MONTHS * 31)
    story_page.consent_renewals(now=later)
    client.post(_url(submission), {"action": "renew"})
    assert story_page.consent_renewals(now=timezone.now() + timedelta(days=60)) == (0, 0)
    page.refresh_from_db()
    assert page.live


def test_the_renewal_command_reports_what_it_did(index):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("consent_renewals", stdout=out)
    assert "Asked 0 storyteller(s)" in out.getvalue()


def test_without_an_address_left_consent_lapses_when_due(index, settings):
    from privacy.erasure import contact_details_erase

    submission, page = _published(photo=False)
    contact_details_erase(submission)
    later = timezone.now() + timedelta(days=settings.CONSENT_RENEWAL_MONTHS * 31)
    assert story_page.consent_renewals(now=timezone.now()) == (0, 0)
    assert story_page.consent_renewals(now=later) == (0, 1)
    page.refresh_from_db()
    assert not page.live
