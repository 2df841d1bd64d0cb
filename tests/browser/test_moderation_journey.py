"""A verified story goes through moderation in the browser, all the way to a published page.

A comms editor checks the consent, anonymises the story (the detector's suggestions,
a redaction by hand, a blurred photo), the storyteller approves the anonymised
version from their emailed link on a phone, a second editor signs it off, and the
published page carries none of the personal data the story was sent with.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from PIL import Image, ImageStat
from playwright.sync_api import Page, expect

from django.core.files.base import ContentFile

from tests.factories.users import UserFactory
from tests.moderation.helpers import PII_STRINGS, case_index, verified_review

from .conftest import DESKTOP, PHONE, assert_no_axe_violations, email_links, html_part, link_path, poll_until
from .helpers import check, editor_logs_in, only_email, press

pytestmark = pytest.mark.browser

FULL_NAME = "Amina Farouk"
EMAIL = "amina.farouk@example.com"
TOWN = "Bolton"  # the detector leaves the town: the editor redacts it by hand
TITLE = "Mould came back until the fan was fixed"
SUMMARY = "A resident's stage 2 complaint got a broken fan replaced."
PULL_QUOTE = "They fixed the fan and apologised."
ALT_TEXT = "A wall with black mould spreading above a window"
PHOTO_SIZE = (600, 400)
# The area the editor drags over the photo, as fractions of its width and height.
AREA = {"x": 0.2, "y": 0.25, "w": 0.4, "h": 0.5}
PUBLISH = "Publish the anonymised story in the toolkit"
USE_PHOTOS = "Use their photos (blurred where needed)"


def field(page: Page, label: str):
    """A Wagtail admin field by its label, which ends in "*" when the field is required."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def detailed_jpeg() -> bytes:
    """A photo with sharp detail everywhere (a chequerboard), so blurring shows in the pixels."""
    width, height = PHOTO_SIZE
    image = Image.new("RGB", PHOTO_SIZE, (250, 250, 250))
    for x in range(0, width, 20):
        for y in range(0, height, 20):
            if (x + y) % 40 == 0:
                image.paste((20, 30, 40), (x, y, x + 20, y + 20))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def story_with_a_photo():
    """A story sent and verified just now, with one 600x400 photo the consent lets us use."""
    review = verified_review(photo=True, consent={"use_photos": True}, full_name=FULL_NAME, email=EMAIL)
    photo = review.photos.get().photo  # a bigger photo than the builder's, to draw on
    data = detailed_jpeg()
    photo.image.save("photo.jpg", ContentFile(data), save=False)
    photo.width, photo.height, photo.size = *PHOTO_SIZE, len(data)
    photo.save()
    return review


def area_deviation(data: bytes) -> float:
    """How much the pixels vary inside the middle of the hidden area (0 for a flat colour)."""
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        box = (
            int((AREA["x"] + AREA["w"] * 0.25) * width),
            int((AREA["y"] + AREA["h"] * 0.25) * height),
            int((AREA["x"] + AREA["w"] * 0.75) * width),
            int((AREA["y"] + AREA["h"] * 0.75) * height),
        )
        return max(ImageStat.Stat(image.convert("L").crop(box)).stddev)


# The comms editor -----------------------------------------------------------------


def editor_checks_consent(page: Page, base_url: str, reference: str) -> None:
    page.goto(f"{base_url}/admin/moderation/")
    expect(page).to_have_title(re.compile("^Moderation queue"))
    row = page.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_contain_text("Consent check")
    row.get_by_role("link", name=reference, exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/$"))
    page.get_by_role("link", name="Check consent", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/consent/$"))
    expect(page.get_by_role("heading", name="What the storyteller agreed to")).to_be_visible()
    check(page, PUBLISH, USE_PHOTOS)
    expect(page.get_by_label("Show the storyteller's first name", exact=True)).not_to_be_checked()
    press(page, "Consent covers these uses: continue")
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/anonymise/$"))
    expect(page.get_by_text("Consent checked. The story is ready for anonymisation.")).to_be_visible()


def editor_accepts_suggestions(page: Page, review) -> None:
    from moderation.anonymisation import review_findings

    count = len(review_findings(review))
    assert count >= 4, (
        "the detector should find the name, the address with its postcode, the date and the phone"
    )
    story = page.locator("[data-redact-source='story']")
    expect(story.locator("mark.mtr-pii")).to_have_count(count)
    expect(story.locator("mark.mtr-pii--person")).to_contain_text("Dave Pritchard")
    expect(story.locator("mark.mtr-pii--address")).to_contain_text("BL1 4QX")  # one finding with its address
    expect(story.locator("mark.mtr-pii--phone")).to_contain_text("07700 900123")
    expect(page.get_by_role("heading", name=f"{count} findings to resolve")).to_be_visible()
    page.get_by_role("button", name="Redact all", exact=True).click()
    decisions = page.locator("input[type=radio][value=accept]")
    for i in range(decisions.count()):
        expect(decisions.nth(i)).to_be_checked()
    press(page, "Apply these decisions")
    expect(page.get_by_text(f"{count} redacted, 0 kept.")).to_be_visible()
    expect(story.locator("mark")).to_have_count(0)
    expect(story).to_contain_text(
        "My neighbour on a street in Bolton saw"
    )  # the name after its role is dropped
    expect(page.get_by_role("heading", name="0 findings to resolve")).to_be_visible()


def editor_redacts_by_hand(page: Page) -> None:
    """Double-clicking a word in the story selects it, and the script fills the form with it."""
    story = page.locator("[data-redact-source='story']")
    box = story.evaluate(
        """(source, word) => {
            const node = [...source.childNodes].find((n) => n.nodeType === 3 && n.data.includes(word));
            const range = document.createRange();
            const start = node.data.indexOf(word);
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const rect = range.getBoundingClientRect();
            return {x: rect.x + rect.width / 2, y: rect.y + rect.height / 2};
        }""",
        TOWN,
    )
    page.mouse.dblclick(box["x"], box["y"])
    expect(field(page, "Text to redact")).to_have_value(TOWN)
    expect(field(page, "Where")).to_have_value("story")
    field(page, "Replace with").fill("[a town]")
    press(page, "Redact")
    expect(page.get_by_text("Redacted 1 place(s).")).to_be_visible()
    expect(story).not_to_contain_text(TOWN)
    expect(story).to_contain_text("My neighbour on a street in [a town] saw")


def editor_writes_title_and_summary(page: Page) -> None:
    field(page, "Title").fill(TITLE)
    field(page, "Summary").fill(SUMMARY)
    field(page, "Pull quote").fill(PULL_QUOTE)
    press(page, "Save text")
    expect(page.get_by_text("Saved. The detector has checked the text again.")).to_be_visible()
    expect(page.locator("[data-redact-source='title']")).to_have_text(TITLE)


def editor_blurs_the_photo(page: Page) -> None:
    page.get_by_role("link", name="Photo 1", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/photos/\d+/$"))
    check(page, "Yes, with the areas below blurred or blacked out")

    image = page.get_by_role("img", name="Photo 1 as sent in")
    expect(image).to_be_visible()
    poll_until(page, "img => img.complete && img.naturalWidth > 0", image.element_handle(), "photo loaded")
    image.scroll_into_view_if_needed()
    rect = image.bounding_box()
    assert rect and rect["width"] > 100, f"the photo is not shown at a size to draw on: {rect}"
    start = (rect["x"] + AREA["x"] * rect["width"], rect["y"] + AREA["y"] * rect["height"])
    end = (start[0] + AREA["w"] * rect["width"], start[1] + AREA["h"] * rect["height"])
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*end, steps=8)
    page.mouse.up()

    expect(page.get_by_role("group", name="Area 1")).to_be_visible()
    regions = page.locator("[name=regions]")
    expect(regions).to_have_value(re.compile(r"^\[\{.+\}\]$"))
    areas = json.loads(regions.input_value())
    assert len(areas) == 1, f"expected one area, got {areas}"
    for key, value in AREA.items():
        assert abs(areas[0][key] - value) < 0.02, f"the drawn area is not where it was dragged: {areas}"

    check(page, "Blur")
    field(page, "Alternative text").fill(ALT_TEXT)
    press(page, "Save photo")
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/anonymise/$"))
    expect(page.get_by_text("Photo saved.")).to_be_visible()
    expect(page.locator("#photos-heading + ul")).to_contain_text("Photo 1: used, 1 area hidden")


def editor_completes_anonymisation(page: Page) -> None:
    press(page, "Anonymisation complete")
    expect(page).to_have_url(re.compile(r"/admin/moderation/\d+/$"))
    expect(page.get_by_text("Anonymisation complete. The case study draft is made")).to_be_visible()
    expect(page.get_by_text("Waiting for the storyteller to approve")).to_be_visible()


# The storyteller ------------------------------------------------------------------


def storyteller_approves(page: Page, base_url: str, reference: str) -> None:
    message = only_email(EMAIL, re.compile(r"^Check your anonymised story"))
    assert reference in message.subject
    links = [url for url in email_links(message) if "/your-story/check/" in url]
    assert len(links) == 1, f"expected one check link in the email: {email_links(message)}"
    assert links[0] in html_part(message), "the HTML part does not carry the same link"

    page.goto(base_url + link_path(links[0]))
    expect(page).to_have_title(re.compile("^Check your anonymised story"))
    expect(page.get_by_role("heading", name="Check your anonymised story", level=1)).to_be_visible()
    changes = page.locator(".mtr-changes")
    expect(changes.locator("del", has_text="Pritchard")).to_have_count(1)
    expect(changes.locator("del", has_text=TOWN)).to_have_count(1)
    expect(changes.locator("ins", has_text="[a town]")).to_have_count(1)
    expect(page.get_by_role("img", name=ALT_TEXT)).to_be_attached()
    assert_no_axe_violations(page, "storyteller's check page")

    check(page, "Yes, publish it")
    press(page, "Send my answer")
    panel = page.locator(".govuk-panel--confirmation")
    expect(panel).to_be_visible()
    expect(panel).to_contain_text("Thank you for checking your story")
    expect(page).to_have_title(re.compile("^Thank you for checking your story"))
    assert_no_axe_violations(page, "storyteller's thank you page")


# Sign-off -------------------------------------------------------------------------


def opens_the_draft(page: Page, base_url: str, reference: str) -> None:
    """From the moderation queue to the case study draft in Wagtail's page editor."""
    page.goto(f"{base_url}/admin/moderation/")
    row = page.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_contain_text("Sign-off")
    row.get_by_role("link", name=reference, exact=True).click()
    page.get_by_role("link", name="Open the case study draft", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator("form[data-edit-form], form#page-edit-form").first).to_be_attached()


def visitor_status(new_context_page, url: str) -> int:
    """The status a visitor with no cookies gets for the URL."""
    return new_context_page(**PHONE).request.get(url).status


def test_a_story_goes_from_verified_to_published(
    desktop_page: Page, live_server, new_context_page, home_page
):
    from casestudies.models import CaseStudyPage, Submission
    from moderation.models import Review

    base_url = live_server.url
    page = desktop_page
    case_index(home_page)
    review = story_with_a_photo()
    reference = review.submission.reference
    original = review.photos.get().photo
    # The anonymiser is in both groups: being a sign-off editor must not let them sign off their own work.
    editor = UserFactory(groups=["Comms editors", "Sign-off editors"], email="comms@example.gov.uk")
    signer = UserFactory(groups=["Sign-off editors"], email="signoff@example.gov.uk")

    # The comms editor: consent check, then anonymisation.
    editor_logs_in(page, base_url, editor.username)
    editor_checks_consent(page, base_url, reference)
    review = Review.objects.get(pk=review.pk)
    assert review.intended_uses == ["website", "photos"]
    editor_accepts_suggestions(page, review)
    editor_redacts_by_hand(page)
    editor_writes_title_and_summary(page)
    editor_blurs_the_photo(page)
    editor_completes_anonymisation(page)

    draft = CaseStudyPage.objects.get(submission__reference=reference)
    assert not draft.live
    assert visitor_status(new_context_page, base_url + link_path(draft.url)) == 404

    # The storyteller, on their phone, from the emailed link.
    storyteller_approves(new_context_page(**PHONE), base_url, reference)

    # Whoever anonymised the story gets no sign-off action, even as a sign-off editor.
    opens_the_draft(page, base_url, reference)
    expect(page.locator("[data-workflow-action-name]")).to_have_count(0)

    # The second editor signs it off from the page editor's action menu.
    signer_page = new_context_page(**DESKTOP)
    editor_logs_in(signer_page, base_url, signer.username)
    opens_the_draft(signer_page, base_url, reference)
    actions = signer_page.get_by_role("navigation", name="Actions (footer)")
    # Wagtail appends " and Publish" to the final task's approve label.
    sign_off = actions.get_by_role(
        "button", name=re.compile(r"^Sign off and publish$", re.I), include_hidden=True
    )
    expect(sign_off).to_have_count(1)
    expect(sign_off).to_have_attribute("data-workflow-action-name", "approve")
    if not sign_off.is_visible():  # the other actions sit in the dropdown beside "Save draft"
        actions.get_by_role("button", name="More actions").click()
    sign_off.click()
    # Sign-off editors have no page permissions: they land back on the story's review.
    expect(signer_page).to_have_url(re.compile(r"/admin/moderation/\d+/$"))
    expect(signer_page.get_by_text(f"“{TITLE}” is signed off and published.")).to_be_visible()
    expect(signer_page.get_by_text("you do not have permission")).to_have_count(0)

    published = CaseStudyPage.objects.get(pk=draft.pk)
    assert published.live
    assert Submission.objects.get(reference=reference).status == "published"

    # Anyone can read it now, and nothing in it identifies the storyteller or their neighbour.
    visitor = new_context_page(**PHONE)
    visitor.goto(base_url + link_path(published.url))
    expect(visitor.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    expect(visitor.get_by_text(SUMMARY)).to_be_visible()
    assert_no_axe_violations(visitor, "published case study page")
    html = visitor.content()
    assert TITLE in html
    for secret in [*PII_STRINGS, TOWN, FULL_NAME, "Amina", "Farouk", EMAIL]:
        assert secret.lower() not in html.lower(), f"{secret!r} is on the published page"

    # The photo on the page is a rendition of the blurred copy, never the private original.
    image = visitor.get_by_role("img", name=ALT_TEXT)
    image.scroll_into_view_if_needed()  # it is loading="lazy"
    poll_until(visitor, "img => img.complete && img.naturalWidth > 0", image.element_handle(), "photo loaded")
    src = image.get_attribute("src") or ""
    assert re.match(r"^(https?://[^/]+)?/media/images/", src), f"not a Wagtail rendition: {src}"
    assert "/admin/" not in html and "submissions/" not in html and "redacted/" not in html
    response = visitor.request.get(src if src.startswith("http") else base_url + src)
    assert response.ok and response.headers["content-type"].startswith("image/")
    with original.image.open("rb") as handle:
        sharp = area_deviation(handle.read())
    blurred = area_deviation(response.body())
    assert sharp > 60, f"the test photo has too little detail to tell ({sharp:.1f})"
    assert blurred < sharp / 4, (
        f"the published photo is not blurred where drawn ({blurred:.1f} vs {sharp:.1f})"
    )
