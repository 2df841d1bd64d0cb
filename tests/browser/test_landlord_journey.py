"""A landlord's complaints manager sends a case study from a desktop; an editor reads it.

Every public page is checked with axe, question pages also in their error state.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories.users import UserFactory

from .conftest import DESKTOP, assert_no_axe_violations
from .helpers import (
    answer_step,
    assert_not_on_page,
    check,
    check_error_state,
    continue_,
    editor_logs_in,
    editor_opens_submission,
    fill,
    link_in,
    on_step,
    only_email,
    press,
    reference_on_page,
    title_pattern,
)

pytestmark = pytest.mark.browser

FLOW = "Share what your organisation learned"
ORGANISATION = "Example Homes Group"
FULL_NAME = "Priya Testmanager"
ROLE = "Complaints manager"
EMAIL = "complaints@example-homes.example"
PERSONAL_EMAIL = "priya.testmanager@gmail.com"
SUMMARY = "A resident reported a roof leak five times before anyone came to look at it."
LESSONS = "Repair requests were closed when the job was booked, not when it was done."
CHANGES = "Every repair now stays open until the resident confirms it is fixed."
FIGURES = "Stage 2 escalations fell from 40 to 12 a quarter."


def landlord_gives_contact_details(page: Page) -> None:
    """Empty first, then a personal address: both are errors; then the work address."""
    slug, title = "contact-details", "Your contact details"
    on_step(page, slug, title, FLOW)
    assert_no_axe_violations(page, "landlord contact details page")
    check_error_state(page, "landlord contact details page")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter your work email address")

    fill(page, **{"Your full name": FULL_NAME, "Your job title": ROLE, "Work email address": PERSONAL_EMAIL})
    check_error_state(page, "landlord contact details page with a personal email")
    expect(page.locator(".govuk-error-summary__list a")).to_have_text(
        ["Enter your work email address, not a personal one like Gmail or Hotmail"]
    )
    # What was valid is kept; only the email is asked again.
    expect(page.get_by_label("Your full name", exact=True)).to_have_value(FULL_NAME)
    expect(page.get_by_label("Your job title", exact=True)).to_have_value(ROLE)

    fill(page, **{"Work email address": EMAIL})
    continue_(page)


def landlord_answers_questions(page: Page) -> None:
    answer_step(
        page,
        "organisation",
        "Your organisation",
        FLOW,
        lambda p: fill(p, **{"What is your organisation called?": ORGANISATION}),
    )
    answer_step(
        page,
        "organisation-type",
        "Type of organisation",
        FLOW,
        lambda p: check(p, "Local authority or council"),
    )
    landlord_gives_contact_details(page)
    answer_step(
        page,
        "problem",
        "What the complaint was about",
        FLOW,
        lambda p: check(p, "Leaks and repairs", "Communication"),
    )
    answer_step(
        page,
        "complaint",
        "What happened",
        FLOW,
        lambda p: fill(p, **{"What happened?": SUMMARY}),
    )
    answer_step(
        page,
        "lessons",
        "What your organisation learned",
        FLOW,
        lambda p: fill(p, **{"What did your organisation learn from the complaint?": LESSONS}),
    )
    answer_step(
        page,
        "changes",
        "What your organisation changed",
        FLOW,
        lambda p: fill(p, **{"What did your organisation change as a result?": CHANGES}),
    )
    # Optional: sending it empty is not an error, so there is no error state to see.
    answer_step(
        page,
        "figures",
        "Figures",
        FLOW,
        lambda p: fill(p, **{"Do you have figures that show the difference? (optional)": FIGURES}),
        error_state=False,
    )
    answer_step(
        page,
        "consent",
        "How we can use your case study",
        FLOW,
        lambda p: (
            expect(p.get_by_text("we will describe your organisation as ‘a council’")).to_be_visible(),
            check(p, "Publish this case study", "Name our organisation"),
        ),
    )


def test_landlord_sends_a_case_study(desktop_page: Page, live_server, new_context_page):
    from casestudies.models import Submission

    page = desktop_page
    base_url = live_server.url
    editor = UserFactory(groups=["Comms editors"], email="editor@example.gov.uk")

    page.goto(f"{base_url}/share-your-story/landlord/")
    expect(page).to_have_title(title_pattern("Share what your organisation learned from a complaint"))
    assert_no_axe_violations(page, "landlord start page")
    page.get_by_role("button", name="Start now").click()

    landlord_answers_questions(page)

    expect(page).to_have_url(re.compile(r"/share-your-story/landlord/check-your-answers/$"))
    expect(page).to_have_title(title_pattern("Check your answers before sending", FLOW))
    answers = page.locator(".govuk-summary-list")
    for shown in (
        ORGANISATION,
        "Local authority or council",
        FULL_NAME,
        ROLE,
        EMAIL,
        "Leaks and repairs, Communication",
        SUMMARY,
        LESSONS,
        CHANGES,
        FIGURES,
    ):
        expect(answers).to_contain_text(shown)
    assert_no_axe_violations(page, "landlord check your answers page")
    press(page, "Accept and send")

    expect(page).to_have_url(re.compile(r"/share-your-story/landlord/confirmation/$"))
    expect(page).to_have_title(title_pattern("Check your email to send your case study", FLOW))
    reference = reference_on_page(page)
    assert_no_axe_violations(page, "landlord confirmation page")
    submission = Submission.objects.get(reference=reference)
    assert (submission.kind, submission.status) == ("landlord", "awaiting_verification")

    verify_email = only_email(EMAIL, "Confirm your email address to send your case study")
    page.goto(base_url + link_in(verify_email, "verify"))
    expect(page).to_have_title(title_pattern("Confirm your email address"))
    assert_no_axe_violations(page, "landlord verify page")
    press(page, "Confirm and send my case study")
    expect(page.get_by_role("heading", name="Your case study has been sent")).to_be_visible()
    expect(page.locator(".govuk-panel--confirmation")).to_contain_text(reference)
    assert_no_axe_violations(page, "landlord verified page")

    acknowledgement = only_email(EMAIL, f"We have your case study: reference {reference}")
    link_in(acknowledgement, "withdraw")
    notification = only_email(editor.email, re.compile(re.escape(reference)))
    assert EMAIL not in notification.body and FULL_NAME not in notification.body

    admin_page = new_context_page(**DESKTOP)
    editor_logs_in(admin_page, base_url, editor.username)
    editor_opens_submission(admin_page, base_url, reference)
    expect(admin_page.get_by_text("Landlord lesson", exact=True)).to_be_visible()
    expect(admin_page.get_by_text(LESSONS)).to_be_visible()
    expect(admin_page.get_by_text(CHANGES)).to_be_visible()
    assert_not_on_page(admin_page, EMAIL, FULL_NAME)
