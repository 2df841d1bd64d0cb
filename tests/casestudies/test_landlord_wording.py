"""A landlord's journey in a landlord's words, from the form to its own case study's page:
every page, message and email speaks to an organisation, says what the case study shows
about it (its type, its name only if the current consent allows it), and links to the
landlord's own pages (/your-case-study/), never to a resident's."""

from __future__ import annotations

import re

import pytest

from django.test import Client
from django.utils.html import escape

from casestudies.choices import EmailKind, SubmissionStatus
from casestudies.emails import email_render
from casestudies.models import OutboundEmail, Submission
from casestudies.tokens import LinkPurpose, token_make
from tests.factories.casestudies import ConsentRecordFactory, LandlordSubmissionFactory, SubmissionFactory

from .helpers import PREFIX, answer_all, send, step_url

pytestmark = pytest.mark.django_db

# What only a resident should read: their own story, their landlord, identifying them.
RESIDENT_ONLY = re.compile(
    r"\b(your|my|this) story\b|\bstory's\b|\bstories\b|identify you\b|anonymised story|"
    r"your personal details|your landlord\b|you complained|publish my story|use my (first name|photos)|"
    r"complaint about your social housing",
    re.I,
)
LANDLORD_PREFIX = PREFIX["landlord"]
NAMED_COMPLAINT = "Mrs Jane Smith at 14 Acacia Avenue, Bolton BL1 4QX waited months for a roof repair."


def _main(html: str) -> str:
    """What a reader reads: the page's <main> (and <title>), without markup or addresses."""
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    main = re.search(r"<main\b.*?</main>", html, re.S)
    text = (title.group(1) if title else "") + " " + (main.group(0) if main else html)
    text = re.sub(r'(href|action|src)="[^"]*"', "", text)
    return re.sub(r"https?://\S+", "", text)


def _assert_landlord_words(where: str, text: str) -> None:
    found = RESIDENT_ONLY.search(text)
    assert not found, (where, found and text[max(0, found.start() - 150) : found.end() + 80])


def _token(submission: Submission, purpose: LinkPurpose) -> str:
    return token_make(purpose=purpose, submission_id=submission.pk, reference=submission.reference)


def _landlord(*, named: bool = False, organisation_type: str = "local_authority", **fields) -> Submission:
    submission = LandlordSubmissionFactory(organisation_type=organisation_type, **fields)
    ConsentRecordFactory(submission=submission, publish_organisation_name=named)
    return submission


# The form, from the start page to the confirmation -------------------------------------------


def test_every_page_of_the_landlord_form_speaks_to_an_organisation(client, home_page):
    answer_all(
        client,
        "landlord",
        {"complaint": {"complaint_summary": NAMED_COMPLAINT}, "consent": {"publish_anonymised": "on"}},
    )
    pages = {}
    check = client.get(f"{LANDLORD_PREFIX}check-your-answers/")
    # Names in the answers: the landlord's own check comes first.
    assert check.status_code == 302 and check["Location"].endswith("/check-for-personal-details/")
    details = client.get(check["Location"])
    pages["personal details"] = details.content.decode()
    assert "the repairs manager" in pages["personal details"]
    version = re.search(r'name="version" value="([^"]*)"', pages["personal details"]).group(1)
    numbers = set(re.findall(r'name="finding_(\d+)"', pages["personal details"]))
    assert numbers
    # Removing what was found: the message that follows is worded for the case study too.
    response = client.post(
        check["Location"],
        {"version": version, **{f"finding_{n}": "remove" for n in numbers}},
        follow=True,
    )
    pages["after the personal details check"] = response.content.decode()
    assert "Check them before you send your case study." in pages["after the personal details check"]
    pages["check your answers"] = client.get(f"{LANDLORD_PREFIX}check-your-answers/").content.decode()
    pages["save"] = client.get(f"{LANDLORD_PREFIX}save/").content.decode()
    send(client, "landlord")
    pages["confirmation"] = client.get(f"{LANDLORD_PREFIX}confirmation/").content.decode()
    pages["no more emails"] = client.get(f"{LANDLORD_PREFIX}confirmation/?sent=0").content.decode()
    for where, html in pages.items():
        _assert_landlord_words(where, _main(html))
    assert "send the case study again with another work email address" in pages["no more emails"]
    # What the case study will show about the organisation: its type, not its name.
    described = escape("It describes it as ‘a council’.")
    assert described in pages["check your answers"]
    assert described in pages["confirmation"]
    assert "Publish this case study" in pages["check your answers"]


@pytest.mark.parametrize(
    ("organisation_type", "described"),
    [
        ("housing_association", "a housing association"),
        ("local_authority", "a council"),
        ("other", "a social landlord"),
    ],
)
def test_check_your_answers_says_how_the_organisation_is_described(
    client, home_page, organisation_type, described
):
    answer_all(
        client,
        "landlord",
        {
            "organisation-type": {"organisation_type": organisation_type},
            "consent": {"publish_anonymised": "on"},
        },
    )
    html = client.get(f"{LANDLORD_PREFIX}check-your-answers/").content.decode()
    assert "How we describe your organisation" in html
    assert (
        escape(f"The case study does not name your organisation. It describes it as ‘{described}’.") in html
    )
    assert "Example Homes" not in html.split("How we describe your organisation", 1)[1].split("</div>", 1)[0]
    # Its change link goes back to the consent, where naming it is chosen.
    assert f'href="{step_url("landlord", "consent")}?return=check"' in html


def test_a_landlord_that_agrees_to_be_named_is_told_its_name_is_shown(client, home_page):
    answer_all(client, "landlord")  # the answers tick "Name our organisation"
    html = client.get(f"{LANDLORD_PREFIX}check-your-answers/").content.decode()
    assert "The case study names your organisation: Example Homes." in html
    assert "does not name your organisation" not in html


def test_a_landlords_rate_limit_page_speaks_of_case_studies(client, home_page, settings):
    settings.DRAFT_RATE_LIMIT = "1/h"
    client.post(f"{LANDLORD_PREFIX}begin/")
    response = Client().post(f"{LANDLORD_PREFIX}begin/")
    assert response.status_code == 429
    html = response.content.decode()
    assert "how often case studies can be sent" in html
    _assert_landlord_words("rate limit", _main(html))


# Emailed links and the landlord's own pages --------------------------------------------------


def test_the_emailed_links_open_pages_in_a_landlords_words(client, home_page):
    submission = _landlord(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None)
    verify = f"/share-your-story/verify/{_token(submission, LinkPurpose.VERIFY)}/"
    pages = {"verify": client.get(verify).content.decode()}
    pages["verified"] = client.post(verify).content.decode()
    pages["resume after sending"] = client.get(
        f"/share-your-story/resume/{_token(submission, LinkPurpose.RESUME)}/"
    ).content.decode()
    page = f"/your-case-study/{_token(submission, LinkPurpose.STORY)}/"
    pages["own page"] = client.get(page).content.decode()
    pages["own page, asking to remove nothing"] = client.post(
        page, {"action": "removal", "text": ""}
    ).content.decode()
    pages["withdraw, are you sure"] = client.post(page, {"action": "withdraw"}).content.decode()
    withdraw = f"/share-your-story/withdraw/{_token(submission, LinkPurpose.WITHDRAW)}/"
    pages["withdraw link"] = client.get(withdraw).content.decode()
    pages["new link"] = client.get("/your-case-study/").content.decode()
    pages["new link sent"] = client.post(
        "/your-case-study/", {"reference": submission.reference, "email": submission.email}
    ).content.decode()
    pages["withdrawn"] = client.post(withdraw).content.decode()
    pages["own page, withdrawn"] = client.get(page).content.decode()
    pages["verify after withdrawal"] = client.get(verify).content.decode()
    for where, html in pages.items():
        _assert_landlord_words(where, _main(html))
    assert "Your case study" in pages["own page"]
    assert escape("It describes it as ‘a council’.") in pages["own page"]
    assert "Publish this case study" in pages["own page"] and "Use my first name" not in pages["own page"]
    assert "could identify the people named in it" in pages["own page"]
    assert "Get a new link to your case study" in pages["new link"]
    assert "You have withdrawn this case study" in pages["verify after withdrawal"]


def test_an_older_link_to_your_story_opens_the_same_page_in_a_landlords_words(client, home_page):
    submission = _landlord()
    html = client.get(f"/your-story/{_token(submission, LinkPurpose.STORY)}/").content.decode()
    assert "Your case study" in html
    _assert_landlord_words("your-story address", _main(html))


def test_a_landlord_stops_advertising_in_its_own_words(client, home_page, outbox):
    submission = _landlord(status=SubmissionStatus.PUBLISHED)
    submission.consents.update(use_in_advertising=True)
    page = f"/your-case-study/{_token(submission, LinkPurpose.STORY)}/"
    html = client.get(page).content.decode()
    assert "Using the case study in advertising and on social media" in html
    assert "Stop one use of your case study" in html
    html = client.post(page, {"action": "scope", "scope": "use_in_advertising"}).content.decode()
    assert "We have stopped that use of your case study" in html
    _assert_landlord_words("after stopping a use", _main(html))


def test_an_expired_landlord_link_is_explained_for_a_landlord(client, home_page, settings):
    submission = _landlord(status=SubmissionStatus.AWAITING_VERIFICATION, verified_at=None)
    settings.VERIFICATION_LINK_MAX_AGE_DAYS = -1
    settings.STORY_PAGE_LINK_MAX_AGE_DAYS = -1
    settings.RESUME_LINK_MAX_AGE_DAYS = -1
    for url, expected in [
        (f"/share-your-story/verify/{_token(submission, LinkPurpose.VERIFY)}/", "Send the case study again"),
        (f"/your-case-study/{_token(submission, LinkPurpose.STORY)}/", "Get a new link to your case study"),
        (f"/share-your-story/resume/{_token(submission, LinkPurpose.RESUME)}/", "Start again"),
    ]:
        response = client.get(url)
        html = re.search(r"<main\b.*?</main>", response.content.decode(), re.S).group(0)
        assert response.status_code == 410, url
        assert expected in html, url
        assert 'href="/your-case-study/"' in html or 'href="/share-your-story/landlord/"' in html, url
        assert 'href="/share-your-story/"' not in html and 'href="/your-story/"' not in html, url
        _assert_landlord_words(url, _main(html))


def test_a_broken_link_of_unknown_kind_offers_both_forms(client, home_page):
    html = re.search(
        r"<main\b.*?</main>", client.get("/share-your-story/resume/nonsense/").content.decode(), re.S
    )
    html = html.group(0)
    assert 'href="/share-your-story/"' in html and 'href="/share-your-story/landlord/"' in html


# Emails -------------------------------------------------------------------------------------

SUBMITTER_EMAILS = [kind for kind in EmailKind.values if not kind.startswith("editor")]


@pytest.mark.parametrize("kind", SUBMITTER_EMAILS)
def test_every_email_to_a_landlord_is_in_a_landlords_words_and_links_its_own_page(home_page, kind):
    submission = _landlord(status=SubmissionStatus.PUBLISHED)
    rendered = email_render(OutboundEmail(submission=submission, kind=kind))
    for part, text in (("subject", rendered.subject), ("text", rendered.text), ("html", rendered.html)):
        _assert_landlord_words(
            f"{kind} {part}", re.sub(r'href="[^"]*"', "", re.sub(r"https?://\S+", "", text))
        )
    assert "/your-story/" not in rendered.text + rendered.html
    if kind != EmailKind.WITHDRAWAL_CONFIRMED:
        assert "/your-case-study/" in rendered.text and "/your-case-study/" in rendered.html
    assert "Tell your residents how to make a complaint about their social housing" in rendered.text


@pytest.mark.parametrize(
    "kind", [EmailKind.ACKNOWLEDGE, EmailKind.STORY_PUBLISHED, EmailKind.STORYTELLER_PREVIEW]
)
@pytest.mark.parametrize("named", [False, True])
def test_the_emails_say_what_the_case_study_shows_about_the_organisation(home_page, kind, named):
    submission = _landlord(named=named, organisation_type="housing_association")
    rendered = email_render(OutboundEmail(submission=submission, kind=kind))
    if named:
        expected = "The case study names your organisation: Example Homes."
        assert "does not name your organisation" not in rendered.text
    else:
        expected = "It describes it as ‘a housing association’."
        assert "Example Homes" not in rendered.text
    assert expected in rendered.text
    assert escape(expected) in rendered.html


def test_a_withdrawn_consent_to_be_named_is_not_promised(home_page):
    submission = _landlord(named=True)
    consent = submission.consent
    consent.withdrawn_at = consent.given_at
    consent.save()
    text = email_render(OutboundEmail(submission=submission, kind=EmailKind.ACKNOWLEDGE)).text
    assert "Example Homes" not in text
    assert "It describes it as ‘a council’." in text


@pytest.mark.parametrize("kind", SUBMITTER_EMAILS)
def test_a_residents_emails_keep_their_own_words_and_page(home_page, kind):
    submission = SubmissionFactory(status=SubmissionStatus.PUBLISHED)
    ConsentRecordFactory(submission=submission)
    rendered = email_render(OutboundEmail(submission=submission, kind=kind))
    assert "case study" not in rendered.text.lower()
    assert "/your-case-study/" not in rendered.text
    if kind != EmailKind.WITHDRAWAL_CONFIRMED:
        assert "/your-story/" in rendered.text
    assert "Need to make a complaint about your social housing?" in rendered.text


def test_the_landlords_own_page_is_in_its_language(client, home_page):
    submission = _landlord()
    html = client.get(f"/ar/your-case-study/{_token(submission, LinkPurpose.STORY)}/").content.decode()
    main = _main(html)
    assert "دراسة الحالة الخاصة بكم" in main
    assert "«مجلس محلي»" in main  # how the case study describes a council, in Arabic
    assert "Your case study" not in main and "does not name" not in main


def test_robots_txt_keeps_a_landlords_signed_links_out(client, home_page):
    lines = client.get("/robots.txt").content.decode().splitlines()
    for path in ("/your-case-study/check/", "/your-case-study/", "/ar/your-case-study/"):
        assert f"Disallow: {path}" in lines


def test_editors_emails_about_a_landlord_keep_the_campaigns_own_signpost(home_page):
    submission = _landlord()
    html = email_render(OutboundEmail(submission=submission, kind=EmailKind.EDITOR_NOTIFICATION)).html
    assert "Tell your residents" not in html
