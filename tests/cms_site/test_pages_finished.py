"""Issue 15, parts 3, 8 and 9 without a browser: GOV.UK classes on rich and plain text, the
search link, no repeated home heading, the language-name font subsets, and the toolkit
page's queries (the browser tests are tests/browser/test_pages_finished.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from unittest import mock

import pytest

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils.safestring import mark_safe

from wagtail.documents import get_document_model

from cms_site import caching
from cms_site.demo.home import HOME_BODY
from cms_site.typography import govuk_html, govuk_paragraphs
from tests.factories.pages import case_study_index, publish_case_study, publish_toolkit

FONTS = Path(settings.BASE_DIR) / "build" / "static" / "fonts"


# Part 3: GOV.UK type -------------------------------------------------------------------


def test_rich_text_gets_govuk_classes():
    html = govuk_html(
        mark_safe(
            '<h2 data-block-key="a1">Why</h2><p data-block-key="b2">Read <a href="/x?a=1&amp;b=2">this</a>.</p>'
            '<h3>More</h3><ul><li>One</li></ul><ol><li>Two</li></ol><a class="own" href="/y">y</a><pre>p</pre>'
        )
    )
    assert html == (
        '<h2 class="govuk-heading-m" data-block-key="a1">Why</h2>'
        '<p class="govuk-body" data-block-key="b2">Read <a class="govuk-link" href="/x?a=1&amp;b=2">this</a>.</p>'
        '<h3 class="govuk-heading-s">More</h3><ul class="govuk-list govuk-list--bullet"><li>One</li></ul>'
        '<ol class="govuk-list govuk-list--number"><li>Two</li></ol>'
        '<a class="own govuk-link" href="/y">y</a><pre>p</pre>'
    )


@pytest.mark.parametrize(
    "text",
    ["", "   ", "<script>alert(1)</script>", '<p onclick="x">hi</p>', "a" * 100_000, "\x00\ufffd<p", "<<p>>"],
)
def test_plain_text_is_escaped_and_never_becomes_markup(text):
    for html in (govuk_paragraphs(text), govuk_html(text)):
        # The only tags are the paragraphs (and line breaks) made here; the rest is text.
        assert re.sub(r"</?(p|br)( class=\"govuk-body\")?>", "", str(html)).count("<") == 0


@pytest.mark.django_db
def test_a_story_page_has_no_bare_paragraphs(client, home_page):
    story = publish_case_study(
        case_study_index(home_page),
        story="First <b>paragraph</b>.\n\nSecond paragraph.",
        what_changed="Things changed.",
    )
    html = client.get(story.url).content.decode()
    assert '<p class="govuk-body">First &lt;b&gt;paragraph&lt;/b&gt;.</p>' in html
    assert '<p class="govuk-body">Things changed.</p>' in html
    main = html[html.index("<main") : html.index("</main>")]
    assert not re.search(r"<(p|h2|h3|ul|ol|a)>", main), "a bare element in the main content"


# Part 8: search link, home heading, fonts ----------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/ar", "/ur", "/pl"])
def test_search_is_in_the_service_navigation_in_the_pages_language(client, home_page, prefix):
    html = client.get(f"{prefix}/search/").content.decode()
    nav = html[html.index('class="govuk-service-navigation__list"') :]
    nav = nav[: nav.index("</ul>")]
    assert f'href="{prefix}/search/" aria-current="page"' in nav


def test_the_demo_home_page_does_not_repeat_its_title_as_a_heading():
    headings = re.findall(r"<h\d>(.*?)</h\d>", HOME_BODY)
    assert headings and "It's now easier to make things right" not in headings


def _built_fonts() -> Path:
    if not (FONTS / "fonts.css").exists():
        pytest.skip("build/static/fonts is not built: run bin/setup (bin/build_assets.py)")
    return FONTS


def test_the_language_names_have_small_subsets_holding_their_glyphs():
    from fontTools.ttLib import TTFont

    fonts = _built_fonts()
    css = (fonts / "fonts.css").read_text(encoding="utf-8")
    for code, name in settings.LANGUAGE_NATIVE_NAMES.items():
        characters = {ord(char) for char in name if ord(char) > 0x7F and not char.isascii()}
        if code in ("en", "pl", "ro"):  # Latin: GOV.UK's own font
            continue
        for weight in (400, 700):
            path = fonts / f"language-name-{code}-{weight}.woff2"
            assert path.stat().st_size < 10_000, path
            cmap = TTFont(path).getBestCmap()
            assert characters <= set(cmap), (code, characters - set(cmap))
        assert f'font-family: "MTR language name {code}"' in css
        for char in characters:
            assert f"U+{char:04X}" in css


# Part 9: toolkit pages ------------------------------------------------------------------


def _toolkit(home_page):
    document = get_document_model()(title="Campaign poster")
    document.file.save("poster.pdf", ContentFile(b"%PDF-1.4 poster"), save=False)
    document.save()
    index = case_study_index(home_page)
    publish_case_study(index, title="Mould gone", kind="resident")
    body = [
        {"type": "text", "value": "<h2>Why it matters</h2><p>Everyone deserves a safe home.</p>"},
        {
            "type": "accordion",
            "value": {
                "heading": "Questions",
                "items": [{"heading": "Do I need my MP?", "content": "<p>No.</p>"}],
            },
        },
        {
            "type": "resources",
            "value": {"heading": "Downloads", "resources": [{"document": document.pk, "description": "A4"}]},
        },
        {
            "type": "case_studies",
            "value": {"heading": "Stories", "stories": [], "kind": "resident", "count": 3},
        },
    ]
    return publish_toolkit(home_page, title="Toolkit for residents", body=json.dumps(body)), document


def _get(client, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode(), len(queries.captured_queries)


@pytest.mark.django_db
def test_a_toolkit_page_costs_one_query_once_rendered(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request rendered: what bench/pages.py calls uncached
    toolkit, document = _toolkit(home_page)
    first, first_queries = _get(client, toolkit.url)
    again, queries = _get(client, toolkit.url)
    assert again == first
    # The page itself; its route, blocks, documents and stories are remembered until the
    # next publish (it took 7 queries in English and 10 in Arabic).
    assert queries == 1, queries
    assert first_queries > queries
    for text in ("Why it matters", "Do I need my MP?", "Campaign poster", "Mould gone"):
        assert text in again
    # The ZIP pack (a sub-route of the routable page) is still found.
    assert client.get(toolkit.url + "pack/").status_code == 200


@pytest.mark.django_db
def test_a_changed_document_publish_or_preview_is_shown_at_once(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    toolkit, document = _toolkit(home_page)
    client.get(toolkit.url)
    document.title = "Campaign poster, second edition"
    document.save()
    assert "Campaign poster, second edition" in client.get(toolkit.url).content.decode()
    publish_case_study(case_study_index(home_page), title="Leak fixed at last", kind="resident")
    assert "Leak fixed at last" in client.get(toolkit.url).content.decode()
    toolkit.body = json.dumps([{"type": "text", "value": "<p>A new draft text.</p>"}])
    toolkit.save_revision()
    assert "A new draft text." not in client.get(toolkit.url).content.decode()


@pytest.mark.parametrize("static_url", ["/static/", "https://cdn.example.com/static/"])
@pytest.mark.parametrize("path", ["/static/fonts/fonts.css", "/media/documents/poster.pdf"])
def test_static_and_media_requests_make_no_cache_call(settings, static_url, path):
    settings.STATIC_URL, settings.MEDIA_URL, settings.PAGE_CACHE_SECONDS = static_url, "/media/", 600
    cache = mock.Mock()
    with mock.patch.object(caching, "_cache", return_value=cache):
        response = caching.PageCacheMiddleware(lambda request: HttpResponse("file"))(
            RequestFactory().get(path)
        )
        assert response.content == b"file"
        application = caching.PageCacheApplication(lambda environ, start_response: [b"file"])
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
        assert application(environ, lambda *args: None) == [b"file"]
    assert cache.mock_calls == []
