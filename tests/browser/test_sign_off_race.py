"""Sign-off in Wagtail's page editor with autosave on: the page is live afterwards and stays live.

The clicked "Sign off" adds hidden workflow inputs to the edit form; Wagtail's autosave
sees the form change and posts it about a second later, while the publish is still
running. Here the publish is held up in the live server (its share-card step waits) and
the autosave request is let through only once the publish has started, so the two always
overlap. Nothing is timed: the test waits for the requests themselves.
"""

from __future__ import annotations

import re
import threading

import pytest
from playwright.sync_api import Page, expect

from django.conf import settings

from tests.factories.users import UserFactory
from tests.moderation.helpers import anonymised, case_index, consent_checked, verified_review

from .conftest import DESKTOP, PHONE, assert_no_axe_violations, link_path, poll_until
from .helpers import editor_logs_in

pytestmark = pytest.mark.browser

HOLD_SECONDS = 30  # the longest either side waits for the other (a safety net, not a check)
EDIT_URL = re.compile(r"/admin/pages/\d+/edit/$")
# Set when Wagtail's unsaved-changes watcher has taken its first look at the form (2 s
# after load): only changes after that make autosave post.
WATCHING = """
document.addEventListener("w-unsaved:watch-edits", () => { window.mtrWatching = true; });
"""


def _story_at_sign_off(home_page):
    from casestudies.models import CaseStudyPage
    from moderation import publication

    case_index(home_page)
    editor = UserFactory(groups=["Comms editors"])
    review = consent_checked(verified_review(), editor)
    page = anonymised(review, editor)
    publication.storyteller_respond(page=page, approve=True)
    return CaseStudyPage.objects.get(pk=page.pk)


def _is_autosave(request) -> bool:
    accept = request.headers.get("accept") or ""
    return request.method == "POST" and bool(EDIT_URL.search(request.url)) and "application/json" in accept


def _open_editor(page: Page, base_url: str, page_id: int) -> None:
    page.context.add_init_script(WATCHING)
    page.goto(f"{base_url}/admin/pages/{page_id}/edit/")
    form = page.locator("form[data-edit-form]")
    expect(form).to_have_attribute("data-controller", re.compile(r"\bw-autosave\b"))
    poll_until(page, "() => window.mtrWatching === true", label="the autosave watcher started")


def test_sign_off_with_autosave_on_publishes_and_stays_published(
    desktop_page: Page, live_server, new_context_page, home_page, monkeypatch
):
    from casestudies import publishing as publishing_module
    from casestudies.models import CaseStudyPage

    assert getattr(settings, "WAGTAIL_AUTOSAVE_INTERVAL", 500) > 0  # autosave on, at its default
    draft = _story_at_sign_off(home_page)
    signer = UserFactory(groups=["Sign-off editors"])
    base_url = live_server.url

    # The injected delay: inside the sign-off's transaction, the publish waits until the
    # autosave request has been answered.
    publishing, autosave_answered = threading.Event(), threading.Event()
    original = publishing_module.page_publish_with_translations

    def slow_publish(**kwargs):
        publishing.set()
        autosave_answered.wait(HOLD_SECONDS)
        return original(**kwargs)

    monkeypatch.setattr(publishing_module, "page_publish_with_translations", slow_publish)

    # Another editor has the page open from before the sign-off, to autosave afterwards.
    other = new_context_page(**DESKTOP)
    editor_logs_in(other, base_url, UserFactory(is_superuser=True).username)
    _open_editor(other, base_url, draft.pk)

    page = desktop_page
    editor_logs_in(page, base_url, signer.username)
    _open_editor(page, base_url, draft.pk)

    answered: list[tuple[int, dict, bool]] = []

    def autosave_once_publishing(route):
        """Let autosave through once the publish has started; record its answer, then
        let the publish go on."""
        if not _is_autosave(route.request) or answered:
            route.continue_()
            return
        started = publishing.wait(HOLD_SECONDS)
        response = route.fetch()
        answered.append((response.status, response.json(), started))
        autosave_answered.set()
        route.fulfill(response=response)

    page.route(EDIT_URL, autosave_once_publishing)
    actions = page.get_by_role("navigation", name="Actions (footer)")
    # Wagtail appends " and Publish" to the final task's approve label.
    sign_off = actions.get_by_role(
        "button", name=re.compile(r"^Sign off and publish$", re.I), include_hidden=True
    )
    expect(sign_off).to_have_count(1)
    if not sign_off.is_visible():  # the other actions sit in the dropdown beside "Save draft"
        actions.get_by_role("button", name="More actions").click()
    sign_off.click(no_wait_after=True)  # the navigation waits for the held-up publish
    page.wait_for_url(re.compile(r"/admin/moderation/\d+/$"), timeout=HOLD_SECONDS * 2000)

    # Autosave reached the server while the publish ran, and neither took the action nor
    # saved: an error Wagtail's autosave shows, not a 500.
    assert answered, "autosave did not post after the click"
    status, body, started = answered[0]
    assert started
    assert status == 400
    # "locked" (the sign-off is under way) or "invalid_revision" (the task is no longer the
    # sign-off editor's; it stops autosave): which one depends on what the request reads.
    assert body["success"] is False and body["error_code"] in {"locked", "invalid_revision"}

    # The sign-off editor lands on the story's review, told the page is published.
    expect(page.get_by_text(re.compile(r"“.+” is signed off and published\."))).to_be_visible()
    published = CaseStudyPage.objects.get(pk=draft.pk)
    assert published.live
    visitor = new_context_page(**PHONE)
    visitor.goto(base_url + link_path(published.url))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(published.title)
    assert_no_axe_violations(visitor, "the signed-off case study")

    # Autosave fires again, from the tab opened before the sign-off: the page stays live.
    with other.expect_response(lambda r: _is_autosave(r.request), timeout=HOLD_SECONDS * 1000) as later:
        other.locator("[name=summary]").press_sequentially(" Thanks.")
    assert later.value.status < 500
    assert CaseStudyPage.objects.get(pk=draft.pk).live
    assert visitor.request.get(base_url + link_path(published.url)).status == 200
