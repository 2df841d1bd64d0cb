"""Small steps shared by the browser journeys: question pages, error states, emails, the admin."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from PIL import ExifTags, Image
from playwright.sync_api import Page, expect

from django.core import mail

from .conftest import (
    REFERENCE,
    assert_error_summary,
    assert_no_axe_violations,
    email_links,
    html_part,
    link_path,
)

SITE = "Make Things Right"


# Question pages -------------------------------------------------------------------


def title_pattern(*parts: str, error: bool = False) -> re.Pattern:
    """A page title: "[Error: ]<step title> – <flow title> – Make Things Right"."""
    text = " – ".join([*parts, SITE])
    return re.compile(("^Error: " if error else "^") + re.escape(text) + "$")


def press(page: Page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()


def continue_(page: Page) -> None:
    press(page, "Continue")


def check(page: Page, *labels: str) -> None:
    for label in labels:
        page.get_by_label(label, exact=True).check()


def fill(page: Page, **values: str) -> None:
    """Fill inputs by their visible label: ``fill(page, **{"Full name": "A Person"})``."""
    for label, value in values.items():
        page.get_by_label(label, exact=True).fill(value)


def on_step(page: Page, slug: str, step_title: str, flow_title: str, *, error: bool = False) -> None:
    expect(page).to_have_url(re.compile(rf"/{re.escape(slug)}/(\?.*)?$"))
    expect(page).to_have_title(title_pattern(step_title, flow_title, error=error))


def check_error_state(page: Page, label: str, submit: Callable[[Page], None] = continue_) -> None:
    """Send the page (as it is) and check the GOV.UK error state, then run axe on it."""
    submit(page)
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert_error_summary(page, label)
    assert_no_axe_violations(page, f"{label} (error state)")
    # Following the first error link moves focus to the field it names.
    first = page.locator(".govuk-error-summary__list a").first
    target_id = (first.get_attribute("href") or "#")[1:]
    first.click()
    expect(page.locator(f"[id='{target_id}']")).to_be_focused()


def answer_step(
    page: Page,
    slug: str,
    step_title: str,
    flow_title: str,
    answer: Callable[[Page], None],
    *,
    error_state: bool = True,
) -> None:
    """One question page: axe it, show its error state (axe again), answer it, continue."""
    on_step(page, slug, step_title, flow_title)
    assert_no_axe_violations(page, f"question page '{slug}'")
    if error_state:
        check_error_state(page, f"question page '{slug}'")
        on_step(page, slug, step_title, flow_title, error=True)
    answer(page)
    continue_(page)
    expect(page).not_to_have_url(re.compile(rf"/{re.escape(slug)}/$"))


def reference_on_page(page: Page) -> str:
    panel = page.locator(".govuk-panel--confirmation")
    expect(panel).to_be_visible()
    expect(panel.locator("strong")).to_have_text(REFERENCE)
    return panel.locator("strong").inner_text().strip()


# Photos ---------------------------------------------------------------------------

GPS_LATITUDE = (51.0, 30.0, 0.0)
GPS_LONGITUDE = (0.0, 7.0, 39.0)


def jpeg_with_gps(path: Path) -> Path:
    """A small JPEG carrying GPS coordinates and a camera make, like a phone photo."""
    image = Image.new("RGB", (640, 480), (112, 128, 96))
    for x in range(0, 640, 40):  # some detail, so it is not a flat colour
        image.paste((60, 70, 50), (x, 0, x + 20, 480))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "ExamplePhone"
    exif[ExifTags.Base.Model] = "Model X"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = GPS_LONGITUDE
    image.save(path, "JPEG", exif=exif, quality=90)

    # The test means nothing unless the upload really carries the location.
    with Image.open(path) as reopened:
        saved_gps = reopened.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert saved_gps.get(ExifTags.GPS.GPSLatitudeRef) == "N"
        assert tuple(float(v) for v in saved_gps[ExifTags.GPS.GPSLatitude]) == GPS_LATITUDE
        assert "exif" in reopened.info
    return path


def not_an_image(path: Path) -> Path:
    path.write_text("This is a text file with a .jpg name, not a photo.\n")
    return path


def assert_no_metadata(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as stored:
        assert not stored.getexif(), f"stored photo still has EXIF: {dict(stored.getexif())}"
        assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert "exif" not in stored.info
        assert "xmp" not in stored.info


# Emails ---------------------------------------------------------------------------


def emails_to(address: str) -> list:
    return [m for m in mail.outbox if address in m.to]


def only_email(address: str, subject: str | re.Pattern):
    """The one email to ``address`` whose subject matches, with a text and an HTML part."""
    matches = [
        m
        for m in emails_to(address)
        if (subject.search(m.subject) if isinstance(subject, re.Pattern) else m.subject == subject)
    ]
    subjects = [m.subject for m in mail.outbox]
    assert len(matches) == 1, f"expected one email {subject!r} to {address}, outbox has {subjects}"
    message = matches[0]
    assert message.body.strip(), "the email has no plain-text part"
    html_part(message)
    return message


def link_in(message, kind: str) -> str:
    """The path of the emailed link to /share-your-story/<kind>/<token>/, in text and HTML alike."""
    links = [url for url in email_links(message) if f"/share-your-story/{kind}/" in url]
    assert len(links) == 1, f"expected one {kind} link in {message.subject!r}: {email_links(message)}"
    assert links[0] in html_part(message), "the HTML part does not carry the same link"
    return link_path(links[0])


# The editors' inbox ----------------------------------------------------------------

SUBMISSIONS_URL = "/admin/snippets/casestudies/submission/"


def editor_logs_in(page: Page, base_url: str, username: str, password: str = "password") -> None:
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def editor_opens_submission(page: Page, base_url: str, reference: str) -> None:
    """From the Submissions listing, find the reference and follow its link to the detail page."""
    page.goto(f"{base_url}{SUBMISSIONS_URL}")
    expect(page).to_have_title(re.compile("^Submissions"))
    row = page.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_have_count(1)
    # Screen readers announce the row's checkbox with the title it points at.
    for described in row.locator("[aria-describedby]").all():
        for target_id in (described.get_attribute("aria-describedby") or "").split():
            assert page.locator(f"[id='{target_id}']").count() == 1, (
                f"aria-describedby={target_id!r} in the listing row for {reference} names no element"
            )
    link = row.locator(f"a[href*='{SUBMISSIONS_URL}inspect/']").first
    expect(link, f"the listing row for {reference} has no link to the submission").to_be_attached()
    link.click()
    expect(page).to_have_url(re.compile(rf"{re.escape(SUBMISSIONS_URL)}inspect/\d+/$"))
    expect(page.get_by_text(reference, exact=True).first).to_be_visible()


def assert_not_on_page(page: Page, *secrets: str) -> None:
    html = page.content()
    for secret in secrets:
        assert secret.lower() not in html.lower(), f"{secret!r} is shown on {page.url}"
