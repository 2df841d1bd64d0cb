"""Reuse of published stories: the Atom feed, the API, the sitemap, search, robots.txt, meta tags.

Each must show published, public content only, never a submission's private data, and a
story that is unpublished (withdrawn) must leave all of them at once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from django.conf import settings
from django.template.loader import render_to_string

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, ShareImage
from cms_site.caching import page_cache_purge
from tests.factories.casestudies import SubmissionFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _story(index: CaseStudyIndexPage, slug: str, *, publish: bool = True, **fields) -> CaseStudyPage:
    values = {
        "title": f"Boiler mended after a complaint ({slug})",
        "slug": slug,
        "kind": "resident",
        "summary": f"A resident complained and the boiler was replaced ({slug}).",
        "story": "The heating failed in winter. After a formal complaint the landlord fixed the boiler.",
        "themes": ["heating_hot_water", "communication"],
        "complaint_stage": "stage_1",
        "story_language": "en",
    }
    page = CaseStudyPage(live=False, **{**values, **fields})
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def stories(home_page):
    """Two published stories (one made from a submission) and a draft."""
    index = CaseStudyIndexPage(title="Stories", slug="stories")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    submission = SubmissionFactory(
        full_name="Gwendolyn Quartermaine",
        email="gwendolyn.q@example.com",
        story="Private original wording zanzibar that must stay in the inbox.",
    )
    return {
        "index": index,
        "submission": submission,
        "older": _story(
            index, "older-story", summary="Heating & hot water <fixed> after a boiler complaint."
        ),
        "newer": _story(index, "newer-story", submission=submission),
        "draft": _story(index, "draft-story", publish=False, title="Draft boiler story not yet signed off"),
    }


def _private_strings(submission) -> list[str]:
    return [submission.email, submission.full_name, submission.reference, "zanzibar"]


def _assert_private_absent(text: str, submission) -> None:
    for secret in _private_strings(submission):
        assert secret not in text


def _xml(response) -> ET.Element:
    return ET.fromstring(response.content)  # noqa: S314 - our own server's output, in a test


def _feed_titles(client) -> list[str]:
    response = client.get("/stories/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = _xml(response)
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]


def _api_titles(client) -> list[str]:
    response = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage", "fields": "*"})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def _sitemap_locations(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = _xml(response)
    return {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.findall(f"{SITEMAP}url")
    }


def _search_titles(client, query: str = "boiler") -> list[str]:
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return [page.title for page in CaseStudyPage.objects.all() if page.title in html]


# The feed ----------------------------------------------------------------------------


def test_feed_is_atom_with_published_stories_newest_first(client, stories):
    response = client.get("/stories/feed/")
    root = _xml(response)
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [stories["newer"].title, stories["older"].title]
    assert root.find(f"{ATOM}author/{ATOM}name").text == "Make Things Right"
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == stories["newer"].full_url
    assert first.find(f"{ATOM}link").get("href").startswith("http")
    assert first.findtext(f"{ATOM}summary") == stories["newer"].summary
    # Summaries are plain text: escaped inside the HTML summary, never markup.
    assert entries[1].find(f"{ATOM}summary").get("type") == "html"
    assert (
        entries[1].findtext(f"{ATOM}summary")
        == "Heating &amp; hot water &lt;fixed&gt; after a boiler complaint."
    )
    assert first.findtext(f"{ATOM}published") and first.findtext(f"{ATOM}updated")
    assert [c.get("term") for c in first.findall(f"{ATOM}category")] == [
        "Heating and hot water",
        "Communication",
    ]
    assert stories["draft"].title not in response.content.decode()
    _assert_private_absent(response.content.decode(), stories["submission"])


# The API -----------------------------------------------------------------------------


def test_api_lists_and_details_published_public_fields_only(client, stories):
    assert sorted(_api_titles(client)) == sorted([stories["older"].title, stories["newer"].title])
    listing = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage", "fields": "*"})
    detail = client.get(f"/api/v2/pages/{stories['newer'].pk}/", {"fields": "*"})
    assert detail.status_code == 200
    assert detail.json()["summary"] == stories["newer"].summary
    for response in (listing, detail):
        text = response.content.decode()
        _assert_private_absent(text, stories["submission"])
        for internal in ("submission", "share_on_social", "paired_case_study", "owner", "latest_revision"):
            assert f'"{internal}"' not in text
    assert client.get(f"/api/v2/pages/{stories['draft'].pk}/").status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": stories["draft"].url}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"html_path": stories["older"].url}).status_code == 302


@pytest.mark.parametrize(
    "params",
    [
        {"fields": "submission"},
        {"fields": "share_on_social"},
        {"fields": "paired_case_study"},
        {"fields": "owner"},
        {"submission": "1"},
        {"submission_id": "1"},
        {"order": "submission"},
        {"type": "casestudies.Submission"},
    ],
)
def test_api_refuses_private_fields(client, stories, params):
    response = client.get("/api/v2/pages/", {"type": "casestudies.CaseStudyPage", **params})
    assert response.status_code == 400
    _assert_private_absent(response.content.decode(), stories["submission"])


def test_api_serves_only_public_page_types_and_no_images_or_documents(client, stories):
    types = {item["meta"]["type"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert types == {
        "cms_site.CampaignHomePage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.CaseStudyPage",
    }
    assert client.get("/api/v2/pages/", {"type": "wagtailcore.Page"}).json()["meta"]["total_count"] == 4
    assert client.get("/api/v2/images/").status_code == 404
    assert client.get("/api/v2/documents/").status_code == 404
    found = client.get("/api/v2/pages/", {"search": "boiler", "type": "casestudies.CaseStudyPage"})
    assert found.status_code == 200
    assert stories["draft"].title not in found.content.decode()


# The sitemap -------------------------------------------------------------------------


def test_sitemap_lists_published_pages_with_lastmod(client, stories):
    locations = _sitemap_locations(client)
    assert locations[stories["newer"].full_url] and locations[stories["older"].full_url]
    assert stories["draft"].full_url not in locations
    assert stories["index"].full_url in locations


# Search ------------------------------------------------------------------------------


def test_search_finds_published_stories_only(client, stories):
    assert sorted(_search_titles(client)) == sorted([stories["older"].title, stories["newer"].title])
    response = client.get("/search/", {"q": "boiler"})
    _assert_private_absent(response.content.decode(), stories["submission"])
    assert "2 results" in response.content.decode()
    # The submission's private words are not indexed: only the page's public fields are.
    for secret in _private_strings(stories["submission"]):
        assert "There are no matching results" in client.get("/search/", {"q": secret}).content.decode()


def test_search_empty_and_no_results(client, stories):
    empty = client.get("/search/")
    assert empty.status_code == 200
    assert "Enter a word or phrase" in empty.content.decode()
    none = client.get("/search/", {"q": "xylophone"})
    assert none.status_code == 200
    assert "There are no matching results" in none.content.decode()


def test_search_paginates_twenty_a_page(client, stories):
    for number in range(21):
        _story(stories["index"], f"more-{number}")
    first = client.get("/search/", {"q": "boiler"}).content.decode()
    second = client.get("/search/", {"q": "boiler", "page": "2"}).content.decode()
    assert first.count('<h3 class="govuk-heading-s') == 20
    assert second.count('<h3 class="govuk-heading-s') == 3
    assert "?q=boiler&amp;page=2" in first
    assert client.get("/search/", {"q": "boiler", "page": "nonsense"}).status_code == 200
    assert client.get("/search/", {"q": "boiler", "page": "99999"}).status_code == 200


def test_search_too_long_says_why(client, stories):
    response = client.get("/search/", {"q": "b" * 201})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Search term must be 200 characters or less" in html
    assert "govuk-error-summary" in html and "<title>Error:" in html
    assert client.get("/search/", {"q": "boiler " * 28}).status_code == 200  # 196 characters


@pytest.mark.parametrize(
    "query",
    [
        "x" * 100_000,
        "boiler\x00\x01\x1b[31m\x7f\u202e",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '" boiler',
        "boiler*",
        "NEAR(boiler heating)",
        "AND OR NOT",
        "(((",
        "^boiler -heating +winter",
        "title:boiler",
        "%_%",
        "\\",
        "غلاية 🔥",
        " ",
    ],
)
def test_search_survives_hostile_input(client, stories, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code in (200, 400)
    assert stories["draft"].title not in response.content.decode()


def test_search_ignores_a_repeated_parameter_and_other_methods(client, stories):
    assert client.get("/search/?q=boiler&q=heating").status_code == 200
    assert client.post("/search/", {"q": "boiler"}).status_code == 405


# Unpublishing removes a story everywhere at once ----------------------------------------


def test_unpublished_story_leaves_feed_api_sitemap_and_search_at_once(client, stories):
    newer = stories["newer"]
    for fetch in (_feed_titles, _api_titles, _search_titles):
        assert newer.title in fetch(client)
    assert newer.full_url in _sitemap_locations(client)
    assert client.get(newer.url).status_code == 200  # now in the whole-page cache

    newer.unpublish()

    for fetch in (_feed_titles, _api_titles, _search_titles):
        assert newer.title not in fetch(client)
        assert stories["older"].title in fetch(client)
    assert newer.full_url not in _sitemap_locations(client)
    assert client.get(f"/api/v2/pages/{newer.pk}/").status_code == 404
    assert client.get(newer.url).status_code == 404
    for path in ("/stories/feed/", "/api/v2/pages/", "/sitemap.xml", "/search/?q=boiler", "/robots.txt"):
        assert "X-Page-Cache" not in client.get(path)  # never served from the page cache


def test_a_story_behind_a_view_restriction_is_left_out_everywhere(client, stories):
    from wagtail.models import PageViewRestriction

    older = stories["older"]
    PageViewRestriction.objects.create(page=older, restriction_type="password", password="secret-words")
    for fetch in (_feed_titles, _api_titles, _search_titles):
        assert older.title not in fetch(client)
        assert stories["newer"].title in fetch(client)
    assert older.full_url not in _sitemap_locations(client)


# robots.txt --------------------------------------------------------------------------


def test_robots_txt_keeps_signed_links_out_and_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:3] == ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    for path in (
        "/share-your-story/verify/",
        "/share-your-story/resume/",
        "/share-your-story/withdraw/",
        "/share-your-story/photo/",
        "/your-story/check/",
        "/ar/share-your-story/verify/",
        "/ur/your-story/check/",
    ):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


# Open Graph and Twitter cards ------------------------------------------------------------


def _meta(client, page, **extra) -> str:
    """The meta partial as base.html renders it for this page (whether or not it is included yet)."""
    page_cache_purge()  # rendered afresh, so that the response has its context
    response = client.get(page.url)
    assert response.status_code == 200
    context = {"page": response.context["page"], "CURRENT_LANGUAGE": "en", **extra}
    return render_to_string("includes/meta.html", context, request=response.wsgi_request)


def test_meta_tags_for_a_case_study(client, stories):
    page = stories["older"]
    html = _meta(client, page)
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html
    assert '<meta property="og:description" content="Heating &amp; hot water &lt;fixed&gt; after' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{page.full_url}">' in html
    assert '<meta property="og:site_name" content="Make Things Right">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert 'type="application/atom+xml"' in html and 'href="/stories/feed/"' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert "og:image" not in html
    # The same tags in the page itself once base.html includes the partial.
    served = client.get(page.url).content.decode()
    if "og:title" in served:
        assert '<meta property="og:type" content="article">' in served


def test_meta_share_image_only_when_consent_covers_social_media(client, stories):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    page = stories["older"]
    image = get_image_model().objects.create(title="card", file=get_test_image_file(size=(1200, 630)))
    ShareImage.objects.create(page=page, size="landscape", image=image, alt_text="A quote from the story")
    assert "og:image" not in _meta(client, page)

    CaseStudyPage.objects.filter(pk=page.pk).update(share_on_social=True)
    html = _meta(client, page)
    assert '<meta property="og:image" content="http://testserver/media/images/' in html  # PUBLIC_BASE_URL
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert '<meta property="og:image:alt" content="A quote from the story">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert 'content="summary"' not in html


def test_meta_for_other_pages_and_views(client, stories):
    index = _meta(client, stories["index"])
    assert '<meta property="og:type" content="website">' in index
    assert f'<link rel="canonical" href="{stories["index"].full_url}">' in index
    # Another view that passes a draft as "page" (the storyteller's check) gets site-wide tags only.
    response = client.get("/search/")
    draft = stories["draft"].get_latest_revision_as_object()
    html = render_to_string("includes/meta.html", {"page": draft}, request=response.wsgi_request)
    assert draft.title not in html and "canonical" not in html
    assert '<meta property="og:title" content="Make Things Right">' in html
    assert render_to_string("includes/meta.html", {"CURRENT_LANGUAGE": "ar"}).count('content="ar_AR"') == 1


# Valid HTML --------------------------------------------------------------------------


def test_search_pages_and_meta_tags_are_valid_html(client, stories, tmp_path):
    if not (shutil.which("java") and VNU.exists()):
        pytest.skip("Nu HTML Checker needs java and vnu-jar")
    ShareImage.objects.create(
        page=stories["older"],
        size="landscape",
        image=_image(),
        alt_text="A quote from the story",
    )
    CaseStudyPage.objects.filter(pk=stories["older"].pk).update(share_on_social=True)
    pages = {
        "search-empty": client.get("/search/"),
        "search-results": client.get("/search/", {"q": "boiler"}),
        "search-none": client.get("/search/", {"q": "xylophone"}),
        "search-error": client.get("/search/", {"q": "b" * 201}),
    }
    for name, response in pages.items():
        (tmp_path / f"{name}.html").write_text(response.content.decode(), encoding="utf-8")
    story = client.get(stories["older"].url).content.decode()
    if "og:title" not in story:  # until base.html includes the partial, put it in the head here
        story = story.replace("</head>", _meta(client, stories["older"]) + "</head>", 1)
    (tmp_path / "case-study-meta.html").write_text(story, encoding="utf-8")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    problems = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] in ("error", "non-document-error") or m.get("subType") == "warning"
    ]
    assert not problems, "\n".join(problems)


def _image():
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title="card", file=get_test_image_file(size=(1200, 630)))
