"""Every public page type in a real browser: axe finds nothing, and it all works without JavaScript."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.factories.pages import case_study_index, publish_case_study, publish_toolkit

from .conftest import DESKTOP, PHONE, assert_no_axe_violations, new_page

pytestmark = pytest.mark.browser


def _site(home_page) -> dict:
    index = case_study_index(home_page)
    lesson = publish_case_study(
        index,
        title="What we learned about damp",
        kind="landlord",
        lessons="We inspect within two working days now.",
        themes=["damp_mould"],
        region="north_west",
        attribution="A housing association in the North West",
    )
    story = publish_case_study(
        index,
        title="Mould gone after the Ombudsman's decision",
        themes=["damp_mould"],
        complaint_stage="ombudsman",
        responses_on_time="some",
        ombudsman_finding="maladministration",
        outcomes=["repair", "compensation"],
        paired_case_study=lesson,
        attribution="A resident in the North West",
        share_on_social=True,
    )
    publish_case_study(
        index,
        title="Naprawiono przeciekający dach",
        story_language="pl",
        themes=["leaks_repairs"],
        region="london",
    )
    publish_case_study(
        index, title="تم إصلاح التدفئة بعد الشكوى", story_language="ar", themes=["heating_hot_water"]
    )
    for number in range(22):
        publish_case_study(index, title=f"Heating fixed, story {number}", publish_signals=False)
    document = get_document_model()(title="Campaign poster")
    document.file.save("poster.pdf", ContentFile(b"%PDF-1.4 poster"), save=False)
    document.save()
    image = get_image_model().objects.create(title="Residents", file=get_test_image_file())
    body = [
        {"type": "text", "value": "<h2>Why it matters</h2><p>Everyone deserves a safe home.</p>"},
        {
            "type": "call_to_action",
            "value": {
                "heading": "Find out how to complain",
                "text": "Advice on every step.",
                "link_text": "How to complain",
                "url": "https://www.gov.uk/social-housing-complaints",
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": "Questions",
                "items": [
                    {"heading": "Do I need to go through my MP?", "content": "<p>No, not any more.</p>"},
                    {
                        "heading": "How long does my landlord have?",
                        "content": "<p>10 working days at stage 1.</p>",
                    },
                ],
            },
        },
        {
            "type": "resources",
            "value": {"heading": "Downloads", "resources": [{"document": document.pk, "description": "A4"}]},
        },
        {"type": "image", "value": {"image": image.pk, "alt_text": "Residents at a meeting", "caption": ""}},
        {
            "type": "case_studies",
            "value": {"heading": "Stories", "stories": [], "kind": "resident", "count": 3},
        },
    ]
    toolkit = publish_toolkit(home_page, title="Toolkit for residents", body=json.dumps(body))
    return {"index": index, "story": story, "lesson": lesson, "toolkit": toolkit}


def test_every_page_type_passes_axe(desktop_page: Page, live_server, home_page, new_context_page):
    site = _site(home_page)
    base = live_server.url
    pages = {
        "home": "/",
        "index": site["index"].url,
        "index filtered": site["index"].url + "?theme=damp_mould&kind=resident",
        "index empty result": site["index"].url + "?theme=antisocial_behaviour",
        "index page 2": site["index"].url + "?page=2",
        "case study": site["story"].url,
        "landlord lesson": site["lesson"].url,
        "toolkit": site["toolkit"].url,
        "search": "/search/?q=mould",
    }
    for viewport in (DESKTOP, PHONE):
        page = new_context_page(**viewport)
        for label, path in pages.items():
            response = page.goto(base + path)
            assert response.status == 200, (label, response.status)
            assert_no_axe_violations(page, f"{label} ({viewport['viewport']['width']}px)")
    # An accordion opens and closes with the keyboard.
    page = new_context_page(**DESKTOP)
    page.goto(base + site["toolkit"].url)
    button = page.get_by_role("button", name="Do I need to go through my MP?")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("No, not any more.")).to_be_visible()


def test_filters_and_pages_work_without_javascript(
    browser, live_server, home_page, django_db_serialized_rollback
):
    site = _site(home_page)
    page = new_page(browser, java_script_enabled=False, **DESKTOP)
    try:
        page.goto(live_server.url + site["index"].url)
        expect(page.get_by_role("heading", name="26 stories")).to_be_visible()
        page.get_by_label("Damp and mould").check()
        page.get_by_label("Residents").check()
        page.get_by_role("button", name="Apply filters").click()
        expect(page.get_by_role("heading", name="1 story")).to_be_visible()
        expect(page.get_by_role("link", name="Mould gone after the Ombudsman's decision")).to_be_visible()
        page.get_by_role("link", name="Mould gone after the Ombudsman's decision").click()
        expect(page.get_by_text("We inspect within two working days now.")).to_be_visible()
        page.goto(live_server.url + site["toolkit"].url)
        # Without JavaScript the accordion's sections are simply all open.
        expect(page.get_by_text("10 working days at stage 1.")).to_be_visible()
        page.goto(live_server.url + site["index"].url)
        page.get_by_role("link", name="Next page").click()
        expect(page).to_have_url(re.compile(r"page=2"))  # (axe needs JavaScript: it runs on page 2 above)
    finally:
        page.context.close()


def test_no_third_party_requests(desktop_page: Page, live_server, home_page):
    site = _site(home_page)
    requested: list[str] = []
    desktop_page.on("request", lambda request: requested.append(request.url))
    for path in ("/", site["index"].url, site["story"].url, site["toolkit"].url):
        desktop_page.goto(live_server.url + path)
        desktop_page.wait_for_load_state("networkidle")
    outside = [
        url for url in requested if not url.startswith(live_server.url) and not url.startswith("data:")
    ]
    assert outside == []
    images = desktop_page.locator("main img")
    for number in range(images.count()):
        image = images.nth(number)
        assert image.get_attribute("width") and image.get_attribute("height")
