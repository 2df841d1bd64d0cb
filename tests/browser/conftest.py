"""Playwright fixtures for the browser tests (Debian's chromium, never a download).

The tests drive the site served by pytest-django's ``live_server``. Emails land in
``django.core.mail.outbox`` (anymail's test backend, tasks run inline), so a test
reads a link from the email body and opens its path on ``live_server.url``.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM would
# otherwise refuse to run there ("You cannot call this from an async context").
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
TIMEOUT_MS = 15_000

REFERENCE = re.compile(r"MTR-[A-Z0-9]{4}-[A-Z0-9]{4}")
URL_IN_TEXT = re.compile(r"https?://\S+")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the browser tests"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with _keeping_serialized_db_contents():
        playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()


@contextmanager
def _keeping_serialized_db_contents():
    """Carry the test database's serialized contents over to Django's new connection objects.

    Playwright's sync API leaves an event loop "running" in the test thread. From
    then on asgiref hands Django a different (context-local) set of connection
    objects in that thread, and those lack ``_test_serialized_contents``, the
    snapshot that serialized rollback uses to put back what migrations created
    (the default Locale, Wagtail's root page, the editorial groups) after the
    flush that ends every live-server test. Without it, the second browser test
    would find an empty database.
    """
    from django.db import connections

    saved = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    yield
    for alias, contents in saved.items():
        connections[alias]._test_serialized_contents = contents


def new_page(browser, **context_options):
    """A page in a fresh context (no cookies), with the suite's default timeouts."""
    context = browser.new_context(**context_options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    page = context.new_page()
    # axe runs in the page: with JavaScript off its evaluate() never returns (no timeout
    # fires), so assert_no_axe_violations refuses such a page instead of hanging.
    page.mtr_javascript = context_options.get("java_script_enabled", True)
    return page


# live_server makes every test transactional: tables are flushed after each test,
# which would also wipe what migrations created (the default Locale, the editorial
# groups). ``django_db_serialized_rollback`` puts that data back for the next test.


@pytest.fixture
def page(django_db_serialized_rollback, browser, live_server, home_page):
    """A resident's phone: a new context with a phone-sized touch viewport."""
    page = new_page(browser, **PHONE)
    yield page
    page.context.close()


@pytest.fixture
def desktop_page(django_db_serialized_rollback, browser, live_server, home_page):
    """A desktop browser in its own context (landlords, editors)."""
    page = new_page(browser, **DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def new_context_page(browser, live_server):
    """Factory for further pages, each in its own new context; all closed afterwards."""
    contexts = []

    def make(**options):
        page = new_page(browser, **(options or DESKTOP))
        contexts.append(page.context)
        return page

    yield make
    for context in contexts:
        context.close()


def assert_no_axe_violations(page, label: str) -> None:
    """Run axe-core on the page as it is now and fail with axe's report if it finds anything."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    if getattr(page, "mtr_javascript", True) is False:
        raise AssertionError(
            f"{label}: axe cannot run with JavaScript off (it would hang); "
            "use assert_no_axe_violations_without_javascript"
        )
    # A busy machine can hand back the title before the body is parsed: axe must see
    # the whole document (it once saw a page with no <main> and no <h1> that way).
    page.wait_for_load_state("load")
    expect(page.locator("main")).to_be_attached()
    results = Axe().run(page)
    assert results.violations_count == 0, (
        f"axe found {results.violations_count} accessibility violation(s) on {label} ({page.url}):\n"
        f"{results.generate_report()}"
    )


def poll_until(page, function: str, arg=None, label: str = "", timeout_ms: int = TIMEOUT_MS) -> None:
    """Wait until ``function`` (a JavaScript function, called with ``arg``) returns true.

    Not page.wait_for_function: its polling evaluates a string in the page, which our
    Content-Security-Policy (no 'unsafe-eval') refuses whenever the first check fails."""
    for _attempt in range(max(1, timeout_ms // 100)):
        if page.evaluate(function, arg):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"still false after {timeout_ms} ms: {label or function}")


def assert_no_axe_violations_without_javascript(page, browser, label: str) -> None:
    """axe needs JavaScript to run: it checks the page exactly as the JavaScript-less
    browser got it, served again at the same address with its scripts taken out."""
    html = re.sub(r"<script\b.*?</script>", "", page.content(), flags=re.S)
    url = page.url
    checker = new_page(browser, **PHONE)
    try:
        checker.route(lambda u: u == url, lambda route: route.fulfill(body=html, content_type="text/html"))
        checker.goto(url)
        assert_no_axe_violations(checker, label)
    finally:
        checker.context.close()


def assert_error_summary(page, label: str) -> None:
    """The GOV.UK error summary is shown, has focus, and every link targets an element on the page."""
    from playwright.sync_api import expect

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Error: "))
    # govuk-frontend's ErrorSummary moves focus to the summary when the page loads.
    expect(summary).to_be_focused()
    links = summary.locator(".govuk-error-summary__list a")
    assert links.count() > 0, f"{label}: the error summary lists no errors"
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href") or ""
        assert href.startswith("#") and len(href) > 1, f"{label}: error link {href!r} is not a fragment"
        target = page.locator(f"[id='{href[1:]}']")
        assert target.count() == 1, f"{label}: error link {href!r} targets no element (or several)"


def email_links(message) -> list[str]:
    """Absolute URLs in an email's plain-text body."""
    return [url.rstrip(".,)") for url in URL_IN_TEXT.findall(message.body)]


def link_path(url: str) -> str:
    """The path (and query) of an emailed link, to open on the live server."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def html_part(message) -> str:
    html = [content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"]
    assert html, f"email {message.subject!r} has no HTML part"
    return html[0]


def pytest_collection_modifyitems(items):
    """Everything in this folder is a browser test, even if a module forgets the marker."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
