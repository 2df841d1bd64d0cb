"""The storyteller's own check before sending, in English and Arabic, with and without JavaScript.

The storyteller comes back to a finished draft through their emailed link; before
"Check your answers" they see what the detector found (a phone number, an email
address), send the page empty (the error state), choose to replace one without
words (its error), then replace one and keep the other, and send. Kept findings
reach the editors as offsets on the Submission.

Three ways of running: JavaScript on; the site's scripts blocked (the page as it is
without JavaScript, where axe can still run, because axe needs JavaScript itself);
and a context with JavaScript switched off, which proves the choices work with no
script at all (axe cannot run there).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import PHONE, assert_error_summary, assert_no_axe_violations, new_page

pytestmark = pytest.mark.browser

PHONE_NUMBER = "07700 900123"
EMAIL_WORDS = "sam.patel@example.com"
STORIES = {
    "en": (
        f"I rang the housing office on {PHONE_NUMBER} and emailed {EMAIL_WORDS} about the mould.",
        "They fixed the fan and now reply within a week.",
        "my email address",
    ),
    "ar": (
        f"اتصلت بمكتب الإسكان على {PHONE_NUMBER} وكتبت إلى {EMAIL_WORDS} بشأن العفن.",
        "أصلحوا المروحة ويردون الآن خلال أسبوع.",
        "بريدي",
    ),
}
PREFIX = {"en": "/", "ar": "/ar/"}
CHECK_PAGE = re.compile(r"/share-your-story/check-for-personal-details/$")
ANSWERS_PAGE = re.compile(r"/share-your-story/check-your-answers/$")


def _finished_draft(language: str):
    """A resident's draft with every question answered, as if they had left before sending."""
    from casestudies.flows import RESIDENT
    from casestudies.tokens import LinkPurpose, token_make
    from tests.factories.casestudies import ConsentRecordFactory, SubmissionFactory

    story, what_changed, _replacement = STORIES[language]
    draft = SubmissionFactory(
        draft=True,
        language=language,
        preferred_language=language,
        themes=["damp_mould"],
        story=story,
        what_changed=what_changed,
        full_name="Amira Testperson",
        email=f"amira.{language}@example.org",
    )
    draft.answered_steps = [step.slug for step in RESIDENT.applicable(draft)]
    draft.save()
    ConsentRecordFactory(submission=draft, language=language)
    token = token_make(purpose=LinkPurpose.RESUME, submission_id=draft.pk, reference=draft.reference)
    return draft, f"{PREFIX[language]}share-your-story/resume/{token}/"


def _block_site_scripts(page: Page) -> None:
    page.route(re.compile(r"\.(m?js)(\?.*)?$"), lambda route: route.abort())


def _fieldset_for(page: Page, words: str):
    return page.locator("fieldset.govuk-fieldset").filter(has=page.locator("mark", has_text=words))


def _choose(page: Page, fieldset, value: str) -> None:
    radio = fieldset.locator(f"input[type=radio][value={value}]")
    page.locator(f"label[for='{radio.get_attribute('id')}']").click()
    expect(radio).to_be_checked()


def _axe(page: Page, run_axe: bool, label: str) -> None:
    if run_axe:
        assert_no_axe_violations(page, label)


def storyteller_checks_personal_details(page: Page, base_url: str, language: str, mode: str) -> None:
    from casestudies.models import Submission

    draft, resume = _finished_draft(language)
    _story, _what_changed, replacement = STORIES[language]
    run_axe = mode != "no-js"
    label = f"check for personal details ({language}, {mode})"

    page.goto(base_url + resume)
    expect(page).to_have_url(CHECK_PAGE)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    expect(page.locator("h1")).to_have_count(1)
    marks = page.locator("main mark")
    expect(marks).to_have_count(2)
    expect(marks.nth(0)).to_contain_text(PHONE_NUMBER)
    expect(marks.nth(1)).to_contain_text(EMAIL_WORDS)
    phone, email = _fieldset_for(page, PHONE_NUMBER), _fieldset_for(page, EMAIL_WORDS)
    email_input = email.locator("input[type=text]")
    if mode == "js":
        # GOV.UK's conditional reveal: the words input appears when "Replace it with" is chosen.
        expect(email_input).to_be_hidden()
    else:
        expect(email_input).to_be_visible()  # without JavaScript it is always there
    _axe(page, run_axe, label)

    # Sent with nothing chosen: an error for each finding.
    page.locator("button.govuk-button:not(.govuk-button--secondary)").click()
    expect(page).to_have_url(CHECK_PAGE)
    expect(page.locator(".govuk-error-summary__list a")).to_have_count(2)
    if language == "en" and mode == "js":
        assert_error_summary(page, label)
    _axe(page, run_axe, f"{label}, nothing chosen")

    # "Replace it with" but no words: the error is on the words input.
    _choose(page, phone, "keep")
    _choose(page, email, "replace")
    expect(email_input).to_be_visible()
    page.locator("button.govuk-button:not(.govuk-button--secondary)").click()
    expect(page.locator(".govuk-error-summary__list a")).to_have_count(1)
    error_link = page.locator(".govuk-error-summary__list a").first
    expect(error_link).to_have_attribute("href", "#id_finding_2_replacement")
    email = _fieldset_for(page, EMAIL_WORDS)
    email_input = email.locator("input[type=text]")
    expect(email.locator("input[type=radio][value=replace]")).to_be_checked()
    expect(email_input).to_be_visible()
    if mode == "js":
        error_link.click()
        expect(email_input).to_be_focused()
    _axe(page, run_axe, f"{label}, replacement missing")

    email_input.fill(replacement)
    page.locator("button.govuk-button:not(.govuk-button--secondary)").click()
    expect(page).to_have_url(ANSWERS_PAGE)
    answers = page.locator(".govuk-summary-list")
    expect(answers).to_contain_text(replacement)
    expect(answers).not_to_contain_text(EMAIL_WORDS)
    expect(answers).to_contain_text(PHONE_NUMBER)
    _axe(page, run_axe, f"check your answers after the check ({language}, {mode})")

    submission = Submission.objects.get(pk=draft.pk)
    assert EMAIL_WORDS not in submission.story and replacement in submission.story
    [kept] = submission.resident_kept
    assert kept["field"] == "story" and kept["kind"] == "PHONE"
    assert submission.story[kept["start"] : kept["end"]] == PHONE_NUMBER

    # "Accept and send" is the form's only main button on the page.
    page.locator("main form button.govuk-button").click()
    expect(page).to_have_url(re.compile(r"/share-your-story/confirmation/$"))
    submission.refresh_from_db()
    assert submission.status == "awaiting_verification"
    assert submission.resident_kept == [kept]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("mode", ["js", "scripts-blocked", "no-js"])
def test_the_storyteller_checks_for_personal_details(
    django_db_serialized_rollback, browser, live_server, home_page, language, mode
):
    options = {**PHONE, "java_script_enabled": mode != "no-js"}
    page = new_page(browser, **options)
    try:
        if mode == "scripts-blocked":
            _block_site_scripts(page)
        storyteller_checks_personal_details(page, live_server.url, language, mode)
    finally:
        page.context.close()


def test_continue_without_changes_keeps_everything(page: Page, live_server):
    from casestudies.models import Submission

    draft, resume = _finished_draft("en")
    page.goto(live_server.url + resume)
    expect(page).to_have_url(CHECK_PAGE)
    page.get_by_role("button", name="Continue without changes").click()
    expect(page).to_have_url(ANSWERS_PAGE)
    answers = page.locator(".govuk-summary-list")
    expect(answers).to_contain_text("You chose to keep 2 details.")
    assert_no_axe_violations(page, "check your answers with 2 details kept")
    draft.refresh_from_db()
    assert draft.story == STORIES["en"][0]
    assert sorted(k["kind"] for k in draft.resident_kept) == ["EMAIL", "PHONE"]
    # "Change" goes back to the check, with both kept ones chosen.
    page.get_by_role("link", name=re.compile("^Change details that could identify someone")).click()
    expect(page).to_have_url(re.compile(r"check-for-personal-details/\?return=check$"))
    expect(page.locator("input[type=radio][value=keep]:checked")).to_have_count(2)
    assert_no_axe_violations(page, "check for personal details, coming back")
    assert Submission.objects.get(pk=draft.pk).status == "draft"
