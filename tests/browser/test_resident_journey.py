"""A resident sends a story from a phone, confirms their address, and an editor reads it.

Every public page is checked with axe, question pages also in their error state.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories.users import UserFactory

from .conftest import DESKTOP, REFERENCE, assert_no_axe_violations, poll_until
from .helpers import (
    answer_step,
    assert_no_metadata,
    assert_not_on_page,
    check,
    check_error_state,
    continue_,
    editor_logs_in,
    editor_opens_submission,
    fill,
    jpeg_with_gps,
    link_in,
    not_an_image,
    on_step,
    only_email,
    press,
    reference_on_page,
    title_pattern,
)

pytestmark = pytest.mark.browser

FLOW = "Share your story"
FULL_NAME = "Amira Okonkwo-Testperson"
EMAIL = "amira.resident@example.org"
PHONE = "07700 900 982"
STORY = (
    "Black mould grew on the bedroom wall every winter and my daughter kept coughing. "
    "I complained twice and then went to the Ombudsman, who made them fix the ventilation."
)
WHAT_CHANGED = "The extractor fans were fitted and the landlord now phones me back."


def resident_answers_questions(page: Page, tmp_path) -> None:
    """Every question page in order, each first sent empty to see its error state."""
    answer_step(
        page,
        "problem",
        "What the problem was about",
        FLOW,
        lambda p: check(p, "Damp and mould", "Leaks and repairs"),
    )
    answer_step(
        page,
        "your-landlord",
        "Your landlord",
        FLOW,
        lambda p: (
            check(p, "Housing association"),
            fill(p, **{"Your landlord's name (optional)": "Example Homes Trust"}),
        ),
    )
    answer_step(
        page,
        "complaint-stage",
        "How far your complaint went",
        FLOW,
        lambda p: check(p, "I took it to the Housing Ombudsman"),
    )
    answer_step(page, "when", "When you first complained", FLOW, lambda p: check(p, "1 to 2 years ago"))
    answer_step(
        page,
        "on-time",
        "Whether your landlord replied on time",
        FLOW,
        lambda p: check(p, "Some replies came on time and some were late"),
    )
    answer_step(
        page,
        "outcome",
        "What you got in the end",
        FLOW,
        lambda p: check(p, "An apology", "A repair or the problem fixed"),
    )
    # Only there because the complaint reached the Housing Ombudsman.
    answer_step(
        page,
        "ombudsman",
        "What the Housing Ombudsman decided",
        FLOW,
        lambda p: check(p, "Maladministration"),
    )
    # The story first, then what has changed since.
    answer_step(
        page,
        "your-story",
        "Your story",
        FLOW,
        lambda p: fill(p, **{"Tell us your story in your own words": STORY}),
    )
    answer_step(
        page,
        "what-changed",
        "What has changed for you",
        FLOW,
        lambda p: fill(p, **{"What has changed for you since you complained?": WHAT_CHANGED}),
    )
    resident_adds_a_photo(page, tmp_path)
    answer_step(
        page,
        "contact-details",
        "Your contact details",
        FLOW,
        lambda p: fill(
            p, **{"Full name": FULL_NAME, "Email address": EMAIL, "Phone number (optional)": PHONE}
        ),
    )
    answer_step(page, "region", "Where you live", FLOW, lambda p: check(p, "North West"))
    answer_step(page, "language", "The language we use to contact you", FLOW, lambda p: check(p, "English"))
    answer_step(
        page,
        "consent",
        "How we can use your story",
        FLOW,
        lambda p: check(p, "Publish my story with my name and details removed", "Use my photos"),
    )


def resident_adds_a_photo(page: Page, tmp_path) -> None:
    """The optional photos page: no empty error state, but a bad file shows one."""
    on_step(page, "photos", "Photos", FLOW)
    assert_no_axe_violations(page, "photos page")
    # GOV.UK Frontend's file upload gives the field's id to its "Choose file" button.
    upload = page.locator("input[type=file][name=photos]")
    upload.set_input_files(str(not_an_image(tmp_path / "not-a-photo.jpg")))
    check_error_state(page, "photos page with a text file", lambda p: press(p, "Upload and add more"))
    expect(page.locator("#id_photos-error")).to_contain_text(
        "not-a-photo.jpg: The selected file must be a JPG, PNG, WebP or HEIC image"
    )
    expect(page.get_by_text("You have added")).to_have_count(0)

    upload.set_input_files(str(jpeg_with_gps(tmp_path / "mould-on-wall.jpg")))
    press(page, "Upload and add more")
    on_step(page, "photos", "Photos", FLOW)
    expect(page.get_by_role("heading", name="You have added 1 photo")).to_be_visible()
    thumbnail = page.get_by_role("img", name="Photo 1 you uploaded")
    expect(thumbnail).to_be_visible()
    thumbnail.scroll_into_view_if_needed()  # it is loading="lazy"
    poll_until(
        page, "img => img.complete && img.naturalWidth > 0", thumbnail.element_handle(), "thumbnail loaded"
    )
    assert thumbnail.evaluate("img => img.naturalWidth") == 640, "the uploaded photo is not shown back"
    assert_no_axe_violations(page, "photos page with 1 photo")
    continue_(page)


def resident_checks_and_sends(page: Page) -> str:
    expect(page).to_have_url(re.compile(r"/share-your-story/check-your-answers/$"))
    expect(page).to_have_title(title_pattern("Check your answers before sending", FLOW))
    answers = page.locator(".govuk-summary-list")
    for shown in (
        "Damp and mould, Leaks and repairs",
        "I took it to the Housing Ombudsman",
        "Maladministration",
        "1 photo",
        FULL_NAME,
        EMAIL,
        "North West",
        re.compile("publish my story, anonymised", re.I),
        re.compile("use my photos", re.I),
    ):
        expect(answers).to_contain_text(shown)
    expect(answers).to_contain_text(STORY[:60])
    assert_no_axe_violations(page, "check your answers page")
    press(page, "Accept and send")

    expect(page).to_have_url(re.compile(r"/share-your-story/confirmation/$"))
    expect(page).to_have_title(title_pattern("Check your email to send your story", FLOW))
    reference = reference_on_page(page)
    expect(page.get_by_text(EMAIL)).to_be_visible()
    assert_no_axe_violations(page, "confirmation page")
    return reference


def resident_confirms_address(page: Page, base_url: str, reference: str) -> None:
    verify_email = only_email(EMAIL, "Confirm your email address to send your story")
    assert reference in verify_email.body
    page.goto(base_url + link_in(verify_email, "verify"))
    expect(page).to_have_title(title_pattern("Confirm your email address"))
    expect(page.get_by_text(reference)).to_be_visible()
    assert_no_axe_violations(page, "verify page")
    press(page, "Confirm and send my story")
    expect(page).to_have_title(title_pattern("Your story has been sent"))
    expect(page.get_by_role("heading", name="Your story has been sent")).to_be_visible()
    expect(page.locator(".govuk-panel--confirmation")).to_contain_text(reference)
    assert_no_axe_violations(page, "verified page")


def test_resident_sends_a_story_from_a_phone(page: Page, live_server, new_context_page, tmp_path):
    from casestudies.models import Photo, Submission

    base_url = live_server.url
    editor = UserFactory(groups=["Comms editors"], email="editor@example.gov.uk")

    page.goto(f"{base_url}/share-your-story/")
    expect(page).to_have_title(title_pattern("Share your story about a housing complaint"))
    assert_no_axe_violations(page, "resident start page")
    page.get_by_role("button", name="Start now").click()

    resident_answers_questions(page, tmp_path)
    reference = resident_checks_and_sends(page)
    assert Submission.objects.get(reference=reference).status == "awaiting_verification"

    resident_confirms_address(page, base_url, reference)

    acknowledgement = only_email(EMAIL, f"We have your story: reference {reference}")
    withdraw_path = link_in(acknowledgement, "withdraw")
    # Opening the withdrawal link only shows a page with a button: nothing changes yet.
    page.goto(base_url + withdraw_path)
    expect(page).to_have_title(title_pattern("Withdraw your story"))
    assert_no_axe_violations(page, "withdraw page")
    assert Submission.objects.get(reference=reference).status == "new"

    # Editors are told, without any of the resident's personal data.
    notification = only_email(editor.email, re.compile(re.escape(reference)))
    for secret in (FULL_NAME, EMAIL, PHONE):
        assert secret not in notification.body
        assert secret not in notification.alternatives[0][0]

    # An editor reads the story on a desktop: contact details stay hidden.
    admin_page = new_context_page(**DESKTOP)
    editor_logs_in(admin_page, base_url, editor.username)
    editor_opens_submission(admin_page, base_url, reference)
    expect(admin_page.get_by_text(STORY)).to_be_visible()
    expect(admin_page.get_by_text("Hidden. Only privacy officers can see")).to_be_visible()
    assert_not_on_page(admin_page, EMAIL, FULL_NAME, PHONE)
    # The editor's photo link streams the cleaned photo.
    photo_src = admin_page.get_by_role("img", name="Photo 1 sent with the submission").get_attribute("src")
    response = admin_page.request.get(base_url + photo_src)
    assert response.ok and response.headers["content-type"] == "image/jpeg"
    assert_no_metadata(response.body())

    # The stored photo was re-encoded: no EXIF, no location.
    photo = Photo.objects.get(submission__reference=reference)
    with photo.image.open("rb") as stored:
        data = stored.read()
    assert data[:3] == b"\xff\xd8\xff"
    assert_no_metadata(data)
    assert REFERENCE.fullmatch(reference)
