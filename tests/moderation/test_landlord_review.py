"""A landlord's case study through moderation: editors see the organisation's type and how
it is described where the other answers are shown; the landlord checks the version to
publish on its own page, in its own words."""

from __future__ import annotations

import re

import pytest

from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from casestudies.choices import EmailKind
from casestudies.emails import email_render
from casestudies.models import OutboundEmail
from casestudies.tokens import LinkPurpose, token_make

from .helpers import PII_STORY, anonymised, consent_checked, verified_review

pytestmark = pytest.mark.django_db

RESIDENT_ONLY = re.compile(r"\b(your|my|this) story\b|identify you\b|anonymised story|recognise you\b", re.I)


def _landlord_review(*, named: bool = False, organisation_type: str = "almo"):
    return verified_review(
        kind="landlord",
        organisation_name="Example Homes",
        organisation_type=organisation_type,
        sender_role="Complaints manager",
        complaint_summary=PII_STORY,
        lessons_learned="Repairs and complaints teams did not talk.",
        changes_made="Every repair now has a named contact.",
        story="",
        what_changed="",
        consent={"publish_organisation_name": named},
    )


@pytest.mark.parametrize("page", ["review", "consent_check", "anonymise", "decline"])
def test_editors_see_the_organisations_type_and_description_in_the_review(editor, page):
    review = _landlord_review()
    if page == "anonymise":  # opens once the consent is checked
        review = consent_checked(review, editor)
    client = Client()
    client.force_login(editor)
    response = client.get(reverse(f"moderation_admin:{page}", args=[review.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('id="summary-heading"', 1)[1].split("</section>", 1)[0]
    assert "Type of organisation" in summary
    assert "Arm&#x27;s length management organisation (ALMO)" in summary
    assert "Described as, when not named" in summary
    assert escape("‘an arm's length management organisation’") in summary
    assert "not to be named: no consent" in summary


def test_editors_see_when_the_consent_lets_the_organisation_be_named(editor):
    review = _landlord_review(named=True, organisation_type="local_authority")
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:review", args=[review.pk])).content.decode()
    assert "Example Homes (may be named: consent given)" in html
    assert escape("‘a council’") in html


def test_a_residents_review_shows_no_organisation(editor):
    review = verified_review()
    client = Client()
    client.force_login(editor)
    html = client.get(reverse("moderation_admin:review", args=[review.pk])).content.decode()
    assert "Type of organisation" not in html and "Described as, when not named" not in html


def test_the_submissions_inbox_shows_how_the_organisation_is_described(editor):
    review = _landlord_review(organisation_type="co_operative")
    client = Client()
    client.force_login(editor)
    url = f"/admin/snippets/casestudies/submission/inspect/{review.submission.pk}/"
    html = client.get(url).content.decode()
    answers = html.split(">Answers<", 1)[1].split("</section>", 1)[0]
    assert "Housing co-operative" in answers
    assert "Described as, when not named" in answers and escape("‘a housing co-operative’") in answers


def test_the_landlord_checks_its_case_study_on_its_own_page(editor, index):
    review = consent_checked(_landlord_review(organisation_type="housing_association"), editor)
    page = anonymised(review, editor)
    outbound = OutboundEmail.objects.get(submission=review.submission, kind=EmailKind.STORYTELLER_PREVIEW)
    email = email_render(outbound)
    assert email.subject.startswith("Check your case study before we publish it")
    assert "/your-case-study/check/" in email.text and "/your-story/" not in email.text
    token = token_make(
        purpose=LinkPurpose.CHECK, submission_id=page.submission_id, reference=review.submission.reference
    )
    html = Client().get(f"/your-case-study/check/{token}/").content.decode()
    main = re.search(r"<main\b.*?</main>", html, re.S).group(0)
    assert "Check your case study before we publish it" in main
    assert "could identify the people named in it" in main
    assert escape("It describes it as ‘a housing association’.") in main
    assert "No, we want more removed or changed" in main
    assert ">What happened</h2>" in main
    assert not RESIDENT_ONLY.search(main), RESIDENT_ONLY.search(main)
    thanks = Client().post(f"/your-case-study/check/{token}/", {"answer": "approve"}).content.decode()
    assert "Thank you for checking your case study" in thanks
    # The older address opens the same check.
    assert Client().get(f"/your-story/check/{token}/").status_code == 200
