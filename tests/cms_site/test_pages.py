"""Every public page type renders, with and without content; filters; the page cache; query counts."""

import io
import json
import zipfile

import pytest

from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from casestudies.models import CaseStudyPage
from tests.factories.pages import case_study_index, index_in, publish_case_study, publish_toolkit

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return case_study_index(home_page)


def _get(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def test_home_page_without_and_with_content(client, home_page, index):
    html = _get(client, "/")
    assert "Find out how to complain" in html and "gov.uk/social-housing-complaints" in html
    assert "Complaints that were put right" not in html  # nothing published yet
    story = publish_case_study(index, title="Mould treated after a stage 2 complaint")
    publish_toolkit(home_page, title="Toolkit for residents", introduction="Posters and posts to share.")
    html = _get(client, "/")
    assert story.title in html and "Toolkit for residents" in html


def test_featured_stories_chosen_by_hand_come_first(client, home_page, index):
    from cms_site.models import HomePageFeaturedStory

    older = publish_case_study(index, title="An older story chosen by the editors")
    for number in range(3):
        publish_case_study(index, title=f"A newer story {number}")
    HomePageFeaturedStory.objects.create(page=home_page, story=older, sort_order=0)
    html = _get(client, "/")
    assert html.index(older.title) < html.index("A newer story")


def _document(title: str, name: str, content: bytes):
    document = get_document_model()(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def test_toolkit_page_renders_every_block_and_its_pack(client, home_page, index):
    story = publish_case_study(index, title="Leak fixed after the Ombudsman stepped in", kind="landlord")
    poster = _document("Campaign poster", "poster.pdf", b"%PDF-1.4 poster")
    script = _document("Radio script", "radio.txt", b"Thirty seconds about complaints.")
    image = get_image_model().objects.create(title="Residents", file=get_test_image_file())
    blocks = [
        ("text", "<h2>Why complain</h2><p>It is now easier to make things right.</p>"),
        (
            "call_to_action",
            {
                "heading": "Know your rights",
                "text": "Read the advice.",
                "link_text": "How to complain",
                "url": "https://www.gov.uk/social-housing-complaints",
            },
        ),
        (
            "accordion",
            {"heading": "Questions", "items": [{"heading": "Do I need my MP?", "content": "<p>No.</p>"}]},
        ),
        (
            "resources",
            {
                "heading": "Downloads",
                "resources": [
                    {"document": poster.pk, "description": "A4 poster"},
                    {"document": script.pk, "description": "30 seconds"},
                ],
            },
        ),
        ("image", {"image": image.pk, "alt_text": "Residents talking", "caption": "At a residents' meeting"}),
        ("case_studies", {"heading": "Landlord lessons", "stories": [], "kind": "landlord", "count": 3}),
    ]
    body = json.dumps([{"type": name, "value": value} for name, value in blocks])
    toolkit = publish_toolkit(home_page, title="Toolkit for landlords", audience="landlords", body=body)
    html = _get(client, toolkit.url)
    for expected in (
        "Why complain",
        "Know your rights",
        "govuk-accordion",
        "Campaign poster",
        "(PDF",
        "Residents talking",
        story.title,
    ):
        assert expected in html, expected
    assert 'loading="lazy"' in html and 'width="' in html
    response = client.get(toolkit.url + "pack/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert "resources/campaign-poster.pdf" in names and "resources/radio-script.txt" in names
    assert archive.read("resources/radio-script.txt") == b"Thirty seconds about complaints."


def test_an_empty_toolkit_renders(client, home_page):
    toolkit = publish_toolkit(home_page, title="Toolkit for stakeholders", audience="stakeholders")
    assert "Toolkit for stakeholders" in _get(client, toolkit.url)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(client.get(toolkit.url + "pack/").streaming_content)))
    assert archive.namelist() == []


def test_index_empty_state(client, index):
    html = _get(client, index.url)
    assert "No stories have been published yet" in html
    html = _get(client, index.url + "?theme=damp_mould")
    assert "No stories match these filters" in html and "Clear filters" in html


def test_filters_combine(client, index):
    publish_case_study(index, title="Damp in London", themes=["damp_mould"], region="london")
    publish_case_study(
        index, title="Damp up North", themes=["damp_mould", "communication"], region="north_west"
    )
    publish_case_study(index, title="Heating in London", themes=["heating_hot_water"], region="london")
    publish_case_study(
        index,
        title="A landlord on damp",
        themes=["damp_mould"],
        region="london",
        kind="landlord",
        lessons="Listen.",
    )
    publish_case_study(
        index, title="Wilgoć w Londynie", themes=["damp_mould"], region="london", story_language="pl"
    )

    def titles(query: str) -> set[str]:
        html = _get(client, f"{index.url}?{query}")
        return {
            t
            for t in (
                "Damp in London",
                "Damp up North",
                "Heating in London",
                "A landlord on damp",
                "Wilgoć w Londynie",
            )
            if t in html
        }

    assert titles("theme=damp_mould") == {
        "Damp in London",
        "Damp up North",
        "A landlord on damp",
        "Wilgoć w Londynie",
    }
    assert titles("theme=damp_mould&region=london") == {
        "Damp in London",
        "A landlord on damp",
        "Wilgoć w Londynie",
    }
    assert titles("theme=damp_mould&region=london&kind=resident") == {"Damp in London", "Wilgoć w Londynie"}
    assert titles("theme=damp_mould&region=london&kind=resident&language=pl") == {"Wilgoć w Londynie"}
    assert titles("theme=heating_hot_water&theme=communication") == {"Damp up North", "Heating in London"}
    assert titles("stage=ombudsman") == set()
    assert titles("outcome=repair&stage=stage_1") == {
        "Damp in London",
        "Damp up North",
        "Heating in London",
        "A landlord on damp",
        "Wilgoć w Londynie",
    }
    # Nonsense values are ignored rather than an error.
    assert _get(client, f"{index.url}?theme=<script>&page=9999&region=" + "x" * 5000)


def test_pagination_keeps_the_filters(client, index):
    for number in range(23):
        publish_case_study(index, title=f"Damp story {number}", themes=["damp_mould"], publish_signals=False)
    html = _get(client, f"{index.url}?theme=damp_mould")
    assert "23 stories" in html
    assert "?theme=damp_mould&amp;page=2" in html
    html = _get(client, f"{index.url}?theme=damp_mould&page=2")
    assert html.count("mtr-story-card") == 3


def test_case_study_page_presentation(client, index):
    lesson = publish_case_study(
        index,
        title="What we changed about damp",
        kind="landlord",
        lessons="We now inspect within 48 hours.",
        themes=["damp_mould"],
    )
    story = publish_case_study(
        index,
        title="Mould gone after the Ombudsman",
        themes=["damp_mould"],
        complaint_stage="ombudsman",
        responses_on_time="some",
        ombudsman_finding="maladministration",
        paired_case_study=lesson,
    )
    related = publish_case_study(index, title="Another damp story", themes=["damp_mould"])
    html = _get(client, story.url)
    for expected in (
        "Stage 1: complaint to the landlord",
        "Stage 2: the landlord looked again",
        "The Housing Ombudsman",
        "Some replies came on time and some were late",
        "Maladministration",
        "We now inspect within 48 hours.",
        related.title,
        "gov.uk/social-housing-complaints",
    ):
        assert expected in html, expected
    arabic_index = index_in(index, "ar")
    arabic = publish_case_study(
        arabic_index, title="تم إصلاح التسرب", story_language="ar", themes=["leaks_repairs"]
    )
    assert arabic.url.startswith("/ar/")
    assert '<html lang="ar" dir="rtl"' in _get(client, arabic.url)
    # Shown on an English page (paired with an English story), its text keeps its language.
    story.paired_case_study = arabic
    story.save_revision().publish()
    assert 'lang="ar" dir="auto"' in _get(client, story.url)


def test_index_query_count_does_not_grow_with_the_stories(client, index):
    def count(url: str) -> int:
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries.captured_queries)

    for number in range(21):
        publish_case_study(index, title=f"Story {number}", publish_signals=False)
    small = (count(index.url), count(index.url + "?theme=heating_hot_water&region=london"))
    for number in range(60):
        publish_case_study(index, title=f"More {number}", publish_signals=False)
    large = (count(index.url), count(index.url + "?theme=heating_hot_water&region=london"))
    assert large == small
    story = CaseStudyPage.objects.live().first()
    assert count(story.url) < 25


def test_published_pages_are_cached_and_purged_on_publish(client, index):
    story = publish_case_study(index, title="Cached story")
    first = client.get(index.url)
    assert first["X-Page-Cache"] == "miss"
    second = client.get(index.url)
    assert second["X-Page-Cache"] == "hit" and "Cached story" in second.content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get(index.url)
    assert len(queries.captured_queries) == 0
    newer = publish_case_study(index, title="A story published later")
    response = client.get(index.url)
    assert response["X-Page-Cache"] == "miss" and newer.title in response.content.decode()
    story.unpublish()
    assert story.title not in client.get(index.url).content.decode()
    assert client.get(story.url).status_code == 404


def test_sessions_and_previews_are_never_cached(client, index, admin_user):
    publish_case_study(index, title="A story")
    editor = Client()
    editor.force_login(admin_user)
    assert "X-Page-Cache" not in editor.get(index.url)
    assert "X-Page-Cache" not in editor.get(index.url)


def test_the_wsgi_wrapper_sends_cached_pages_before_django(client, index):
    from cms_site.caching import PageCacheApplication

    publish_case_study(index, title="Served straight from the cache")
    assert client.get(index.url)["X-Page-Cache"] == "miss"
    calls = []

    def django_app(environ, start_response):
        calls.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"from django"]

    application = PageCacheApplication(django_app)
    sent = {}

    def start_response(status, headers):
        sent.update(status=status, headers=dict(headers))

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": index.url, "QUERY_STRING": "", "HTTP_HOST": "testserver"}
    body = b"".join(application(environ, start_response))
    assert calls == [] and sent["status"] == "200 OK" and sent["headers"]["X-Page-Cache"] == "hit"
    assert b"Served straight from the cache" in body
    assert "X-Content-Type-Options" in sent["headers"]  # stored as sent, security headers included
    # A session cookie, another path or a POST goes to Django.
    for changed in (
        {"HTTP_COOKIE": "sessionid=abc"},
        {"PATH_INFO": "/elsewhere/"},
        {"REQUEST_METHOD": "POST"},
    ):
        assert b"".join(application({**environ, **changed}, start_response)) == b"from django"
    assert len(calls) == 3
