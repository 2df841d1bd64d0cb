"""The site works under its Content-Security-Policy: no violation on the public pages, the
form steps or the admin pages editors use (docs/security.md).

Violations are collected from the browser's ``securitypolicyviolation`` events (an init
script in every page and frame) and from its console, where Chromium reports what the
policy blocked.
"""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories.pages import case_study_index, publish_case_study, publish_toolkit
from tests.factories.users import UserFactory

from .conftest import assert_no_axe_violations
from .helpers import continue_, editor_logs_in

pytestmark = pytest.mark.browser

LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    page: location.pathname,
  });
});
"""
CONSOLE = re.compile(r"Content Security Policy|Permissions-Policy|Refused to")


def collect_violations(page: Page) -> list[dict]:
    """Every CSP violation (and Permissions-Policy header error) in the page's context."""
    found: list[dict] = []
    page.context.expose_binding("__cspViolation", lambda source, report: found.append(report))
    page.context.add_init_script(LISTENER)
    page.on(
        "console",
        lambda message: (
            found.append({"console": message.text, "page": page.url})
            if CONSOLE.search(message.text)
            else None
        ),
    )
    return found


def visit(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def toolkit_body() -> str:
    import json

    return json.dumps(
        [
            {"type": "text", "value": "<h2>Why</h2><p>Everyone deserves a safe home.</p>"},
            {
                "type": "accordion",
                "value": {
                    "heading": "FAQ",
                    "items": [{"heading": "Can my MP help?", "content": "<p>Yes.</p>"}],
                },
            },
        ]
    )


def test_public_pages_and_form_steps_run_under_the_policy(page: Page, live_server, home_page):
    from .helpers import check

    violations = collect_violations(page)
    base = live_server.url
    index = case_study_index(home_page)
    story = publish_case_study(index, title="Heating back on")
    toolkit = publish_toolkit(home_page, title="Residents' toolkit", body=toolkit_body())

    for url in ("/", index.url, story.url, "/search/?q=heating", "/no-such-page/"):
        visit(page, base + url)
    # The page cache replays the story: the same policy, still no violation.
    visit(page, base + story.url)
    visit(page, base + toolkit.url)
    page.get_by_role("button", name=re.compile("Can my MP help")).click()  # GOV.UK's accordion runs
    expect(page.get_by_text("Yes.", exact=True)).to_be_visible()
    assert_no_axe_violations(page, "toolkit page under the policy")

    # The resident's form: the start page, the first question, its error state (GOV.UK
    # Frontend's error summary takes focus: our script files run).
    visit(page, base + "/share-your-story/")
    page.get_by_role("button", name=re.compile("Start now")).first.click()
    page.wait_for_load_state("networkidle")
    continue_(page)
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    assert_no_axe_violations(page, "first question's error state under the policy")
    radios = page.locator("input[type=radio]")
    if radios.count():
        check(page, page.locator(f"label[for='{radios.first.get_attribute('id')}']").inner_text().strip())
        continue_(page)
        page.wait_for_load_state("networkidle")
    visit(page, base + "/share-your-story/landlord/")
    assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    assert violations == [], violations


def test_the_admin_runs_under_its_policy(desktop_page: Page, live_server, home_page):
    from django.core.files.images import ImageFile

    from wagtail.images.models import Image

    from tests.moderation.helpers import consent_checked, jpeg_bytes, verified_review

    page = desktop_page
    violations = collect_violations(page)
    base = live_server.url
    index = case_study_index(home_page)
    story = publish_case_study(index, title="Heating back on")
    publish_case_study(index, title="Mould gone")
    toolkit = publish_toolkit(home_page, title="Toolkit", body=toolkit_body())
    image = Image.objects.create(title="Boiler", file=ImageFile(io.BytesIO(jpeg_bytes()), name="boiler.jpg"))
    admin = UserFactory(is_superuser=True)
    waiting = verified_review(photo=True, consent={"use_photos": True})
    anonymising = consent_checked(verified_review(), admin)
    editor_logs_in(page, base, admin.username)

    for url in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{home_page.pk}/",
        f"/admin/pages/{toolkit.pk}/edit/",
        "/admin/images/",
        f"/admin/images/{image.pk}/",  # the focal-point tool (Jcrop)
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/moderation/",
        f"/admin/moderation/{waiting.pk}/",
        f"/admin/moderation/{waiting.pk}/consent/",
        f"/admin/moderation/{anonymising.pk}/anonymise/",
        "/admin/snippets/",
        "/admin/snippets/casestudies/submission/",
        f"/admin/snippets/casestudies/submission/inspect/{waiting.submission.pk}/",
        "/admin/users/",
        f"/admin/users/edit/{admin.pk}/",
        "/admin/users/new/",
        "/admin/groups/",
        "/admin/sites/",
        "/admin/locales/",
        "/admin/collections/",
        "/admin/redirects/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/reports/site-history/",
        "/admin/account/",
    ]:
        visit(page, base + url)
        assert "Error" not in page.title(), f"{url}: {page.title()}"

    # The page editor: an InlinePanel form added, a page chosen in the chooser modal, a
    # change saved as a draft, the preview panel.
    visit(page, f"{base}/admin/pages/{home_page.pk}/edit/")
    page.get_by_role("button", name="Add Featured stories").click()
    page.locator("#id_featured_stories-FORMS .chooser__choose-button").first.click()
    modal = page.locator(".modal-dialog")
    expect(modal.get_by_role("link", name="Mould gone")).to_be_visible()
    modal.get_by_role("link", name="Mould gone").click()
    expect(page.locator(".chooser__title", has_text="Mould gone").first).to_be_visible()

    visit(page, f"{base}/admin/pages/{story.pk}/edit/")
    page.locator("#id_summary").fill("A resident complained; the boiler was replaced.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated", exact=False).first).to_be_visible()
    page.get_by_role("button", name=re.compile("preview", re.I)).first.click()
    expect(page.frame_locator("iframe").first.locator("main")).to_be_attached()
    page.wait_for_load_state("networkidle")

    # The schedule publishing dialog's date pickers (inline set-up scripts with the nonce).
    assert page.evaluate("typeof window.initDateTimeChooser") == "function"
    assert violations == [], violations
