"""A resident saves their answers, and carries on from the emailed link on another device."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import PHONE, assert_no_axe_violations
from .helpers import (
    check,
    check_error_state,
    continue_,
    fill,
    link_in,
    on_step,
    only_email,
    press,
    title_pattern,
)

pytestmark = pytest.mark.browser

FLOW = "Share your story"
EMAIL = "sam.saver@example.org"
LANDLORD_NAME = "Example Borough Council"
STAGE_2 = "Stage 2: I asked my landlord to look at it again"


def test_resident_saves_and_carries_on_elsewhere(page: Page, live_server, new_context_page):
    base_url = live_server.url
    page.goto(f"{base_url}/share-your-story/")
    page.get_by_role("button", name="Start now").click()

    on_step(page, "problem", "What the problem was about", FLOW)
    check(page, "Damp and mould")
    continue_(page)
    on_step(page, "your-landlord", "Your landlord", FLOW)
    check(page, "Council")
    fill(page, **{"Your landlord's name (optional)": LANDLORD_NAME})
    continue_(page)

    # Half way through a page: what is chosen is kept, but the question is not answered yet.
    on_step(page, "complaint-stage", "How far your complaint went", FLOW)
    check(page, STAGE_2)
    press(page, "Save and come back later")

    expect(page).to_have_url(re.compile(r"/share-your-story/save/$"))
    expect(page).to_have_title(title_pattern("Save your answers and come back later", FLOW))
    assert_no_axe_violations(page, "save page")
    check_error_state(page, "save page", lambda p: press(p, "Send me a link"))
    expect(page.locator(".govuk-error-summary__list a")).to_have_text(["Enter your email address"])
    fill(page, **{"Email address": EMAIL})
    press(page, "Send me a link")

    expect(page).to_have_url(re.compile(r"/share-your-story/saved/$"))
    expect(page).to_have_title(title_pattern("We have emailed you a link", FLOW))
    expect(page.get_by_text(EMAIL)).to_be_visible()
    assert_no_axe_violations(page, "'We have emailed you a link' page")

    resume_email = only_email(EMAIL, "Your link to carry on with your story")
    resume_path = link_in(resume_email, "resume")

    # Another phone: a new browser context, with none of the first one's cookies.
    other = new_context_page(**PHONE)
    assert other.context.cookies() == []
    other.goto(base_url + resume_path)

    # The first question not yet answered, with the half-given answer kept.
    on_step(other, "complaint-stage", "How far your complaint went", FLOW)
    expect(other.get_by_label(STAGE_2, exact=True)).to_be_checked()
    assert_no_axe_violations(other, "question page opened from the resume link")

    # Earlier answers are all there.
    other.get_by_role("link", name="Back", exact=True).click()
    on_step(other, "your-landlord", "Your landlord", FLOW)
    expect(other.get_by_label("Council", exact=True)).to_be_checked()
    expect(other.get_by_label("Your landlord's name (optional)", exact=True)).to_have_value(LANDLORD_NAME)
    other.get_by_role("link", name="Back", exact=True).click()
    on_step(other, "problem", "What the problem was about", FLOW)
    expect(other.get_by_label("Damp and mould", exact=True)).to_be_checked()
    expect(other.get_by_label("Leaks and repairs", exact=True)).not_to_be_checked()

    # And the new device carries on from there.
    continue_(other)
    on_step(other, "your-landlord", "Your landlord", FLOW)
    continue_(other)
    on_step(other, "complaint-stage", "How far your complaint went", FLOW)
    continue_(other)
    on_step(other, "when", "When you first complained", FLOW)
