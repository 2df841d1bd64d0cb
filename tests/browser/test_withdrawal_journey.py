"""A storyteller takes their published story back, from their phone, through their own page.

The story was published with a blurred photo. From the link in their latest email the
storyteller opens their story's page, stops the use of their photos (the live page loses
them at once, and the story stays everywhere else), then withdraws the whole story (it
leaves the page, the feed, the API, search and the sitemap at once) and, with the link
gone, asks for a new one with their reference and email address.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from django.core import mail

from .conftest import assert_error_summary, assert_no_axe_violations, email_links, html_part, link_path
from .helpers import emails_to, fill, only_email, press

pytestmark = pytest.mark.browser

EMAIL = "amina.farouk@example.com"
TITLE = "Mould came back until the fan was fixed"  # written by tests.moderation.helpers.redact_everything
SEARCH_WORD = "fan"
ALT_TEXT = "A kitchen wall with mould"
CONSENT = {"use_photos": True, "use_in_advertising": True, "use_first_name": True}
STORY_LINK = re.compile(r"^/your-story/[^/?#\s]+/$")  # not /your-story/check/<token>/
STOPPED = "We have stopped that use of your story, everywhere it is published."
WITHDRAWN = "Your story has been withdrawn. It is no longer published anywhere."
IMG_SRC = re.compile(r"""<img\b[^>]*\bsrc=["']([^"']+)["']""", re.I)


def published_story_with_a_blurred_photo():
    """As ``_published()`` in tests/privacy/test_rights.py: consent checked, a photo
    blurred, anonymised, approved by the storyteller and signed off by a second editor."""
    from casestudies.models import CaseStudyPage, Submission
    from moderation import anonymisation, publication, reviews
    from moderation.choices import IntendedUse
    from moderation.models import Review, ReviewPhoto
    from tests.factories.users import UserFactory
    from tests.moderation.helpers import consent_checked, redact_everything, verified_review

    editor = UserFactory(groups=["Comms editors"], email="comms@example.gov.uk")
    signer = UserFactory(groups=["Sign-off editors"], email="signoff@example.gov.uk")
    uses = [IntendedUse.WEBSITE, IntendedUse.PHOTOS, IntendedUse.SOCIAL, IntendedUse.FIRST_NAME]
    review = consent_checked(verified_review(photo=True, consent=CONSENT, email=EMAIL), editor, uses)
    anonymisation.lock_take(review=review, user=editor)
    anonymisation.photo_decide(
        review=review,
        user=editor,
        photo=ReviewPhoto.objects.get(review=review),
        use=True,
        regions_json=json.dumps([{"x": 0.1, "y": 0.1, "w": 0.4, "h": 0.4}]),
        mode="blur",
        caption="The kitchen wall",
        alt_text=ALT_TEXT,
    )
    review = redact_everything(review, editor)
    anonymisation.anonymisation_approve(review=Review.objects.get(pk=review.pk), user=editor)
    page = CaseStudyPage.objects.get(submission=review.submission)
    publication.storyteller_respond(page=page, approve=True)
    reviews.task_act(
        obj=CaseStudyPage.objects.get(pk=page.pk), user=signer, stage="sign_off", action="approve"
    )
    page = CaseStudyPage.objects.get(pk=page.pk)
    assert page.live and page.title == TITLE and page.photos.count() == 1
    return Submission.objects.get(pk=review.submission_id), page


def latest_story_link() -> str:
    """The path of the link to the storyteller's own page in the latest email they got."""
    from casestudies import emails

    emails.email_send_due()  # anything still queued (tasks run inline, so usually nothing)
    messages = emails_to(EMAIL)
    assert messages, f"no email to the storyteller: {[m.subject for m in mail.outbox]}"
    message = messages[-1]
    links = [url for url in email_links(message) if STORY_LINK.search(link_path(url))]
    assert links, f"the latest email {message.subject!r} has no /your-story/ link: {email_links(message)}"
    assert links[0] in html_part(message), "the HTML part does not carry the same link"
    return link_path(links[0])


def get(page: Page, url: str):
    """A request from the storyteller's browser context, as a visitor's would be."""
    return page.request.get(url, max_redirects=0)


def assert_listed_everywhere(page: Page, base_url: str, case_path: str, *, listed: bool) -> None:
    """The story is (or is no longer) in the feed, the API listing, search and the sitemap.

    Listed, each shows what it should (the sitemap has no titles); withdrawn, none has the
    story's title or URL.
    """
    expected = {
        "/stories/feed/": (TITLE, case_path),
        "/api/v2/pages/?type=casestudies.CaseStudyPage&fields=_,title,html_url": (TITLE, case_path),
        f"/search/?q={SEARCH_WORD}": (TITLE, case_path),
        "/sitemap.xml": (case_path,),
    }
    for url, needles in expected.items():
        response = get(page, base_url + url)
        assert response.status == 200, f"{url} returned {response.status}"
        body = response.text()
        if listed:
            missing = [needle for needle in needles if needle not in body]
            assert not missing, f"the published story's {missing} missing from {url}"
        else:
            found = [needle for needle in (TITLE, case_path) if needle in body]
            assert not found, f"{url} still has the withdrawn story's {found}"


def test_a_storyteller_stops_their_photos_then_withdraws_their_story(
    django_db_serialized_rollback, page: Page, live_server, home_page
):
    from casestudies import emails
    from casestudies.choices import EmailKind
    from casestudies.models import OutboundEmail
    from tests.moderation.helpers import case_index

    base_url = live_server.url
    case_index(home_page)
    submission, case_page = published_story_with_a_blurred_photo()
    case_path = link_path(case_page.url)
    assert emails_to(EMAIL), "publishing the story sent the storyteller nothing"

    # The photo is on the public page before the storyteller does anything.
    public = get(page, base_url + case_path)
    assert public.status == 200
    photo_srcs = [src for src in IMG_SRC.findall(public.text()) if "/media/images/" in src]
    assert len(photo_srcs) == 1, f"expected the story's photo on {case_path}: {photo_srcs}"
    photo_url = photo_srcs[0] if photo_srcs[0].startswith("http") else base_url + photo_srcs[0]
    assert get(page, photo_url).status == 200
    assert_listed_everywhere(page, base_url, case_path, listed=True)

    # 1. Their own page, from the latest email.
    story_path = latest_story_link()
    page.goto(base_url + story_path)
    expect(page.get_by_role("heading", name="Your story", level=1)).to_be_visible()
    assert_no_axe_violations(page, "the storyteller's story page")
    expect(page.locator(".govuk-summary-list__value").first).to_have_text("Published")
    expect(page.get_by_role("heading", name=TITLE, level=3)).to_be_visible()
    expect(page.get_by_text(submission.reference)).to_be_visible()

    # 2. Stop one use: the photos.
    expect(page.get_by_role("heading", name="Stop one use of your story")).to_be_visible()
    page.get_by_label("Using my photos", exact=True).check()
    press(page, "Stop this use")
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(STOPPED)
    expect(page.get_by_label("Using my photos", exact=True)).to_have_count(0)

    public = get(page, base_url + case_path)
    assert public.status == 200, f"{case_path} returned {public.status} after the photos were stopped"
    html = public.text()
    assert TITLE in html
    assert photo_srcs[0] not in html and ALT_TEXT not in html, "the photo is still on the public page"
    assert not [src for src in IMG_SRC.findall(html) if "/media/images/" in src]
    assert get(page, photo_url).status == 404, f"the photo is still served at {photo_url}"

    detail = get(page, f"{base_url}/api/v2/pages/{case_page.pk}/")
    assert detail.status == 200
    data = detail.json()
    assert not data.get("photos"), f"the API still lists photos: {data.get('photos')}"
    assert ALT_TEXT not in detail.text() and "/media/images/" not in detail.text()
    assert_listed_everywhere(page, base_url, case_path, listed=True)

    # 3. Withdraw the whole story, after a confirmation page.
    press(page, "Withdraw my story")
    expect(page).to_have_title(re.compile(r"^Are you sure you want to withdraw your story\?"))
    expect(page.get_by_role("heading", name="Are you sure you want to withdraw your story?")).to_be_visible()
    assert_no_axe_violations(page, "the withdrawal confirmation page")
    mail.outbox.clear()
    press(page, "Yes, withdraw my story")
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(WITHDRAWN)
    expect(page.locator(".govuk-summary-list__value").first).to_have_text("Withdrawn")
    expect(page.get_by_role("button", name="Withdraw my story")).to_have_count(0)

    status = get(page, base_url + case_path).status
    assert status in (404, 410), f"{case_path} returned {status} after the story was withdrawn"
    listing = get(page, f"{base_url}/api/v2/pages/?type=casestudies.CaseStudyPage")
    assert listing.status == 200 and listing.json()["meta"]["total_count"] == 0, listing.text()
    assert get(page, f"{base_url}/api/v2/pages/{case_page.pk}/").status == 404
    assert_listed_everywhere(page, base_url, case_path, listed=False)
    confirmation = only_email(EMAIL, re.compile(r"^Your story has been withdrawn"))
    assert submission.reference in confirmation.subject
    assert OutboundEmail.objects.filter(submission=submission, kind=EmailKind.WITHDRAWAL_CONFIRMED).exists()

    # 4. With the link lost, a new one is asked for with the reference and email address.
    mail.outbox.clear()
    page.goto(f"{base_url}/your-story/")
    expect(page.get_by_role("heading", name="Get a new link to your story", level=1)).to_be_visible()
    assert_no_axe_violations(page, "the new link page")
    press(page, "Send me a link")
    expect(page).to_have_title(re.compile(r"^Error: Get a new link to your story"))
    assert_error_summary(page, "the new link page")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your reference number")
    assert_no_axe_violations(page, "the new link page (error state)")
    assert not mail.outbox

    fill(page, **{"Reference number": submission.reference, "Email address": EMAIL})
    press(page, "Send me a link")
    expect(page.get_by_role("heading", name="Check your email", level=1)).to_be_visible()
    sent = page.locator("main").inner_text()
    message = only_email(EMAIL, re.compile(r"^Your link to your story"))
    assert submission.reference in message.subject
    new_link = latest_story_link()
    page.goto(base_url + new_link)
    expect(page.locator(".govuk-summary-list__value").first).to_have_text("Withdrawn")

    mail.outbox.clear()
    page.goto(f"{base_url}/your-story/")
    fill(page, **{"Reference number": submission.reference, "Email address": "someone.else@example.com"})
    press(page, "Send me a link")
    expect(page.get_by_role("heading", name="Check your email", level=1)).to_be_visible()
    emails.email_send_due()
    assert page.locator("main").inner_text() == sent, "a wrong address gets a different answer"
    assert not mail.outbox, f"a wrong address got an email: {[m.subject for m in mail.outbox]}"
