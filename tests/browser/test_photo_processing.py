"""A photo is processed after the upload: the resident sees "Processing", then "Ready",
with JavaScript (the page polls and the status region announces it) and without (the
"Check again" link). The worker is played by the test: tasks are only recorded."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from casestudies import photo_processing
from casestudies.models import Photo

from .conftest import PHONE, assert_no_axe_violations, assert_no_axe_violations_without_javascript
from .helpers import jpeg_with_gps, on_step, press

pytestmark = pytest.mark.browser

FLOW = "Share your story"
TIMEOUT_MS = 20_000


@pytest.fixture
def queued(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _upload_a_photo(page: Page, base_url: str, tmp_path) -> None:
    page.goto(f"{base_url}/share-your-story/")
    page.get_by_role("button", name="Start now").click()
    page.goto(f"{base_url}/share-your-story/photos/")
    on_step(page, "photos", "Photos", FLOW)
    page.locator("input[type=file][name=photos]").set_input_files(str(jpeg_with_gps(tmp_path / "wall.jpg")))
    press(page, "Upload and add more")
    on_step(page, "photos", "Photos", FLOW)
    status = page.get_by_role("status")
    expect(status).to_have_text("1 photo is being processed. This usually takes a few seconds.")
    expect(page.locator("[data-mtr-photo-tag]")).to_have_text("Processing")
    expect(page.get_by_role("img", name="Photo 1 you uploaded")).to_have_count(0)


def _process_all() -> None:
    for photo in Photo.objects.all():
        photo_processing.photo_process(photo.pk)


def test_with_javascript_the_page_updates_itself(page: Page, live_server, queued, tmp_path):
    _upload_a_photo(page, live_server.url, tmp_path)
    assert_no_axe_violations(page, "photos page with a photo processing")
    _process_all()
    expect(page.locator("[data-mtr-photo-tag]")).to_have_text("Ready", timeout=TIMEOUT_MS)
    expect(page.get_by_role("status")).to_have_text("Your photos are ready.")
    thumbnail = page.get_by_role("img", name="Photo 1 you uploaded")
    expect(thumbnail).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Check again"))).to_be_hidden()
    assert_no_axe_violations(page, "photos page after the photo became ready")


def test_without_javascript_check_again_shows_the_new_state(
    django_db_serialized_rollback, browser, home_page, new_context_page, live_server, queued, tmp_path
):
    page = new_context_page(java_script_enabled=False, **PHONE)
    _upload_a_photo(page, live_server.url, tmp_path)
    assert_no_axe_violations_without_javascript(
        page, browser, "photos page with a photo processing, no JavaScript"
    )
    _process_all()
    expect(page.locator("[data-mtr-photo-tag]")).to_have_text("Processing")  # nothing polls
    page.get_by_role("link", name=re.compile("Check again")).click()
    expect(page.locator("[data-mtr-photo-tag]")).to_have_text("Ready")
    expect(page.get_by_role("status")).to_have_text("Your photos are ready.")
    expect(page.get_by_role("img", name="Photo 1 you uploaded")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Check again"))).to_have_count(0)
    assert_no_axe_violations_without_javascript(
        page, browser, "photos page after 'Check again', no JavaScript"
    )


def test_a_photo_that_fails_says_why(
    django_db_serialized_rollback, browser, home_page, new_context_page, live_server, queued, tmp_path
):
    page = new_context_page(java_script_enabled=False, **PHONE)
    _upload_a_photo(page, live_server.url, tmp_path)
    photo = Photo.objects.get()
    with photo.original.open("rb") as handle:
        data = handle.read()
    with photo.original.storage.open(photo.original.name, "wb") as handle:
        handle.write(data[: len(data) // 2])
    _process_all()
    page.get_by_role("link", name=re.compile("Check again")).click()
    expect(page.locator("[data-mtr-photo-tag]")).to_have_text("Could not be processed")
    expect(page.get_by_text(re.compile("please try another photo"))).to_be_visible()
    expect(page.get_by_role("status")).to_have_text(
        "1 photo could not be processed. Remove it and try another photo."
    )
    assert_no_axe_violations_without_javascript(page, browser, "photos page with a failed photo")
