"""Every door of withdrawal has the same effects (docs/story-lifecycle.md).

Each test publishes a Polish story (pages in Polish and English), reads it through every
public way in (page, listing, feed, API, search, sitemap) so the page cache holds it,
withdraws it through one door, and checks the same list: the log entry naming the door,
the confirmation to the storyteller (except erasure, which erases their address), the
editors told, every page in every language gone from everything public.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone

from wagtail.models import ModelLogEntry

from casestudies.choices import EmailKind, SubmissionStatus
from casestudies.models import CaseStudyPage, OutboundEmail, Submission
from casestudies.tokens import LinkPurpose, token_make
from privacy import rights
from privacy.erasure import submission_erase
from tests.factories.users import UserFactory
from tests.moderation.helpers import case_index

from .helpers import published_story

pytestmark = pytest.mark.django_db


def _door_email_link(submission: Submission) -> None:
    token = token_make(
        purpose=LinkPurpose.WITHDRAW, submission_id=submission.pk, reference=submission.reference
    )
    response = Client().post(f"/share-your-story/withdraw/{token}/")
    assert response.status_code == 200


def _door_story_page(submission: Submission) -> None:
    token = token_make(purpose=LinkPurpose.STORY, submission_id=submission.pk, reference=submission.reference)
    response = Client().post(f"/your-story/{token}/", {"action": "withdraw-confirmed"})
    assert response.status_code == 200


def _door_renewal(submission: Submission) -> None:
    later = timezone.now() + timedelta(days=round(settings.CONSENT_RENEWAL_MONTHS * 31) + 1)
    assert rights.consent_renewals(now=later) == (1, 0)
    deadline = later + timedelta(days=settings.CONSENT_RENEWAL_DEADLINE_DAYS + 1)
    assert rights.consent_renewals(now=deadline) == (0, 1)


def _door_erasure(submission: Submission) -> None:
    submission_erase(submission=submission, reason="request", user=UserFactory(groups=["Privacy officers"]))


DOORS = {
    "email_link": (_door_email_link, "story.withdrawn", True),
    "story_page": (_door_story_page, "story.withdrawn", True),
    "renewal": (_door_renewal, "story.renewal_lapsed", True),
    "erasure": (_door_erasure, "story.withdrawn", False),
}


def _public_views(client: Client, page_urls: list[str]) -> dict[str, str]:
    views = {url: client.get(url) for url in page_urls}
    assert all(response.status_code == 200 for response in views.values())
    return {
        "listing": client.get("/stories/").content.decode(),
        "polish listing": client.get("/pl/stories/").content.decode(),
        "feed": client.get("/stories/feed/").content.decode(),
        "api": client.get("/api/v2/pages/?type=casestudies.CaseStudyPage&fields=title").content.decode(),
        "search": client.get("/search/?q=wentylator").content.decode()
        + client.get("/search/?q=fan").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }


@pytest.mark.parametrize("door", DOORS)
def test_every_door_of_withdrawal_has_the_same_effects(
    door, home_page, outbox, django_capture_on_commit_callbacks
):
    withdraw, action, confirms = DOORS[door]
    case_index(home_page)
    submission = published_story(
        UserFactory(groups=["Comms editors"]), UserFactory(groups=["Sign-off editors"])
    )
    UserFactory(groups=["Comms editors"], email="editor-on-duty@example.org")
    pages = list(CaseStudyPage.objects.filter(submission=submission))
    assert len(pages) == 2 and all(page.live for page in pages)
    page_urls = [page.url for page in pages]
    slugs = [page.slug for page in pages]
    client = Client()
    before = _public_views(client, page_urls)  # and now in the page cache
    for where, text in before.items():
        assert any(slug in text for slug in slugs) or where in ("search", "api"), where
    assert "wentylator" in before["search"] or "fan" in before["search"].lower()
    mail.outbox.clear()
    OutboundEmail.objects.filter(submission=submission).delete()

    with django_capture_on_commit_callbacks(execute=True):
        withdraw(submission)

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.WITHDRAWN
    assert submission.withdrawn_at is not None
    consent = submission.consents.first()
    assert consent is None or consent.withdrawn_at is not None
    # The log entry, naming the door.
    entry = ModelLogEntry.objects.filter(object_id=str(submission.pk), action=action).get()
    assert entry.data["door"] == door and entry.data["to"] == SubmissionStatus.WITHDRAWN
    # The storyteller told (unless their address was erased), the editors told.
    kinds = list(OutboundEmail.objects.filter(submission=submission).values_list("kind", flat=True))
    assert (EmailKind.WITHDRAWAL_CONFIRMED in kinds) is confirms
    assert EmailKind.EDITOR_STORY_CHANGE in kinds
    recipients = {address for message in mail.outbox for address in message.to}
    assert "editor-on-duty@example.org" in recipients
    if confirms:
        assert "zofia.kettering@example.com" in recipients
    # Every page in every language gone from everything public, cached or not.
    assert not CaseStudyPage.objects.filter(submission_id=submission.pk, live=True).exists()
    for url in page_urls:
        assert client.get(url).status_code == 404
    after = {
        "listing": client.get("/stories/").content.decode(),
        "polish listing": client.get("/pl/stories/").content.decode(),
        "feed": client.get("/stories/feed/").content.decode(),
        "api": client.get("/api/v2/pages/?type=casestudies.CaseStudyPage&fields=title").content.decode(),
        "search": client.get("/search/?q=wentylator").content.decode()
        + client.get("/search/?q=fan").content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }
    for where, text in after.items():
        for slug in slugs:
            assert slug not in text, f"{where} still shows the story after withdrawal by {door}"
    # A second try through the same door changes nothing and sends nothing more.
    count = OutboundEmail.objects.filter(submission=submission).count()
    if door in ("email_link", "story_page"):
        withdraw(submission)
        assert OutboundEmail.objects.filter(submission=submission).count() == count
