"""With JavaScript off, on a phone: nothing typed is ever cut or lost (issue 15, part 5).

Every length-limited field of both forms gets more than it allows. The page must come
back with the GOV.UK error (summary and field), still holding every character typed:
no maxlength cut it in the browser and the server kept it. axe runs on each error state.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import (
    PHONE,
    assert_error_summary,
    assert_no_axe_violations,
    assert_no_axe_violations_without_javascript,
    new_page,
)
from .helpers import continue_

pytestmark = pytest.mark.browser

START = {"resident": "/share-your-story/", "landlord": "/share-your-story/landlord/"}


def _long(limit: int) -> str:
    """More than ``limit`` characters in several scripts and lines, ending in words a cut
    would lose."""
    unit = "Damp came back.\nالرطوبة عادت. ছাদ ফুটো। "
    return (unit * (limit // len(unit) + 2))[: limit + 25] + " THE-LAST-WORDS"


# (flow, step, field id, limit, message, label, other answers the page needs by label)
FIELDS = [
    ("resident", "your-story", "story", 5000, "Your story must be 5,000 characters or fewer", "Tell us your story in your own words", {}),
    ("resident", "what-changed", "what_changed", 2000, "What has changed must be 2,000 characters or fewer", "What has changed for you since you complained?", {}),
    ("resident", "your-landlord", "landlord_name", 200, "Your landlord's name must be 200 characters or fewer", "Your landlord's name (optional)", {}),
    ("resident", "contact-details", "full_name", 200, "Full name must be 200 characters or fewer", "Full name", {"Email address": "sam@example.com"}),
    ("resident", "contact-details", "phone", 32, "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192", "Phone number (optional)", {"Full name": "Sam", "Email address": "sam@example.com"}),
    ("landlord", "organisation", "organisation_name", 200, "Organisation name must be 200 characters or fewer", "What is your organisation called?", {}),
    ("landlord", "contact-details", "sender_role", 200, "Your job title must be 200 characters or fewer", "Your job title", {"Your full name": "Sam", "Work email address": "sam@council.example"}),
    ("landlord", "complaint", "complaint_summary", 2000, "What happened must be 2,000 characters or fewer", "What happened?", {}),
    ("landlord", "lessons", "lessons_learned", 3000, "What your organisation learned must be 3,000 characters or fewer", "What did your organisation learn from the complaint?", {}),
    ("landlord", "changes", "changes_made", 3000, "What your organisation changed must be 3,000 characters or fewer", "What did your organisation change as a result?", {}),
    ("landlord", "figures", "figures", 1000, "Figures must be 1,000 characters or fewer", "Do you have figures that show the difference? (optional)", {}),
]  # fmt: skip


@pytest.fixture
def no_js_page(django_db_serialized_rollback, browser, live_server, home_page):
    page = new_page(browser, **PHONE, java_script_enabled=False)
    yield page
    page.context.close()


def _begin(page: Page, base_url: str, flow: str) -> None:
    page.goto(base_url + START[flow])
    page.get_by_role("button", name="Start now").click()
    expect(page).not_to_have_url(re.compile(re.escape(START[flow]) + "$"))


@pytest.mark.parametrize(("flow", "step", "field", "limit", "message", "label", "others"), FIELDS)
def test_too_long_without_javascript_is_refused_and_kept(
    no_js_page: Page, browser, live_server, flow, step, field, limit, message, label, others
):
    page = no_js_page
    _begin(page, live_server.url, flow)
    page.goto(f"{live_server.url}{START[flow]}{step}/")
    if step == "your-landlord":
        page.get_by_label("Council", exact=True).check()
    box = page.get_by_label(label, exact=True)
    assert box.get_attribute("maxlength") is None
    single_line = field in ("landlord_name", "full_name", "phone", "organisation_name", "sender_role")
    text = "0161 496 0000 " * 4 + "THE-LAST-WORDS" if field == "phone" else _long(limit)
    if single_line:  # a text input has no newlines to keep
        text = text.replace("\n", " ")
    for other, value in others.items():
        page.get_by_label(other, exact=True).fill(value)
    box.fill(text)
    expect(box).to_have_value(text)  # nothing cut while typing
    continue_(page)

    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary.locator(f"a[href='#id_{field}']")).to_have_text(message)
    expect(page.locator(f"#id_{field}-error")).to_have_text(f"Error: {message}")
    # Every character is back in the field, to shorten rather than type again.
    expect(page.get_by_label(label, exact=True)).to_have_value(text)
    if not single_line:
        # Without JavaScript the character count is the server's hint, not a live count.
        expect(page.locator(f"#id_{field}-info")).to_have_text(f"You can enter up to {limit} characters")
    assert_no_axe_violations_without_javascript(
        page, browser, f"{flow} {step} with too much text, JavaScript off"
    )


def test_the_error_summary_links_to_the_field_without_javascript(no_js_page: Page, live_server):
    page = no_js_page
    _begin(page, live_server.url, "resident")
    page.goto(f"{live_server.url}/share-your-story/your-story/")
    page.get_by_label("Tell us your story in your own words", exact=True).fill(_long(5000))
    continue_(page)
    link = page.locator(".govuk-error-summary__list a")
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("href", "#id_story")
    expect(page.locator("#id_story")).to_have_count(1)


def test_save_and_come_back_keeps_a_story_that_is_too_long(no_js_page: Page, live_server):
    page = no_js_page
    _begin(page, live_server.url, "resident")
    page.goto(f"{live_server.url}/share-your-story/your-story/")
    text = _long(5000)
    page.get_by_label("Tell us your story in your own words", exact=True).fill(text)
    page.get_by_role("button", name="Save and come back later").click()
    expect(page).to_have_url(re.compile(r"/your-story/$"))
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Your story must be 5,000 characters or fewer"
    )
    expect(page.get_by_label("Tell us your story in your own words", exact=True)).to_have_value(text)


@pytest.mark.parametrize("javascript", [True, False])
def test_an_invalid_email_shows_one_message(
    browser, live_server, home_page, django_db_serialized_rollback, javascript
):
    page = new_page(browser, **PHONE, java_script_enabled=javascript)
    try:
        _begin(page, live_server.url, "resident")
        page.goto(f"{live_server.url}/share-your-story/contact-details/")
        page.get_by_label("Full name", exact=True).fill("Sam")
        page.get_by_label("Email address", exact=True).fill("sam@")
        continue_(page)
        message = "Enter an email address in the correct format, like name@example.com"
        expect(page.locator("#id_email-error")).to_have_text(f"Error: {message}")
        expect(page.locator(".govuk-error-summary__list a")).to_have_text([message])
        if javascript:
            assert_error_summary(page, "contact details with an invalid email")
        if javascript:
            assert_no_axe_violations(page, "contact details with an invalid email")
        else:
            assert_no_axe_violations_without_javascript(
                page, browser, "contact details with an invalid email, JavaScript off"
            )
    finally:
        page.context.close()
